import { ValidateBy, isUUID, type ValidationOptions } from 'class-validator';

export const IS_UNIT_REF = 'isUnitRef';

/** A unit's administrative code (`16279`, `XL-XUANHIEP`): what the CLI and the offices use. */
export const unitCodePattern = /^[A-Za-z0-9._-]{1,64}$/;

/** A unit named by its id or by its administrative code. */
export function isUnitRef(value: unknown): value is string {
  return typeof value === 'string' && (isUUID(value) || unitCodePattern.test(value));
}

/** How the API document describes such a field. */
export const UNIT_REF_DESCRIPTION = 'mã định danh (UUID) của đơn vị, hoặc mã đơn vị hành chính';

const unitRefFields = new WeakMap<object, Set<string>>();

/**
 * A body or query field that names a unit by id or by code. The field is validated here, and
 * `UnitRefResolvingPipe` then replaces a code with the unit's id, so services only see ids.
 */
export function IsUnitRef(options?: ValidationOptions): PropertyDecorator {
  const validate = ValidateBy({ name: IS_UNIT_REF, validator: { validate: (value) => isUnitRef(value) } }, options);
  return (target: object, property: string | symbol) => {
    validate(target, property);
    const fields = unitRefFields.get(target.constructor) ?? new Set<string>();
    fields.add(String(property));
    unitRefFields.set(target.constructor, fields);
  };
}

/** The unit-ref fields a DTO class declares, its parents' included. */
export function unitRefFieldsOf(dto: unknown): string[] {
  const out = new Set<string>();
  for (let c = dto; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    for (const f of unitRefFields.get(c) ?? []) out.add(f);
  }
  return [...out];
}
