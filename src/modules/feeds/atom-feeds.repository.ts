import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rawQuery } from '../database/raw-sql.js';
import { AtomFeedEntity } from './atom-feed.entity.js';

/** One published item as the feed shows it. Instants are ISO-8601 UTC strings as stored. */
export interface PublishedEntry {
  id: string;
  title: string;
  summary: string;
  body: string;
  author: string | null;
  updatedAt: string;
  /** The first proof's instant on the channel. */
  publishedAt: string;
  /** The newest proof's address on the channel, when one was recorded. */
  url: string | null;
}

/** Queries of the Atom feeds: the secret tokens, and a unit's items that have a proof on a channel. */
@Injectable()
export class AtomFeedsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Revokes the unit's live token and stores the new one; `alongside` (the audit entry) runs in the same transaction. */
  async replace(feed: AtomFeedEntity, alongside: (m: EntityManager) => Promise<void>): Promise<void> {
    await this.db.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .update(AtomFeedEntity)
        .set({ revokedAt: feed.createdAt })
        .where('unitId = :unitId AND revokedAt IS NULL', { unitId: feed.unitId })
        .execute();
      await m.insert(AtomFeedEntity, feed);
      await alongside(m);
    });
  }

  /** The live (not revoked) feed of a token hash, or null. */
  async findLive(tokenHash: string): Promise<AtomFeedEntity | null> {
    const feed = await this.db.getRepository(AtomFeedEntity).findOneBy({ tokenHash });
    return feed && !feed.revokedAt ? feed : null;
  }

  /**
   * The unit's items with at least one proof on `channel` (both the proof and the item belong
   * to the unit), withdrawn items left out, newest first publication first, at most `limit`.
   */
  published(unitId: string, channel: string, limit: number): Promise<PublishedEntry[]> {
    return rawQuery<PublishedEntry>(
      this.db,
      `SELECT ci."id", ci."title", ci."summary", ci."body", ci."author", ci."updatedAt", p."publishedAt",
              (SELECT pu."url" FROM "publication_proofs" pu
                WHERE pu."itemId" = ci."id" AND pu."channel" = $2 AND pu."unitId" = $1 AND pu."url" IS NOT NULL
                ORDER BY pu."publishedAt" DESC, pu."id" DESC LIMIT 1) AS "url"
         FROM (SELECT pr."itemId", MIN(pr."publishedAt") AS "publishedAt"
                 FROM "publication_proofs" pr
                WHERE pr."unitId" = $1 AND pr."channel" = $2
                GROUP BY pr."itemId") p
         JOIN "content_items" ci ON ci."id" = p."itemId"
        WHERE ci."unitId" = $1 AND ci."status" <> 'withdrawn'
        ORDER BY p."publishedAt" DESC, ci."id" DESC
        LIMIT $3`,
      [unitId, channel, limit],
    );
  }
}
