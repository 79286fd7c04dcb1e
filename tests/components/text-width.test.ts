import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/components/theme';
import { textWidth, wrapText } from '../../src/components/text-width';

// Where a canvas exists (a browser), text is measured on it: this file gives the module one before
// its first measurement. text-width-estimate.test.ts measures where there is none, as in jsdom.
const fonts: string[] = [];
class FakeCanvas {
  getContext() {
    return {
      set font(value: string) {
        fonts.push(value);
      },
      // Every character 7 px wide, a space 3 px.
      measureText: (text: string) => ({ width: [...text].reduce((w, c) => w + (c === ' ' ? 3 : 7), 0) }),
    };
  }
}
globalThis.OffscreenCanvas = FakeCanvas as unknown as typeof OffscreenCanvas;

describe('textWidth where there is a canvas', () => {
  it('measures the text in the chart font, at its size and weight', () => {
    expect(textWidth('Japan', 11)).toBe(35);
    expect(fonts.at(-1)).toBe(`400 11px ${FONT_FAMILY}`);
    expect(textWidth('Aid', 20, 700)).toBe(21);
    expect(fonts.at(-1)).toBe(`700 20px ${FONT_FAMILY}`);
  });
});

describe('wrapText', () => {
  it('breaks text by words into lines no wider than the width', () => {
    // "South Korea" is 10 × 7 + 3 = 73 px: it fits in 80, "South Korea and" (101 px) does not.
    expect(wrapText('South Korea and New Zealand', 80, 11)).toEqual(['South Korea', 'and New', 'Zealand']);
  });

  it('keeps a dash or a dot with the word before it, so no line starts with one', () => {
    // "Aid –" is 4 × 7 + 3 = 31 px; "Aid – 2022" (62 px) does not fit in 40.
    expect(wrapText('Aid – 2022 · Japan', 40, 11)).toEqual(['Aid –', '2022 ·', 'Japan']);
  });

  it('puts a word wider than the line on a line of its own', () => {
    expect(wrapText('a Netherlands b', 30, 11)).toEqual(['a', 'Netherlands', 'b']);
  });
});
