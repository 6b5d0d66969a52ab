import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '../../domain/errors/domain-error.js';

function flatten(errors: ValidationError[], parent = ''): { field: string; constraints: string[]; value?: unknown }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, constraints: Object.keys(e.constraints), value: e.value }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** whitelist + transform; a bad body names every bad field in one VALIDATION_FAILED error. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => {
    const fields = flatten(errors).map((f) => ({
      ...f,
      value: typeof f.value === 'string' && f.value.length > 200 ? f.value.slice(0, 200) + '…' : f.value,
    }));
    return new DomainError(
      'VALIDATION_FAILED',
      `Dữ liệu không hợp lệ ở ${fields.length} trường: ${fields.map((f) => f.field).join(', ')}.`,
      { fields },
    );
  },
});
