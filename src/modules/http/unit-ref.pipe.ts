import { Injectable, type PipeTransform } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../domain/errors/domain-error.js';
import { notFound } from '../access/access-policy.js';
import { UnitEntity } from '../units/unit.entity.js';
import { excerpt } from './excerpt.js';
import { unitCodePattern } from './unit-ref.js';

/**
 * A unit in a path: its id, or its administrative code (`/api/units/16279/calendar`), as the CLI
 * takes codes. A code is looked up; an unknown one is 404, like an id the caller cannot see, and
 * the service then applies the same access check to the id it resolves to.
 */
@Injectable()
export class UnitRefPipe implements PipeTransform<string, Promise<string>> {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async transform(value: string): Promise<string> {
    if (isUUID(value)) return value;
    if (!unitCodePattern.test(value)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Dữ liệu không hợp lệ: Đơn vị trong đường dẫn phải là mã định danh UUID hoặc mã đơn vị hành chính.',
        {
          fields: [
            {
              field: 'unit',
              label: 'Đơn vị',
              constraints: ['isUnitRef'],
              messages: ['Đơn vị phải là mã định danh UUID hoặc mã đơn vị hành chính'],
              value: excerpt(value),
            },
          ],
        },
      );
    }
    const unit = await this.db.getRepository(UnitEntity).findOne({ select: { id: true }, where: { code: value } });
    if (!unit) throw notFound('unit', value);
    return unit.id;
  }
}
