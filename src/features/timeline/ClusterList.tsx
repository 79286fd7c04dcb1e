import { useEffect, useRef } from 'react';
import type { ChartTheme } from '../../components/theme';
import type { TimelineEvent } from '../../model/timeline';
import { dateInWords } from '../../model/format';
import { EventSymbol } from './EventSymbol';

/** A "+N" badge opened: its events as a list to choose from, beside the badge. */
export function ClusterList({ label, events, x, y, boxWidth, theme, selectedId, onSelect, onClose, onDismiss }: { label: string; events: readonly TimelineEvent[]; x: number; y: number; boxWidth: number; theme: ChartTheme; selectedId: string | null; onSelect: (event: TimelineEvent) => void; onClose: () => void; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('li button')?.focus();
  }, []);
  const width = Math.min(360, boxWidth - 16);
  const left = Math.max(8, Math.min(x - width / 2, boxWidth - width - 8));
  return (
    <div
      ref={ref}
      className="cluster-list"
      role="dialog"
      aria-label={label}
      style={{ left, top: y + 12, width }}
      // Focus moving elsewhere (a click outside, Tab past the end) closes the list.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onDismiss();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="cluster-list__head">
        <p>{label}</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <ul>
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" aria-pressed={selectedId === e.id} onClick={() => onSelect(e)}>
              <EventSymbol event={e} theme={theme} />
              <span className="cluster-list__date">{dateInWords(e)}</span> {e.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
