import { memo, useContext, useId, useState, type ReactNode } from 'react';
import { ChartFrameContext } from '../../components/chart-frame-context';
import type { ExportSpec } from '../../components/export-spec';
import { darkTheme, lightTheme } from '../../components/theme';
import { useModel } from '../../stores/use-model';
import { formatToday } from '../../model/format';
import { citeView } from './citation';
import { copyPng, copyText } from './clipboard';
import { DownloadMenu } from './DownloadMenu';
import { EMBED_VIEW_OF_STEM, embedSnippet, embedUrl } from './embed-link';
import type { ExportThemeName, PngSize } from './png-sizes';
import { SharePanel } from './SharePanel';

/** Where exported images say they come from. */
export interface ExportActionsProps {
  getSpec: () => ExportSpec;
  dashboardName: string;
  /** The address that reproduces the view; the page's own address unless given (the embed page gives the dashboard's). */
  link?: () => string;
  /** Leaves out Embed (on the embed page itself). */
  embeddable?: boolean;
  /** The Download menu alone, without Copy image, Cite and Embed (the embed page: at most one menu). */
  menuOnly?: boolean;
}

type Panel = { kind: 'cite' | 'embed' | 'alt'; text: string; note: string } | null;
const PANEL_LABELS = { cite: 'Citation', embed: 'Embed code', alt: 'Alt text' } as const;

const loadRunner = () => import('./export-run');
/** What the embed page adds around the figure (its padding; the figure's footer holds the sources and the link back), for the iframe's first height. */
const EMBED_CHROME_HEIGHT = 16;
const pageLink = () => window.location.href;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The citation of the view, or the code that embeds it at about the height it has on the screen. */
function shareText(kind: 'cite' | 'embed', spec: ExportSpec, ctx: { dashboardName: string; version: string; link: string; exportedOn: string }, height: number) {
  return kind === 'cite'
    ? citeView({ dashboardName: ctx.dashboardName, version: ctx.version, title: spec.title, filters: spec.filters, link: ctx.link, accessed: ctx.exportedOn })
    : embedSnippet(embedUrl(EMBED_VIEW_OF_STEM[spec.stem] ?? spec.stem, ctx.link), `${spec.title} — ${ctx.dashboardName}`, Math.max(360, Math.min(1000, height + EMBED_CHROME_HEIGHT)));
}

/** Copy image, Cite and Embed beside the Download menu; Cite and Embed say whether their panel is open. */
function ShareButtons({ open, panelId, embeddable, onCopy, onToggle }: { open: Panel; panelId: string; embeddable: boolean; onCopy: () => void; onToggle: (kind: 'cite' | 'embed') => void }) {
  const toggle = (kind: 'cite' | 'embed') => (
    <button type="button" aria-expanded={open?.kind === kind} aria-controls={open?.kind === kind ? panelId : undefined} onClick={() => onToggle(kind)}>
      {kind === 'cite' ? 'Cite' : 'Embed'}
    </button>
  );
  return (
    <>
      <button type="button" onClick={onCopy}>
        Copy image
      </button>
      {toggle('cite')}
      {embeddable && toggle('embed')}
    </>
  );
}

/**
 * One view's export actions: the Download menu (PNG in four sizes, SVG, CSV), Copy image, Cite and
 * Embed (a view with nothing to show has none: its frame keeps only the sentence that says why).
 * The images are light unless the reader picks dark in the menu, whatever the screen's scheme.
 */
export const ExportActions = memo(function ExportActions({ getSpec, dashboardName, link = pageLink, embeddable = true, menuOnly = false }: ExportActionsProps) {
  const [themeName, setThemeName] = useState<ExportThemeName>('light');
  const theme = themeName === 'dark' ? darkTheme : lightTheme;
  const model = useModel();
  const frame = useContext(ChartFrameContext);
  const panelId = useId();
  const [size, setSize] = useState<PngSize>('screen');
  const [status, setStatus] = useState<{ text: string; error: boolean; offer?: ReactNode } | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const context = () => ({ theme, dashboardName, version: model.dataset.meta.version, link: link(), exportedOn: formatToday() });
  const spec = (): ExportSpec => {
    const own = getSpec();
    return { ...own, description: own.description ?? frame.description ?? undefined };
  };
  const box = () => {
    const rect = anchor?.closest('figure')?.getBoundingClientRect();
    return { width: rect?.width || 800, height: rect?.height || 600 };
  };

  const download = async (kind: 'png' | 'svg' | 'csv') => {
    setStatus({ text: 'Preparing the file…', error: false });
    try {
      const runner = await loadRunner();
      const current = spec();
      const name =
        kind === 'png'
          ? await runner.downloadPng(current, box(), size, context())
          : kind === 'svg'
            ? await runner.downloadSvg(current, box(), size, context())
            : runner.downloadCsv(current);
      setStatus({ text: `Saved ${name}`, error: false });
    } catch (error) {
      setStatus({ text: `The file could not be made: ${message(error)}`, error: true });
    }
  };

  const copyImage = async () => {
    const current = spec();
    setStatus({ text: 'Drawing the image…', error: false });
    try {
      const runner = loadRunner();
      await copyPng(runner.then((r) => r.renderPng(current, box(), size, context())).then((png) => png.blob));
      setStatus({ text: 'Image copied: paste it into a slide or a document.', error: false });
      setPanel({ kind: 'alt', text: (await runner).descriptionOf(current), note: 'Suggested alt text for the image.' });
    } catch (error) {
      setStatus({
        text: `The image could not be copied (${message(error)}).`,
        error: true,
        offer: (
          <button type="button" onClick={() => void download('png')}>
            Download PNG instead
          </button>
        ),
      });
    }
  };

  const share = async (kind: 'cite' | 'embed') => {
    const current = spec();
    const ctx = context();
    const text = shareText(kind, current, ctx, box().height);
    const what = PANEL_LABELS[kind];
    let note: string;
    try {
      await copyText(text);
      note = `${what} copied to the clipboard.`;
    } catch (error) {
      note = `${what} not copied (${message(error)}): select it and copy it.`;
    }
    setStatus(null);
    setPanel({ kind, text, note });
  };

  const toggle = (kind: 'cite' | 'embed') => (panel?.kind === kind ? setPanel(null) : void share(kind));

  return (
    <div className="export-actions" ref={setAnchor}>
      <DownloadMenu
        size={size}
        onSize={setSize}
        theme={themeName}
        onTheme={setThemeName}
        onDownload={(kind) => void download(kind)}
      />
      {!menuOnly && <ShareButtons open={panel} panelId={panelId} embeddable={embeddable} onCopy={() => void copyImage()} onToggle={toggle} />}
      <span className={status?.error ? 'export-status export-status--error' : 'export-status'} role="status" aria-live="polite">
        {status?.text}
      </span>
      {status?.offer}
      {panel && <SharePanel id={panelId} label={PANEL_LABELS[panel.kind]} text={panel.text} note={panel.note} onClose={() => setPanel(null)} />}
    </div>
  );
});
