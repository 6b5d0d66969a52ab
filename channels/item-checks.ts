/**
 * Checks shared by adapters: text lengths (in characters as people count them: Unicode code
 * points of the NFC form) and attachment sizes, each problem with a Vietnamese message and
 * the numbers.
 */
import type { OutgoingAttachment, Outcome, Problem } from './channel-adapter.js';

const FIELD_LABEL: Record<string, string> = {
  title: 'Tiêu đề',
  summary: 'Tóm tắt',
  body: 'Nội dung',
  author: 'Tác giả',
};

export function charLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

export function lengthProblem(
  field: keyof typeof FIELD_LABEL | string,
  value: string | undefined,
  max: number,
  channelLabel: string,
): Problem | null {
  if (value === undefined) return null;
  const length = charLength(value);
  if (length <= max) return null;
  return {
    code: `${field.toUpperCase()}_TOO_LONG`,
    message: `${FIELD_LABEL[field] ?? field} dài ${length} ký tự, ${channelLabel} cho phép tối đa ${max}.`,
    evidence: { field, length, max },
  };
}

export function requiredProblem(field: string, value: string | undefined, channelLabel: string): Problem | null {
  if (value !== undefined && value.trim().length > 0) return null;
  return {
    code: `${field.toUpperCase()}_REQUIRED`,
    message: `${channelLabel} cần ${(FIELD_LABEL[field] ?? field).toLowerCase()}.`,
    evidence: { field },
  };
}

export function attachmentTooLarge(a: OutgoingAttachment, max: number, channelLabel: string): Problem | null {
  if (a.bytes <= max) return null;
  return {
    code: 'ATTACHMENT_TOO_LARGE',
    message: `Tệp ${a.filename} nặng ${formatBytes(a.bytes)}, ${channelLabel} nhận tối đa ${formatBytes(max)}.`,
    evidence: { filename: a.filename, bytes: a.bytes, max },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} kB`;
  return `${bytes} byte`;
}

export function compact<T>(list: readonly (T | null | undefined)[]): T[] {
  return list.filter((x): x is T => x !== null && x !== undefined);
}

/** The outcome when `check` finds problems at send time: refused before any request. */
export function refusedOutcome(problems: readonly Problem[]): { kind: 'permanent'; code: string; reason: string } {
  return { kind: 'permanent', code: problems[0]!.code, reason: problems.map((p) => p.message).join(' ') };
}

/** Plain text of sanitized HTML, for channels that take text only. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An attachment's file could not be read (moved, deleted, no permission): nothing was sent. */
export class AttachmentUnreadable extends Error {
  override readonly name = 'AttachmentUnreadable';
}

export async function readAttachment(
  files: { read(path: string): Promise<Uint8Array> },
  a: { path: string; filename: string },
): Promise<Uint8Array> {
  try {
    return await files.read(a.path);
  } catch (error) {
    throw new AttachmentUnreadable(`Không đọc được tệp ${a.filename}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs one attempt; an unreadable attachment (always read before any request) is permanent, anything else thrown stays thrown. */
export async function unreadableAsPermanent(run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AttachmentUnreadable) return { kind: 'permanent', code: 'ATTACHMENT_UNREADABLE', reason: error.message };
    throw error;
  }
}
