/** The errors of reading an uploaded or pasted plan file: one code, a Vietnamese message, evidence. */
import { DomainError, type ErrorCode } from '../../../domain/errors/domain-error.js';

export const PLAN_FILE_MAX_BYTES = 20 * 1024 * 1024;

export function inputError(code: ErrorCode, message: string, evidence: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, message, evidence);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} byte`;
}
