import { useId, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { ChartFrameContext } from './chart-frame-context';

/** Props of a chart's frame: its title, caption, controls and the table of what it draws. */
export interface ChartFrameProps {
  /** Visible title; also the figure's accessible name. */
  title: string;
  /** One line: what is measured, in what unit, from which sources. */
  caption: ReactNode;
  legend?: ReactNode;
  /** Controls that change this chart (layout, zoom). */
  controls?: ReactNode;
  /** Export buttons. */
  actions?: ReactNode;
  /** The HTML table of exactly what the chart draws. */
  table: ReactNode;
  /** Shown instead of the chart when the filters leave nothing to draw. */
  empty?: string | null;
  children: ReactNode;
  /** Content below the chart (details, lists) that stays visible when the chart is empty. */
  footer?: ReactNode;
  className?: string;
  /** Told when the table is shown or hidden, for charts that build it only when it is shown. */
  onTableToggle?: (open: boolean) => void;
  /** The chart's box, measured by the chart for its width. */
  bodyRef?: RefObject<HTMLDivElement | null>;
  /** The chart in words under the current filters (from the view's describe file): the figure's accessible description, also offered as alt text. */
  description?: string | null;
}

/** A figure with a title, caption, legend, controls, the chart, and a "Show table" toggle. */
export function ChartFrame({ title, caption, legend, controls, actions, table, empty, children, footer, className, bodyRef, onTableToggle, description }: ChartFrameProps) {
  const titleId = useId();
  const descriptionId = useId();
  const frameState = useMemo(() => ({ empty: empty ?? null, description: description ?? null }), [empty, description]);
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className={`chart-frame ${className ?? ''}`} aria-labelledby={titleId} aria-describedby={description ? descriptionId : undefined}>
      <div className="chart-frame__head">
        <h2 id={titleId} className="chart-frame__title">
          {title}
        </h2>
        <p className="chart-frame__caption">{caption}</p>
        {description && (
          <p id={descriptionId} className="visually-hidden">
            {description}
          </p>
        )}
      </div>
      <div className="chart-frame__toolbar">
        {controls}
        <div className="chart-frame__actions">
          <button
            type="button"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => {
              setShowTable(!showTable);
              onTableToggle?.(!showTable);
            }}
          >
            {showTable ? 'Hide table' : 'Show table'}
          </button>
          <ChartFrameContext.Provider value={frameState}>{actions}</ChartFrameContext.Provider>
        </div>
      </div>
      {legend}
      <div className="chart-frame__body" ref={bodyRef}>
        {empty ? (
          <p className="chart-frame__empty" role="status">
            {empty}
          </p>
        ) : (
          children
        )}
      </div>
      <div id={tableId} className="chart-frame__table" hidden={!showTable}>
        {showTable && !empty ? table : null}
        {showTable && empty ? <p>{empty}</p> : null}
      </div>
      {footer}
    </figure>
  );
}
