import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from '../../domain/errors/domain-error.js';
import { excerpt } from './excerpt.js';
import { labelOf } from './validation-messages.js';

/** A path parameter that must be a UUID; anything else is a coded 400 in Vietnamese, quoting only an excerpt. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    const label = field === 'id' ? 'Mã định danh' : labelOf(field);
    throw new DomainError('VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${label} trong đường dẫn phải là mã định danh UUID.`, {
      fields: [{ field, label, constraints: ['isUuid'], messages: [`${label} phải là mã định danh UUID`], value: excerpt(value) }],
    });
  }
}
