import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ContentModule } from '../content/content.module.js';
import { UnitsModule } from '../units/units.module.js';
import { PlansController } from './plans.controller.js';
import { PlansDataModule } from './plans-data.module.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [UnitsModule, PlansDataModule, CalendarModule, ContentModule],
  controllers: [PlansController],
  providers: [PlansService],
  exports: [PlansService],
})
export class PlansModule {}
