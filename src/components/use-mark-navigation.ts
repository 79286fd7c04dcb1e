import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';

/** What a mark needs to be navigated: a key, and the country highlighted in every view while it is active. */
export interface NavigableMark {
  key: string;
  country: string;
}

/** A move between a chart's marks: along the reading order, between lanes, by a page, or to an end. */
export type MarkStep = 'next' | 'previous' | 'first' | 'last' | 'nextLane' | 'previousLane' | 'nextPage' | 'previousPage';

/** What a key does on a chart's marks: move, open (pin a tooltip, open an event) or close. */
export type MarkKeyAction = { step: MarkStep } | { open: true } | { close: true };

/**
 * How a chart's marks are laid out for the keyboard: a `list` in reading order (bars), `lanes`
 * read left to right with Down and Up between them (the timeline), or a `slider` whose value a
 * key raises or lowers (a date, a lane's count bars: Up and Page Up raise it, as ARIA's sliders do).
 */
export type MarkLayout = 'list' | 'lanes' | 'slider';

const COMMON: Record<string, MarkKeyAction> = {
  Home: { step: 'first' },
  End: { step: 'last' },
  Enter: { open: true },
  ' ': { open: true },
  Escape: { close: true },
};

const KEYS: Record<MarkLayout, Record<string, MarkKeyAction>> = {
  list: { ...COMMON, ArrowDown: { step: 'next' }, ArrowRight: { step: 'next' }, ArrowUp: { step: 'previous' }, ArrowLeft: { step: 'previous' } },
  lanes: { ...COMMON, ArrowRight: { step: 'next' }, ArrowLeft: { step: 'previous' }, ArrowDown: { step: 'nextLane' }, ArrowUp: { step: 'previousLane' } },
  slider: { ...COMMON, ArrowRight: { step: 'next' }, ArrowUp: { step: 'next' }, ArrowLeft: { step: 'previous' }, ArrowDown: { step: 'previous' }, PageUp: { step: 'nextPage' }, PageDown: { step: 'previousPage' } },
};

/** The one keyboard map of every chart: what a key does on marks laid out so, or null for a key that does nothing. */
export function markKeyAction(key: string, layout: MarkLayout): MarkKeyAction | null {
  return Object.hasOwn(KEYS[layout], key) ? KEYS[layout][key]! : null;
}

/** The index a step moves to among `count` marks in order (a page is `page` marks), kept within them. */
export function stepIndex(step: MarkStep, index: number, count: number, page = 10): number {
  const moves: Record<MarkStep, number> = { next: index + 1, previous: index - 1, nextLane: index + 1, previousLane: index - 1, nextPage: index + page, previousPage: index - page, first: 0, last: count - 1 };
  return Math.max(0, Math.min(count - 1, moves[step]));
}

/** Handlers and state that make a chart's marks one Tab stop, for its marks component. */
export interface MarkNavigation<M extends NavigableMark> {
  /** The mark that holds the chart's one Tab stop. */
  tabKey: string | null;
  /** The mark whose tooltip is open, and the tooltip's id. */
  activeKey: string | null;
  tooltipId: string;
  /** Whether the open tooltip was pinned (Enter, Space or a click). */
  pinned: boolean;
  /** Where each mark's target is kept, so the arrow keys can move the focus to it. */
  targetRef: (key: string) => (node: SVGElement | null) => void;
  onPointerEnter: (mark: M, event: PointerEvent) => void;
  onPointerLeave: () => void;
  onClick: (mark: M) => void;
  onFocus: (mark: M, event: FocusEvent) => void;
  onBlur: (event: FocusEvent) => void;
  onKeyDown: (mark: M, event: KeyboardEvent) => void;
}

interface NavigationState {
  /** The mark that holds the Tab stop (and has the focus while `focused`). */
  focusKey: string | null;
  focused: boolean;
  hoverKey: string | null;
  /** A tooltip opened with Enter, Space or a click stays until closed or the focus leaves the chart. */
  pinnedKey: string | null;
  /** Escape closed the focused mark's tooltip; it opens again with Enter or on another mark. */
  dismissed: boolean;
}

