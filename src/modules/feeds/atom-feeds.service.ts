import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { AppConfig } from '../../../config/env.schema.js';
import { notFound } from '../access/access-policy.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import { newToken, tokenHash } from '../accounts/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { UnitsRepository } from '../units/units.repository.js';
import { buildAtomDocument } from './atom-document.js';
import { AtomFeedsRepository } from './atom-feeds.repository.js';

/** The channel whose published items the feed lists (issue 13: portals that pull). */
export const FEED_CHANNEL = 'web-portal';
export const FEED_LIMIT_DEFAULT = 50;
export const FEED_LIMIT_MAX = 200;

export interface RenderedFeed {
  xml: string;
  /** A strong validator: a hash of the exact bytes. */
  etag: string;
  /** The newest entry's `updated` (or the feed's creation when it is empty). */
  lastModified: Date;
}

/** Secret-token Atom feeds of a unit's published web-portal items: issuing a URL (revoking the old) and rendering it. */
@Injectable()
export class AtomFeedsService {
  constructor(
    private readonly feeds: AtomFeedsRepository,
    private readonly units: UnitsRepository,
    private readonly access: UnitAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new secret URL for the unit's feed; the previous one stops working at once. */
  async createFeed(actor: Actor, unitId: string): Promise<{ url: string }> {
    await this.access.unit(actor, unitId, 'editor');
    const token = newToken();
    const id = newId();
    await this.feeds.replace(
      { id, unitId, tokenHash: tokenHash(token), createdBy: actor.principal.userId ?? null, createdAt: this.clock.now(), revokedAt: null },
      (m) =>
        this.audit.record(m, actor, {
          unitId,
          action: 'atom-feed.create',
          entity: 'atom-feed',
          entityId: id,
          changes: { channel: FEED_CHANNEL },
        }),
    );
    return { url: this.urlOf(token) };
  }

  /** The Atom document behind a token; an unknown or revoked token is NOT_FOUND. */
  async render(token: string, limit: number = FEED_LIMIT_DEFAULT): Promise<RenderedFeed> {
    const feed = await this.feeds.findLive(tokenHash(token));
    if (!feed) throw notFound('atom-feed', 'token');
    const unit = await this.units.findById(feed.unitId);
    if (!unit) throw notFound('atom-feed', 'token');
    const entries = await this.feeds.published(unit.id, FEED_CHANNEL, Math.min(Math.max(1, limit), FEED_LIMIT_MAX));
    const { xml, updated } = buildAtomDocument({
      unit,
      channel: FEED_CHANNEL,
      selfUrl: this.urlOf(token) + (limit === FEED_LIMIT_DEFAULT ? '' : `?limit=${limit}`),
      siteUrl: `${this.config.publicUrl}/`,
      emptyUpdated: feed.createdAt,
      entries,
    });
    return { xml, etag: `"${createHash('sha256').update(xml).digest('base64url')}"`, lastModified: updated };
  }

  private urlOf(token: string): string {
    return `${this.config.publicUrl}/api/atom-feeds/${token}.atom`;
  }
}
