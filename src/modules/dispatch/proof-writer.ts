import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProofsRepository } from '../proofs/proofs.repository.js';

export interface DispatchProof {
  id: string;
  source: 'dispatch';
  note: null;
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

/**
 * The proof that a channel confirmed a publication, written through the proofs module's
 * repository (append-only `publication_proofs`) in the caller's transaction, a batch per
 * statement, with source 'dispatch' (each proof names it).
 */
@Injectable()
export class ProofWriter {
  constructor(private readonly proofs: ProofsRepository) {}

  async write(m: EntityManager, proofs: readonly DispatchProof[]): Promise<void> {
    if (proofs.length === 0) return;
    await this.proofs.recordMany(proofs, proofs[0].createdAt, m);
  }

  /** (PostgreSQL) The proofs module's INSERT of dispatch proofs, for the outbox's one-statement record (see ProofsRepository.dispatchProofsSql). */
  insertSql(from: string, at: string): string {
    return this.proofs.dispatchProofsSql(from, at);
  }
}
