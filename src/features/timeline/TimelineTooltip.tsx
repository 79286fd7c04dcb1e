import { Tooltip } from '../../components/Tooltip';
import { dateInWords, formatInteger } from '../../model/format';
import { categoryLabel, eventCountries } from './describe-timeline';
import type { TimelineStop } from './timeline-controller';
import type { PlacedCluster } from './timeline-lanes';

/** What the marker, badge or count bar under the pointer or in focus is: title, date as the sources give it, category. */
export function TimelineTooltip({ id, stop, bar, barY, countryNames, boxWidth }: { id: string; stop: TimelineStop | null; bar: PlacedCluster | null; barY: number; countryNames: ReadonlyMap<string, string>; boxWidth: number }) {
  if (bar) {
    return (
      <Tooltip id={id} x={bar.x} y={barY} boxWidth={boxWidth}>
        <p className="tooltip__value">{`${formatInteger(bar.count)} ${bar.count === 1 ? 'event' : 'events'}`}</p>
        <p className="tooltip__meta">{bar.heading}. Enter or a click zooms in.</p>
      </Tooltip>
    );
  }
  if (!stop) return null;
  if (stop.marker) {
    const e = stop.marker.event;
    return (
      <Tooltip id={id} x={stop.x} y={stop.y} boxWidth={boxWidth}>
        <p className="tooltip__title">{e.title}</p>
        <p>{dateInWords(e)}</p>
        <p className="tooltip__meta">
          {categoryLabel(e.category)} · {eventCountries(e, countryNames)}
        </p>
      </Tooltip>
    );
  }
  const c = stop.cluster!;
  return (
    <Tooltip id={id} x={stop.x} y={stop.y} boxWidth={boxWidth}>
      <p className="tooltip__title">{`${formatInteger(c.count)} more ${c.count === 1 ? 'event' : 'events'}`}</p>
      <p className="tooltip__meta">{c.events.slice(0, 3).map((e) => e.title).join('; ')}{c.count > 3 ? '; …' : ''}</p>
      <p className="tooltip__meta">Enter or a click lists them.</p>
    </Tooltip>
  );
}
