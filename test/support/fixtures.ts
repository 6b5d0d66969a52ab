import type { INestApplicationContext } from '@nestjs/common';
import { systemActor } from '../../src/modules/access/principal.js';
import type { ApiKeyPurpose, Role } from '../../src/modules/access/roles.js';
import { ApiKeysService } from '../../src/modules/accounts/api-keys.service.js';
import { UsersService } from '../../src/modules/accounts/users.service.js';
import type { UnitEntity } from '../../src/modules/units/unit.entity.js';
import { UnitsService } from '../../src/modules/units/units.service.js';
import { openReviewKeys } from '../../src/domain/plan/plan-identity.js';
import type { PlanEntity } from '../../src/modules/plans/plan.entity.js';
import type { PlansService } from '../../src/modules/plans/plans.service.js';
import { seedText } from './seeds.js';
import { ChannelAccountsService } from '../../src/modules/dispatch/channel-accounts.service.js';

export const PASSWORD = 'mat-khau-thu-nghiem-1';

export interface Tree {
  province: UnitEntity;
  communeA: UnitEntity;
  communeB: UnitEntity;
  village: UnitEntity;
  users: Record<string, { id: string; username: string }>;
}

/** A province with two communes (A with a village under it), and one user per role. */
export async function seedTree(app: INestApplicationContext, tag = 't'): Promise<Tree> {
  const units = app.get(UnitsService);
  const users = app.get(UsersService);
  const province = await units.create(systemActor, { name: 'UBND tỉnh Thử Nghiệm', level: 'province', code: `${tag}-p` });
  const communeA = await units.create(systemActor, { parentId: province.id, name: 'UBND xã Hành Đức', level: 'commune', code: `${tag}-a` });
  const communeB = await units.create(systemActor, { parentId: province.id, name: 'UBND xã Gia Viễn', level: 'commune', code: `${tag}-b` });
  const village = await units.create(systemActor, { parentId: communeA.id, name: 'Thôn Đông', level: 'village', code: `${tag}-a-v` });
  const spec: [string, UnitEntity, Role][] = [
    ['viewer', communeA, 'viewer'],
    ['editor', communeA, 'editor'],
    ['approver', communeA, 'approver'],
    ['unitAdmin', communeA, 'unit_admin'],
    ['systemAdmin', province, 'system_admin'],
    ['foreign', communeB, 'unit_admin'],
    ['other', communeA, 'viewer'],
  ];
  const out: Tree['users'] = {};
  for (const [name, unit, role] of spec) {
    const { user } = await users.create(systemActor, {
      username: `${tag}-${name}`.toLowerCase(),
      displayName: name,
      unitId: unit.id,
      role,
      password: PASSWORD,
    });
    out[name] = { id: user.id, username: user.username };
  }
  // Approval needs an account for every API channel (dispatch): the communes' API channels are served through the pull API.
  for (const unit of [communeA, communeB]) {
    for (const channel of ['web-portal', 'zalo-oa', 'facebook']) {
      await app.get(ChannelAccountsService).create(systemActor, unit.id, { channel, kind: 'pull', name: `${channel} (hệ thống ngoài)` });
    }
  }
  return { province, communeA, communeB, village, users: out };
}

export async function createKey(
  app: INestApplicationContext,
  unitId: string,
  purpose: ApiKeyPurpose,
  /** A dispatch key's channels; the portal's when not given. Other purposes take none. */
  channels: string[] | undefined = purpose === 'dispatch' ? ['web-portal'] : undefined,
): Promise<{ id: string; key: string }> {
  const { entity, key } = await app
    .get(ApiKeysService)
    .create(
      { ...systemActor, principal: { ...systemActor.principal, userId: undefined } },
      { unitId, purpose, name: `khóa ${purpose}`, channels },
    );
  return { id: entity.id, key };
}

export async function login(
  baseUrl: string,
  username: string,
  password = PASSWORD,
): Promise<{ token: string; csrfToken: string; cookie: string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token: string; csrfToken: string };
  // The session cookie (the log-in also sets the CSRF token's cookie for the web app).
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('loa_session=')) ?? '').split(';')[0];
  return { token: body.token, csrfToken: body.csrfToken, cookie };
}

/** A seed plan imported into a unit and activated, its open review notes acknowledged by name (as an approver would). */
export async function activeSeedPlan(plans: PlansService, unitId: string, seed: string): Promise<PlanEntity> {
  const draft = await plans.import(systemActor, unitId, Buffer.from(seedText(seed)), `${seed}.txt`);
  return (await plans.activate(systemActor, draft.id, draft.rowVersion, { acknowledge: openReviewKeys(draft.document) })).plan;
}
