import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CustomerNumberQuery {
  @ApiProperty({ description: 'The customer number, as shown on the customer.', maxLength: 40 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  number!: string;
}
