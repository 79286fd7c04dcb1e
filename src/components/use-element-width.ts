import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Width used before the first measurement and where ResizeObserver does not exist. */
export const FALLBACK_WIDTH = 720;

/** The content width of an element, kept current with a ResizeObserver. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = FALLBACK_WIDTH): number {
  return useChartWidth(ref, fallback).width;
}

/**
 * The width a chart is drawn at, and whether it has been measured yet. A chart draws its marks only
 * once `measured`: drawn at the fallback width first and again at its own, every chart's first render
 * did its DOM work twice in the load's longest task (93 ms of blocking after the data arrived at 4×
 * CPU slowdown, 29 ms when drawn once; docs/performance.md). The measurement runs before the first
 * paint, so nothing is seen without its marks.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>, fallback = FALLBACK_WIDTH): { width: number; measured: boolean } {
  const [width, setWidth] = useState(fallback);
  const [measured, setMeasured] = useState(false);
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
    setMeasured(true);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return { width, measured };
}
