import { parse } from 'csv-parse/sync';
import { DomainError } from '../../domain/errors/domain-error.js';
import type { Actor } from '../access/principal.js';
import type { UnitsRepository } from './units.repository.js';
import type { UnitsService } from './units.service.js';

export interface UnitRow {
  line: number;
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

const header = ['code', 'name', 'level', 'parent_code'];

/** Reads `code,name,level,parent_code` rows (UTF-8, header required); every bad row is reported with its line. */
export function parseUnitsCsv(text: string): UnitRow[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (e) {
    throw new DomainError('CSV_UNREADABLE', 'Tệp CSV không đọc được.', { detail: (e as Error).message });
  }
  if (records.length === 0) throw new DomainError('CSV_EMPTY', 'Tệp CSV rỗng.', {});
  const head = records[0].map((h) => h.toLowerCase());
  if (header.some((h, i) => head[i] !== h)) {
    throw new DomainError('CSV_HEADER', `Dòng tiêu đề phải là: ${header.join(',')}.`, {
      line: 1,
      text: records[0].join(','),
      expected: header.join(','),
    });
  }
  const problems: { line: number; text: string; reason: string }[] = [];
  const rows: UnitRow[] = [];
  const seen = new Set<string>();
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    const [code, name, level, parent] = r;
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(code ?? '')) problems.push({ line, text: r.join(','), reason: 'mã đơn vị không hợp lệ' });
    else if (seen.has(code)) problems.push({ line, text: r.join(','), reason: 'mã đơn vị bị lặp' });
    else if (!name) problems.push({ line, text: r.join(','), reason: 'thiếu tên đơn vị' });
    else if (!/^[a-z][a-z-]{1,31}$/.test(level ?? '')) problems.push({ line, text: r.join(','), reason: 'cấp đơn vị không hợp lệ' });
    else {
      seen.add(code);
      rows.push({ line, code, name: name.normalize('NFC'), level, parentCode: parent ? parent : null });
    }
  });
  if (problems.length > 0) {
    throw new DomainError('CSV_ROWS_INVALID', `Có ${problems.length} dòng không hợp lệ; không dòng nào được nhập.`, { problems });
  }
  return rows;
}

/** Creates the units parents first; a row whose unit code already exists is skipped (idempotent re-import). */
export async function importUnits(
  rows: UnitRow[],
  units: UnitsService,
  repo: UnitsRepository,
  actor: Actor,
): Promise<{ created: number; skipped: number }> {
  const pending = [...rows];
  let created = 0;
  let skipped = 0;
  while (pending.length > 0) {
    const before = pending.length;
    for (let i = 0; i < pending.length; i++) {
      const row = pending[i];
      if (await repo.findByCode(row.code)) {
        skipped++;
        pending.splice(i--, 1);
        continue;
      }
      const parent = row.parentCode ? await repo.findByCode(row.parentCode) : null;
      if (row.parentCode && !parent) continue;
      await units.create(actor, { parentId: parent?.id ?? null, name: row.name, level: row.level, code: row.code });
      created++;
      pending.splice(i--, 1);
    }
    if (pending.length === before) {
      throw new DomainError('CSV_PARENT_MISSING', 'Không tìm thấy đơn vị cấp trên cho một số dòng.', {
        problems: pending.map((r) => ({ line: r.line, parentCode: r.parentCode })),
      });
    }
  }
  return { created, skipped };
}
