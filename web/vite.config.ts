import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The app's stylesheet written into index.html (`<style>`) instead of linked: a new browser window
 * otherwise lays the server-drawn page out twice, once before the stylesheet arrives and once after,
 * and paints only then (about 100 ms of a cold load of the calendar on this machine). The CSP allows
 * inline styles already (src/modules/web/web-app.ts). Only the entry's own stylesheet is inlined; a
 * page's (FullCalendar's) still comes with its chunk. The file stays in dist/web and the manifest.
 */
function inlineEntryStylesheet(): Plugin {
  return {
    name: 'loa:inline-entry-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const css = ctx.bundle?.[file];
          if (!css || css.type !== 'asset') return tag;
          // "</style" inside the CSS (a string or a comment) would end the element early.
          return `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>`;
        });
      },
    },
  };
}

// The SPA is built into dist/web, which the Nest app serves at `/` (src/modules/web/web-app.ts).
// In development, `vite` proxies /api to a running `npm start`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), inlineEntryStylesheet()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // No inline modulepreload polyfill: the CSP allows scripts from this origin only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
