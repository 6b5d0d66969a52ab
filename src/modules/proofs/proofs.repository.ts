import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { newId } from '../common/ids.js';
import { jsonText, rawQuery } from '../database/raw-sql.js';
import { PublicationProofEntity } from './publication-proof.entity.js';

/** A proof to append; `planId`/`taskId` default to the item's own when omitted. */
export type NewProof = Omit<
  PublicationProofEntity,
  'id' | 'createdAt' | 'slotId' | 'publicationId' | 'url' | 'remoteId' | 'note' | 'evidence' | 'createdBy' | 'planId' | 'taskId'
> &
  Partial<
    Pick<PublicationProofEntity, 'slotId' | 'publicationId' | 'url' | 'remoteId' | 'note' | 'evidence' | 'createdBy' | 'planId' | 'taskId'>
  >;

/** One proof as fulfilment reads it: which item, plan task and channel, and when (UTC). */
export interface ProofFact {
  proofId: string;
  unitId: string;
  itemId: string;
  planId: string | null;
  taskId: string | null;
  channel: string;
  publishedAt: string;
  url: string | null;
  source: string;
}

/**
 * Queries over `publication_proofs` (append-only: nothing here updates or deletes). Dispatch
 * records a proof when a channel confirms; a person records one for a publication made outside
 * Loa (ProofsService). Instants are ISO-8601 UTC strings of fixed width, so ranges compare as text.
 */
