import type { ComponentType } from 'react';
import { calendarReads } from './calendar-month';

/** The pages, each its own chunk (the calendar and chart libraries stay out of the shell). */
export const pages = {
  login: () => import('./pages/login-page'),
  dashboard: () => import('./pages/dashboard-page'),
  plans: () => import('./pages/plans-page'),
  planReview: () => import('./pages/plan-review-page'),
  calendar: () => import('./pages/calendar-page'),
  items: () => import('./pages/items-page'),
  itemEditor: () => import('./pages/item-editor-page'),
  publishing: () => import('./pages/publishing-page'),
  notifications: () => import('./pages/notifications-page'),
  audit: () => import('./pages/audit-page'),
  users: () => import('./pages/users-page'),
  apiKeys: () => import('./pages/api-keys-page'),
};

export type PageModule = { default: ComponentType };
const loaded = new Map<keyof typeof pages, PageModule>();

/** Loads a page's module and keeps it, so that lazyPage() renders it without suspending. */
export async function preloadPage(name: 'calendar'): Promise<void> {
  loaded.set(name, (await pages[name]()) as PageModule);
}

/** The page's module if preloadPage() has loaded it (app.tsx then renders it without suspending). */
export const loadedPage = (name: 'calendar'): PageModule | undefined => loaded.get(name);

const byPrefix: [string, keyof typeof pages][] = [
  ['/dang-nhap', 'login'],
  ['/ke-hoach/', 'planReview'],
  ['/ke-hoach', 'plans'],
  ['/lich', 'calendar'],
  ['/noi-dung/', 'itemEditor'],
  ['/noi-dung', 'items'],
  ['/phat-hanh', 'publishing'],
  ['/thong-bao', 'notifications'],
  ['/nhat-ky', 'audit'],
  ['/nguoi-dung', 'users'],
  ['/khoa-api', 'apiKeys'],
];

/**
 * The page a path opens (boot.ts starts loading it at once) and the reads it begins with, when
 * they can be known before React runs (the calendar's month of the current unit).
 */
export function pageAt(path: string): { load: () => Promise<unknown>; reads?: (unitId: string, search: string) => string[] } | undefined {
  if (path === '/') return { load: pages.dashboard };
  const name = byPrefix.find(([prefix]) =>
    prefix.endsWith('/') ? path.startsWith(prefix) && path.length > prefix.length : path === prefix,
  )?.[1];
  if (!name) return undefined;
  return name === 'calendar' ? { load: pages.calendar, reads: calendarReads } : { load: pages[name] };
}
