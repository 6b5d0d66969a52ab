import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { UnitsModule } from '../units/units.module.js';
import { AttachmentsService } from './attachments.service.js';
import { ItemChecksService } from './item-checks.service.js';
import { ContentController } from './content.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { ContentService } from './content.service.js';
import { QueueService } from './queue.service.js';

@Module({ imports: [UnitsModule, MediaModule], controllers: [ContentController, NotificationsController], providers: [ContentService, QueueService, ItemChecksService, AttachmentsService], exports: [ContentService, QueueService] })
export class ContentModule {}
