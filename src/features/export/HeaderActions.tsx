import { useContext, useState } from 'react';
import { ExportRegistryContext } from '../../components/export-spec';
import { useChartTheme } from '../../components/theme';
import { useModel } from '../../app/model-context';
import { describeFilters } from '../../model/describe-filters';
import { formatToday } from '../../model/format';
import { resolveFilters } from '../../model/dataset-model';
import { useFiltersStore } from '../../stores/filters-store';

const VIEW_ORDER = ['aid', 'oil', 'milestones'];

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers and insecure contexts: select the text in a hidden field and copy it.
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const ok = document.execCommand('copy');
  field.remove();
  if (!ok) throw new Error('the browser did not allow copying');
}

/** "Copy link" (the URL that reproduces the view) and "Export dashboard" (one PNG of every view). */
export function HeaderActions({ dashboardName }: { dashboardName: string }) {
  const registry = useContext(ExportRegistryContext);
  const model = useModel();
  const theme = useChartTheme();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const copyLink = async () => {
    try {
      await copyText(window.location.href);
      setStatus({ text: 'Link copied: it opens the dashboard with these filters.', error: false });
    } catch (error) {
      setStatus({ text: `The link could not be copied (${error instanceof Error ? error.message : String(error)}); copy it from the address bar.`, error: true });
    }
  };

  const exportDashboard = async () => {
    setStatus({ text: 'Preparing the image…', error: false });
    try {
      const specs = VIEW_ORDER.map((id) => registry?.get(id)?.()).filter((s) => s !== undefined);
      if (!specs.length) throw new Error('no view is ready to export');
      const runner = await import('./export-run');
      // Read when asked, so the header does not re-render on every filter change.
      const filters = resolveFilters(model, useFiltersStore.getState());
      const summary = describeFilters(model, filters, { types: true, measure: true });
      const name = await runner.downloadDashboard(specs, summary, { countries: filters.countries, from: filters.fromIso, to: filters.toIso }, { theme, dashboardName, exportedOn: formatToday() });
      setStatus({ text: `Saved ${name}`, error: false });
    } catch (error) {
      setStatus({ text: `The image could not be made: ${error instanceof Error ? error.message : String(error)}`, error: true });
    }
  };

  return (
    <div className="app-header__actions">
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <button type="button" onClick={() => void exportDashboard()}>
        Export dashboard
      </button>
      <span className={status?.error ? 'export-status export-status--error' : 'export-status'} role="status" aria-live="polite">
        {status?.text}
      </span>
    </div>
  );
}
