import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Width used before the first measurement and where ResizeObserver does not exist. */
export const FALLBACK_WIDTH = 720;

/** The content width of an element, kept current with a ResizeObserver. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = FALLBACK_WIDTH): number {
  const [width, setWidth] = useState(fallback);
  const last = useRef(width);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const w = Math.floor(element.getBoundingClientRect().width);
      // The observer also fires when only the height changes (a filter adds or removes a row).
      // Setting the same width again would still have React schedule a render pass after every
      // such change, so only a new width is set.
      if (w > 0 && w !== last.current) {
        last.current = w;
        setWidth(w);
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
