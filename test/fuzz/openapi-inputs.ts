/**
 * Reading the OpenAPI document as a fuzzer does, and fast-check arbitraries of input that the
 * document itself says is wrong: a value of another type, null where the schema is not nullable,
 * a string over its maxLength, a word outside its enum, an array over its maxItems, an unknown
 * property, JSON nested deeper than any body, a path parameter that is no id at all or is
 * longer than the router takes. Every value generated here must be refused.
 */
import fc from 'fast-check';

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
}
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
export interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}
export interface OperationRef {
  method: string;
  path: string;
  op: Operation;
  /** "POST /api/items/{id}/queue" */
  name: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(doc: OpenApiDocument): OperationRef[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => METHODS.includes(m))
      .map(([m, op]) => ({ method: m.toUpperCase(), path, op, name: `${m.toUpperCase()} ${path}` })),
  );
}

/** A schema with its $ref (and a single allOf, as @nestjs/swagger writes a nested DTO) followed. */
export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    if (s.$ref) s = doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')];
    else if (s.allOf?.length === 1) s = { ...s.allOf[0], nullable: s.nullable };
    else break;
  }
  return s;
}

/** Text no id, code, date, number, enum word or pattern in Loa accepts: it starts with a letter outside ASCII and holds a space. */
export const notAnything = (): fc.Arbitrary<string> => fc.string({ maxLength: 20 }).map((s) => `Ø ${s}`);

/** Values that are wrong for a schema, by what the schema itself says. Empty when it says too little to know. */
export function wrongValues(doc: OpenApiDocument, raw: Schema | undefined): fc.Arbitrary<unknown>[] {
  const schema = resolve(doc, raw);
  if (!schema) return [];
  const out: fc.Arbitrary<unknown>[] = [];
  if (schema.nullable !== true) out.push(fc.constant(null));
  const type = schema.enum && !schema.type ? 'string' : schema.type;
  switch (type) {
    case 'string':
      out.push(fc.integer(), fc.boolean(), fc.constant({}), fc.array(fc.integer(), { maxLength: 3 }));
      if (schema.maxLength !== undefined)
        out.push(fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 40, unit: 'grapheme' }));
      if (schema.enum) out.push(notAnything());
      if (schema.format === 'date') out.push(fc.constantFrom('2024-02-30', '2024-13-01', '2023-02-29', '24-03-01', '2024-3-1'));
      break;
    case 'integer':
    case 'number':
      out.push(notAnything(), fc.boolean(), fc.constant({}), fc.constant([1]));
      if (type === 'integer') out.push(fc.double({ min: 1.1, max: 1e6, noNaN: true }).filter((d) => !Number.isInteger(d)));
      if (schema.minimum !== undefined) out.push(fc.integer({ min: -1e9, max: Math.ceil(schema.minimum) - 1 }));
      if (schema.maximum !== undefined) out.push(fc.integer({ min: Math.floor(schema.maximum) + 1, max: 1e9 }));
      break;
    case 'boolean':
      out.push(notAnything(), fc.integer(), fc.constant({}));
      break;
    case 'array': {
      out.push(notAnything(), fc.integer(), fc.constant({ a: 1 }));
      const items = wrongValues(doc, schema.items);
      if (items.length > 0) out.push(fc.array(fc.oneof(...items), { minLength: 1, maxLength: 3 }));
      if (schema.maxItems !== undefined) out.push(fc.constant(Array.from({ length: schema.maxItems + 1 }, () => 'x')));
      break;
    }
    case 'object':
      if (schema.properties) out.push(notAnything(), fc.integer(), fc.constant([]));
      break;
    default:
      return [];
  }
  return out;
}

export interface BodyCase {
  /** What kind of wrong this is, for the failure message. */
  kind: string;
  /** The JSON text sent. */
  json: string;
}

/** A JSON body that the operation's schema refuses. */
export function wrongBodies(doc: OpenApiDocument, raw: Schema | undefined): fc.Arbitrary<BodyCase> {
  const schema = resolve(doc, raw);
  const objectSchema = schema?.oneOf
    ? resolve(
        doc,
        schema.oneOf.find((s) => resolve(doc, s)?.type === 'object'),
      )
    : schema;
  const acceptsArray = schema?.type === 'array' || schema?.oneOf?.some((s) => resolve(doc, s)?.type === 'array');
  const properties = objectSchema?.properties ?? {};
  const names = Object.keys(properties);
  const wholes = ['"text"', '42', 'null', 'true', ...(acceptsArray ? [] : ['[]', '[{}]'])];
  const cases: fc.Arbitrary<BodyCase>[] = [
    fc.constantFrom(...wholes).map((json) => ({ kind: 'not an object', json })),
    fc.integer({ min: 33, max: 5000 }).map((d) => ({ kind: `nested ${d} deep`, json: '['.repeat(d) + ']'.repeat(d) })),
    fc.integer({ min: 33, max: 5000 }).map((d) => ({ kind: `objects nested ${d} deep`, json: '{"a":'.repeat(d) + '1' + '}'.repeat(d) })),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 30 }), fc.jsonValue({ maxDepth: 3 }))
      .filter(([k]) => !names.includes(k) && k !== '__proto__' && k !== 'constructor')
      .map(([k, v]) => ({ kind: `unknown property "${k}"`, json: JSON.stringify({ [`zz${k}`]: v }) })),
  ];
  const perProperty = names.flatMap((name) =>
    wrongValues(doc, properties[name]).map((arb) =>
      arb.map((v) => ({ kind: `${name} = ${JSON.stringify(v)?.slice(0, 60)}`, json: JSON.stringify({ [name]: v }) })),
    ),
  );
  if (perProperty.length > 0) cases.push(fc.oneof(...perProperty));
  return fc.oneof(...cases);
}

/** Query values that are wrong for a parameter: text that is nothing, or what its schema rules out. */
export function wrongQueryValues(doc: OpenApiDocument, p: Parameter): fc.Arbitrary<string> {
  const schema = resolve(doc, p.schema);
  const out: fc.Arbitrary<string>[] = [notAnything()];
  if (schema?.type === 'integer' || schema?.type === 'number') {
    if (schema.minimum !== undefined) out.push(fc.integer({ min: -1e6, max: Math.ceil(schema.minimum) - 1 }).map(String));
    if (schema.maximum !== undefined) out.push(fc.integer({ min: Math.floor(schema.maximum) + 1, max: 1e9 }).map(String));
  }
  if (schema?.format === 'date') out.push(fc.constantFrom('2024-02-30', '2024-13-01', '2023-02-29'));
  return fc.oneof(...out);
}

/** A path parameter that names nothing: not an id, an id of nothing (another unit's or none), or longer than the router takes. */
export function wrongPathValues(): fc.Arbitrary<string> {
  return fc.oneof(
    notAnything(),
    fc.uuid(),
    fc.integer({ min: 101, max: 600 }).map((n) => 'a'.repeat(n)),
  );
}

/** Tokens that belong to no one. */
export function strangerTokens(): fc.Arbitrary<string> {
  return fc.oneof(fc.base64String({ minLength: 4, maxLength: 120 }), fc.stringMatching(/^loa_[A-Za-z0-9_-]{10,60}$/), fc.constant(''));
}
