import type { ChartTheme } from '../../components/theme';
import { LABEL, type KeyLabel } from './timeline-annotations';
import { TIMELINE } from './timeline-constants';

/** The key events' titles above the lanes, each with a leader line down to its marker. SVG only. */
export function KeyLabels({ labels, top, tier, theme }: { labels: readonly KeyLabel[]; top: number; tier: number; theme: ChartTheme }) {
  return (
    <g data-key-labels="" fontSize={LABEL.fontSize} pointerEvents="none" aria-hidden="true">
      {labels.map((l) => {
        // Row 0 sits just above the lanes, row 1 above it; the lines end at the row's foot.
        const foot = top - 4 - l.tier * tier;
        const first = foot - (l.lines.length - 1) * LABEL.lineHeight - 3;
        const textX = l.anchor === 'start' ? l.x + 3 : l.x - 3;
        return (
          <g key={l.key} data-key-label={l.key}>
            <line x1={l.x} x2={l.x} y1={foot - l.lines.length * LABEL.lineHeight + 1} y2={l.markerY - TIMELINE.markerRadius - 2} stroke={theme.textMuted} strokeWidth={1} />
            <text x={textX} y={first} textAnchor={l.anchor} fill={theme.text} fontWeight={600}>
              {l.lines.map((line, i) => (
                <tspan key={i} x={textX} dy={i ? LABEL.lineHeight : 0}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
