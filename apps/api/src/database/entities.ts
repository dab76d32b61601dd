import { ApiKey } from '../api-keys/entities/api-key.entity';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { AuthSession } from '../auth/entities/auth-session.entity';
import { RateLimitBucket } from '../common/rate-limit/rate-limit-bucket.entity';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { Customer } from '../customers/entities/customer.entity';
import { CustomerKey } from '../customers/entities/customer-key.entity';
import { IdempotencyRecord } from '../common/idempotency/idempotency-record.entity';
import { DealerOrg } from '../dealer-orgs/entities/dealer-org.entity';
import { Setting } from '../settings/entities/setting.entity';
import { Team } from '../teams/entities/team.entity';
import { TimelineEvent } from '../timeline/entities/timeline-event.entity';
import { User } from '../users/entities/user.entity';

/** Every entity, for the data source and the schema-drift check. */
export const ENTITIES = [
  ApiKey,
  AuditEntry,
  AuthSession,
  Customer,
  CustomerKey,
  DealerOrg,
  IdempotencyRecord,
  RateLimitBucket,
  RefreshToken,
  Setting,
  Team,
  TimelineEvent,
  User,
];
