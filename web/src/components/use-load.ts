import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Loads once per key and on reload(); keeps the last error to show. `initial`: the answer the page
 * came with (inline-reads.tsx), taken as the first key's data without asking again.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: unknown[],
  initial?: T,
): { data: T | undefined; error: unknown; reload: () => void; loading: boolean } {
  const [data, setData] = useState<T | undefined>(initial);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(initial === undefined);
  const [tick, setTick] = useState(0);
  const skip = useRef(initial !== undefined);
  const run = useCallback(load, deps);
  useEffect(() => {
    if (skip.current) {
      skip.current = false;
      return;
    }
    let live = true;
    setLoading(true);
    run()
      .then((d) => live && (setData(d), setError(undefined)))
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [run, tick]);
  return { data, error, loading, reload: () => setTick((t) => t + 1) };
}
