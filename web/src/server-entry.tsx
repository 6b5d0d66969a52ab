/**
 * The calendar page's first paint, drawn on the server (src/modules/web/web-app.ts loads this
 * module, built by web/scripts/build-web.mjs into dist/web-ssr): the same React tree as the browser
 * builds (shell.tsx) from the same answers (the session's, the month's), rendered to HTML; the
 * browser then hydrates it. React escapes every text and attribute it writes.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { Router } from 'wouter';
import { App } from './app';
import { InlineReadsProvider } from './inline-reads';
import { readsOf } from './page-reads';
import { preloadPage } from './routes';
import { initialSession, SessionProvider } from './session';

/** `now`: the server's clock (its "today" decides which slots are late, and the default month). */
export async function renderPage(path: string, search: string, answers: Record<string, unknown>, now: () => Date): Promise<string | null> {
  await preloadPage('calendar');
  const reads = readsOf(answers);
  const initial = initialSession(reads);
  if (!initial) return null;
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <Router ssrPath={path} ssrSearch={search}>
        <InlineReadsProvider reads={reads} now={now}>
          <SessionProvider initial={initial}>
            <App />
          </SessionProvider>
        </InlineReadsProvider>
      </Router>
    </StrictMode>,
    // One piece: a boundary larger than React's default chunk (12.8 KB) would otherwise be sent
    // apart and put in place by an inline script, which the CSP refuses.
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
