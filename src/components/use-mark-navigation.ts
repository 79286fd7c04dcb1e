import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** What a mark needs to be navigated: a key and its country (highlighted in every view while active). */
export interface NavigableMark {
  key: string;
  country: string;
}

/** Handlers and state that make a chart's marks one Tab stop, for the marks component. */
export interface MarkNavigation<M extends NavigableMark> {
  /** The mark that takes the chart's one Tab stop. */
  tabStop: string | null;
  /** The mark whose tooltip shows (hovered, focused or pinned). */
  activeKey: string | null;
  /** Whether the active mark's tooltip is pinned (Enter or Space, or a click). */
  pinned: boolean;
  targetRef: (key: string) => (element: SVGElement | null) => void;
  onEnter: (mark: M) => void;
  onLeave: () => void;
  onFocus: (mark: M) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent, mark: M) => void;
  onClick: (mark: M) => void;
}

/**
 * A chart as one Tab stop (a roving tabindex): the arrow keys move between marks in reading order,
 * Home and End go to the first and last, Enter or Space pins the tooltip and Escape closes it.
 * `onActive` hears of the mark under the pointer or focus (or null), for the cross-view highlight.
 */
export function useMarkNavigation<M extends NavigableMark>(marks: readonly M[], onActive: (mark: M | null) => void): MarkNavigation<M> {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [pinnedKey, setPinnedKey] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGElement>());
  const has = (key: string | null) => key !== null && marks.some((m) => m.key === key);
  const tabStop = has(focusKey) ? focusKey : (marks[0]?.key ?? null);
  const activeKey = has(pinnedKey) ? pinnedKey : has(hoverKey) ? hoverKey : null;

  const targetRef = useCallback(
    (key: string) => (element: SVGElement | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    },
    [],
  );
  const show = (mark: M | null) => {
    setHoverKey(mark?.key ?? null);
    onActive(mark);
  };
  return {
    tabStop,
    activeKey,
    pinned: has(pinnedKey),
    targetRef,
    onEnter: (mark) => show(mark),
    onLeave: () => {
      if (!has(pinnedKey)) show(null);
    },
    onFocus: (mark) => {
      setFocusKey(mark.key);
      if (pinnedKey !== null && pinnedKey !== mark.key) setPinnedKey(null);
      show(mark);
    },
    onBlur: () => {
      setPinnedKey(null);
      show(null);
    },
    onClick: (mark) => {
      setPinnedKey((key) => (key === mark.key ? null : mark.key));
      show(mark);
    },
    onKeyDown: (event, mark) => {
      const i = marks.findIndex((m) => m.key === mark.key);
      const move: Record<string, number> = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: marks.length - 1 };
      if (event.key in move) {
        event.preventDefault();
        const next = marks[Math.max(0, Math.min(marks.length - 1, move[event.key]!))];
        if (next) elements.current.get(next.key)?.focus();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        setPinnedKey((key) => (key === mark.key ? null : mark.key));
        show(mark);
      } else if (event.key === 'Escape') {
        setPinnedKey(null);
        show(null);
      }
    },
  };
}
