import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { InlineReadsProvider } from './inline-reads';
import { UNIT_KEY } from './keys';
import { pageReads } from './prefetch';
import { preloadPage } from './routes';
import { chooseUnit, initialSession, SessionProvider } from './session';

const root = document.getElementById('root')!;
const initial = initialSession(pageReads);
const stored = localStorage.getItem(UNIT_KEY);
const app = (
  <StrictMode>
    <InlineReadsProvider reads={pageReads}>
      <SessionProvider initial={initial} stored={stored}>
        <App />
      </SessionProvider>
    </InlineReadsProvider>
  </StrictMode>
);
// The server drew the page (server-entry.tsx) for the person's own unit: React takes that over,
// unless this browser last used another unit, which the server could not know; then it draws anew.
// The calendar's module is in already (the HTML preloads it): hydrating with it in hand takes one pass.
const drawn = root.firstElementChild !== null;
if (drawn && initial && chooseUnit(initial.units, initial.user, stored) === chooseUnit(initial.units, initial.user, null))
  void preloadPage('calendar').then(() => hydrateRoot(root, app));
else {
  root.replaceChildren();
  createRoot(root).render(app);
}
