import { z } from 'zod';
import { components } from '../../generated/openapi.json';

interface PropertySchema {
  type?: string;
  minLength?: number;
  maxLength?: number;
  nullable?: boolean;
}
const schemas = components.schemas as unknown as Record<string, { properties?: Record<string, PropertySchema>; required?: string[] }>;

/** The limits the API declares for a DTO field in its OpenAPI document (the same document the types come from). */
export function limitsOf(dto: string, field: string): { minLength?: number; maxLength?: number; required: boolean } {
  const s = schemas[dto];
  const p = s?.properties?.[field] ?? {};
  return { minLength: p.minLength, maxLength: p.maxLength, required: s?.required?.includes(field) ?? false };
}

/** A zod string for a DTO field: required and length limits read from the document, messages in Vietnamese. */
export function textField(dto: string, field: string, label: string): z.ZodString {
  const l = limitsOf(dto, field);
  let s = z.string();
  if (l.required || (l.minLength ?? 0) > 0) s = s.trim().min(Math.max(1, l.minLength ?? 1), { message: `${label}: không được để trống.` });
  if (l.maxLength !== undefined) s = s.max(l.maxLength, { message: `${label}: tối đa ${l.maxLength} ký tự.` });
  return s;
}
