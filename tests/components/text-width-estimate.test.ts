import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/components/text-width';

describe('textWidth where there is no canvas, as in jsdom', () => {
  it('estimates the width from the number of characters', () => {
    expect(typeof OffscreenCanvas).toBe('undefined');
    // 5 characters × 10 px × 0.56.
    expect(textWidth('Japan', 10)).toBeCloseTo(28);
    expect(textWidth('Japan', 20, 700)).toBeCloseTo(56);
  });
});
