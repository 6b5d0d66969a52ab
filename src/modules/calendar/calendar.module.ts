import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { CalendarSyncService } from './calendar-sync.service.js';
import { CalendarController } from './calendar.controller.js';
import { PlansDataModule } from '../plans/plans-data.module.js';
import { CalendarService } from './calendar.service.js';
import { SlotsRepository } from './slots.repository.js';

@Module({
  imports: [UnitsModule, PlansDataModule],
  controllers: [CalendarController],
  providers: [CalendarSyncService, CalendarService, SlotsRepository],
  exports: [CalendarSyncService, CalendarService, SlotsRepository],
})
export class CalendarModule {}
