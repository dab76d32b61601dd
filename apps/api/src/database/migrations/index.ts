import { Extensions1764100000000 } from './1764100000000-Extensions';
import { Foundation1795685554173 } from './1795685554173-Foundation';
import { Customers1795687407715 } from './1795687407715-Customers';
import { RelationshipsAndContacts1795688112769 } from './1795688112769-RelationshipsAndContacts';
import { TagsAndSegments1795688191508 } from './1795688191508-TagsAndSegments';
import { Imports1795690361093 } from './1795690361093-Imports';
import { LeadsTasksNotifications1795694487543 } from './1795694487543-LeadsTasksNotifications';
import { DuplicateNameSearchByKind1795699000000 } from './1795699000000-DuplicateNameSearchByKind';
import { ImportTargets1795702000000 } from './1795702000000-ImportTargets';
import { TaskDueSort1795707000000 } from './1795707000000-TaskDueSort';
import { CustomerNameGrams1795709000000 } from './1795709000000-CustomerNameGrams';
import { ImportEncodings1795712000000 } from './1795712000000-ImportEncodings';
import { ImportStartedByApiKey1795712100000 } from './1795712100000-ImportStartedByApiKey';
import { ImportSkippedRows1795712200000 } from './1795712200000-ImportSkippedRows';
import { DuplicateAddressSearch1795713000000 } from './1795713000000-DuplicateAddressSearch';
import { CompanyNameCoreKeys1795713500000 } from './1795713500000-CompanyNameCoreKeys';
import { AccountSelfService1795713100000 } from './1795713100000-AccountSelfService';
import { ChineseTagGroupNames1795714600000 } from './1795714600000-ChineseTagGroupNames';
import { DomainEventOutbox1795714700000 } from './1795714700000-DomainEventOutbox';
import { DomainEventClaimOrder1795714800000 } from './1795714800000-DomainEventClaimOrder';
import { ImportsOnJobQueue1795715000000 } from './1795715000000-ImportsOnJobQueue';
import { NotificationParams1795715100000 } from './1795715100000-NotificationParams';
import { CustomFieldDefinitions1795716000000 } from './1795716000000-CustomFieldDefinitions';
import { CustomFieldValues1795716100000 } from './1795716100000-CustomFieldValues';
import { ContactCustomFieldsAndKeyFields1795716250000 } from './1795716250000-ContactCustomFieldsAndKeyFields';
import { PageLayouts1795716255000 } from './1795716255000-PageLayouts';

/** Every migration, oldest first. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  Extensions1764100000000,
  Foundation1795685554173,
  Customers1795687407715,
  RelationshipsAndContacts1795688112769,
  TagsAndSegments1795688191508,
  Imports1795690361093,
  LeadsTasksNotifications1795694487543,
  DuplicateNameSearchByKind1795699000000,
  ImportTargets1795702000000,
  TaskDueSort1795707000000,
  CustomerNameGrams1795709000000,
  ImportEncodings1795712000000,
  ImportStartedByApiKey1795712100000,
  ImportSkippedRows1795712200000,
  DuplicateAddressSearch1795713000000,
  AccountSelfService1795713100000,
  CompanyNameCoreKeys1795713500000,
  ChineseTagGroupNames1795714600000,
  DomainEventOutbox1795714700000,
  DomainEventClaimOrder1795714800000,
  ImportsOnJobQueue1795715000000,
  NotificationParams1795715100000,
  CustomFieldDefinitions1795716000000,
  CustomFieldValues1795716100000,
  ContactCustomFieldsAndKeyFields1795716250000,
  PageLayouts1795716255000,
];
