import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { checkItem, type MediaProblem, type SlotDuration } from '../../domain/media/media-profile.check.js';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { SlotsRepository } from '../calendar/slots.repository.js';
import { PlansRepository } from '../plans/plans.repository.js';
import type { ContentItemEntity } from './content-item.entity.js';
import { bodyImagesWithoutAlt } from './html-sanitizer.js';

/**
 * Channels that publish the body as HTML, its pictures included: the portal's post (WordPress
 * `content`), the Zalo OA article's body and the newsletter's HTML (channels/*). Others send
 * text only (Facebook, radio scripts) or a file (print), where a body picture is not shown.
 */
const HTML_BODY_CHANNELS: readonly string[] = ['web-portal', 'zalo-oa', 'email'];

/**
 * Checks before approval: the item against each target channel's profile (text lengths,
 * media present and fitting, programme length within the slot's or the task's range).
 */
@Injectable()
export class ItemChecksService {
  constructor(
    private readonly channels: ChannelCatalogue,
    private readonly slots: SlotsRepository,
    private readonly plans: PlansRepository,
  ) {}

  /** The duration range an item must meet on a channel: its slot's, else its task's quota. */
  async durationFor(m: EntityManager, item: ContentItemEntity, channel: string): Promise<SlotDuration | null> {
    const slot = await this.slots.ofItem(item.id, channel, m);
    if (slot && (slot.durationMin !== null || slot.durationMax !== null))
      return { durationMin: slot.durationMin, durationMax: slot.durationMax };
    if (!item.planId || !item.taskId) return null;
    const plan = await this.plans.findById(item.planId, m);
    const quota = plan?.document.tasks.find((t) => t.id === item.taskId)?.quota;
    return quota && (quota.durationMin !== undefined || quota.durationMax !== undefined)
      ? { durationMin: quota.durationMin ?? null, durationMax: quota.durationMax ?? null }
      : null;
  }

  /** The first duration range any of the item's channels asks of it (its slot's, else its task's). */
  async anyDuration(m: EntityManager, item: ContentItemEntity): Promise<SlotDuration | null> {
    for (const channel of item.channels) {
      const range = await this.durationFor(m, item, channel);
      if (range) return range;
    }
    return null;
  }

  async check(m: EntityManager, item: ContentItemEntity): Promise<MediaProblem[]> {
    const problems: MediaProblem[] = [];
    for (const channel of item.channels) {
      const profile = this.channels.get(channel)?.media;
      if (!profile) {
        // Fail closed, as the media intake does: a channel with no profile cannot be checked, so it is not approved.
        problems.push({
          code: 'MEDIA_CHANNEL_UNKNOWN',
          message: `Kênh "${this.channels.get(channel)?.name ?? channel}" không có hồ sơ đa phương tiện, nên không kiểm tra được nội dung cho kênh này.`,
          channel,
          evidence: { channel },
        });
        continue;
      }
      const slot = await this.durationFor(m, item, channel);
      problems.push(
        ...checkItem(
          profile,
          { title: item.title, description: item.summary, author: item.author, body: item.body, attachments: item.attachments },
          { slot },
        ),
      );
      if (HTML_BODY_CHANNELS.includes(channel)) {
        const missing = bodyImagesWithoutAlt(item.body ?? '');
        if (missing.length > 0)
          problems.push({
            code: 'BODY_IMAGE_ALT_MISSING',
            message: `${missing.length === 1 ? 'Ảnh' : `${missing.length} ảnh`} trong nội dung (ảnh thứ ${missing.join(', ')}) chưa có lời mô tả (alt) cho người đọc bằng trình đọc màn hình. Hãy thêm mô tả cho ảnh, hoặc đánh dấu là ảnh trang trí.`,
            channel,
            field: 'body',
            evidence: { images: missing },
          });
      }
    }
    return problems;
  }
}
