import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { UnitEntity } from './unit.entity.js';

/** Queries over the unit tree. Rules about who may see what live in the services. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string, m: EntityManager = this.db.manager): Promise<UnitEntity | null> {
    return m.findOneBy(UnitEntity, { id });
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
