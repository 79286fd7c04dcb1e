import { describe, expect, it } from 'vitest';
import { fontFilesFor } from '../../../src/features/export/font-embed';

const names = (text: string, weights: number[]) => fontFilesFor(text, new Set(weights)).map((f) => `${f.url.match(/noto-sans-([a-z-]+-\d{3})-normal/)?.[1]}`);

describe('the font an export embeds', () => {
  it('is only the files its text and weights need', () => {
    expect(names('Japan · US$12B – 1 Jan 2022', [400])).toEqual(['latin-400']);
    expect(names('Japan', [400, 700])).toEqual(['latin-400', 'latin-700']);
  });

  it('adds latin-ext for the names a dataset may bring (Łódź)', () => {
    expect(names('Łódź', [400, 600])).toEqual(['latin-400', 'latin-600', 'latin-ext-400', 'latin-ext-600']);
  });
});
