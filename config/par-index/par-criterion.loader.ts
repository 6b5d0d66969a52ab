/**
 * Loads and validates the PAR-Index communication criterion (config/par-index/*.json): the
 * points for plan completion and for each group of channels. Checked once at start; a bad file
 * stops the start with every problem named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../env.schema.js';

const criterionSchema = z
  .strictObject({
    $comment: z.string().optional(),
    id: z.string().min(1),
    name: z.string().min(1),
    source: z.string().min(1),
    maxPoints: z.number().positive(),
    completion: z.strictObject({ points: z.number().min(0), proportionalFrom: z.number().min(0).max(1) }),
    variety: z.strictObject({
      groups: z
        .array(
          z.strictObject({
            id: z.string().min(1),
            label: z.string().min(1),
            points: z.number().min(0),
            channels: z.array(z.string().min(1)).min(1),
          }),
        )
        .min(1),
    }),
  })
  .superRefine((c, ctx) => {
    const sum = c.completion.points + c.variety.groups.reduce((s, g) => s + g.points, 0);
    if (Math.abs(sum - c.maxPoints) > 1e-9)
      ctx.addIssue({ code: 'custom', path: ['maxPoints'], message: `tổng điểm các phần (${sum}) khác maxPoints (${c.maxPoints})` });
  });

export type ParCriterion = z.infer<typeof criterionSchema>;

export function defaultParCriterionPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'xuan-loc-2022.json'), resolve(here, '../../../config/par-index/xuan-loc-2022.json')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

export function loadParCriterion(path = defaultParCriterionPath(), knownChannels?: readonly string[]): ParCriterion {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError([{ variable: 'PAR_CRITERION_FILE', message: `không đọc được ${path}: ${(e as Error).message}` }]);
  }
  const parsed = criterionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: 'PAR_CRITERION_FILE', message: `${path} ${i.path.join('.')}: ${i.message}` })),
    );
  }
  if (knownChannels) {
    const unknown = parsed.data.variety.groups.flatMap((g) => g.channels).filter((ch) => !knownChannels.includes(ch));
    if (unknown.length)
      throw new ConfigError([{ variable: 'PAR_CRITERION_FILE', message: `${path}: kênh không có trong danh mục: ${unknown.join(', ')}` }]);
  }
  return parsed.data;
}
