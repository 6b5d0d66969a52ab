import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rawQuery } from '../database/raw-sql.js';

export interface DispatchProof {
  id: string;
  unitId: string;
  itemId: string;
  channel: string;
  slotId: string | null;
  publicationId: string;
  publishedAt: Date;
  url: string | null;
  remoteId: string | null;
  evidence: Record<string, unknown> | null;
  createdBy: string | null;
  createdAt: Date;
}

const COLUMNS = ['id', 'unitId', 'itemId', 'channel', 'slotId', 'publicationId', 'source', 'publishedAt', 'url', 'remoteId', 'note', 'evidence', 'createdBy', 'createdAt'];

/**
 * Writes the proof that a channel confirmed a publication into `publication_proofs` (owned by
 * the proofs module; append-only), in the caller's transaction and many rows per statement.
 * The one place dispatch touches that table, so it can move onto the proofs module's
 * repository in one edit.
 */
@Injectable()
export class ProofWriter {
  async write(m: EntityManager, proofs: readonly DispatchProof[]): Promise<void> {
    for (let i = 0; i < proofs.length; i += 500) {
      const params: unknown[] = [];
      const tuples = proofs.slice(i, i + 500).map((p) => {
        const values = [p.id, p.unitId, p.itemId, p.channel, p.slotId, p.publicationId, 'dispatch', p.publishedAt.toISOString(), p.url, p.remoteId, null, p.evidence ? JSON.stringify(p.evidence) : null, p.createdBy, p.createdAt.toISOString()];
        const base = params.length;
        params.push(...values);
        return `(${values.map((_, j) => `$${base + j + 1}`).join(', ')})`;
      });
      await rawQuery(m, `INSERT INTO "publication_proofs" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, params);
    }
  }
}
