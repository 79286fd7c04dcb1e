import { memo, useCallback, useEffect, useId, useRef, type PointerEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shallow } from 'zustand/vanilla/shallow';
import { AID_TYPES } from '../../data/constants';
import type { AidType } from '../../data/schema';
import { useModel } from '../../stores/use-model';
import { dayToIso, isoDay } from '../../model/dates';
import { formatDay, formatInteger } from '../../model/format';
import { listInWords } from '../../model/dataset-model';
import { useMediaQuery } from '../../components/use-media-query';
import { AID_TYPE_LABELS } from '../../model/labels';
import { useFiltersStore } from '../../stores/filters-store';
import { useResolvedFilter } from '../../stores/use-resolved-filters';
import './filters.css';

interface CheckProps {
  value: string;
  label: string;
  checked: boolean;
  note?: string | undefined;
  onToggle: (value: string, on: boolean) => void;
  onHover?: ((value: string | null) => void) | undefined;
}

/**
 * How long the mouse rests on a country before the views dim the other countries. Passing over
 * the list on the way to a chart does not flash all three views, and a click made as the pointer
 * arrives is not held up by drawing them dimmed first (at 4× CPU slowdown that drawing added
 * ~27 ms to the first click's delay).
 */
export const HOVER_INTENT_MS = 150;

/** One labelled checkbox. Memoised: a change elsewhere in the filters does not touch it. */
const Check = memo(function Check({ value, label, checked, note, onToggle, onHover }: CheckProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const enter = (e: PointerEvent) => {
    // Only a mouse hovers: a finger's tap would dim the other countries in every view for the
    // length of the tap, drawing all three views once more before the tap's own change.
    if (e.pointerType !== 'mouse' || !onHover) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onHover(value), HOVER_INTENT_MS);
  };
  const leave = () => {
    clearTimeout(timer.current);
    onHover?.(null);
  };
  const noteId = useId();
  // The note wraps with the name, under it rather than under the box; it describes the box
  // rather than naming it ("Singapore", described "for comparison").
  return (
    <div className="check" onPointerEnter={onHover ? enter : undefined} onPointerLeave={onHover ? leave : undefined}>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onToggle(value, e.target.checked)} aria-describedby={note ? noteId : undefined} />
        <span>
          {label}
          {note && (
            <span className="muted" id={noteId} aria-hidden="true">
              {' '}
              {note}
            </span>
          )}
        </span>
      </label>
    </div>
  );
});

function Countries() {
  const model = useModel();
  const countries = useResolvedFilter('countries');
  const setCountries = useFiltersStore((s) => s.setCountries);
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const toggle = useCallback(
    (code: string, on: boolean) => {
      const selected = useFiltersStore.getState().countries ?? model.partners;
      // Kept in the dataset's order, so equal selections give equal links; the partners alone are
      // the default, and their link carries no countries.
      const next = model.countryOrder.filter((c) => (c === code ? on : selected.includes(c)));
      setCountries(shallow(next, model.partners) ? null : next);
    },
    [model, setCountries],
  );
  return (
    <fieldset>
      <legend>Countries</legend>
      {model.dataset.countries.map((c) => (
        <Check key={c.code} value={c.code} label={c.name} checked={countries.includes(c.code)} note={c.role === 'comparison' ? 'for comparison' : undefined} onToggle={toggle} onHover={setHovered} />
      ))}
      <div className="filters__quick">
        <button type="button" onClick={() => setCountries(model.countryOrder)}>
          All
        </button>
        <button type="button" onClick={() => setCountries([])}>
          None
        </button>
      </div>
    </fieldset>
  );
}

function AidTypes() {
  const types = useFiltersStore((s) => s.types);
  const toggleType = useFiltersStore((s) => s.toggleType);
  const toggle = useCallback((type: string, on: boolean) => toggleType(type as AidType, on), [toggleType]);
  return (
    <fieldset>
      <legend>Aid type</legend>
      {AID_TYPES.map((t) => (
        <Check key={t} value={t} label={AID_TYPE_LABELS[t]} checked={types.includes(t)} onToggle={toggle} />
      ))}
    </fieldset>
  );
}

