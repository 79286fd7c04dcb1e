/**
 * An SVG as a snapshot compares it, in Observable Plot's way (test/plot-snapshot.js): every number
 * rounded to three decimals, generated ids renumbered in order of appearance (and every reference to
 * them), one element per line. A change of a fraction of a pixel or of React's id counter is not a
 * change of the drawing; a moved mark, another colour or another label is.
 */
export function roundedSvg(markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const ids = new Map<string, string>();
  for (const el of doc.querySelectorAll('[id]')) ids.set(el.id, `id-${ids.size + 1}`);
  const round = (text: string) => text.replace(/-?\d*\.\d+(?:e[-+]?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000 || 0));
  const renumber = (text: string) => {
    let out = text;
    for (const [from, to] of ids) out = out.split(from).join(to);
    return out;
  };
  const lines: string[] = [];
  const walk = (node: Element, depth: number) => {
    const attrs = [...node.attributes].map((a) => ` ${a.name}="${renumber(round(a.value))}"`).join('');
    const text = [...node.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent ?? '').join('').trim();
    const children = [...node.children];
    const pad = '  '.repeat(depth);
    if (!children.length) {
      lines.push(`${pad}<${node.localName}${attrs}${text ? `>${text}</${node.localName}>` : ' />'}`);
      return;
    }
    lines.push(`${pad}<${node.localName}${attrs}>${text}`);
    for (const child of children) walk(child, depth + 1);
    lines.push(`${pad}</${node.localName}>`);
  };
  walk(doc.documentElement, 0);
  return `${lines.join('\n')}\n`;
}
