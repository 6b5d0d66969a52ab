import { Foundation1763780000000 } from './1763780000000-foundation.js';
import { PlansAndCalendar1763790000000 } from './1763790000000-plans-and-calendar.js';
import { Content1763800000000 } from './1763800000000-content.js';
import { PublicationProofs1764000000000 } from './1764000000000-publication-proofs.js';
import { SlotItemForeignKey1764160000001 } from './1764160000001-slot-item-foreign-key.js';
import { ReportIndexes1764300000001 } from './1764300000001-report-indexes.js';
import { Reminders1764300000002 } from './1764300000002-reminders.js';
import { PlanIdentity1764400000001 } from './1764400000001-plan-identity.js';
import { Dispatch1764200000001 } from './1764200000001-dispatch.js';
import { AtomFeeds1764270000001 } from './1764270000001-atom-feeds.js';
import { FulfilmentTallies1764500000001 } from './1764500000001-fulfilment-tallies.js';
import { OutgoingWebhooks1764510000001 } from './1764510000001-outgoing-webhooks.js';
import { LighterOutboxIndexes1764600000001 } from './1764600000001-lighter-outbox-indexes.js';
import { DispatchKeyChannels1764700000001 } from './1764700000001-dispatch-key-channels.js';
import { IdempotencyKeyFromId1764800000001 } from './1764800000001-idempotency-key-from-id.js';
import { EvidenceReferencesGuarded1764800000002 } from './1764800000002-evidence-references-guarded.js';
import { LogKeyedByPublication1764800000003 } from './1764800000003-log-keyed-by-publication.js';

/** Every migration, in order. New ones are appended here and committed; nothing else changes the schema. */
export const migrations = [
  Foundation1763780000000,
  PlansAndCalendar1763790000000,
  Content1763800000000,
  PublicationProofs1764000000000,
  SlotItemForeignKey1764160000001,
  Dispatch1764200000001,
  AtomFeeds1764270000001,
  ReportIndexes1764300000001,
  Reminders1764300000002,
  PlanIdentity1764400000001,
  FulfilmentTallies1764500000001,
  OutgoingWebhooks1764510000001,
  LighterOutboxIndexes1764600000001,
  DispatchKeyChannels1764700000001,
  IdempotencyKeyFromId1764800000001,
  EvidenceReferencesGuarded1764800000002,
  LogKeyedByPublication1764800000003,
];
