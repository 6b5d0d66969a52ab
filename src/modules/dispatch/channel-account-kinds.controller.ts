import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PULL_KIND } from './channel-accounts.service.js';
import { ChannelAdapters } from './channel-adapters.js';
import { ChannelAccountKindView } from './dispatch.dto.js';

/**
 * The kinds of channel account this process can connect (one per adapter, plus "pull" for an
 * external system), with the credential fields each needs: the web app builds its connect
 * form from these, so a new adapter needs no change in the UI.
 */
@ApiTags('dispatch')
@ApiBearerAuth()
@Controller('api/channel-account-kinds')
export class ChannelAccountKindsController {
  constructor(@Inject(ChannelAdapters) private readonly adapters: ChannelAdapters) {}

  @Get()
  @ApiOperation({ summary: 'Các loại tài khoản kênh kết nối được và thông tin đăng nhập mỗi loại cần' })
  @ApiOkResponse({ type: ChannelAccountKindView, isArray: true })
  list(): ChannelAccountKindView[] {
    const kinds: ChannelAccountKindView[] = this.adapters.all().map((a) => ({
      channel: a.descriptor.channel,
      kind: a.descriptor.kind,
      mode: a.descriptor.mode,
      credentials: a.descriptor.credentials.map((f) => ({ key: f.key, label: f.label, kind: f.kind, required: f.required })),
    }));
    const channels = [...new Set(kinds.map((k) => k.channel))];
    const pull = channels
      .filter((c) => kinds.some((k) => k.channel === c && k.mode === 'api'))
      .map((channel): ChannelAccountKindView => ({ channel, kind: PULL_KIND, mode: 'pull', credentials: [] }));
    return [...kinds, ...pull].sort((a, b) => a.channel.localeCompare(b.channel) || a.kind.localeCompare(b.kind));
  }
}
