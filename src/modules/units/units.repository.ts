import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { rawQuery } from '../database/raw-sql.js';
import { UnitEntity } from './unit.entity.js';

/** Queries over the unit tree. Rules about who may see what live in the services. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Hot path (every unit-scoped request): plain SQL, hydrated by hand. */
  async findById(id: string, m: EntityManager = this.db.manager): Promise<UnitEntity | null> {
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

  /** Units under any of the path prefixes (null: all), ordered by path. */
  findUnder(prefixes: string[] | null): Promise<UnitEntity[]> {
    const qb = this.db.getRepository(UnitEntity).createQueryBuilder('u').orderBy('u.path', 'ASC');
    if (prefixes !== null) {
      if (prefixes.length === 0) return Promise.resolve([]);
      qb.where(
        new Brackets((w) => {
          prefixes.forEach((p, i) => w.orWhere(`u.path LIKE :p${i}`, { [`p${i}`]: `${p}%` }));
        }),
      );
    }
    return qb.getMany();
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
