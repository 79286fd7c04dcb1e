import { useCallback, useState } from 'react';
import { useFiltersStore } from './filters-store';

/**
 * The bar under the pointer or keyboard focus, for the tooltip; its country is highlighted in every
 * view while it is.
 */
export function useHoverTarget<B extends { country: string }>() {
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const [active, setActive] = useState<B | null>(null);
  const onEnter = useCallback(
    (bar: B) => {
      setActive(bar);
      setHovered(bar.country);
    },
    [setHovered],
  );
  const onLeave = useCallback(() => {
    setActive(null);
    setHovered(null);
  }, [setHovered]);
  return { active, onEnter, onLeave };
}
