import DOMPurify from 'dompurify';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const SVG_NS = 'http://www.w3.org/2000/svg';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** A url() to anything but the SVG's own ids. */
const EXTERNAL_URL = /url\(\s*['"]?\s*(?!#)/i;

/**
 * Strips from an SVG tree anything that could run or fetch (DOMPurify's SVG profile: no scripts,
 * event handlers or foreign content), and beyond it links, images, <use>, styles, and url() to
 * anything but the SVG's own ids. Sanitises in place and returns the root.
 */
export function sanitizeSvg(root: Element): Element {
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (EXTERNAL_URL.test(data.attrValue) || ((data.attrName === 'href' || data.attrName === 'xlink:href') && !data.attrValue.trim().startsWith('#'))) data.keepAttr = false;
  });
  purify.sanitize(root, {
    IN_PLACE: true,
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['a', 'image', 'use', 'style', 'foreignObject', 'animate', 'set', 'script'],
    FORBID_ATTR: ['style'],
  });
  return root;
}

/** What a file says about itself: <title>, <desc> and Dublin Core metadata. */
export interface SvgProvenance {
  title: string;
  description: string;
  sources: string;
  link: string;
  citation: string;
  publisher: string;
  /** ISO date of the export. */
  date: string;
}

/** Adds title, description, metadata and the embedded font to a sanitised SVG; text goes in as text. */
function addProvenance(svg: Element, provenance: SvgProvenance): void {
  const doc = svg.ownerDocument;
  const el = (name: string, text: string, ns = SVG_NS) => {
    const node = doc.createElementNS(ns, ns === DC_NS ? `dc:${name}` : name);
    node.textContent = text;
    return node;
  };
  const metadata = doc.createElementNS(SVG_NS, 'metadata');
  metadata.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:dc', DC_NS);
  metadata.append(
    el('title', provenance.title, DC_NS),
    el('description', provenance.description, DC_NS),
    el('source', provenance.sources, DC_NS),
    el('identifier', provenance.link, DC_NS),
    el('publisher', provenance.publisher, DC_NS),
    el('date', provenance.date, DC_NS),
    el('relation', provenance.citation, DC_NS),
  );
  svg.prepend(el('title', provenance.title), el('desc', provenance.description), metadata);
}

/**
 * Renders a React <svg> element (the same components the screen uses) to sanitised SVG markup;
 * with provenance, the file also carries its title, description and metadata.
 */
export function renderSvgString(element: ReactElement, provenance?: SvgProvenance): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => root.render(element));
    const svg = container.querySelector('svg');
    if (!svg || svg.namespaceURI !== SVG_NS) throw new Error('Nothing to export: the chart did not render an SVG.');
    const clean = sanitizeSvg(svg.cloneNode(true) as Element);
    clean.removeAttribute('xmlns');
    if (provenance) addProvenance(clean, provenance);
    const markup = new XMLSerializer().serializeToString(clean);
    // Serialisers add the namespace to an SVG element taken from an HTML page; make sure of it.
    return /^<svg[^>]*\sxmlns="/.test(markup) ? markup : markup.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  } finally {
    root.unmount();
  }
}

/**
 * Puts @font-face rules (our own font files as data URLs, never text from data) into SVG markup,
 * after the sanitiser, which allows no stylesheet.
 */
export function withFontCss(markup: string, css: string): string {
  if (!css) return markup;
  const style = `<defs><style>${css.replace(/[<>&]/g, '')}</style></defs>`;
  return markup.replace(/^(<svg[^>]*>)/, `$1${style}`);
}

/** A complete SVG file: the XML declaration and the markup. */
export function svgFile(markup: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
