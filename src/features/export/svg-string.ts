import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const SVG_NS = 'http://www.w3.org/2000/svg';
const DROPPED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'image', 'use', 'a', 'style', 'animate', 'set']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

/**
 * Strips from an SVG tree anything that could run or fetch: scripts and other active elements,
 * event-handler attributes, links to anything but the SVG's own ids, and url() to anything else.
 */
export function sanitizeSvg(root: Element): Element {
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      if (DROPPED_ELEMENTS.has(child.localName.toLowerCase())) child.remove();
      else walk(child);
    }
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      const external = /url\(\s*['"]?(?!#)/i.test(value) || /^\s*(javascript|data|vbscript):/i.test(value);
      if (name.startsWith('on') || (URL_ATTRIBUTES.has(name) && !value.startsWith('#')) || external || name === 'style') {
        el.removeAttribute(attr.name);
      }
    }
  };
  walk(root);
  return root;
}

/** Renders a React <svg> element (the same components the screen uses) to sanitised SVG markup. */
export function renderSvgString(element: ReactElement): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => root.render(element));
    const svg = container.querySelector('svg');
    if (!svg || svg.namespaceURI !== SVG_NS) throw new Error('Nothing to export: the chart did not render an SVG.');
    const clean = sanitizeSvg(svg.cloneNode(true) as Element);
    clean.removeAttribute('xmlns');
    const markup = new XMLSerializer().serializeToString(clean);
    // Serialisers add the namespace to an SVG element taken from an HTML page; make sure of it.
    return /^<svg[^>]*\sxmlns="/.test(markup) ? markup : markup.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  } finally {
    root.unmount();
  }
}

/** A complete SVG file: the XML declaration and the markup. */
export function svgFile(markup: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