function Dates() {
  const model = useModel();
  const { from, to, setFrom, setTo } = useFiltersStore(useShallow((s) => ({ from: s.from, to: s.to, setFrom: s.setFrom, setTo: s.setTo })));
  const min = model.extent ? dayToIso(model.extent[0]) : undefined;
  const max = model.extent ? dayToIso(model.extent[1]) : undefined;
  const fromValue = from ?? min ?? '';
  // An open To is not the last record's day: totals are then as of each figure's latest statement,
  // which may be undated ("Jul 2024 or later"). The field stays empty and says so.
  const toValue = to ?? '';
  const dateError = fromValue && toValue && fromValue > toValue ? 'From is after To: nothing can be shown.' : null;
  const hintId = useId();
  return (
    <fieldset>
      <legend>Dates</legend>
      <label className="date">
        <span>From</span>
        <input type="date" value={fromValue} min={min} max={toValue || max} onChange={(e) => setFrom(e.target.value || null)} aria-describedby={dateError ? 'date-error' : undefined} />
      </label>
      <label className="date">
        <span>To</span>
        <input type="date" value={toValue} min={fromValue || min} max={max} onChange={(e) => setTo(e.target.value || null)} aria-describedby={[to === null ? hintId : '', dateError ? 'date-error' : ''].filter(Boolean).join(' ') || undefined} />
      </label>
      {to === null && (
        <p id={hintId} className="date__hint">
          Empty: up to each latest statement{max ? ` (the last dated record is of ${formatDay(isoDay(max)!)})` : ''}.
        </p>
      )}
      {dateError && (
        <p id="date-error" className="field-error" role="alert">
          {dateError}
        </p>
      )}
    </fieldset>
  );
}

/** The filters in a few words, for the folded panel on a phone: "The four partners · All aid types · 1 Jan 2022 – latest". */
function Summary() {
  const model = useModel();
  const countries = useResolvedFilter('countries');
  const types = useFiltersStore((s) => s.types);
  const { from, to } = useFiltersStore(useShallow((s) => ({ from: s.from, to: s.to })));
  const partnersOnly = shallow(countries, model.partners);
  const who = partnersOnly ? `The ${model.partners.length === 4 ? 'four' : formatInteger(model.partners.length)} partners` : countries.length ? listInWords(countries.map((c) => model.countryNames.get(c) ?? c)) : 'No country';
  const what = types.length === AID_TYPES.length ? 'All aid types' : types.length ? listInWords(types.map((t) => AID_TYPE_LABELS[t])) : 'No aid type';
  const day = (iso: string | null, open: string) => (iso && isoDay(iso) !== null ? formatDay(isoDay(iso)!) : open);
  const when = from || to ? `${day(from, 'the start')} – ${day(to, 'latest')}` : 'Any date';
  return (
    <span className="filters__summary">
      {[who, what, when].map((chip) => (
        <span key={chip} className="chip">
          {chip}
        </span>
      ))}
    </span>
  );
}

/** Below this width the filters fold under one line of chips, so the charts start near the top. */
export const FOLD_FILTERS = '(max-width: 480px)';

/** The shared filters: countries, aid types and dates. Reads and writes the store, nothing else. */
export function FilterPanel() {
  const reset = useFiltersStore((s) => s.reset);
  const folded = useMediaQuery(FOLD_FILTERS);
  const fields = (
    <>
      <Countries />
      <AidTypes />
      <Dates />
      <button type="button" className="reset" onClick={reset}>
        Reset filters
      </button>
    </>
  );
  return (
    <form className={`filters${folded ? ' filters--folded' : ''}`} aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      {folded ? (
        <details>
          <summary>
            <span className="filters__title">Filters</span> <Summary />
          </summary>
          <div className="filters__fields">{fields}</div>
        </details>
      ) : (
        fields
      )}
    </form>
  );
}
