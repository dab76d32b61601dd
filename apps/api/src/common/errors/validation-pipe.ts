import { ValidationPipe, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { type FieldError, ValidationError } from './app-error';

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

/** Validates bodies, queries and params against their DTOs; unknown fields are refused. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
