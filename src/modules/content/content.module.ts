import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { ContentController } from './content.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { ContentService } from './content.service.js';
import { QueueService } from './queue.service.js';

@Module({ imports: [UnitsModule], controllers: [ContentController, NotificationsController], providers: [ContentService, QueueService], exports: [ContentService, QueueService] })
export class ContentModule {}
