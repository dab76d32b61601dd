import { applyDecorators, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { isLayoutPage, LAYOUT_PAGES, type LayoutPage } from '@kehu/domain';
import { ValidationError } from '../common/errors/app-error';

class LayoutPagePipe implements PipeTransform<string, LayoutPage> {
  transform(value: string): LayoutPage {
    if (!isLayoutPage(value))
      throw ValidationError.field('page', `must be one of ${LAYOUT_PAGES.join(', ')}`);
    return value;
  }
}

/** The `{page}` of a layout route: one of the pages that keep layouts (400 otherwise). */
export const LayoutPageParam = () => Param('page', new LayoutPagePipe());

export const ApiLayoutPage = () =>
  applyDecorators(
    ApiParam({
      name: 'page',
      enum: LAYOUT_PAGES,
      description:
        'The page: customer-360 and lead-detail (panels, profile fields), customer-list and lead-list (columns).',
    }),
  );
