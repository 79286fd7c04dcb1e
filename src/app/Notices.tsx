import { useShallow } from 'zustand/react/shallow';
import { useFiltersStore } from '../stores/filters-store';

/** Messages about what was ignored or refused, shown until dismissed. */
export function Notices() {
  const { notices, dismiss } = useFiltersStore(useShallow((s) => ({ notices: s.notices, dismiss: s.dismissNotice })));
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n, i) => (
        <p key={`${i}-${n}`} className="notice">
          <span>{n}</span>
          <button type="button" onClick={() => dismiss(i)} aria-label={`Dismiss: ${n}`}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
