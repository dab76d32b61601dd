import { applyDecorators } from '@nestjs/common';

/**
 * One decorator made of several, applied as if they were written one above the other over a
 * property (the last one first), so validation messages keep the order they had when written out.
 */
export function stackedDecorators(
  ...decorators: Array<ClassDecorator | MethodDecorator | PropertyDecorator>
) {
  return applyDecorators(...decorators.reverse());
}
