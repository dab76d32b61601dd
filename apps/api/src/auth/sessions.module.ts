import { Module } from '@nestjs/common';
import { SessionsRepository } from './sessions.repository';

/**
 * Sessions are ended by sign-out and by user administration alike: this module exists to
 * share the sessions store between auth and users, so its repository is its export.
 */
@Module({ providers: [SessionsRepository], exports: [SessionsRepository] })
export class SessionsModule {}
