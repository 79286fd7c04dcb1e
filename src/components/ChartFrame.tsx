import { Fragment, useContext, useId, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { ChartFrameContext, ChartFramePlaceContext } from './chart-frame-context';

/** Props of a chart's frame: what the figure says, the chart, its controls and the table of what it draws. */
export interface ChartFrameProps {
  /** Visible title; also the figure's accessible name. */
  title: string;
  /** One sentence in words under the title: what the chart shows under the filters. */
  subtitle?: ReactNode;
  /** The line under the title, for views that still give a caption rather than a subtitle (the same place). */
  caption?: ReactNode;
  /** Between the subtitle and the chart: what the marks' colours and shapes mean. */
  legend?: ReactNode;
  /** The controls a reader uses most, in one row under the chart. */
  controls?: ReactNode;
  /** The rarer switches, behind a "Settings" disclosure in that row. */
  settings?: ReactNode;
  /** Export buttons, at the end of that row. */
  actions?: ReactNode;
  /** The HTML table of exactly what the chart draws. */
  table: ReactNode;
  /** Shown instead of the chart when the filters leave nothing to draw; the figure then keeps only its title, subtitle and this sentence: no image, table or link would say more. */
  empty?: string | null;
  children: ReactNode;
  /** The footer's notes ("Note: …"), one sentence each. */
  notes?: readonly string[];
  /** The footer's sources line ("Source: …"). */
  sources?: ReactNode;
  /** Content after the footer (details, lists) that stays visible when the chart is empty. */
  footer?: ReactNode;
  className?: string;
  /** Told when the table is shown or hidden, for charts that build it only when it is shown. */
  onTableToggle?: (open: boolean) => void;
  /** The chart's box, measured by the chart for its width. */
  bodyRef?: RefObject<HTMLDivElement | null>;
  /** The chart in words under the current filters (from the view's describe file): the figure's accessible description, also offered as alt text. */
  description?: string | null;
}

/**
 * A figure that reads top-down, as Our World in Data's grapher does: a title and a subtitle of one
 * sentence, the legend and the chart, one row of controls (the rarer ones behind "Settings") with
 * "Show table" and the export buttons, then a footer with the sources and the notes. On the embed
 * page it shows the chart, its title and the page's footer, with the export menu, and no switches.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, legend, controls, settings, actions, table, empty, children, footer, className, bodyRef, onTableToggle, description } = props;
  const place = useContext(ChartFramePlaceContext);
  const titleId = useId();
  const descriptionId = useId();
  const frameState = useMemo(() => ({ description: description ?? null }), [description]);
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const subtitle = props.subtitle ?? props.caption;
  const notes = empty ? [] : (props.notes ?? []);
  const sources = empty ? null : props.sources;
  const actionsHere = <ChartFrameContext.Provider value={frameState}>{actions}</ChartFrameContext.Provider>;

  return (
    <figure className={`chart-frame ${place.embedded ? 'chart-frame--embedded' : ''} ${className ?? ''}`} aria-labelledby={titleId} aria-describedby={description ? descriptionId : undefined}>
      <div className="chart-frame__head">
        <h2 id={titleId} className="chart-frame__title">
          {title}
        </h2>
        {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
        {description && (
          <p id={descriptionId} className="visually-hidden">
            {description}
          </p>
        )}
      </div>
      {!empty && legend}
      <div className="chart-frame__body" ref={bodyRef}>
        {empty ? (
          <p className="chart-frame__empty" role="status">
            {empty}
          </p>
        ) : (
          children
        )}
      </div>
      {place.embedded ? (
        <div className="chart-frame__footer">
          <div className="chart-frame__footer-text">{place.footer}</div>
          {!empty && actionsHere}
        </div>
      ) : (
        <>
          <div className="chart-frame__controls">
            {!empty && controls}
            {!empty && settings && (
              <details className="chart-frame__settings">
                <summary>Settings</summary>
                <div className="chart-frame__settings-body">{settings}</div>
              </details>
            )}
            <div className="chart-frame__actions">
              {!empty && (
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
              )}
              {!empty && actionsHere}
            </div>
          </div>
          <div id={tableId} className="chart-frame__table" hidden={!showTable || !!empty}>
            {showTable && !empty ? table : null}
          </div>
          {(sources || notes.length > 0) && (
            <div className="chart-frame__footer">
              {sources && <p className="chart-frame__sources">{sources}</p>}
              {notes.length > 0 && (
                <p className="chart-frame__notes">
                  <span className="chart-frame__label">Note: </span>
                  {notes.map((note, i) => (
                    <Fragment key={note}>
                      {i > 0 ? ' ' : ''}
                      <span>{note}</span>
                    </Fragment>
                  ))}
                </p>
              )}
            </div>
          )}
          {footer}
        </>
      )}
    </figure>
  );
}
