import { useShallow } from 'zustand/react/shallow';
import { AID_TYPES } from '../../data/constants';
import { useModel } from '../../data/model-context';
import { dayToIso } from '../../model/dates';
import { AID_TYPE_LABELS } from '../../model/labels';
import { useFiltersStore } from '../../stores/filters-store';
import { useResolvedFilters } from '../../stores/use-resolved-filters';

/** The shared filters: countries, aid types and dates. Reads and writes the store, nothing else. */
export function FilterPanel() {
  const model = useModel();
  const resolved = useResolvedFilters();
  const { types, from, to } = useFiltersStore(useShallow((s) => ({ types: s.types, from: s.from, to: s.to })));
  const actions = useFiltersStore(
    useShallow((s) => ({
      setCountries: s.setCountries,
      toggleType: s.toggleType,
      setFrom: s.setFrom,
      setTo: s.setTo,
      reset: s.reset,
      setHoveredCountry: s.setHoveredCountry,
    })),
  );
  const min = model.extent ? dayToIso(model.extent[0]) : undefined;
  const max = model.extent ? dayToIso(model.extent[1]) : undefined;
  const fromValue = from ?? min ?? '';
  const toValue = to ?? max ?? '';
  const dateError = fromValue && toValue && fromValue > toValue ? 'From is after To: nothing can be shown.' : null;

  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Countries</legend>
        {model.dataset.countries.map((c) => (
          <div className="check" key={c.code} onPointerEnter={() => actions.setHoveredCountry(c.code)} onPointerLeave={() => actions.setHoveredCountry(null)}>
            <label>
              <input
                type="checkbox"
                checked={resolved.countries.includes(c.code)}
                onChange={(e) => {
                  const on = e.target.checked;
                  // Kept in the dataset's order, so equal selections give equal links.
                  actions.setCountries(model.countryOrder.filter((code) => (code === c.code ? on : resolved.countries.includes(code))));
                }}
              />
              {c.name}
            </label>
            {c.role === 'comparison' && <span className="muted"> for comparison</span>}
          </div>
        ))}
        <div className="filters__quick">
          <button type="button" onClick={() => actions.setCountries(model.countryOrder)}>
            All
          </button>
          <button type="button" onClick={() => actions.setCountries([])}>
            None
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Aid type</legend>
        {AID_TYPES.map((t) => (
          <div className="check" key={t}>
            <label>
              <input type="checkbox" checked={types.includes(t)} onChange={(e) => actions.toggleType(t, e.target.checked)} />
              {AID_TYPE_LABELS[t]}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <label className="date">
          <span>From</span>
          <input type="date" value={fromValue} min={min} max={toValue || max} onChange={(e) => actions.setFrom(e.target.value || null)} aria-describedby={dateError ? 'date-error' : undefined} />
        </label>
        <label className="date">
          <span>To</span>
          <input type="date" value={toValue} min={fromValue || min} max={max} onChange={(e) => actions.setTo(e.target.value || null)} aria-describedby={dateError ? 'date-error' : undefined} />
        </label>
        {dateError && (
          <p id="date-error" className="field-error" role="alert">
            {dateError}
          </p>
        )}
      </fieldset>
      <button type="button" className="reset" onClick={actions.reset}>
        Reset filters
      </button>
    </form>
  );
}
