import { ApiKeyEntity } from '../accounts/api-key.entity.js';
import { RoleGrantEntity } from '../accounts/role-grant.entity.js';
import { SessionEntity } from '../accounts/session.entity.js';
import { UserEntity } from '../accounts/user.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { SecretEntity } from '../secrets/secret.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { PlanVersionEntity } from '../plans/plan-version.entity.js';
import { CalendarFeedEntity } from '../calendar/calendar-feed.entity.js';
import { CalendarRuleEntity } from '../calendar/calendar-rule.entity.js';
import { SlotEntity } from '../calendar/slot.entity.js';
import { ContentItemEntity } from '../content/content-item.entity.js';
import { ItemTransitionEntity } from '../content/item-transition.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { PublicationProofEntity } from '../proofs/publication-proof.entity.js';
import { ReminderDeliveryEntity, ReminderPreferenceEntity } from '../reminders/reminder-delivery.entity.js';
import { ChannelAccountEntity } from '../dispatch/channel-account.entity.js';
import { PublicationEntity } from '../dispatch/publication.entity.js';
import { PublicationLogEntity } from '../dispatch/publication-log.entity.js';
import { AtomFeedEntity } from '../feeds/atom-feed.entity.js';

export const entities = [
  UnitEntity,
  UserEntity,
  RoleGrantEntity,
  SessionEntity,
  ApiKeyEntity,
  AuditEntryEntity,
  SecretEntity,
  PlanEntity,
  PlanVersionEntity,
  CalendarRuleEntity,
  SlotEntity,
  CalendarFeedEntity,
  ContentItemEntity,
  ItemTransitionEntity,
  NotificationEntity,
  PublicationProofEntity,
  ReminderDeliveryEntity,
  ReminderPreferenceEntity,
  ChannelAccountEntity,
  PublicationEntity,
  PublicationLogEntity,
  AtomFeedEntity,
];
