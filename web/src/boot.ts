// The entry: a few hundred bytes that start the session's reads, the current page's chunk and,
// for the calendar, the month's data, all at once and before React is even downloaded (or take
// their answers from the page, where the server put them); then it loads the app shell
// (shell.tsx). The shell finds the reads already under way or answered (prefetch.ts).
import { csrf } from './cookies';
import { UNIT_KEY } from './keys';
import { pageReads, prefetch, takeInlineReads } from './prefetch';
import { pageAt } from './routes';
import './styles.css';

// The reads the server already answered inside the page (a signed-in page: the session's, the month's).
takeInlineReads(document);
// The server sends the session's reads only to a signed-in browser; without them, the CSRF cookie
// tells: it comes with a session (log-in) and goes with it (log-out, or the API's 401). Reading
// document.cookie waits on the browser's network process, which a page that came with its reads
// need not do while it loads.
const signedIn = pageReads('/api/auth/me') !== undefined || csrf.get() !== null;
if (signedIn) {
  const me = prefetch('/api/auth/me');
  prefetch('/api/units');
  const page = pageAt(location.pathname);
  void page?.load();
  const reads = page?.reads;
  if (reads) {
    const start = (unitId: string) => reads(unitId, location.search).forEach((url) => void prefetch(url).catch(() => undefined));
    const stored = localStorage.getItem(UNIT_KEY);
    if (stored) start(stored);
    else
      me.then((r) => (r.ok ? (r.clone().json() as Promise<{ unitId?: string | null }>) : null))
        .then((u) => u?.unitId && start(u.unitId))
        .catch(() => undefined);
  }
} else {
  void pageAt('/dang-nhap')?.load();
}
void import('./shell');
