import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthenticationGuard } from './auth/authentication.guard';
import { PolicyGuard } from './authz/policy.guard';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { EtagInterceptor } from './common/versioning/etag.interceptor';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ContactsModule } from './contacts/contacts.module';
import { CustomersModule } from './customers/customers.module';
import { CustomFieldsModule } from './custom-fields/custom-fields.module';
import { DatabaseModule } from './database/database.module';
import { DealerOrgsModule } from './dealer-orgs/dealer-orgs.module';
import { DomainEventsModule } from './domain-events/domain-events.module';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { JobsModule } from './jobs/jobs.module';
import { PageLayoutsModule } from './layouts/page-layouts.module';
import { LeadsModule } from './leads/leads.module';
import { MailModule } from './mail/mail.module';
import { MeModule } from './me/me.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RelationshipsModule } from './relationships/relationships.module';
import { SegmentsModule } from './segments/segments.module';
import { TagsModule } from './tags/tags.module';
import { TasksModule } from './tasks/tasks.module';
import { TimelineModule } from './timeline/timeline.module';
import { TeamsModule } from './teams/teams.module';
import { UsersModule } from './users/users.module';
import { WebFormsModule } from './web-forms/web-forms.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Lets tests and tooling enumerate every route and its declared policy.
        DiscoveryModule,
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        AuditModule,
        DomainEventsModule,
        IdempotencyModule,
        RateLimitModule,
        AuthModule,
        UsersModule,
        TeamsModule,
        DealerOrgsModule,
        ApiKeysModule,
        TimelineModule,
        CustomersModule,
        ImportsModule,
        JobsModule.forRoot(databaseUrl),
        MailModule,
        NotificationsModule,
        LeadsModule,
        TasksModule,
        MeModule,
        WebFormsModule,
        RelationshipsModule,
        ContactsModule,
        TagsModule,
        SegmentsModule,
        CustomFieldsModule,
        PageLayoutsModule,
        HealthModule,
        DemoModule,
      ],
      providers: [
        // Order matters: who is calling, then may they call this route.
        { provide: APP_GUARD, useExisting: AuthenticationGuard },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
        { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
