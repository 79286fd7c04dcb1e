import type { TrendTooltipText } from './describe-aid-over-time';

/** What a statement mark stands for: the statement, the line's value once it is made, and its quotes. */
export function AidOverTimeTooltip({ text, pinned }: { text: TrendTooltipText; pinned: boolean }) {
  return (
    <>
      <p className="tooltip__title">{text.title}</p>
      <p className="tooltip__value">{text.value}</p>
      {text.entries.map((e) => (
        <div key={e.key} className="tooltip__record">
          <p className="tooltip__meta">{e.words}</p>
          {e.dateNote && <p className="tooltip__meta">Date: {e.dateNote}</p>}
          {e.quotes.map((q, i) => (
            <p key={i} className="tooltip__quote">
              “{q.quote}” <cite>— {q.source}</cite>
            </p>
          ))}
          {e.note && <p className="tooltip__meta">{e.note}</p>}
        </div>
      ))}
      <p className="tooltip__hint">{pinned ? 'Pinned: Escape, or a tap or click outside the chart, closes it.' : 'Enter pins this; the arrow keys move between statements.'}</p>
    </>
  );
}
