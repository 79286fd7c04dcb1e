import { describe, expect, it } from 'vitest';
import { onceByKey } from '../../src/model/once-by-key';

describe('onceByKey', () => {
  // `make` answers with a new object each time it is asked: an answer given again is the kept one.
  const cellOf = () => onceByKey((country: string, type: string) => `${country}:${type}`, (country: string, type: string) => ({ country, type }));

  it('gives the very answer it made for a key when asked again', () => {
    const of = cellOf();
    const first = of('JP', 'military');
    expect(of('JP', 'military')).toBe(first);
    expect(first).toEqual({ country: 'JP', type: 'military' });
  });

  it('makes an answer of its own for each key', () => {
    const of = cellOf();
    expect(of('KR', 'military')).toEqual({ country: 'KR', type: 'military' });
    expect(of('KR', 'military')).not.toBe(of('KR', 'financial'));
  });

  it('keeps an answer that is undefined too', () => {
    // Undefined the first time it is asked, something else after.
    const answers: (string | undefined)[] = [undefined, 'made again'];
    const of = onceByKey((key: string) => key, () => answers.shift());
    expect(of('a')).toBeUndefined();
    expect(of('a')).toBeUndefined();
    expect(of('b')).toBe('made again');
  });

  it('keeps nothing from one function to the next', () => {
    expect(cellOf()('JP', 'military')).not.toBe(cellOf()('JP', 'military'));
  });
});
