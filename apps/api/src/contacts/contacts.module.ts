import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { CustomersModule } from '../customers/customers.module';
import { ContactsController, CustomerContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';

/** Contacts (联系人): the people at a company, each a person customer. */
@Module({
  imports: [CustomersModule, CustomFieldsModule],
  controllers: [CustomerContactsController, ContactsController],
  providers: [ContactsRepository, ContactsService],
})
export class ContactsModule {}
