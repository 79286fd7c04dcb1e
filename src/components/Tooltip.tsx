import type { ReactNode } from 'react';

/** A tooltip placed beside a point in its chart's box, kept inside the box horizontally. */
export function Tooltip({ id, x, y, boxWidth, children }: { id: string; x: number; y: number; boxWidth: number; children: ReactNode }) {
  const width = Math.min(360, boxWidth - 16);
  const left = Math.max(8, Math.min(x + 12, boxWidth - width - 8));
  return (
    <div id={id} role="tooltip" className="tooltip" style={{ left, top: y + 14, width }}>
      {children}
    </div>
  );
}
