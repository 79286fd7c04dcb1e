import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useFiltersStore } from '../../stores/filters-store';
import type { PlacedOilBar } from './compute-oil';
import type { OilMarksInteraction } from './OilMarks';

interface TooltipState {
  /** The bar that holds the Tab stop (and has the focus while `focused`). */
  focusKey: string | null;
  focused: boolean;
  hoverKey: string | null;
  /** A tooltip opened with Enter, Space or a click stays until closed or the focus leaves the chart. */
  pinnedKey: string | null;
  /** Escape closed the focused bar's tooltip; it opens again with Enter or on another bar. */
  dismissed: boolean;
}

const INITIAL: TooltipState = { focusKey: null, focused: false, hoverKey: null, pinnedKey: null, dismissed: false };

/** The open tooltip's bar: pinned first, then under the pointer, then the focused one. */
function activeKey(state: TooltipState, keys: ReadonlySet<string>): string | null {
  const present = (key: string | null) => (key !== null && keys.has(key) ? key : null);
  return present(state.pinnedKey) ?? present(state.hoverKey) ?? (state.focused && !state.dismissed ? present(state.focusKey) : null);
}

const STEPS: Record<string, (i: number, last: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowRight: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  ArrowLeft: (i) => i - 1,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The bars as one Tab stop (a roving tabindex): the arrow keys, Home and End move between bars,
 * Enter or Space pins a bar's tooltip, Escape closes it. Hover or focus opens it too, and the bar's
 * country is highlighted in every view while its tooltip is open.
 */
export function useOilTooltip(bars: readonly PlacedOilBar[], tooltipId: string) {
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const [state, setState] = useState(INITIAL);
  // Moving the focus runs blur and focus inside the key handler, before React renders again: each
  // change starts from the latest state, not from the one this render saw.
  const latest = useRef(state);
  const targets = useRef(new Map<string, SVGRectElement>());
  const keys = new Set(bars.map((b) => b.key));
  const countryOf = new Map(bars.map((b) => [b.key, b.country]));

  const update = (change: Partial<TooltipState>) => {
    const next = { ...latest.current, ...change };
    latest.current = next;
    setState(next);
    const key = activeKey(next, keys);
    setHovered(key === null ? null : (countryOf.get(key) ?? null));
  };

  // A country left highlighted by a chart that is gone would dim the other views for good.
  useEffect(() => () => setHovered(null), [setHovered]);

  const active = activeKey(state, keys);
  const tabKey = state.focusKey !== null && keys.has(state.focusKey) ? state.focusKey : (bars[0]?.key ?? null);

  const interaction: OilMarksInteraction = {
    tabKey,
    activeKey: active,
    tooltipId,
    targetRef: (key) => (node) => {
      if (node) targets.current.set(key, node);
      else targets.current.delete(key);
    },
    onPointerEnter: (bar) => update({ hoverKey: bar.key }),
    onPointerLeave: () => update({ hoverKey: null }),
    onClick: (bar) => update({ focusKey: bar.key, pinnedKey: bar.key, dismissed: false }),
    onFocus: (bar) => update({ focusKey: bar.key, focused: true, dismissed: false }),
    onBlur: (event: FocusEvent) => {
      const next = event.relatedTarget;
      const staysInChart = [...targets.current.values()].some((node) => node === next);
      if (!staysInChart) update({ focused: false, pinnedKey: null });
    },
    onKeyDown: (bar, event: KeyboardEvent) => {
      const step = STEPS[event.key];
      if (step) {
        event.preventDefault();
        const i = bars.findIndex((b) => b.key === bar.key);
        const target = bars[Math.max(0, Math.min(bars.length - 1, step(i, bars.length - 1)))];
        if (!target || target.key === bar.key) return;
        update({ focusKey: target.key, pinnedKey: null, dismissed: false });
        targets.current.get(target.key)?.focus();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        update({ focusKey: bar.key, pinnedKey: bar.key, dismissed: false });
      } else if (event.key === 'Escape') {
        update({ pinnedKey: null, hoverKey: null, dismissed: true });
      }
    },
  };

  const activeBar = active === null ? null : (bars.find((b) => b.key === active) ?? null);
  return { activeBar, interaction, onAreaLeave: () => update({ hoverKey: null }) };
}
