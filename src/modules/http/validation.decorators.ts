import { DateTime } from 'luxon';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * An optional field: absent (undefined) skips its checks, but `null` does not. class-validator's
 * own `@IsOptional()` lets `null` through as well, which reached the services as a value they
 * never expected (the fuzzer's 500s on unit `name`, item `title`, task `title`…). A field that may
 * be cleared with `null` says so with a second `@ValidateIf((_, v) => v !== null)`.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

export const IS_CALENDAR_DATE = 'isCalendarDate';

/** `YYYY-MM-DD` that names a day that exists (no 2024-02-30, no 2024-13-01), read by luxon. */
export function isCalendarDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: IS_CALENDAR_DATE, validator: { validate: (value) => isCalendarDate(value) } }, options);
}