const INITIAL: NavigationState = { focusKey: null, focused: false, hoverKey: null, pinnedKey: null, dismissed: false };

/** The open tooltip's mark: pinned first, then under the pointer, then the focused one. */
function activeKeyOf(state: NavigationState, keys: ReadonlySet<string>): string | null {
  const present = (key: string | null) => (key !== null && keys.has(key) ? key : null);
  return present(state.pinnedKey) ?? present(state.hoverKey) ?? (state.focused && !state.dismissed ? present(state.focusKey) : null);
}

/**
 * A chart's marks as one Tab stop (a roving tabindex): the arrow keys, Home and End move between
 * marks in reading order, Enter or Space pins a mark's tooltip, Escape closes it. Hover or focus
 * opens it too; `onActive` hears of the open tooltip's mark (or null), for the cross-view highlight.
 */
export function useMarkNavigation<M extends NavigableMark>(marks: readonly M[], tooltipId: string, onActive: (mark: M | null) => void) {
  const [state, setState] = useState(INITIAL);
  // Moving the focus runs blur and focus inside the key handler, before React renders again: each
  // change starts from the latest state, not from the one this render saw.
  const latest = useRef(state);
  const targets = useRef(new Map<string, SVGElement>());
  const keys = new Set(marks.map((m) => m.key));

  const update = (change: Partial<NavigationState>) => {
    const next = { ...latest.current, ...change };
    latest.current = next;
    setState(next);
    const key = activeKeyOf(next, keys);
    onActive(key === null ? null : (marks.find((m) => m.key === key) ?? null));
  };

  // A country left highlighted by a chart that is gone would dim the other views for good.
  const onActiveRef = useRef(onActive);
  useEffect(() => {
    onActiveRef.current = onActive;
  });
  useEffect(() => () => onActiveRef.current(null), []);

  const active = activeKeyOf(state, keys);
  const navigation: MarkNavigation<M> = {
    tabKey: state.focusKey !== null && keys.has(state.focusKey) ? state.focusKey : (marks[0]?.key ?? null),
    activeKey: active,
    tooltipId,
    pinned: active !== null && active === state.pinnedKey,
    targetRef: (key) => (node) => {
      if (node) targets.current.set(key, node);
      else targets.current.delete(key);
    },
    onPointerEnter: (mark) => update({ hoverKey: mark.key }),
    onPointerLeave: () => update({ hoverKey: null }),
    onClick: (mark) => update({ focusKey: mark.key, pinnedKey: mark.key, dismissed: false }),
    onFocus: (mark) => update({ focusKey: mark.key, focused: true, dismissed: false }),
    onBlur: (event) => {
      const next = event.relatedTarget;
      const staysInChart = [...targets.current.values()].some((node) => node === next);
      if (!staysInChart) update({ focused: false, pinnedKey: null });
    },
    onKeyDown: (mark, event) => {
      const action = markKeyAction(event.key, 'list');
      if (!action) return;
      if ('step' in action) {
        event.preventDefault();
        const i = marks.findIndex((m) => m.key === mark.key);
        const target = marks[stepIndex(action.step, i, marks.length)];
        if (!target || target.key === mark.key) return;
        update({ focusKey: target.key, pinnedKey: null, dismissed: false });
        targets.current.get(target.key)?.focus();
      } else if ('open' in action) {
        event.preventDefault();
        update({ focusKey: mark.key, pinnedKey: mark.key, dismissed: false });
      } else {
        update({ pinnedKey: null, hoverKey: null, dismissed: true });
      }
    },
  };
  const activeMark = active === null ? null : (marks.find((m) => m.key === active) ?? null);
  return { activeMark, navigation, onAreaLeave: () => update({ hoverKey: null }) };
}
