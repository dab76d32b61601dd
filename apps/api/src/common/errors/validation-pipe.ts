import {
  type ArgumentMetadata,
  ValidationPipe,
  type ValidationError as ClassValidatorError,
} from '@nestjs/common';
import { type FieldError, ValidationError } from './app-error';
import { collectCustomFieldParams } from '../../custom-fields/custom-field-params';
import { findUnstorableText } from './unstorable-text';

function flatten(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, '$1 is not a known field'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Refuses text PostgreSQL cannot store (NUL, unpaired surrogates) before any DTO sees it,
 * and gathers a query's `cf.<key>` parameters into its `cf` object (see CustomFieldParams).
 */
class StorableTextValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query') value = collectCustomFieldParams(value);
    const field = findUnstorableText(value);
    if (field) {
      const message = `${field} contains a character that cannot be stored (NUL or an unpaired surrogate)`;
      throw new ValidationError([{ field, message }], message);
    }
    return super.transform(value, metadata);
  }
}

/** Validates bodies, queries and params against their DTOs; unknown fields are refused. */
export function createValidationPipe(): ValidationPipe {
  return new StorableTextValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new ValidationError(fieldErrors, fieldErrors.map((error) => error.message).join('; '));
    },
  });
}
