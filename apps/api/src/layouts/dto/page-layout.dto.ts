import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LAYOUT_PAGES,
  type LayoutPage,
  MAX_LAYOUT_FIELDS,
  MAX_LAYOUT_PANELS,
  type PageLayout,
  ROLES,
  type Role,
} from '@kehu/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const FIELDS_DESCRIPTION =
  'Built-in field names of the page and custom fields as cf.<key>; null keeps the page’s default set.';

/** One panel of a record page. */
export class PanelLayoutItem {
  @ApiProperty({
    example: 'timeline',
    maxLength: 60,
    description: 'The panel’s key in the console’s panel registry (letters, digits, - and _).',
  })
  @IsString()
  @MaxLength(60)
  key!: string;

  @ApiProperty({ description: 'Shown with its body folded away.' })
  @IsBoolean()
  collapsed!: boolean;

  @ApiProperty({ description: 'Not shown at all.' })
  @IsBoolean()
  hidden!: boolean;
}

/** A whole layout, replacing the stored one. */
export class PageLayoutRequest {
  @ApiProperty({
    type: [PanelLayoutItem],
    maxItems: MAX_LAYOUT_PANELS,
    description:
      'Record pages: the panels in display order. Panels left out keep their default place; list pages take an empty list.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_LAYOUT_PANELS)
  @ValidateNested({ each: true })
  @Type(() => PanelLayoutItem)
  panels!: PanelLayoutItem[];

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: MAX_LAYOUT_FIELDS,
    example: ['phones', 'owner', 'cf.store_count'],
    description: `Record pages: the fields the profile panel shows. ${FIELDS_DESCRIPTION}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LAYOUT_FIELDS)
  @IsString({ each: true })
  @MaxLength(70, { each: true })
  profileFields?: string[] | null;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: MAX_LAYOUT_FIELDS,
    example: ['number', 'name', 'phone', 'cf.store_count'],
    description: `List pages: the columns shown, in order. ${FIELDS_DESCRIPTION}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LAYOUT_FIELDS)
  @IsString({ each: true })
  @MaxLength(70, { each: true })
  columns?: string[] | null;
}

/** The role whose default layout an admin reads or sets. */
export class DefaultLayoutQuery {
  @ApiProperty({ enum: ROLES, description: 'The role whose default layout this is.' })
  @IsIn(ROLES)
  role!: Role;
}

export const LAYOUT_SOURCES = ['user', 'role', 'built-in'] as const;
export type LayoutSource = (typeof LAYOUT_SOURCES)[number];

export class PageLayoutResponse {
  @ApiProperty({ enum: LAYOUT_PAGES }) page!: LayoutPage;

  @ApiProperty({
    enum: LAYOUT_SOURCES,
    description:
      'Where the layout comes from: the user’s own, their role’s default, or the page’s built-in layout.',
  })
  source!: LayoutSource;

  @ApiProperty({
    enum: ROLES,
    nullable: true,
    description: 'The role whose default this is (source role), else null.',
  })
  role!: Role | null;

  @ApiProperty({
    description:
      'The version of the stored layout these routes write (the user’s own; on the default routes, the role’s), 0 when there is none yet. Send it as If-Match.',
  })
  version!: number;

  @ApiProperty({ type: [PanelLayoutItem] }) panels!: PanelLayoutItem[];

  @ApiProperty({
    type: [String],
    nullable: true,
    description: `The profile panel’s fields the caller may read. ${FIELDS_DESCRIPTION}`,
  })
  profileFields!: string[] | null;

  @ApiProperty({
    type: [String],
    nullable: true,
    description: `The list columns the caller may read. ${FIELDS_DESCRIPTION}`,
  })
  columns!: string[] | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}

/** What a layout request stores. */
export function toPageLayout(request: PageLayoutRequest): PageLayout {
  return {
    panels: request.panels.map(({ key, collapsed, hidden }) => ({ key, collapsed, hidden })),
    profileFields: request.profileFields ?? null,
    columns: request.columns ?? null,
  };
}
