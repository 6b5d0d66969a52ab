import type { INestApplicationContext } from '@nestjs/common';
import { systemActor } from '../access/principal.js';
import { UsersService } from '../accounts/users.service.js';
import { UnitsRepository } from '../units/units.repository.js';
import { UnitsService } from '../units/units.service.js';

export interface DemoResult {
  created: boolean;
  adminUsername?: string;
  adminPassword?: string;
}

/**
 * On an empty database: a demo province with two communes and an admin whose generated
 * password is returned (and printed) once. On a database that has units, nothing.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoResult> {
  const repo = app.get(UnitsRepository);
  if ((await repo.count()) > 0) return { created: false };
  const units = app.get(UnitsService);
  const users = app.get(UsersService);
  const province = await units.create(systemActor, { name: 'UBND tỉnh Minh Sơn (dữ liệu mẫu)', level: 'province', code: 'demo-ms' });
  const communeA = await units.create(systemActor, { parentId: province.id, name: 'UBND xã Hòa An', level: 'commune', code: 'demo-ms-hoa-an' });
  await units.create(systemActor, { parentId: province.id, name: 'UBND phường Bình Minh', level: 'ward', code: 'demo-ms-binh-minh' });
  await units.update(systemActor, communeA.id, { settings: { requiresApproval: true } });
  const { password } = await users.create(systemActor, {
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    unitId: province.id,
    role: 'system_admin',
  });
  return { created: true, adminUsername: 'admin', adminPassword: password ?? undefined };
}
