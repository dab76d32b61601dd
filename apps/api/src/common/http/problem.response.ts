import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'email must be an email' })
  message!: string;
}

/** RFC 9457 problem details: the body of every error. */
export class ProblemResponse {
  @ApiProperty({ example: 'urn:kehu:problem:validation' })
  type!: string;

  @ApiProperty({ example: 'Invalid request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'email must be an email' })
  detail!: string;

  @ApiPropertyOptional({ example: '/api/v1/users' })
  instance?: string;

  @ApiPropertyOptional({ description: 'Quote it when reporting a problem.' })
  requestId?: string;

  @ApiPropertyOptional({
    type: [FieldErrorResponse],
    description: 'One entry per invalid field (400).',
  })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({ description: 'The record’s current version (412).' })
  currentVersion?: number;
}
