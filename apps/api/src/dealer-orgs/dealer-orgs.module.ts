import { Module } from '@nestjs/common';
import { DealerOrgsController } from './dealer-orgs.controller';
import { DealerOrgsRepository } from './dealer-orgs.repository';
import { DealerOrgsService } from './dealer-orgs.service';

@Module({
  controllers: [DealerOrgsController],
  providers: [DealerOrgsRepository, DealerOrgsService],
})
export class DealerOrgsModule {}
