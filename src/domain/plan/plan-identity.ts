/**
 * Which plan a document is, and which review notes are open: pure rules the plans service
 * applies on import and activation.
 *
 * Two documents are the same plan of a unit when they have the same number, issuer and year
 * (written with different spacing, case or "UBND" spelled out); a document with no number is
 * the same plan only as the same file.
 */
import type { NeedsReview, PlanReading } from './plan-reading.types.js';

const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** "Ủy ban nhân dân xã Hành Đức", "UBND  xã Hành Đức" → "ubnd xã hành đức". */
function issuerKey(issuer: string | null): string {
  if (issuer === null) return '';
  return fold(issuer)
    .replace(/u[ỷỷ] ban nhân dân/gu, 'ubnd')
    .replace(/ủy ban nhân dân/gu, 'ubnd');
}

/** "41/KH-UBND", "41 / KH - UBND" → "41/KH-UBND". */
function numberKey(number: string): string {
  return number.normalize('NFC').toUpperCase().replace(/\s+/gu, '').replace(/Đ/gu, 'D');
}

/** The identity of a plan within its unit; `null` never: a plan with no number is its file. */
export function planIdentityKey(reading: Pick<PlanReading, 'number' | 'issuer' | 'year'>, sourceSha256: string): string {
  if (reading.number === null || reading.number.trim() === '') return `file:${sourceSha256}`;
  return `plan:${numberKey(reading.number)}|${issuerKey(reading.issuer)}|${reading.year ?? ''}`.slice(0, 400);
}

/** How a person names a review note when acknowledging it: "3/quota" for task 3, "number" for the plan. */
export function reviewKey(note: Pick<NeedsReview, 'taskId' | 'field'>): string {
  return note.taskId !== undefined ? `${note.taskId}/${note.field}` : note.field;
}

/** The distinct keys of the plan's open review notes, in document order. */
export function openReviewKeys(reading: Pick<PlanReading, 'needsReview'>): string[] {
  return [...new Set(reading.needsReview.map(reviewKey))];
}
