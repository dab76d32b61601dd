import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but not sent as null: it has no empty value (a name, a
 * tier, a list). class-validator's IsOptional lets null through, so fields that may be
 * cleared use IsOptional and fields that may not use this.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
