import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * Limits a query to the subtrees a caller may see: `unitAlias.path` starts with one of the
 * prefixes (AccessPolicy.visiblePrefixes). null means everything; an empty list, nothing.
 * Returns false when nothing can match, so callers can skip the query.
 */
export function scopeToSubtrees<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, prefixes: string[] | null, unitAlias = 'u'): boolean {
  if (prefixes === null) return true;
  if (prefixes.length === 0) return false;
  qb.andWhere(new Brackets((w) => prefixes.forEach((p, i) => w.orWhere(`${unitAlias}.path LIKE :scope${i}`, { [`scope${i}`]: `${p}%` }))));
  return true;
}
