import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Credentials, OutgoingAttachment, OutgoingItem } from '../../../channels/channel-adapter.js';
import type { AttachmentRef } from '../content/content-item.entity.js';
import { rawQuery } from '../database/raw-sql.js';
import { MediaStore } from '../media/media-store.js';
import { AccountTokenStore } from './account-token-store.js';

const FILE: Record<string, { ext: string; mime: string }> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
  mp3: { ext: 'mp3', mime: 'audio/mpeg' },
  wav: { ext: 'wav', mime: 'audio/wav' },
  m4a: { ext: 'm4a', mime: 'audio/mp4' },
  mp4: { ext: 'mp4', mime: 'video/mp4' },
  pdf: { ext: 'pdf', mime: 'application/pdf' },
};

export interface AccountForDispatch {
  id: string;
  unitId: string;
  channel: string;
  kind: string;
  settings: Record<string, unknown>;
  credentials: Credentials;
  credentialsVersion: number;
}

/** Loads, for a batch of publications, the items as adapters see them and the accounts with their credentials (opened once per version). */
@Injectable()
export class OutgoingItems {
  private readonly credentialCache = new Map<string, { version: number; credentials: Credentials }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: MediaStore,
    private readonly tokens: AccountTokenStore,
  ) {}

  async items(ids: readonly string[]): Promise<Map<string, OutgoingItem>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, OutgoingItem>();
    const postgres = this.db.driver.options.type === 'postgres';
    // On PostgreSQL the ids go as one array (one statement of fixed text); SQLite takes them as a list of 500 at most.
    for (let i = 0; i < unique.length; i += postgres ? unique.length : 500) {
      const chunk = postgres ? unique : unique.slice(i, i + 500);
      const rows = await rawQuery<{ id: string; title: string; summary: string; body: string; author: string | null; attachments: string }>(
        this.db,
        `SELECT "id", "title", "summary", "body", "author", "attachments" FROM "content_items" WHERE ${postgres ? `"id" = ANY($1::text[])` : `"id" IN (${chunk.map((_, j) => `$${j + 1}`).join(', ')})`}`,
        postgres ? [chunk] : chunk,
      );
      for (const r of rows) {
        const attachments = (JSON.parse(r.attachments || '[]') as AttachmentRef[])
          .map((a) => this.attachment(a))
          .filter((a): a is OutgoingAttachment => a !== null);
        out.set(r.id, {
          id: r.id,
          title: r.title,
          summary: r.summary || undefined,
          body: r.body,
          author: r.author ?? undefined,
          attachments,
        });
      }
    }
    return out;
  }

  async accounts(ids: readonly string[]): Promise<Map<string, AccountForDispatch>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, AccountForDispatch>();
    if (unique.length === 0) return out;
    const rows = await rawQuery<{
      id: string;
      unitId: string;
      channel: string;
      kind: string;
      settings: string;
      credentialsVersion: number;
    }>(
      this.db,
      `SELECT "id", "unitId", "channel", "kind", "settings", "credentialsVersion" FROM "channel_accounts" WHERE "id" IN (${unique.map((_, j) => `$${j + 1}`).join(', ')})`,
      unique,
    );
    for (const r of rows) {
      const version = Number(r.credentialsVersion);
      let cached = this.credentialCache.get(r.id);
      if (!cached || cached.version !== version) {
        const read = await this.tokens.read(r.unitId, r.id).catch(() => ({ credentials: {}, version }));
        cached = { version: read.version, credentials: read.credentials };
        this.credentialCache.set(r.id, cached);
      }
      out.set(r.id, {
        id: r.id,
        unitId: r.unitId,
        channel: r.channel,
        kind: r.kind,
        settings: JSON.parse(r.settings || '{}') as Record<string, unknown>,
        credentials: cached.credentials,
        credentialsVersion: cached.version,
      });
    }
    return out;
  }

  private attachment(a: AttachmentRef): OutgoingAttachment | null {
    const f = FILE[a.format];
    if (!f) return null;
    return {
      path: this.store.pathFor(a.sha256, f.ext),
      mime: f.mime,
      bytes: a.bytes,
      width: a.width,
      height: a.height,
      durationSec: a.durationSec,
      filename: a.name ?? `${a.sha256.slice(0, 12)}.${f.ext}`,
    };
  }
}
