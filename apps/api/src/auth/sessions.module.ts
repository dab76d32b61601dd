import { Module } from '@nestjs/common';
import { SessionsRepository } from './sessions.repository';

/** Sessions are ended by sign-out and by user administration alike. */
@Module({ providers: [SessionsRepository], exports: [SessionsRepository] })
export class SessionsModule {}
