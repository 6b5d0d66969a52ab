import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { MediaProfiles } from '../../../config/channels/media-profile.types.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { editableStatuses } from '../../domain/content/content-workflow.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { notFound } from '../access/access-policy.js';
import type { Actor } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { MediaIntake } from '../media/media-intake.service.js';
import { MediaProber } from '../media/media-probe.js';
import { MediaStore } from '../media/media-store.js';
import { MEDIA_PROFILES } from '../media/media.module.js';
import { RenditionService } from '../media/rendition.service.js';
import { malformedUpload } from '../http/upload.js';
import { assertDeclaredSize } from '../media/upload-size.guard.js';
import type { AttachmentRef, ContentItemEntity } from './content-item.entity.js';
import { ContentService } from './content.service.js';
import { ItemChecksService } from './item-checks.service.js';

/** What a download hands the controller: the bytes as a stream, their type, length and a file name. */
export interface AttachmentDownload {
  stream: Readable;
  mime: string;
  bytes: number;
  name: string;
}

/** Room for the multipart boundary and part headers around the file itself. */
const MULTIPART_FRAMING_BYTES = 64 * 1024;

/** Files of an item: checked against every target channel before anything is stored, then kept by content address. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly intake: MediaIntake,
    private readonly checks: ItemChecksService,
    private readonly audit: AuditService,
    private readonly store: MediaStore,
    private readonly prober: MediaProber,
    private readonly renditions: RenditionService,
    @Inject(MEDIA_PROFILES) private readonly profiles: MediaProfiles,
  ) {}

  /**
   * An attachment's stored bytes, for anyone who may see the item (an item of a unit the
   * caller cannot see is 404, as is a hash the item does not hold).
   */
  async download(actor: Actor, itemId: string, sha256: string): Promise<AttachmentDownload> {
    const { item } = await this.content.get(actor, itemId, 'viewer');
    const ref = item.attachments.find((a) => a.sha256 === sha256);
    if (!ref) throw notFound('attachment', sha256);
    const path = await this.store.locate(sha256);
    if (!path)
      throw new DomainError('ATTACHMENT_GONE', 'Tệp đính kèm không còn trong kho lưu trữ. Hãy tải tệp lên lại.', { itemId, sha256 });
    const probed = await this.prober.probe(path, { verify: false });
    return {
      stream: createReadStream(path),
      mime: probed.mime,
      bytes: probed.bytes,
      name: ref.name ?? `${sha256.slice(0, 12)}.${probed.ext}`,
    };
  }

  /**
   * One rendition of a picture attachment for one of the item's channels, rendered from the
   * stored original with the item's focal point (renditions are not stored: each is a few
   * hundred milliseconds of sharp, and a profile change must not leave stale copies).
   */
  async rendition(
    actor: Actor,
    itemId: string,
    sha256: string,
    channel: string,
    name: string,
    cached?: (etag: string) => boolean,
    /** A preview's width: the rendition scaled down to it (a print rendition is several thousand pixels wide). */
    maxWidth?: number,
  ): Promise<(AttachmentDownload & { etag: string }) | { etag: string; notModified: true }> {
    const { item } = await this.content.get(actor, itemId, 'viewer');
    const ref = item.attachments.find((a) => a.sha256 === sha256);
    if (!ref) throw notFound('attachment', sha256);
    const profile = item.channels.includes(channel) ? this.profiles.channels[channel] : undefined;
    const spec = profile?.renditions.find((r) => r.name === name);
    if (!profile || !spec || ref.kind !== 'image') throw notFound('rendition', `${channel}/${name}`);
    // What the rendered bytes depend on: the stored original, its focal point and the profile's
    // rendition. A client that holds this tag gets 304 without a render (the previews of the web
    // app ask for six renditions, one of them at print size, each time the item is opened).
    const etag = `"${createHash('sha256')
      .update(
        JSON.stringify({
          sha256,
          focal: ref.focalPoint ?? null,
          format: ref.format,
          profile: { ...profile, renditions: [spec] },
          maxWidth: maxWidth ?? null,
        }),
      )
      .digest('base64url')
      .slice(0, 27)}"`;
    if (cached?.(etag)) return { etag, notModified: true };
    const path = await this.store.locate(sha256);
    if (!path)
      throw new DomainError('ATTACHMENT_GONE', 'Tệp đính kèm không còn trong kho lưu trữ. Hãy tải tệp lên lại.', { itemId, sha256 });
    const rendered = await this.renditions.renderChannels(path, [{ ...profile, renditions: [spec] }], {
      ...(ref.focalPoint ? { focal: ref.focalPoint } : {}),
      format: ref.format,
      bytes: ref.bytes,
    });
    const image = await this.renditions.downscale(rendered[0]!.image, maxWidth);
    const ext = image.format === 'jpeg' ? 'jpg' : image.format;
    const stem = (ref.name ?? sha256.slice(0, 12)).replace(/\.[^.]*$/, '');
    return {
      stream: Readable.from([image.data]),
      mime: `image/${image.format}`,
      bytes: image.bytes,
      name: `${stem}.${channel}.${spec.name}.${ext}`,
      etag,
    };
  }

  async add(
    actor: Actor,
    itemId: string,
    version: number,
    req: FastifyRequest,
    focal?: { x: number; y: number },
  ): Promise<ContentItemEntity> {
    const { item } = await this.content.get(actor, itemId, 'editor');
    if (item.version !== version)
      throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', { itemId, currentVersion: item.version });
    if (!editableStatuses.includes(item.status))
      throw new DomainError('ITEM_NOT_EDITABLE', 'Nội dung đã duyệt hoặc đã lên lịch: hãy mở lại nội dung trước khi thêm tệp.', {
        status: item.status,
      });
    if (!req.isMultipart()) throw new DomainError('UPLOAD_MISSING', 'Cần gửi tệp dạng multipart (trường "file").', { field: 'file' });
    const limit = this.intake.streamLimit(item.channels);
    // The declared length (file plus a little multipart framing) is refused before a byte is read.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared)) assertDeclaredSize(declared, limit + MULTIPART_FRAMING_BYTES);
    let file: MultipartFile | undefined;
    let accepted: Awaited<ReturnType<MediaIntake['accept']>>;
    try {
      file = await req.file({ limits: { fileSize: limit + 1, files: 1 } });
      if (!file) throw new DomainError('UPLOAD_MISSING', 'Không có tệp nào trong yêu cầu (trường "file").', { field: 'file' });
      const slot = await this.checks.anyDuration(this.db.manager, item);
      accepted = await this.intake.accept({ source: file.file, declaredBytes: null, name: file.filename, channels: item.channels, slot });
    } catch (e) {
      throw malformedUpload(e);
    }
    const { stored, media } = accepted;
    const ref: AttachmentRef = {
      sha256: stored.sha256,
      kind: media.kind,
      format: media.format,
      bytes: media.bytes,
      name: file.filename || null,
      ...(media.width !== undefined ? { width: media.width } : {}),
      ...(media.height !== undefined ? { height: media.height } : {}),
      ...(media.durationSec !== undefined ? { durationSec: media.durationSec } : {}),
      ...(focal ? { focalPoint: focal } : {}),
    };
    return this.db.transaction(async (m) => {
      const { item: current } = await this.content.load(m, actor, itemId, 'editor');
      if (current.version !== version)
        throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', {
          itemId,
          currentVersion: current.version,
        });
      current.attachments = [...current.attachments.filter((a) => a.sha256 !== ref.sha256), ref];
      await this.content.save(m, current, version);
      await this.audit.record(m, actor, {
        unitId: current.unitId,
        action: 'item.attach',
        entity: 'item',
        entityId: itemId,
        changes: { sha256: ref.sha256, kind: ref.kind, bytes: ref.bytes },
      });
      return current;
    });
  }

  async remove(actor: Actor, itemId: string, version: number, sha256: string): Promise<ContentItemEntity> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      if (item.version !== version)
        throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', {
          itemId,
          currentVersion: item.version,
        });
      if (!item.attachments.some((a) => a.sha256 === sha256)) throw notFound('attachment', sha256);
      item.attachments = item.attachments.filter((a) => a.sha256 !== sha256);
      await this.content.save(m, item, version);
      await this.audit.record(m, actor, {
        unitId: item.unitId,
        action: 'item.detach',
        entity: 'item',
        entityId: itemId,
        changes: { sha256 },
      });
      return item;
    });
  }
}
