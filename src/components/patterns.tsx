import { memo } from 'react';

/** A fill that does not rely on colour alone. */
export type FillKind = 'solid' | 'hatch' | 'dots';

/** The SVG <pattern> for a hatched or dotted fill (nothing for solid). Memoised: it changes only with the theme. */
export const PatternDef = memo(function PatternDef({ id, kind, color, background }: { id: string; kind: FillKind; color: string; background: string }) {
  if (kind === 'solid') return null;
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform={kind === 'hatch' ? 'rotate(45)' : undefined}>
      <rect width={6} height={6} fill={color} />
      {kind === 'hatch' ? (
        <rect x={0} y={0} width={2} height={6} fill={background} fillOpacity={0.55} />
      ) : (
        <circle cx={3} cy={3} r={1.3} fill={background} fillOpacity={0.7} />
      )}
    </pattern>
  );
});

/** The fill attribute for a kind of fill: the colour, or a reference to its pattern. */
export function fillOf(kind: FillKind, color: string, patternId: string): string {
  return kind === 'solid' ? color : `url(#${patternId})`;
}
