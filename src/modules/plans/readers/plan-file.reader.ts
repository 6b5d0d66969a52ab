/**
 * Turns the bytes of an uploaded or pasted plan into text, choosing the reader by what the
 * bytes are (magic numbers), never by the file name: .docx, .pdf with a text layer, or plain
 * text in any of the encodings Vietnamese offices use. Empty, oversized, binary, image and
 * unsupported inputs are refused with a code and a Vietnamese message.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { ChannelVocabulary } from '../../../../config/channels/channel-vocabulary.types.js';
import type { PlanReading } from '../../../domain/plan/plan-reading.types.js';
import { readPlan } from '../../../domain/plan/plan.reader.js';
import { readDocx } from './docx.reader.js';
import { PLAN_FILE_MAX_BYTES, formatBytes, inputError } from './input-errors.js';
import { readPdf } from './pdf.reader.js';
import { decodeTextBytes, type TextEncoding } from './text.reader.js';

export type PlanFileFormat = 'docx' | 'pdf' | 'text';

export interface PlanDocument {
  text: string;
  format: PlanFileFormat;
  /** For text files: the encoding found (a legacy one was converted to Unicode). */
  encoding: TextEncoding | null;
  /** Notes for the person importing ("đã chuyển mã TCVN3 sang Unicode"). */
  notes: string[];
}

export interface ReadPlanFileOptions {
  maxBytes?: number;
}

export async function readPlanFile(bytes: Uint8Array, options: ReadPlanFileOptions = {}): Promise<PlanDocument> {
  const maxBytes = options.maxBytes ?? PLAN_FILE_MAX_BYTES;
  if (bytes.byteLength === 0) throw inputError('INPUT_EMPTY', 'Tệp trống: không có nội dung để nhập.', { bytes: 0 });
  if (bytes.byteLength > maxBytes)
    throw inputError(
      'INPUT_TOO_LARGE',
      `Tệp quá lớn (${formatBytes(bytes.byteLength)}); giới hạn là ${formatBytes(maxBytes)}. Một kế hoạch thường chỉ vài trăm KB.`,
      { bytes: bytes.byteLength, expected: `tối đa ${maxBytes} byte` },
    );
  // A byte-order mark says "text" before any magic number can (FF FE also opens an MP1 frame).
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const type = bom ? undefined : await fileTypeFromBuffer(bytes);
  if (type) {
    if (type.ext === 'pdf') return { text: await readPdf(bytes), format: 'pdf', encoding: null, notes: [] };
    if (type.ext === 'docx') return { text: await readDocx(bytes), format: 'docx', encoding: null, notes: [] };
    if (type.mime.startsWith('image/'))
      throw inputError(
        'INPUT_IMAGE',
        `Tệp là hình ảnh (${type.ext.toUpperCase()}), không phải văn bản: Loa không nhận dạng chữ từ ảnh. Hãy tải lên bản .docx, .pdf có lớp chữ hoặc .txt.`,
        { detected: type.mime },
      );
    if (type.ext === 'cfb' || type.ext === 'doc')
      throw inputError('INPUT_UNSUPPORTED_FORMAT', 'Tệp Word cũ (.doc) chưa được hỗ trợ: hãy mở bằng Word và lưu lại thành .docx.', {
        detected: type.mime,
      });
    if (type.ext !== 'txt' && type.ext !== 'csv' && type.ext !== 'xml')
      throw inputError(
        'INPUT_UNSUPPORTED_FORMAT',
        `Định dạng tệp ${type.ext.toUpperCase()} (${type.mime}) không được hỗ trợ: hãy tải lên .docx, .pdf có lớp chữ hoặc .txt.`,
        { detected: type.mime },
      );
  }
  const decoded = decodeTextBytes(bytes);
  if (decoded.text.trim() === '')
    throw inputError('INPUT_EMPTY', 'Tệp chỉ có khoảng trắng: không có nội dung để nhập.', { bytes: bytes.byteLength });
  const notes = decoded.converted ? [`Đã chuyển văn bản từ bảng mã ${legacyName(decoded.encoding)} sang Unicode.`] : [];
  return { text: decoded.text, format: 'text', encoding: decoded.encoding, notes };
}

function legacyName(encoding: TextEncoding): string {
  return encoding === 'tcvn3' ? 'TCVN3 (ABC)' : encoding === 'vni' ? 'VNI' : encoding === 'windows-1258' ? 'Windows-1258' : encoding;
}

export interface ImportedPlan {
  document: Omit<PlanDocument, 'text'>;
  plan: PlanReading;
}

/** Reads a file and the plan in it. Throws DomainError for bad input or a document that is not a plan. */
export async function importPlanFile(
  bytes: Uint8Array,
  vocabulary: ChannelVocabulary,
  options: ReadPlanFileOptions = {},
): Promise<ImportedPlan> {
  const { text, ...document } = await readPlanFile(bytes, options);
  return { document, plan: readPlan(text, { vocabulary }) };
}
