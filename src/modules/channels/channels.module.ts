import { Module } from '@nestjs/common';
import { ChannelsController } from './channels.controller.js';

/** `GET /api/channels`: the channel catalogue (config/channels, provided by CoreModule) over HTTP. */
@Module({ controllers: [ChannelsController] })
export class ChannelsModule {}
