import { NO_QUOTE } from '../../components/CitationList';
import type { AidTooltipText } from './describe-aid';

const MAX_ENTRIES = 3;

/** What a bar stands for: its value, standing and date, how it was counted, and the quotes behind it. */
export function AidTooltip({ text, pinned }: { text: AidTooltipText; pinned: boolean }) {
  return (
    <>
      <p className="tooltip__title">{text.title}</p>
      <p className="tooltip__value">{text.value}</p>
      {text.lines.map((line) => (
        <p key={line} className="tooltip__meta">
          {line}
        </p>
      ))}
      {text.entries.slice(0, MAX_ENTRIES).map((e) => (
        <div key={e.key} className="tooltip__record">
          <p className="tooltip__meta">{e.words}</p>
          {e.dateNote && <p className="tooltip__meta">Date: {e.dateNote}</p>}
          {e.quotes.length ? (
            e.quotes.map((q, i) => (
              <p key={i} className="tooltip__quote">
                “{q.quote}” <cite>— {q.source}</cite>
              </p>
            ))
          ) : (
            <p className="tooltip__quote">{NO_QUOTE}</p>
          )}
          {e.note && <p className="tooltip__meta">{e.note}</p>}
        </div>
      ))}
      {text.entries.length > MAX_ENTRIES && <p className="tooltip__meta">and {text.entries.length - MAX_ENTRIES} more in the table.</p>}
      <p className="tooltip__hint">{pinned ? 'Pinned: Escape, or a tap or click outside the chart, closes it.' : 'Enter pins this; the arrow keys move between bars.'}</p>
    </>
  );
}
