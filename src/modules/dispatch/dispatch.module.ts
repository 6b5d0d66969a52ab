import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ChannelAdapter } from '../../../channels/channel-adapter.js';
import { WORKFLOW_OUTBOX } from '../content/workflow-outbox.js';
import { MediaModule } from '../media/media.module.js';
import { ProofsModule } from '../proofs/proofs.module.js';
import { SecretsModule } from '../secrets/secrets.module.js';
import { UnitsModule } from '../units/units.module.js';
import { AccountTokenStore } from './account-token-store.js';
import { DownloadLinkStore, FsDropFolders, MailPort } from './adapter-ports.js';
import { DownloadsController } from './downloads.controller.js';
import { OutboundScreen } from './outbound-screen.js';
import { OutgoingWebhooksController } from './outgoing-webhooks.controller.js';
import { OutgoingWebhooks } from './outgoing-webhooks.service.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { ChannelsBootCheck, shippedAdapters } from './channels-boot.js';
import { Clock } from '../common/clock.js';
import { ChannelAccountKindsController } from './channel-account-kinds.controller.js';
import { ChannelAccountsController } from './channel-accounts.controller.js';
import { ChannelAccountsService } from './channel-accounts.service.js';
import { ChannelAdapters } from './channel-adapters.js';
import { DispatchSchedule } from './dispatch-schedule.js';
import { Dispatcher } from './dispatcher.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutgoingItems } from './outgoing-items.js';
import { ProofWriter } from './proof-writer.js';
import { PublicationAlerts } from './publication-alerts.js';
import { PublicationsController } from './publications.controller.js';
import { PublicationsService } from './publications.service.js';
import { PublishOutbox } from './publish-outbox.service.js';

/**
 * Dispatch: channel accounts, the outbox and its workers, the pull API. Global only for the
 * WORKFLOW_OUTBOX seam the content workflow calls at approval and publish.
 */
@Global()
@Module({})
export class DispatchModule {
  static forRoot(adapters?: readonly ChannelAdapter[]): DynamicModule {
    return {
      module: DispatchModule,
      imports: [UnitsModule, SecretsModule, MediaModule, ProofsModule, RemindersModule],
      controllers: [
        ChannelAccountKindsController,
        ChannelAccountsController,
        PublicationsController,
        DownloadsController,
        OutgoingWebhooksController,
      ],
      providers: [
        MailPort,
        FsDropFolders,
        DownloadLinkStore,
        OutboundScreen,
        {
          provide: ChannelAdapters,
          useFactory: (
            clock: Clock,
            tokens: AccountTokenStore,
            mail: MailPort,
            dropFolders: FsDropFolders,
            links: DownloadLinkStore,
            screen: OutboundScreen,
          ) => new ChannelAdapters(adapters ?? shippedAdapters(clock, tokens, { mail, dropFolders, links, screen })),
          inject: [Clock, AccountTokenStore, MailPort, FsDropFolders, DownloadLinkStore, OutboundScreen],
        },
        OutboxRepository,
        OutgoingWebhooks,
        AccountTokenStore,
        ChannelAccountsService,
        OutgoingItems,
        ProofWriter,
        PublicationAlerts,
        PublishOutbox,
        { provide: WORKFLOW_OUTBOX, useExisting: PublishOutbox },
        Dispatcher,
        DispatchSchedule,
        ChannelsBootCheck,
        PublicationsService,
      ],
      exports: [
        WORKFLOW_OUTBOX,
        ChannelAdapters,
        DownloadLinkStore,
        OutgoingWebhooks,
        Dispatcher,
        PublicationsService,
        ChannelAccountsService,
        PublicationAlerts,
        AccountTokenStore,
        OutboxRepository,
      ],
    };
  }
}
