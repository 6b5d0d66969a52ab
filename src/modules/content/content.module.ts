import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { MediaModule } from '../media/media.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PlansDataModule } from '../plans/plans-data.module.js';
import { UnitsModule } from '../units/units.module.js';
import { AttachmentsService } from './attachments.service.js';
import { ContentItemsRepository } from './content-items.repository.js';
import { ContentController } from './content.controller.js';
import { ContentService } from './content.service.js';
import { ItemChecksService } from './item-checks.service.js';
import { QueueService } from './queue.service.js';

@Module({
  imports: [UnitsModule, MediaModule, CalendarModule, PlansDataModule, NotificationsModule],
  controllers: [ContentController],
  providers: [ContentService, QueueService, ItemChecksService, AttachmentsService, ContentItemsRepository],
  exports: [ContentService, QueueService, ContentItemsRepository],
})
export class ContentModule {}
