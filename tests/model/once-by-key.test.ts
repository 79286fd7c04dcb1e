import { describe, expect, it, vi } from 'vitest';
import { onceByKey } from '../../src/model/once-by-key';

describe('onceByKey', () => {
  it('makes each key once and gives the same answer again', () => {
    const make = vi.fn((country: string, type: string) => ({ country, type }));
    const cellOf = onceByKey((country: string, type: string) => `${country}:${type}`, make);
    const first = cellOf('JP', 'military');
    expect(cellOf('JP', 'military')).toBe(first);
    expect(cellOf('KR', 'military')).toEqual({ country: 'KR', type: 'military' });
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('keeps an answer that is undefined too', () => {
    const make = vi.fn((_key: string) => undefined);
    const of = onceByKey((key: string) => key, make);
    of('a');
    of('a');
    expect(make).toHaveBeenCalledTimes(1);
  });
});
