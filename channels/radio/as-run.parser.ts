/**
 * A station's as-run log (what actually aired) → confirmations of Loa's radio deliveries.
 * Stations keep these logs in their own software; Loa reads CSV (a header row; comma,
 * semicolon or tab) or JSON (an array, or `{items: [...]}`), with English or Vietnamese column
 * names (with or without diacritics). A time without an offset is Vietnam time. Rows that did
 * not air (status skipped/failed/"không phát") are reported, not confirmed; a bad row is a
 * problem naming its line and never stops the others. Pure: the caller reads the file.
 */
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import type { Outcome, Problem } from '../channel-adapter.js';

export interface AsRunConfirmation {
  /** The manifest id Loa sent (the publication's idempotency key). */
  key: string;
  playedAt: Date;
  durationSec?: number;
  station?: string;
  line: number;
}

export interface AsRunResult {
  confirmations: AsRunConfirmation[];
  notAired: { key: string; status: string; line: number }[];
  problems: (Problem & { evidence: { line: number } })[];
}

const ALIASES: Record<string, string[]> = {
  key: ['id', 'key', 'manifest_id', 'ma', 'ma_chuong_trinh', 'ma_ban_tin'],
  playedAt: ['played_at', 'start', 'started_at', 'aired_at', 'thoi_gian', 'thoi_gian_phat', 'gio_phat', 'bat_dau'],
  durationSec: ['duration', 'duration_sec', 'thoi_luong'],
  status: ['status', 'trang_thai', 'ket_qua'],
  station: ['station', 'tram', 'dai', 'cum_loa', 'don_vi'],
};
const NOT_AIRED = new Set(['skipped', 'failed', 'cancelled', 'not_played', 'khong_phat', 'huy', 'loi', 'bo_qua']);
const ZONE = 'Asia/Ho_Chi_Minh';

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function fieldFor(column: string): string | undefined {
  const n = normaliseName(column);
  return Object.keys(ALIASES).find((k) => ALIASES[k]!.includes(n));
}

/** An instant from ISO (with or without offset), "YYYY-MM-DD HH:mm[:ss]" or "DD/MM/YYYY HH:mm[:ss]"; local times are Vietnam time. */
export function parseStationTime(text: string): Date | null {
  const t = text.trim();
  let dt = DateTime.fromISO(t.replace(' ', 'T'), { zone: ZONE, setZone: false });
  if (!dt.isValid) dt = DateTime.fromFormat(t, 'd/M/yyyy H:mm:ss', { zone: ZONE });
  if (!dt.isValid) dt = DateTime.fromFormat(t, 'd/M/yyyy H:mm', { zone: ZONE });
  return dt.isValid ? dt.toJSDate() : null;
}

/** Seconds from "123", "123.4", "mm:ss" or "hh:mm:ss". */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

export function parseAsRunLog(text: string, format: 'csv' | 'json'): AsRunResult {
  const result: AsRunResult = { confirmations: [], notAired: [], problems: [] };
  let rows: { line: number; values: Record<string, unknown> }[];
  try {
    rows = format === 'json' ? jsonRows(text) : csvRows(text);
  } catch (error) {
    result.problems.push({
      code: 'AS_RUN_UNREADABLE',
      message: `Không đọc được nhật ký phát sóng: ${error instanceof Error ? error.message : String(error)}`,
      evidence: { line: 0 },
    });
    return result;
  }
  for (const { line, values } of rows) {
    const get = (f: string) => {
      for (const [col, v] of Object.entries(values))
        if (fieldFor(col) === f && v !== null && v !== undefined && String(v).trim() !== '') return String(v).trim();
      return undefined;
    };
    const key = get('key');
    if (!key) {
      result.problems.push({ code: 'AS_RUN_NO_ID', message: `Dòng ${line}: thiếu mã chương trình (id).`, evidence: { line } });
      continue;
    }
    const status = get('status');
    if (status && NOT_AIRED.has(normaliseName(status))) {
      result.notAired.push({ key, status, line });
      continue;
    }
    const when = get('playedAt');
    const playedAt = when ? parseStationTime(when) : null;
    if (!playedAt) {
      result.problems.push({
        code: 'AS_RUN_TIME_INVALID',
        message: `Dòng ${line}: thời gian phát "${when ?? ''}" không đọc được.`,
        evidence: { line, text: when ?? '' },
      });
      continue;
    }
    const durationText = get('durationSec');
    const durationSec = durationText !== undefined ? parseDuration(durationText) : null;
    if (durationText !== undefined && durationSec === null) {
      result.problems.push({
        code: 'AS_RUN_DURATION_INVALID',
        message: `Dòng ${line}: thời lượng "${durationText}" không đọc được.`,
        evidence: { line, text: durationText },
      });
      continue;
    }
    const station = get('station');
    result.confirmations.push({ key, playedAt, line, ...(durationSec !== null ? { durationSec } : {}), ...(station ? { station } : {}) });
  }
  return result;
}

function csvRows(text: string): { line: number; values: Record<string, unknown> }[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  const records = parse(text, {
    columns: true,
    bom: true,
    delimiter,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  return records.map((r) => ({ line: r.info.lines, values: r.record }));
}

function jsonRows(text: string): { line: number; values: Record<string, unknown> }[] {
  const data = JSON.parse(text) as unknown;
  const list = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(list)) throw new Error('cần một mảng, hoặc {"items": [...]}');
  return list.map((values, i) => ({
    line: i + 1,
    values: values && typeof values === 'object' ? (values as Record<string, unknown>) : {},
  }));
}

/** The outcome a confirmation settles a delivered radio publication with. */
export function asRunOutcome(c: AsRunConfirmation): Outcome {
  return {
    kind: 'published',
    remoteId: c.key,
    detail: {
      asRun: {
        playedAt: c.playedAt.toISOString(),
        ...(c.durationSec !== undefined ? { durationSec: c.durationSec } : {}),
        ...(c.station ? { station: c.station } : {}),
      },
    },
  };
}
