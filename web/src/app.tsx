import { type ComponentType, lazy, type LazyExoticComponent, Suspense, useEffect, useMemo } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { loadedPage, type PageModule, pages } from './routes';
import { atLeast, useSession } from './session';

/**
 * React.lazy for a page whose module may already be loaded (routes.ts, preloadPage): then it is
 * handed over as a thenable that answers at once, so React renders the page in the same pass
 * instead of suspending. The server draws the calendar page in one pass that way (server-entry.tsx:
 * no boundary left to finish with an inline script, which the CSP would refuse), and the browser
 * hydrates it in one pass (shell.tsx).
 */
function lazyPage(name: 'calendar'): LazyExoticComponent<ComponentType> {
  return lazy(() => {
    const kept = loadedPage(name);
    if (!kept) return pages[name]() as Promise<PageModule>;
    const answered = { then: (resolve: (m: PageModule) => void) => resolve(kept) };
    return answered as unknown as Promise<PageModule>;
  });
}

// Pages load on demand (routes.ts): the calendar and chart libraries stay out of the shell.
const LoginPage = lazy(() => pages.login().then((m) => ({ default: m.LoginPage })));
const DashboardPage = lazy(pages.dashboard);
const PlansPage = lazy(pages.plans);
const PlanReviewPage = lazy(pages.planReview);
const CalendarPage = lazyPage('calendar');
const ItemsPage = lazy(pages.items);
const ItemEditorPage = lazy(pages.itemEditor);
const PublishingPage = lazy(pages.publishing);
const NotificationsPage = lazy(pages.notifications);
const AuditPage = lazy(pages.audit);
const UsersPage = lazy(pages.users);
const ApiKeysPage = lazy(pages.apiKeys);

const nav: { href: string; label: string; min?: 'unit_admin' }[] = [
  { href: '/', label: 'Tổng quan' },
  { href: '/ke-hoach', label: 'Kế hoạch' },
  { href: '/lich', label: 'Lịch' },
  { href: '/noi-dung', label: 'Nội dung' },
  { href: '/phat-hanh', label: 'Phát hành' },
  { href: '/thong-bao', label: 'Thông báo' },
  { href: '/nhat-ky', label: 'Nhật ký', min: 'unit_admin' },
  { href: '/nguoi-dung', label: 'Người dùng', min: 'unit_admin' },
  { href: '/khoa-api', label: 'Khóa API', min: 'unit_admin' },
];

export function App() {
  const session = useSession();
  const [location] = useLocation();
  useEffect(() => {
    const current = nav.find((n) => n.href === location || (n.href !== '/' && location.startsWith(n.href)));
    document.title = `${current?.label ?? 'Đăng nhập'} — Loa`;
  }, [location]);

  // The shallowest unit the person sees: the switcher indents the others below it.
  const topDepth = useMemo(() => session.units.reduce((m, u) => Math.min(m, u.depth), Infinity), [session.units]);

  if (session.loading) return <p className="loading">Đang tải…</p>;
  if (!session.user) {
    return (
      <Suspense fallback={<p className="loading">Đang tải…</p>}>
        <Switch>
          <Route path="/dang-nhap" component={LoginPage} />
          <Route>
            <Redirect to="/dang-nhap" />
          </Route>
        </Switch>
      </Suspense>
    );
  }
  return (
    <div className="shell">
      <a className="skip" href="#main">
        Chuyển đến nội dung chính
      </a>
      <header className="topbar">
        <span className="brand">Loa</span>
        <label className="unit-switcher">
          <span>Đơn vị</span>
          <select value={session.unit?.id ?? ''} onChange={(e) => session.setUnitId(e.target.value)}>
            {session.units.map((u) => (
              <option key={u.id} value={u.id}>
                {'\u00a0\u00a0'.repeat(Math.max(0, u.depth - topDepth))}
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <span className="who">{session.user.displayName}</span>
        <button type="button" className="link-button" onClick={() => void session.signOut()}>
          Đăng xuất
        </button>
      </header>
      <nav aria-label="Chức năng" className="nav">
        <ul>
          {nav
            .filter((n) => !n.min || atLeast(session.role, n.min))
            .map((n) => {
              const active = n.href === location || (n.href !== '/' && location.startsWith(n.href));
              return (
                <li key={n.href}>
                  <Link href={n.href} aria-current={active ? 'page' : undefined}>
                    {n.label}
                  </Link>
                </li>
              );
            })}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Đang tải…</p>}>
          {session.unit ? (
            <Switch key={session.unit.id}>
              <Route path="/" component={DashboardPage} />
              <Route path="/ke-hoach" component={PlansPage} />
              <Route path="/ke-hoach/:id" component={PlanReviewPage} />
              <Route path="/lich" component={CalendarPage} />
              <Route path="/noi-dung" component={ItemsPage} />
              <Route path="/noi-dung/:id" component={ItemEditorPage} />
              <Route path="/phat-hanh" component={PublishingPage} />
              <Route path="/thong-bao" component={NotificationsPage} />
              <Route path="/nhat-ky" component={AuditPage} />
              <Route path="/nguoi-dung" component={UsersPage} />
              <Route path="/khoa-api" component={ApiKeysPage} />
              <Route path="/dang-nhap">
                <Redirect to="/" />
              </Route>
              <Route>
                <h1>Không tìm thấy trang</h1>
                <p>
                  <Link href="/">Về trang tổng quan</Link>
                </p>
              </Route>
            </Switch>
          ) : (
            <p>Tài khoản chưa được giao đơn vị nào.</p>
          )}
        </Suspense>
      </main>
    </div>
  );
}
