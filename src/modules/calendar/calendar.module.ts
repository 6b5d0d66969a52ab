import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { CalendarSyncService } from './calendar-sync.service.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

@Module({ imports: [UnitsModule], controllers: [CalendarController], providers: [CalendarSyncService, CalendarService], exports: [CalendarSyncService, CalendarService] })
export class CalendarModule {}
