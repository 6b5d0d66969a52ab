import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type PublicationState, stateLabels } from '../../domain/dispatch/publication-state.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { rawQuery } from '../database/raw-sql.js';

export interface PublicationAlert {
  publicationId: string;
  unitId: string;
  itemId: string;
  channel: string;
  state: PublicationState;
  reason: string | null;
}

/**
 * Tells people when a publication needs them (failed, needs re-authorisation, unconfirmed with
 * nothing left to try): an in-app notification to the item's author, in the same transaction
 * as the state it reports. `listeners` is the seam for the e-mail reminder (the reports
 * module registers one); each listener gets the alerts after they are written.
 */
@Injectable()
export class PublicationAlerts {
  private readonly listeners: ((m: EntityManager, alerts: readonly PublicationAlert[]) => Promise<void>)[] = [];

  constructor(private readonly clock: Clock) {}

  onAlert(listener: (m: EntityManager, alerts: readonly PublicationAlert[]) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async raise(m: EntityManager, alerts: readonly PublicationAlert[]): Promise<void> {
    if (alerts.length === 0) return;
    const items = await rawQuery<{ id: string; title: string; createdBy: string | null }>(
      m,
      `SELECT "id", "title", "createdBy" FROM "content_items" WHERE "id" IN (${alerts.map((_, i) => `$${i + 1}`).join(', ')})`,
      [...new Set(alerts.map((a) => a.itemId))],
    );
    const byId = new Map(items.map((i) => [i.id, i]));
    const now = this.clock.now().toISOString();
    for (const a of alerts) {
      const item = byId.get(a.itemId);
      const message = `Phát hành "${item?.title ?? a.itemId}" lên kênh ${a.channel}: ${stateLabels[a.state]}${a.reason ? ` (${a.reason})` : ''}.`;
      await rawQuery(
        m,
        `INSERT INTO "notifications" ("id", "userId", "unitId", "kind", "message", "data", "createdAt", "readAt") VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)`,
        [
          newId(),
          item?.createdBy ?? null,
          a.unitId,
          `publication.${a.state}`.slice(0, 32),
          message,
          JSON.stringify({ publicationId: a.publicationId, itemId: a.itemId, channel: a.channel, state: a.state }),
          now,
        ],
      );
    }
    for (const l of this.listeners) await l(m, alerts);
  }
}
