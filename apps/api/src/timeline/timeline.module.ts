import { Global, Module } from '@nestjs/common';
import { TimelineRepository } from './timeline.repository';
import { TimelineService } from './timeline.service';

/** The shared timeline every record kind writes to (customers now; leads, tickets later). */
@Global()
@Module({ providers: [TimelineRepository, TimelineService], exports: [TimelineService] })
export class TimelineModule {}
