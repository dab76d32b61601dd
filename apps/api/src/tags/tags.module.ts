import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { CustomerTagsController } from './customer-tags.controller';
import { CustomerTagsRepository } from './customer-tags.repository';
import { CustomerTagsService } from './customer-tags.service';
import { TagGroupsController } from './tag-groups.controller';
import { TagGroupsRepository } from './tag-groups.repository';
import { TagGroupsService } from './tag-groups.service';
import { TagsController } from './tags.controller';
import { TagsRepository } from './tags.repository';
import { TagsService } from './tags.service';

/** Admin-managed tag groups and tags, and tagging customers. */
@Module({
  imports: [CustomersModule],
  controllers: [TagGroupsController, TagsController, CustomerTagsController],
  providers: [
    CustomerTagsRepository,
    CustomerTagsService,
    TagGroupsRepository,
    TagGroupsService,
    TagsRepository,
    TagsService,
  ],
})
export class TagsModule {}
