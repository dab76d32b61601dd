import { ApiKey } from '../api-keys/entities/api-key.entity';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { AuthSession } from '../auth/entities/auth-session.entity';
import { RateLimitBucket } from '../common/rate-limit/rate-limit-bucket.entity';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { Contact } from '../contacts/entities/contact.entity';
import { Customer } from '../customers/entities/customer.entity';
import { CustomerKey } from '../customers/entities/customer-key.entity';
import { CustomFieldDefinitionEntity } from '../custom-fields/entities/custom-field-definition.entity';
import { LeadAssignmentCursor } from '../leads/entities/lead-assignment-cursor.entity';
import { Lead } from '../leads/entities/lead.entity';
import { Notification } from '../notifications/entities/notification.entity';
import { PageLayoutEntity } from '../layouts/entities/page-layout.entity';
import { Task } from '../tasks/entities/task.entity';
import { WebForm } from '../web-forms/entities/web-form.entity';
import { ImportJob } from '../imports/entities/import-job.entity';
import { ImportRowError } from '../imports/entities/import-row-error.entity';
import { IdempotencyRecord } from '../common/idempotency/idempotency-record.entity';
import { DealerOrg } from '../dealer-orgs/entities/dealer-org.entity';
import { RelationshipType } from '../relationships/entities/relationship-type.entity';
import { Relationship } from '../relationships/entities/relationship.entity';
import { SegmentMember } from '../segments/entities/segment-member.entity';
import { Segment } from '../segments/entities/segment.entity';
import { Setting } from '../settings/entities/setting.entity';
import { CustomerTag } from '../tags/entities/customer-tag.entity';
import { TagGroup } from '../tags/entities/tag-group.entity';
import { Tag } from '../tags/entities/tag.entity';
import { Team } from '../teams/entities/team.entity';
import { TimelineEvent } from '../timeline/entities/timeline-event.entity';
import { User } from '../users/entities/user.entity';

/** Every entity, for the data source and the schema-drift check. */
export const ENTITIES = [
  ApiKey,
  AuditEntry,
  AuthSession,
  Contact,
  Customer,
  CustomerKey,
  CustomerTag,
  CustomFieldDefinitionEntity,
  DealerOrg,
  IdempotencyRecord,
  ImportJob,
  ImportRowError,
  Lead,
  LeadAssignmentCursor,
  Notification,
  PageLayoutEntity,
  RateLimitBucket,
  RefreshToken,
  Relationship,
  RelationshipType,
  Segment,
  SegmentMember,
  Setting,
  Tag,
  TagGroup,
  Task,
  Team,
  TimelineEvent,
  User,
  WebForm,
];
