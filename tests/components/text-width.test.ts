import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_FAMILY } from '../../src/components/theme';

/** A fresh copy of the module, so each test decides whether a canvas exists. */
const freshModule = async () => {
  vi.resetModules();
  return import('../../src/components/text-width');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('textWidth', () => {
  it('estimates the width from the length where there is no canvas, as in jsdom', async () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    const { textWidth } = await freshModule();
    // 5 characters × 10 px × 0.56.
    expect(textWidth('Japan', 10)).toBeCloseTo(28);
  });

  it('measures the text on a canvas in the chart font where there is one', async () => {
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
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    const { textWidth, wrapText } = await freshModule();
    expect(textWidth('Japan', 11)).toBe(35);
    expect(fonts.at(-1)).toBe(`400 11px ${FONT_FAMILY}`);
    expect(textWidth('Aid', 20, 700)).toBe(21);
    expect(fonts.at(-1)).toBe(`700 20px ${FONT_FAMILY}`);
    // "South Korea" is 10 × 7 + 3 = 73 px: it fits in 80, "South Korea and" (101 px) does not.
    expect(wrapText('South Korea and New Zealand', 80, 11)).toEqual(['South Korea', 'and New', 'Zealand']);
  });
});
