import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { notFound } from '../access/access-policy.js';
import { UnitEntity } from '../units/unit.entity.js';
import { unitRefFieldsOf } from './unit-ref.js';

/**
 * Runs after validation: in a body or query DTO, every field declared `@IsUnitRef()` that holds a
 * unit code instead of an id is replaced by that unit's id (one look-up for the whole DTO). An
 * unknown code is 404, like an id the caller cannot see; the service then applies its access check
 * to the id, exactly as for an id sent directly.
 */
@Injectable()
export class UnitRefResolvingPipe implements PipeTransform<unknown, Promise<unknown>> {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if ((metadata.type !== 'body' && metadata.type !== 'query') || value === null || typeof value !== 'object') return value;
    const fields = unitRefFieldsOf(metadata.metatype).filter((f) => {
      const v = (value as Record<string, unknown>)[f];
      return typeof v === 'string' && !isUUID(v);
    });
    if (fields.length === 0) return value;
    const record = value as Record<string, string>;
    const codes = [...new Set(fields.map((f) => record[f]))];
    const units = await this.db.getRepository(UnitEntity).find({ select: { id: true, code: true }, where: { code: In(codes) } });
    const idOf = new Map(units.map((u) => [u.code, u.id]));
    for (const f of fields) {
      const id = idOf.get(record[f]);
      if (!id) throw notFound('unit', record[f]);
      record[f] = id;
    }
    return value;
  }
}
