import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { client, unwrap, whenUnauthenticated } from './api/client';
import type { Role, Unit, User } from './api/views';
import { csrf } from './cookies';
import { UNIT_KEY } from './keys';
import type { InlineReads } from './page-reads';

const order: Role[] = ['viewer', 'editor', 'approver', 'unit_admin', 'system_admin'];

interface Session {
  user: User | null;
  /** Units the person may see (the API filters them; the switcher never offers another). */
  units: Unit[];
  unit: Unit | null;
  setUnitId(id: string): void;
  /** The person's strongest role on the current unit (grants cover a unit and its subtree). */
  role: Role | null;
  loading: boolean;
  /** The log-in answered (its cookies, the session's and the CSRF token's, are set). */
  signedIn(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);
export const useSession = (): Session => {
  const s = useContext(SessionContext);
  if (!s) throw new Error('SessionProvider missing');
  return s;
};
export const atLeast = (role: Role | null, min: Role): boolean => role !== null && order.indexOf(role) >= order.indexOf(min);

/** The session as the page came with it (its /api/auth/me and /api/units answers), when it did. */
export interface InitialSession {
  user: User;
  units: Unit[];
}

export function initialSession(reads: InlineReads): InitialSession | null {
  const user = reads('/api/auth/me') as User | undefined;
  const units = reads('/api/units') as Unit[] | undefined;
  return user && units ? { user, units } : null;
}

/** The unit a session opens on: the one this browser last used if still visible, else the person's own, else the first. */
export function chooseUnit(visible: Unit[], me: User, stored: string | null): string | null {
  return stored && visible.some((u) => u.id === stored) ? stored : (visible.find((u) => u.id === me.unitId)?.id ?? visible[0]?.id ?? null);
}

/**
 * `initial`: the session the page came with (no reads, no "loading" first render: the server drew
 * the same); `stored`: the unit this browser last used (localStorage; none on the server).
 */
export function SessionProvider({
  children,
  initial = null,
  stored = null,
}: {
  children: ReactNode;
  initial?: InitialSession | null;
  stored?: string | null;
}) {
  const [user, setUser] = useState<User | null>(initial?.user ?? null);
  const [units, setUnits] = useState<Unit[]>(initial?.units ?? []);
  const [unitId, setUnitIdState] = useState<string | null>(initial ? chooseUnit(initial.units, initial.user, stored) : stored);
  const [loading, setLoading] = useState(!initial);

  const load = useCallback(async () => {
    const [me, visible] = await Promise.all([unwrap<User>(client.GET('/api/auth/me')), unwrap<Unit[]>(client.GET('/api/units'))]);
    setUser(me);
    setUnits(visible);
    const id = chooseUnit(visible, me, localStorage.getItem(UNIT_KEY));
    // Kept, so the next load starts the unit's reads before React runs (boot.ts).
    if (id) localStorage.setItem(UNIT_KEY, id);
    setUnitIdState(id);
  }, []);

  useEffect(() => {
    whenUnauthenticated(() => {
      setUser(null);
      csrf.forget();
    });
    if (initial) {
      if (unitId) localStorage.setItem(UNIT_KEY, unitId);
      return;
    }
    (csrf.get() ? load() : Promise.resolve()).catch(() => setUser(null)).finally(() => setLoading(false));
    // Once, at the start: `initial` and `unitId` are the first render's.
  }, [load]);

  const unit = units.find((u) => u.id === unitId) ?? null;
  const role = useMemo(() => {
    if (!user || !unit) return null;
    let best: Role | null = null;
    for (const g of user.grants ?? []) {
      const covers = g.role === 'system_admin' || g.unitId === unit.id || ancestors(units, unit).includes(g.unitId ?? '');
      if (covers && (best === null || order.indexOf(g.role) > order.indexOf(best))) best = g.role;
    }
    return best;
  }, [user, unit, units]);

  const value: Session = {
    user,
    units,
    unit,
    role,
    loading,
    setUnitId: (id) => {
      localStorage.setItem(UNIT_KEY, id);
      setUnitIdState(id);
    },
    signedIn: load,
    signOut: async () => {
      await unwrap(client.POST('/api/auth/logout')).catch(() => undefined);
      csrf.forget();
      // The next person to sign in on this browser starts from their own unit.
      localStorage.removeItem(UNIT_KEY);
      setUser(null);
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function ancestors(units: Unit[], unit: Unit): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let p = unit.parentId;
  while (p) {
    out.push(p);
    p = byId.get(p)?.parentId ?? null;
  }
  return out;
}
