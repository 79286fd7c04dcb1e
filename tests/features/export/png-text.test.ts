import { describe, expect, it } from 'vitest';
import { addPngText, crc32, readPngText } from '../../../src/features/export/png-text';

// The smallest valid PNG: a 1 × 1 grey pixel (signature, IHDR, IDAT, IEND).
const PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('PNG text chunks', () => {
  it('computes the CRC-32 PNG uses', () => {
    // The check value of CRC-32/ISO-HDLC, and the CRC of an IEND chunk as every PNG ends with it.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes UTF-8 entries after the header and reads them back; the image data stays as it was', () => {
    const out = addPngText(PIXEL, [
      ['Title', 'Oil released from emergency stocks'],
      ['Source', 'Sources: Lynch, East-West Center (APB Series) — undated.'],
      ['Citation', '“Oil” … (accessed 1 Dec 2026).'],
    ]);
    expect(readPngText(out)).toEqual({
      Title: 'Oil released from emergency stocks',
      Source: 'Sources: Lynch, East-West Center (APB Series) — undated.',
      Citation: '“Oil” … (accessed 1 Dec 2026).',
    });
    // Signature and IHDR (33 bytes) first, then the new chunks, then the original rest.
    expect([...out.subarray(0, 33)]).toEqual([...PIXEL.subarray(0, 33)]);
    expect(new TextDecoder().decode(out.subarray(37, 41))).toBe('iTXt');
    expect([...out.subarray(out.length - (PIXEL.length - 33))]).toEqual([...PIXEL.subarray(33)]);
  });

  it('refuses a file that is not a PNG', () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), [['Title', 'x']])).toThrow('not a PNG file');
  });
});
