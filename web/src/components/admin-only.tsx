import type { ReactNode } from 'react';
import { atLeast, useSession } from '../session';

/**
 * A page for unit admins. Anyone else who opens it directly (the menu does not offer it) reads
 * plainly that they have no access on this unit, instead of a form the API would refuse.
 */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const { unit, role } = useSession();
  if (atLeast(role, 'unit_admin')) return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      <div className="card" role="status">
        <p>Bạn không có quyền xem trang này{unit ? ` trên ${unit.name}` : ''}. Trang này chỉ dành cho quản trị đơn vị.</p>
        <p>Nếu cần dùng, hãy liên hệ quản trị đơn vị của bạn để được cấp quyền.</p>
      </div>
    </>
  );
}
