/**
 * Instants are stored the same way on SQLite and PostgreSQL: ISO-8601 in UTC with a `Z`
 * ("2026-11-22T01:28:07.000Z"), a fixed-width string that sorts as time does. TypeORM has no
 * timestamp type both drivers accept, and local-time strings are how SQLite dates go wrong,
 * so the transformer is the only place dates cross into storage.
 */
import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

export const instantTransformer: ValueTransformer = {
  to(value: Date | null | undefined): string | null | undefined {
    if (value === undefined || value === null) return value;
    return value.toISOString();
  },
  from(value: string | Date | null): Date | null {
    if (value === null || value === undefined) return null;
    return value instanceof Date ? value : new Date(value);
  },
};

export function InstantColumn(options: Omit<ColumnOptions, 'type' | 'transformer'> = {}): PropertyDecorator {
  return Column({ ...options, type: 'varchar', length: 24, transformer: instantTransformer });
}

/** Calendar days ("YYYY-MM-DD", Asia/Ho_Chi_Minh) are plain strings on both databases. */
export function DayColumn(options: Omit<ColumnOptions, 'type' | 'length'> = {}): PropertyDecorator {
  return Column({ ...options, type: 'varchar', length: 10 });
}

/** JSON documents, kept as text so both drivers agree. */
export const jsonTransformer: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value === null || value === undefined ? null : JSON.parse(value)),
};

export function JsonColumn(options: Omit<ColumnOptions, 'type' | 'transformer'> = {}): PropertyDecorator {
  return Column({ ...options, type: 'text', transformer: jsonTransformer });
}
