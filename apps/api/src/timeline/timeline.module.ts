import { Global, Module } from '@nestjs/common';
import { TimelineSubjects } from './timeline-subjects';
import { TimelineRepository } from './timeline.repository';
import { TimelineService } from './timeline.service';

/**
 * The shared timeline every record kind writes to. Kinds whose timeline has routes
 * register a `TimelineSubject` and list `timelineController(routes)` among their controllers.
 */
@Global()
@Module({
  providers: [TimelineRepository, TimelineService, TimelineSubjects],
  exports: [TimelineService, TimelineSubjects],
})
export class TimelineModule {}
