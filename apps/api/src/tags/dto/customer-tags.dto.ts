import { ApiProperty } from '@nestjs/swagger';
import { UuidList } from '../../common/http/uuid-list.decorator';

export const MAX_BULK_CUSTOMERS = 1000;
const MAX_TAGS_PER_REQUEST = 100;

export class ReplaceCustomerTagsRequest {
  @UuidList({
    max: MAX_TAGS_PER_REQUEST,
    description: 'The customer’s tags from now on (live tags); [] removes them all.',
  })
  tagIds!: string[];
}

export class BulkTagCustomersRequest {
  @UuidList({
    max: MAX_BULK_CUSTOMERS,
    nonEmpty: true,
    description:
      'The caller must be allowed to update every one of them; otherwise 403 and nothing changes.',
  })
  customerIds!: string[];

  @UuidList({ max: MAX_TAGS_PER_REQUEST, optional: true })
  addTagIds?: string[];

  @UuidList({ max: MAX_TAGS_PER_REQUEST, optional: true })
  removeTagIds?: string[];
}

export class BulkTagCustomersResponse {
  @ApiProperty({ description: 'Customers whose tags changed.' }) changed!: number;
  @ApiProperty({ description: 'Tags put on customers that did not have them.' }) added!: number;
  @ApiProperty({ description: 'Tags taken off customers that had them.' }) removed!: number;
}
