/**
 * Loads the channel vocabulary (config/channels/vocabulary.json) and validates it with zod;
 * a province may add its own words in further files of the same shape, merged over the
 * base. Every problem is reported in one error. The domain receives the parsed vocabulary;
 * it never reads files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DomainError } from '../../errors/domain-error.js';
import type { ChannelVocabulary } from './channel-vocabulary.types.js';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]+$/, 'mã kênh chỉ gồm chữ thường không dấu, số và "-"');

export const channelVocabularySchema = z
  .object({
    $comment: z.string().optional(),
    version: z.number().int().min(1),
    channels: z.array(
      z.strictObject({
        id,
        kind: z.enum(['publication', 'activity']),
        label: text,
        terms: z.array(text).min(1),
        exclude: z.array(text).optional(),
      }),
    ),
    products: z
      .array(
        z.strictObject({
          id: text,
          terms: z.array(text).min(1),
          exclude: z.array(text).optional(),
          resultOnly: z.boolean().optional(),
        }),
      )
      .default([]),
    optionalMarkers: z.array(text).default(['nếu có']),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.channels.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['channels', i, 'id'], message: `mã kênh "${c.id}" bị trùng` });
      seen.add(c.id);
    });
  });

/** An addition a province keeps next to the base file: new words for known or new channels. */
export const vocabularyAdditionSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.number().int().min(1).default(1),
    channels: z
      .array(
        z.strictObject({
          id,
          kind: z.enum(['publication', 'activity']).optional(),
          label: text.optional(),
          terms: z.array(text).default([]),
          exclude: z.array(text).optional(),
        }),
      )
      .default([]),
    products: z
      .array(
        z.strictObject({ id: text, terms: z.array(text).min(1), exclude: z.array(text).optional(), resultOnly: z.boolean().optional() }),
      )
      .default([]),
    optionalMarkers: z.array(text).default([]),
  })
  .strict();

/** config/channels/vocabulary.json in the source tree, whether this module runs from there or from dist/. */
export function defaultVocabularyPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'vocabulary.json'), resolve(here, '../../../config/channels/vocabulary.json')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`);
}

/** Validates a parsed JSON value; `origin` names the file in errors. */
export function parseChannelVocabulary(raw: unknown, origin = '(trong bộ nhớ)'): ChannelVocabulary {
  const parsed = channelVocabularySchema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError('CONFIG_VOCABULARY_INVALID', `Tệp từ vựng kênh ${origin} không hợp lệ.`, {
      file: origin,
      issues: issues(parsed.error),
    });
  const { $comment: _comment, ...vocabulary } = parsed.data;
  return vocabulary;
}

/** Merges a province's additions over a base vocabulary: terms are added, new channels appended. */
export function mergeChannelVocabulary(base: ChannelVocabulary, raw: unknown, origin = '(trong bộ nhớ)'): ChannelVocabulary {
  const parsed = vocabularyAdditionSchema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError('CONFIG_VOCABULARY_INVALID', `Tệp từ vựng bổ sung ${origin} không hợp lệ.`, {
      file: origin,
      issues: issues(parsed.error),
    });
  const channels = base.channels.map((c) => ({ ...c, terms: [...c.terms], exclude: c.exclude ? [...c.exclude] : undefined }));
  const problems: string[] = [];
  for (const add of parsed.data.channels) {
    const known = channels.find((c) => c.id === add.id);
    if (known) {
      known.terms.push(...add.terms);
      if (add.exclude) known.exclude = [...(known.exclude ?? []), ...add.exclude];
    } else if (add.kind && add.label && add.terms.length > 0) {
      channels.push({ id: add.id, kind: add.kind, label: add.label, terms: add.terms, exclude: add.exclude });
    } else problems.push(`channels.${add.id}: kênh mới cần "kind", "label" và ít nhất một "terms"`);
  }
  if (problems.length > 0)
    throw new DomainError('CONFIG_VOCABULARY_INVALID', `Tệp từ vựng bổ sung ${origin} không hợp lệ.`, { file: origin, issues: problems });
  return {
    version: Math.max(base.version, parsed.data.version),
    channels,
    products: [...base.products, ...parsed.data.products],
    optionalMarkers: [...new Set([...base.optionalMarkers, ...parsed.data.optionalMarkers])],
  };
}

/** Reads and validates the vocabulary file, then each addition in order. */
export function loadChannelVocabulary(path = defaultVocabularyPath(), additions: string[] = []): ChannelVocabulary {
  let vocabulary = parseChannelVocabulary(readJson(path), path);
  for (const extra of additions) vocabulary = mergeChannelVocabulary(vocabulary, readJson(extra), extra);
  return vocabulary;
}

function readJson(path: string): unknown {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DomainError('CONFIG_VOCABULARY_MISSING', `Không đọc được tệp từ vựng kênh ${path}.`, {
      file: path,
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new DomainError('CONFIG_VOCABULARY_INVALID', `Tệp từ vựng kênh ${path} không phải JSON hợp lệ.`, {
      file: path,
      cause: error instanceof Error ? error.message : String(error),
    });
  }
}
