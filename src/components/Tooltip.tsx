import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A tooltip placed beside a point in its chart's box, kept inside the box horizontally, and above
 * the point when below it would run past the bottom of the window.
 */
export function Tooltip({ id, x, y, boxWidth, children }: { id: string; x: number; y: number; boxWidth: number; children: ReactNode }) {
  const width = Math.min(360, boxWidth - 16);
  const left = Math.max(8, Math.min(x + 12, boxWidth - width - 8));
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(y + 14);
  useLayoutEffect(() => {
    const element = ref.current;
    const below = y + 14;
    if (!element || typeof window === 'undefined') return setTop(below);
    // Measured where it would sit below the point, before the browser paints it there.
    element.style.top = `${below}px`;
    const box = element.getBoundingClientRect();
    const fitsAbove = box.top - (box.height + 22) >= 0;
    // Above only as far as the chart's own top: never over its title and controls.
    setTop(box.bottom > window.innerHeight && fitsAbove ? Math.max(0, y - box.height - 8) : below);
  }, [x, y, children]);
  return (
    <div id={id} ref={ref} role="tooltip" className="tooltip" style={{ left, top, width }}>
      {children}
    </div>
  );
}
