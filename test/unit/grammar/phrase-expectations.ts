/** Shared helpers for the grammar specs: compare a reading field by field with a gold record. */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import type { PhraseKind, PhraseReading } from '../../../src/domain/grammar/phrase.types.js';

export interface GoldLine {
  text: string;
  kind: PhraseKind;
  refDate?: string;
  expected: Record<string, unknown>;
  note?: string;
}

/** The repository root (the folder holding package.json), found from this file. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 8; k++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('repository root not found');
}

export function readGold(relativeToShared: string): GoldLine[] {
  const file = join(repoRoot(), '..', 'shared', relativeToShared);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldLine);
}

/** Every expected field must be deep-equal in the result; extra fields are allowed. */
export function expectFields(reading: PhraseReading, expected: Record<string, unknown>, skip: readonly string[] = []): void {
  for (const [field, value] of Object.entries(expected)) {
    if (skip.includes(field)) continue;
    expect(reading.result, `field "${field}" of ${JSON.stringify(reading.normalized)}`).to.have.property(field);
    expect(reading.result[field], `field "${field}" of ${JSON.stringify(reading.normalized)}`).to.deep.equal(value);
  }
}

/** Every field of the result has a span into the normalised text. */
export function expectSpansInside(reading: PhraseReading): void {
  for (const field of Object.keys(reading.result)) expect(reading.spans, `span of "${field}"`).to.have.property(field);
  for (const [field, span] of Object.entries(reading.spans)) {
    expect(span.start, field).to.be.at.least(0);
    expect(span.end, field).to.be.at.most(reading.normalized.length);
    expect(span.start, field).to.be.at.most(span.end);
    expect(Object.hasOwn(reading.result, field), `span for absent field ${field}`).to.equal(true);
  }
}

export function parseGold(line: GoldLine): PhraseReading {
  return parsePhrase(line.text, { kind: line.kind, refDate: line.refDate });
}

/** One phrase of a class of real phrasing: the reading SCHEMA.md asks for, and the fields it must not have. */
export interface ClassCase {
  text: string;
  kind: PhraseKind;
  refDate?: string;
  expected: Record<string, unknown>;
  /** Fields the reading must not have. */
  absent?: readonly string[];
}

/** One `describe` per class and one `it` per phrase: the expected fields, none of the absent ones, every span inside the text. */
export function describeClasses(title: string, classes: Record<string, readonly ClassCase[]>): void {
  describe(title, () => {
    for (const [name, cases] of Object.entries(classes)) {
      describe(name, () => {
        for (const c of cases) {
          it(`${c.kind}: ${c.text}`, () => {
            const reading = parsePhrase(c.text, { kind: c.kind, refDate: c.refDate });
            expectFields(reading, c.expected);
            for (const field of c.absent ?? []) expect(reading.result, `field "${field}"`).not.to.have.property(field);
            expectSpansInside(reading);
          });
        }
      });
    }
  });
}

/** Every example of the classes reads the same written in NFD (decomposed) as in NFC. */
export function expectSameInNfd(classes: Record<string, readonly ClassCase[]>): void {
  for (const cases of Object.values(classes))
    for (const c of cases) {
      const nfc = parsePhrase(c.text, { kind: c.kind, refDate: c.refDate }).result;
      const nfd = parsePhrase(c.text.normalize('NFD'), { kind: c.kind, refDate: c.refDate }).result;
      expect(nfd, c.text).to.deep.equal(nfc);
    }
}
