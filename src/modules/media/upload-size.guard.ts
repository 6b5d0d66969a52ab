/**
 * Refuses an upload that is too large without holding it: first from its declared length
 * (Content-Length, multipart part size) when there is one, then from a byte counter on the
 * stream itself, which stops reading the moment the limit is passed.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { DomainError } from '../../domain/errors/domain-error.js';
import { formatBytes } from '../../domain/media/media-format.js';

export function payloadTooLarge(bytes: number, maxBytes: number, declared: boolean): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    declared
      ? `Tệp tải lên khai báo ${formatBytes(bytes)}, vượt giới hạn ${formatBytes(maxBytes)}; tệp không được nhận.`
      : `Tệp tải lên vượt giới hạn ${formatBytes(maxBytes)} (đã nhận hơn ${formatBytes(bytes)}); việc nhận tệp đã dừng.`,
    { bytes, maxBytes, declared },
  );
}

/** Refuses at once when the declared length is over the limit; an unknown length passes to the counter. */
export function assertDeclaredSize(declared: number | null | undefined, maxBytes: number): void {
  if (declared !== null && declared !== undefined && Number.isFinite(declared) && declared > maxBytes)
    throw payloadTooLarge(declared, maxBytes, true);
}

/**
 * A pass-through that counts bytes and fails with PAYLOAD_TOO_LARGE as soon as the count
 * passes `maxBytes`; in a `pipeline`, that failure stops and destroys the source.
 */
export class ByteLimit extends Transform {
  private seen = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get bytes(): number {
    return this.seen;
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.seen += buf.length;
    if (this.seen > this.maxBytes) {
      callback(payloadTooLarge(this.seen, this.maxBytes, false));
      return;
    }
    callback(null, buf);
  }
}
