/** Approximate width of a text in the chart font (px), for laying out SVG text without a DOM. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
