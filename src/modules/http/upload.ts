import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors/domain-error.js';

export interface Upload {
  bytes: Uint8Array;
  name: string | null;
  mimetype: string | null;
}

/**
 * The one file of a multipart request (field `file`), or `{ "text": "…", "name"?: "…" }` as JSON.
 * Anything over `maxBytes` is refused with PAYLOAD_TOO_LARGE before it is kept anywhere.
 */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (req.isMultipart()) {
    // A declared length beyond the limit (plus multipart framing) is refused before reading.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
    let file: MultipartFile | undefined;
    try {
      file = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
      if (!file) throw new DomainError('UPLOAD_MISSING', 'Không có tệp nào trong yêu cầu (trường "file").', { field: 'file' });
      const bytes = await file.toBuffer();
      if (file.file.truncated) throw tooLarge(maxBytes);
      return { bytes, name: file.filename || null, mimetype: file.mimetype || null };
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' || file?.file.truncated) throw tooLarge(maxBytes);
      throw malformedUpload(e);
    }
  }
  const body = req.body as { text?: unknown; name?: unknown } | undefined;
  if (!body || typeof body.text !== 'string') {
    throw new DomainError('VALIDATION_FAILED', 'Cần gửi tệp (multipart, trường "file") hoặc JSON có trường "text".', {
      fields: [{ field: 'text', constraints: ['isString'] }],
    });
  }
  const bytes = Buffer.from(body.text, 'utf8');
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  return { bytes, name: typeof body.name === 'string' ? body.name : null, mimetype: 'text/plain' };
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `Tệp quá lớn; giới hạn là ${Math.round(maxBytes / 1024 / 1024)} MB.`, { maxBytes });
}

/**
 * busboy's failures on a broken multipart body (no boundary, another boundary, a body cut
 * short, a bad part header) are plain Errors; they are the client's, so they become a coded 400
 * UPLOAD_MALFORMED. Anything else is passed on as it was.
 */
const multipartFailure =
  /^(Multipart: Boundary not found|Unexpected end of (form|file|multipart data)|Malformed part header|Part terminated early|Malformed urlencoded form|Unexpected end of part|Request aborted|Premature close)/i;

export function malformedUpload(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const e = error as { message?: unknown; code?: unknown };
  if (typeof e?.message === 'string' && multipartFailure.test(e.message)) {
    return new DomainError(
      'UPLOAD_MALFORMED',
      'Yêu cầu multipart bị hỏng (thiếu ranh giới, sai ranh giới hoặc bị cắt ngang); hãy gửi lại tệp.',
      { reason: e.message.slice(0, 80) },
    );
  }
  if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new DomainError('UPLOAD_MALFORMED', 'Yêu cầu multipart bị cắt ngang trước khi gửi xong.', { reason: 'premature close' });
  }
  return error;
}
