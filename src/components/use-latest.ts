import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that always calls the latest `fn` but keeps one identity for the component's life, so
 * passing it down does not re-render memoised children (export buttons, registries).
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
