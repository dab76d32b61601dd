import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';

export class AcknowledgeDuplicatesQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: 'Save although similar customers exist (warn rules). Blocking rules still refuse.',
  })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  acknowledgeDuplicates?: boolean;
}
