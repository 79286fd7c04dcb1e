import { useCallback, useSyncExternalStore } from 'react';

/** Whether a media query matches, following it as it changes; false where the browser has no matchMedia (tests, a server). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const matches = useCallback(() => typeof window !== 'undefined' && Boolean(window.matchMedia?.(query).matches), [query]);
  return useSyncExternalStore(subscribe, matches, () => false);
}
