import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { RelationshipTypesController } from './relationship-types.controller';
import { RelationshipTypesRepository } from './relationship-types.repository';
import { RelationshipTypesService } from './relationship-types.service';
import {
  CustomerRelationshipsController,
  RelationshipsController,
} from './relationships.controller';
import { RelationshipsRepository } from './relationships.repository';
import { RelationshipsService } from './relationships.service';

/** Relationship types and the relationships between customers (客户关系). */
@Module({
  imports: [CustomersModule],
  controllers: [
    RelationshipTypesController,
    CustomerRelationshipsController,
    RelationshipsController,
  ],
  providers: [
    RelationshipTypesRepository,
    RelationshipTypesService,
    RelationshipsRepository,
    RelationshipsService,
  ],
})
export class RelationshipsModule {}
