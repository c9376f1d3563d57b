/**
 * Text files as officers save them: UTF-8 (with or without BOM), UTF-16 from Notepad's "Unicode", or GBK
 * from older Chinese Windows. Read as UTF-8, the last two turn to mojibake that matches nothing.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How many NUL bytes fall on even and on odd offsets of the first few kilobytes. */
function nulParity(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  return { even, odd };
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // No text in UTF-8 or GBK holds a NUL; UTF-16 holds one in every ASCII character (digits, line breaks).
  const { even, odd } = nulParity(bytes);
  if (even + odd > 0) return odd >= even ? 'utf-16le' : 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030'; // a superset of GBK and GB2312
  }
}

/** The text of a file's bytes in its detected encoding, without a byte order mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes); // TextDecoder drops a leading BOM
}
