import { Injectable } from '@nestjs/common';
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
import { malformedUpload } from '../http/upload.js';
import { assertDeclaredSize } from '../media/upload-size.guard.js';
import type { AttachmentRef, ContentItemEntity } from './content-item.entity.js';
import { ContentService } from './content.service.js';
import { ItemChecksService } from './item-checks.service.js';

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
  ) {}

  async add(actor: Actor, itemId: string, version: number, req: FastifyRequest, focal?: { x: number; y: number }): Promise<ContentItemEntity> {
    const { item } = await this.content.get(actor, itemId, 'editor');
    if (item.version !== version) throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', { itemId, currentVersion: item.version });
    if (!editableStatuses.includes(item.status)) throw new DomainError('ITEM_NOT_EDITABLE', 'Nội dung đã duyệt hoặc đã lên lịch: hãy mở lại (reopen) trước khi thêm tệp.', { status: item.status });
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
      if (current.version !== version) throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', { itemId, currentVersion: current.version });
      current.attachments = [...current.attachments.filter((a) => a.sha256 !== ref.sha256), ref];
      await this.content.save(m, current, version);
      await this.audit.record(m, actor, { unitId: current.unitId, action: 'item.attach', entity: 'item', entityId: itemId, changes: { sha256: ref.sha256, kind: ref.kind, bytes: ref.bytes } });
      return current;
    });
  }

  async remove(actor: Actor, itemId: string, version: number, sha256: string): Promise<ContentItemEntity> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      if (item.version !== version) throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', { itemId, currentVersion: item.version });
      if (!item.attachments.some((a) => a.sha256 === sha256)) throw notFound('attachment', sha256);
      item.attachments = item.attachments.filter((a) => a.sha256 !== sha256);
      await this.content.save(m, item, version);
      await this.audit.record(m, actor, { unitId: item.unitId, action: 'item.detach', entity: 'item', entityId: itemId, changes: { sha256 } });
      return item;
    });
  }
}
