import { useContext, useId, useState } from 'react';
import { ExportRegistryContext } from '../../components/export-spec';
import { lightTheme } from '../../components/theme';
import { useModel } from '../../stores/use-model';
import { describeFilters } from '../../model/describe-filters';
import { formatToday } from '../../model/format';
import { resolveFilters } from '../../model/dataset-model';
import { useFiltersStore } from '../../stores/filters-store';
import { citeView } from './citation';
import { copyText } from './clipboard';
import { SharePanel } from './SharePanel';

const VIEW_ORDER = ['aid', 'aid-over-time', 'oil', 'milestones'];

/**
 * "Copy link" (the URL that reproduces the view), "Cite" (the dashboard as it is filtered) and
 * "Export dashboard" (one PNG of every view, in light colours, as a view's images are by default).
 */
export function HeaderActions({ dashboardName }: { dashboardName: string }) {
  const registry = useContext(ExportRegistryContext);
  const model = useModel();
  const panelId = useId();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [citation, setCitation] = useState<{ text: string; note: string } | null>(null);

  // Read when asked, so the header does not re-render on every filter change.
  const currentFilters = () => resolveFilters(model, useFiltersStore.getState());
  const summary = () => describeFilters(model, currentFilters(), { types: true, measure: true });

  const copyLink = async () => {
    try {
      await copyText(window.location.href);
      setStatus({ text: 'Link copied: it opens the dashboard with these filters.', error: false });
    } catch (error) {
      setStatus({ text: `The link could not be copied (${error instanceof Error ? error.message : String(error)}); copy it from the address bar.`, error: true });
    }
  };

  const cite = async () => {
    if (citation) {
      setCitation(null);
      return;
    }
    const text = citeView({ dashboardName, version: model.dataset.meta.version, filters: summary(), link: window.location.href, accessed: formatToday() });
    let note = 'Citation copied to the clipboard.';
    try {
      await copyText(text);
    } catch (error) {
      note = `Citation not copied (${error instanceof Error ? error.message : String(error)}): select it and copy it.`;
    }
    setStatus(null);
    setCitation({ text, note });
  };

  const exportDashboard = async () => {
    setStatus({ text: 'Preparing the image…', error: false });
    try {
      const specs = VIEW_ORDER.map((id) => registry?.get(id)?.()).filter((s) => s !== undefined);
      if (!specs.length) throw new Error('no view is ready to export');
      const runner = await import('./export-run');
      const filters = currentFilters();
      const name = await runner.downloadDashboard(
        specs,
        summary(),
        { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
        { theme: lightTheme, dashboardName, version: model.dataset.meta.version, link: window.location.href, exportedOn: formatToday() },
      );
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
      <button type="button" aria-expanded={citation !== null} aria-controls={citation ? panelId : undefined} onClick={() => void cite()}>
        Cite
      </button>
      <button type="button" onClick={() => void exportDashboard()}>
        Export dashboard
      </button>
      <span className={status?.error ? 'export-status export-status--error' : 'export-status'} role="status" aria-live="polite">
        {status?.text}
      </span>
      {citation && <SharePanel id={panelId} label="Citation of the dashboard" text={citation.text} note={citation.note} onClose={() => setCitation(null)} />}
    </div>
  );
}
