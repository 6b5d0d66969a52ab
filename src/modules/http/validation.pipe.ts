import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '../../domain/errors/domain-error.js';
import { excerpt } from './excerpt.js';
import { constraintMessage, labelOf } from './validation-messages.js';

export interface FieldProblem {
  field: string;
  label: string;
  constraints: string[];
  messages: string[];
  /** A short excerpt of the value sent, never the whole of it. */
  value?: unknown;
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const keys = Object.keys(e.constraints ?? {});
    const own: FieldProblem[] = keys.length
      ? [
          {
            field,
            label: labelOf(e.property),
            constraints: keys,
            messages: keys.map((k) => constraintMessage(e, k)),
            value: excerpt(e.value),
          },
        ]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The one VALIDATION_FAILED error for a list of class-validator errors: every field named, in Vietnamese. */
export function validationFailed(errors: ValidationError[]): DomainError {
  const fields = flatten(errors);
  const sentences = fields.flatMap((f) => f.messages);
  const shown = sentences.slice(0, 10).join('; ') + (sentences.length > 10 ? `; và ${sentences.length - 10} lỗi khác` : '');
  return new DomainError('VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${shown}.`, { fields: fields.slice(0, 50) });
}

/**
 * whitelist + transform; a bad body names every bad field in one VALIDATION_FAILED error. A body
 * that should be an object but is an array, a string, a number or null is refused as such first
 * (class-validator would report each of its elements as an unknown field).
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype;
    const isDto = typeof dto === 'function' && ![Object, Array, String, Number, Boolean].includes(dto as never);
    if (isDto && metadata.type === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ: nội dung gửi lên phải là một đối tượng JSON.', {
        fields: [
          {
            field: '',
            label: 'Nội dung',
            constraints: ['isObject'],
            messages: ['Nội dung gửi lên phải là một đối tượng JSON'],
            value: excerpt(value),
          },
        ],
      });
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new EdgeValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  // The target is kept so the messages can read each constraint's limits from its DTO.
  validationError: { target: true, value: true },
  exceptionFactory: validationFailed,
});
