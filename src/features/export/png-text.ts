/** CRC-32 (ISO-HDLC, as PNG uses) of bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * An iTXt chunk (UTF-8 text, uncompressed): keyword, a null, compression flag and method (0, 0),
 * empty language tag and translated keyword, then the text. Keywords are Latin-1, 1–79 characters.
 */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword.replace(/[^\x20-\x7e]/g, '').slice(0, 79));
  const body = encoder.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // key \0, compression flag 0, method 0, language "" \0, translated keyword "" \0
  data.set(body, key.length + 5);
  const typed = new Uint8Array(4 + data.length);
  typed.set(encoder.encode('iTXt'), 0);
  typed.set(data, 4);
  const chunk = new Uint8Array(8 + data.length + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return chunk;
}

/** Writes text entries into a PNG as iTXt chunks right after its header (IHDR). */
export function addPngText(png: Uint8Array, entries: readonly (readonly [string, string])[]): Uint8Array {
  if (SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const headerLength = new DataView(png.buffer, png.byteOffset).getUint32(8);
  const afterHeader = 8 + 8 + headerLength + 4;
  const chunks = entries.filter(([, text]) => text).map(([keyword, text]) => itxtChunk(keyword, text));
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, afterHeader), 0);
  let at = afterHeader;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(afterHeader), at);
  return out;
}

/** Reads the tEXt and iTXt entries of a PNG (keyword → text). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const out: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    const type = decoder.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (type === 'tEXt' && zero > 0) out[decoder.decode(data.subarray(0, zero))] = new TextDecoder('latin1').decode(data.subarray(zero + 1));
    if (type === 'iTXt' && zero > 0 && data[zero + 1] === 0) {
      const language = data.indexOf(0, zero + 3);
      const translated = data.indexOf(0, language + 1);
      out[decoder.decode(data.subarray(0, zero))] = decoder.decode(data.subarray(translated + 1));
    }
    at += 12 + length;
  }
  return out;
}
