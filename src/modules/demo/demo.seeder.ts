import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../access/principal.js';
import { UsersService } from '../accounts/users.service.js';
import { PlansService } from '../plans/plans.service.js';
import { openReviewKeys } from '../../domain/plan/plan-identity.js';
import { UnitsRepository } from '../units/units.repository.js';
import { UnitsService } from '../units/units.service.js';

export interface DemoResult {
  created: boolean;
  adminUsername?: string;
  adminPassword?: string;
  plans?: { unit: string; number: string | null; tasks: number; slots: number }[];
}

const examples = (name: string) => fileURLToPath(new URL(`../../../../examples/${name}`, import.meta.url));

/**
 * On an empty database: a demo province with two communes, each with the example plan
 * (examples/, one imported from .txt and one from .docx) imported and activated, and an admin
 * whose generated password is returned (and printed) once. On a database that has units, nothing.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoResult> {
  const repo = app.get(UnitsRepository);
  if ((await repo.count()) > 0) return { created: false };
  const units = app.get(UnitsService);
  const users = app.get(UsersService);
  const plans = app.get(PlansService);
  const province = await units.create(systemActor, { name: 'UBND tỉnh Sông Lam (dữ liệu mẫu)', level: 'province', code: 'demo-song-lam' });
  const communeA = await units.create(systemActor, {
    parentId: province.id,
    name: 'UBND xã Tân Phong',
    level: 'commune',
    code: 'demo-tan-phong',
  });
  const communeB = await units.create(systemActor, {
    parentId: province.id,
    name: 'UBND phường Bình Minh',
    level: 'ward',
    code: 'demo-binh-minh',
  });
  await units.update(systemActor, communeA.id, { settings: { requiresApproval: true } });
  const imported = [];
  for (const [unit, file] of [
    [communeA, 'ke-hoach-tuyen-truyen-cchc-2026.txt'],
    [communeB, 'ke-hoach-tuyen-truyen-cchc-2026.docx'],
  ] as const) {
    const draft = await plans.import(systemActor, unit.id, readFileSync(examples(file)), file);
    // The demo plans are shown as read; their review notes are acknowledged as a person would after reading them.
    const { plan, calendar } = await plans.activate(systemActor, draft.id, draft.rowVersion, {
      acknowledge: openReviewKeys(draft.document),
    });
    imported.push({ unit: unit.name, number: plan.number, tasks: plan.document.tasks.length, slots: calendar.added });
  }
  const { password } = await users.create(systemActor, {
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    unitId: province.id,
    role: 'system_admin',
  });
  return { created: true, adminUsername: 'admin', adminPassword: password ?? undefined, plans: imported };
}
