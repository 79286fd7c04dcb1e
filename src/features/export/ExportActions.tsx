import { memo, useId, useState, type MouseEvent } from 'react';
import type { ExportSpec } from '../../components/export-spec';
import { useChartTheme } from '../../components/theme';
import { formatToday } from '../../model/format';
import type { PngSize } from './export-run';

/** Where exported images say they come from. */
export interface ExportActionsProps {
  getSpec: () => ExportSpec;
  dashboardName: string;
}

const loadRunner = () => import('./export-run');

/** "Download PNG" (2× screen or 1920 px), "Download SVG" and "Download CSV" for one view. */
export const ExportActions = memo(function ExportActions({ getSpec, dashboardName }: ExportActionsProps) {
  const theme = useChartTheme();
  const sizeId = useId();
  const [size, setSize] = useState<PngSize>('screen');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (event: MouseEvent<HTMLButtonElement>, kind: 'png' | 'svg' | 'csv') => {
    const figure = event.currentTarget.closest('figure');
    const rect = figure?.getBoundingClientRect();
    const box = { width: rect?.width || 800, height: rect?.height || 600 };
    const context = { theme, dashboardName, exportedOn: formatToday() };
    setStatus({ text: 'Preparing the file…', error: false });
    try {
      const runner = await loadRunner();
      const spec = getSpec();
      const name =
        kind === 'png' ? await runner.downloadPng(spec, box, size, context) : kind === 'svg' ? runner.downloadSvg(spec, box, context) : runner.downloadCsv(spec);
      setStatus({ text: `Saved ${name}`, error: false });
    } catch (error) {
      setStatus({ text: `The file could not be made: ${error instanceof Error ? error.message : String(error)}`, error: true });
    }
  };

  return (
    <div className="export-actions">
      <button type="button" onClick={(e) => void run(e, 'png')}>
        Download PNG
      </button>
      <label className="visually-hidden" htmlFor={sizeId}>
        PNG size
      </label>
      <select id={sizeId} value={size} onChange={(e) => setSize(e.target.value as PngSize)} title="PNG size">
        <option value="screen">2× screen</option>
        <option value="slides">1920 px wide</option>
      </select>
      <button type="button" onClick={(e) => void run(e, 'svg')}>
        Download SVG
      </button>
      <button type="button" onClick={(e) => void run(e, 'csv')}>
        Download CSV
      </button>
      <span className={status?.error ? 'export-status export-status--error' : 'export-status'} role="status" aria-live="polite">
        {status?.text}
      </span>
    </div>
  );
});
