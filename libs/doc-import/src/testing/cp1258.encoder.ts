import { CP1258_HIGH } from '../input/cp1258.table';

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Encodes Vietnamese text the way Windows-1258 stores it (base letters with their
 * vowel marks precomposed, tone marks as separate bytes), to produce legacy files in specs.
 */
export function encodeCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => TONES.has(p));
    const base = parts
      .filter((p) => !TONES.has(p))
      .join('')
      .normalize('NFC');
    for (const c of [base, ...tones]) {
      const code = c.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else {
        const at = CP1258_HIGH.indexOf(c);
        out.push(at >= 0 ? 0x80 + at : 0x3f);
      }
    }
  }
  return Uint8Array.from(out);
}
