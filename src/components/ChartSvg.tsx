import { useState, type ReactNode, type Ref, type SVGAttributes } from 'react';

export interface ChartSvgProps extends Omit<SVGAttributes<SVGSVGElement>, 'width' | 'height' | 'children'> {
  /** The drawing's size; the box on the page is exactly this. */
  width: number;
  height: number;
  svgRef?: Ref<SVGSVGElement>;
  children: ReactNode;
}

/**
 * The tallest height a drawing has had at its current width. A different width starts again.
 * (State derived from props while rendering: React re-renders at once, before anything is drawn.)
 */
function useTallest(width: number, height: number): number {
  const [tallest, setTallest] = useState({ width, height });
  if (tallest.width !== width || height > tallest.height) {
    setTallest({ width, height });
    return height;
  }
  return tallest.height;
}

/**
 * A chart's `<svg>`, whose height follows the filters (a country's lane or bars come and go). The
 * box on the page takes the drawing's height; the `<svg>` element inside only grows and is clipped
 * to the box. Chromium lays out every shape of an `<svg>` again when the element's size changes,
 * which at thousands of shapes costs more than the rest of a filter change together; this way
 * a removed lane only moves the others.
 */
export function ChartSvg({ width, height, svgRef, children, ...attributes }: ChartSvgProps) {
  const drawn = useTallest(width, height);
  return (
    <div className="chart-svg" style={{ height }}>
      <svg ref={svgRef} width={width} height={drawn} {...attributes}>
        {children}
      </svg>
    </div>
  );
}
