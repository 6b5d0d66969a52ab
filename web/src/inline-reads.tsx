import { createContext, type ReactNode, useContext } from 'react';
import { todayInVietnam } from './format-date';
import type { InlineReads } from './page-reads';

/**
 * The answers the page came with (page-reads.ts), for first renders: the server renders the
 * calendar's first paint from them (server-entry.tsx) and the browser's first render reads the
 * same ones, so hydration finds what the server drew. A page that reads again (another month,
 * after a change) asks the API.
 */
const ReadsContext = createContext<{ reads: InlineReads; now?: () => Date }>({ reads: () => undefined });

/** `now`: the server's clock, when the server renders (the browser reads its own). */
export function InlineReadsProvider({ reads, now, children }: { reads: InlineReads; now?: () => Date; children: ReactNode }) {
  return <ReadsContext.Provider value={{ reads, now }}>{children}</ReadsContext.Provider>;
}

/** The answer the page came with for a GET of this path and query, when there is one. */
export function useInlineRead<T>(url: string): T | undefined {
  return useContext(ReadsContext).reads(url) as T | undefined;
}

/** Today in Vietnam, YYYY-MM-DD: by the server's clock when it renders, else the browser's. */
export function useToday(): string {
  const { now } = useContext(ReadsContext);
  return todayInVietnam(now ? now() : new Date());
}