@Injectable()
export class ProofsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends a proof in the caller's transaction (or on its own). */
  async record(proof: NewProof, createdAt: Date, m: EntityManager = this.db.manager): Promise<PublicationProofEntity> {
    let task = { planId: proof.planId ?? null, taskId: proof.taskId ?? null };
    if (proof.planId === undefined || proof.taskId === undefined) {
      const [item] = await rawQuery<{ planId: string | null; taskId: string | null }>(
        m,
        `SELECT "planId", "taskId" FROM "content_items" WHERE "id" = $1`,
        [proof.itemId],
      );
      task = { planId: proof.planId ?? item?.planId ?? null, taskId: proof.taskId ?? item?.taskId ?? null };
    }
    const row: PublicationProofEntity = {
      id: newId(),
      slotId: null,
      publicationId: null,
      url: null,
      remoteId: null,
      note: null,
      evidence: null,
      createdBy: null,
      ...proof,
      ...task,
      createdAt,
    };
    await m.insert(PublicationProofEntity, row as QueryDeepPartialEntity<PublicationProofEntity>);
    return row;
  }

  /**
   * Appends many proofs in one statement per 400 (dispatch settles a batch of publications at
   * once); each row's plan and task are the item's own, read in the same statement.
   */
  async recordMany(proofs: readonly (NewProof & { id: string })[], createdAt: Date, m: EntityManager): Promise<void> {
    if (proofs.length === 0) return;
    const columns = [
      'id',
      'unitId',
      'itemId',
      'channel',
      'slotId',
      'publicationId',
      'source',
      'publishedAt',
      'url',
      'remoteId',
      'note',
      'evidence',
      'createdBy',
      'createdAt',
      'planId',
      'taskId',
    ];
    const into = `INSERT INTO "publication_proofs" (${columns.map((c) => `"${c}"`).join(', ')})`;
    const valuesOf = (p: NewProof & { id: string }) => [
      p.id,
      p.unitId,
      p.itemId,
      p.channel,
      p.slotId ?? null,
      p.publicationId ?? null,
      p.source,
      p.publishedAt.toISOString(),
      p.url ?? null,
      p.remoteId ?? null,
      p.note ?? null,
      p.evidence ? jsonText(p.evidence) : null,
      p.createdBy ?? null,
      createdAt.toISOString(),
    ];
    if (m.connection.driver.options.type === 'postgres') {
      // One statement of fixed text whatever the count, the proofs as one JSON document (a key left
      // out reads as NULL), the plan and task joined from the item.
      const json = ['evidence'];
      await rawQuery(
        m,
        `${into} SELECT ${columns
          .slice(0, 14)
          .map((c) => (c === 'createdAt' ? '$2' : json.includes(c) ? `v."${c}"::text` : `v."${c}"`))
          .join(', ')}, c."planId", c."taskId"
           FROM json_to_recordset($1::json) AS v(${columns
             .slice(0, 13)
             .map((c) => `"${c}" ${json.includes(c) ? 'json' : 'text'}`)
             .join(', ')})
           LEFT JOIN "content_items" c ON c."id" = v."itemId"`,
        [jsonText(proofs), createdAt.toISOString()],
      );
      return;
    }
    for (let i = 0; i < proofs.length; i += 400) {
      // The item id goes in twice: as the column's value and as the sub-queries' key.
      const params: unknown[] = [];
      const tuples = proofs.slice(i, i + 400).map((p) => {
        const values = valuesOf(p);
        const base = params.length;
        params.push(...values, p.itemId);
        const item = `$${params.length}`;
        return `(${values.map((_, j) => `$${base + j + 1}`).join(', ')}, (SELECT c."planId" FROM "content_items" c WHERE c."id" = ${item}), (SELECT c."taskId" FROM "content_items" c WHERE c."id" = ${item}))`;
      });
      await rawQuery(m, `${into} VALUES ${tuples.join(', ')}`, params);
    }
  }

  /**
   * (PostgreSQL) The text of an INSERT of dispatch proofs, for a data-modifying WITH: `from` is a
   * FROM clause whose rows, aliased `r`, yield "unitId", "itemId", "channel", "slotId", "publicationId", "url",
   * "remoteId" and "evidence" (json), `at` the parameter of the instant (published and created).
   * Each proof's id is the database's own (gen_random_uuid, the same form as newId); its plan and
   * task are the item's, as in recordMany.
   */
  dispatchProofsSql(from: string, at: string): string {
    return `INSERT INTO "publication_proofs" ("id", "unitId", "itemId", "channel", "slotId", "publicationId", "source", "publishedAt", "url", "remoteId", "note", "evidence", "createdBy", "createdAt", "planId", "taskId")
      SELECT gen_random_uuid()::text, r."unitId", r."itemId", r."channel", r."slotId", r."publicationId", 'dispatch', ${at}, r."url", r."remoteId", NULL, r."evidence"::text, NULL, ${at}, c."planId", c."taskId"
        FROM ${from} LEFT JOIN "content_items" c ON c."id" = r."itemId"`;
  }

  forItem(itemId: string, m: EntityManager = this.db.manager): Promise<PublicationProofEntity[]> {
    return m.find(PublicationProofEntity, { where: { itemId }, order: { publishedAt: 'ASC' } });
  }

  /** Proofs of the units whose path starts with `pathPrefix`, published in [fromUtc, toUtc). */
  async listUnder(pathPrefix: string, fromUtc: Date, toUtc: Date, m: EntityManager | DataSource = this.db): Promise<ProofFact[]> {
    return rawQuery<ProofFact>(
      m,
      `SELECT pr."id" AS "proofId", pr."unitId", pr."itemId", pr."planId", pr."taskId", pr."channel", pr."publishedAt", pr."url", pr."source"
         FROM "publication_proofs" pr
         JOIN "units" u ON u."id" = pr."unitId"
        WHERE u."path" LIKE $1 AND pr."publishedAt" >= $2 AND pr."publishedAt" < $3
        ORDER BY pr."publishedAt", pr."id"`,
      [`${pathPrefix}%`, fromUtc.toISOString(), toUtc.toISOString()],
    );
  }

  /** Proofs of one unit published in [fromUtc, toUtc). */
  async listForUnit(unitId: string, fromUtc: Date, toUtc: Date, m: EntityManager | DataSource = this.db): Promise<ProofFact[]> {
    return rawQuery<ProofFact>(
      m,
      `SELECT pr."id" AS "proofId", pr."unitId", pr."itemId", pr."planId", pr."taskId", pr."channel", pr."publishedAt", pr."url", pr."source"
         FROM "publication_proofs" pr
        WHERE pr."unitId" = $1 AND pr."publishedAt" >= $2 AND pr."publishedAt" < $3
        ORDER BY pr."publishedAt", pr."id"`,
      [unitId, fromUtc.toISOString(), toUtc.toISOString()],
    );
  }
}
