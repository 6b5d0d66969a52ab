import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/env.schema.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { rawQuery } from '../database/raw-sql.js';
import { UnitEntity } from './unit.entity.js';

/** Queries over the unit tree. Rules about who may see what live in the services. */
@Injectable()
export class UnitsRepository {
  /**
   * Units read outside a transaction, kept `unitCacheSeconds`: every scoped request reads its
   * unit, and units change rarely. A unit's path (all access decisions use) never changes;
   * this node forgets a unit it changes at once, other nodes within the TTL.
   */
  private readonly cache = new Map<string, { until: number; unit: UnitEntity }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Hot path (every unit-scoped request): plain SQL, hydrated by hand, cached briefly outside transactions. */
  async findById(id: string, m: EntityManager = this.db.manager): Promise<UnitEntity | null> {
    const cacheable = m === this.db.manager && this.config.unitCacheSeconds > 0;
    const now = this.clock.now().getTime();
    if (cacheable) {
      const hit = this.cache.get(id);
      if (hit && hit.until > now) return { ...hit.unit, settings: { ...hit.unit.settings } };
    }
    const unit = await this.read(id, m);
    if (unit && cacheable) {
      if (this.cache.size >= 50_000) this.cache.clear();
      this.cache.set(id, { until: now + this.config.unitCacheSeconds * 1000, unit: { ...unit, settings: { ...unit.settings } } });
    }
    return unit;
  }

  /** Drop a unit this node changed. */
  forget(id: string): void {
    this.cache.delete(id);
  }

  private async read(id: string, m: EntityManager): Promise<UnitEntity | null> {
    const rows = await rawQuery<Record<string, unknown>>(
      m,
      `SELECT "id", "parentId", "code", "name", "level", "path", "depth", "settings", "createdAt", "updatedAt" FROM "units" WHERE "id" = $1`,
      [id],
    );
    return rows.length === 0 ? null : hydrateUnit(rows[0]);
  }

  findByCode(code: string, m: EntityManager = this.db.manager): Promise<UnitEntity | null> {
    return m.findOneBy(UnitEntity, { code });
  }

  /**
   * Units under any of the path prefixes (null: all), ordered by path. Plain SQL hydrated by hand
   * like findById: a system admin's list is every unit of the country (3,321 communes and up), which
   * TypeORM's entity hydration took the better part of a second to build.
   */
  async findUnder(prefixes: string[] | null): Promise<UnitEntity[]> {
    if (prefixes !== null && prefixes.length === 0) return [];
    const where = prefixes === null ? '' : `WHERE ${prefixes.map((_, i) => `"path" LIKE $${i + 1}`).join(' OR ')}`;
    const rows = await rawQuery<Record<string, unknown>>(
      this.db.manager,
      `SELECT "id", "parentId", "code", "name", "level", "path", "depth", "settings", "createdAt", "updatedAt" FROM "units" ${where} ORDER BY "path"`,
      (prefixes ?? []).map((p) => `${p}%`),
    );
    return rows.map(hydrateUnit);
  }

  count(): Promise<number> {
    return this.db.getRepository(UnitEntity).count();
  }
}

function hydrateUnit(r: Record<string, unknown>): UnitEntity {
  return {
    id: r.id as string,
    parentId: (r.parentId as string | null) ?? null,
    code: (r.code as string | null) ?? null,
    name: r.name as string,
    level: r.level as string,
    path: r.path as string,
    depth: Number(r.depth),
    settings: typeof r.settings === 'string' ? JSON.parse(r.settings) : {},
    createdAt: new Date(r.createdAt as string),
    updatedAt: new Date(r.updatedAt as string),
  };
}
