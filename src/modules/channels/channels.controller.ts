import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { ChannelView } from './channel.view.js';

/** The channel catalogue for clients: which channels exist, their Vietnamese names and limits. */
@ApiTags('channels')
@ApiBearerAuth()
@Controller('api/channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelCatalogue) {}

  @Get()
  @ApiOperation({ summary: 'Danh mục kênh: tên tiếng Việt và giới hạn của từng kênh' })
  @ApiOkResponse({ type: [ChannelView] })
  list(): ChannelView[] {
    return this.channels.list().map(ChannelView.of);
  }
}
