/**
 * Roles, in increasing power. A role on a unit covers its subtree. `system_admin` is
 * granted without a unit and covers everything.
 */
export const roles = ['viewer', 'editor', 'approver', 'unit_admin', 'system_admin'] as const;
export type Role = (typeof roles)[number];

export const roleRank: Record<Role, number> = {
  viewer: 1,
  editor: 2,
  approver: 3,
  unit_admin: 4,
  system_admin: 5,
};

export const roleLabels: Record<Role, string> = {
  viewer: 'Người xem',
  editor: 'Biên tập viên',
  approver: 'Lãnh đạo duyệt',
  unit_admin: 'Quản trị đơn vị',
  system_admin: 'Quản trị hệ thống',
};

/** What an integration key may be used for. A key reads only within its unit's subtree. */
export const apiKeyPurposes = ['read', 'calendar-feed', 'import', 'dispatch'] as const;
export type ApiKeyPurpose = (typeof apiKeyPurposes)[number];
