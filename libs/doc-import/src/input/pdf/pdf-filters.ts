import { inflateSync, unzlibSync } from 'fflate';
import { isName, type PdfDict, type PdfValue } from './pdf-lexer';

export class UnsupportedFilterError extends Error {}

function names(v: PdfValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.filter((x) => isName(x)).map((x) => (x as { name: string }).name);
  return isName(v) ? [v.name] : [];
}

/** Decodes a stream's bytes through its /Filter chain (Flate, ASCIIHex, ASCII85). */
export function decodeStream(dict: PdfDict, raw: Uint8Array): Uint8Array {
  let data = raw;
  for (const filter of names(dict.map['Filter'])) {
    switch (filter) {
      case 'FlateDecode':
      case 'Fl':
        data = inflate(data);
        break;
      case 'ASCIIHexDecode':
      case 'AHx':
        data = asciiHex(data);
        break;
      case 'ASCII85Decode':
      case 'A85':
        data = ascii85(data);
        break;
      default:
        throw new UnsupportedFilterError(filter);
    }
  }
  return data;
}

// Many producers write slightly broken zlib data (bad checksum, missing end): retry raw.
function inflate(data: Uint8Array): Uint8Array {
  try {
    return unzlibSync(data);
  } catch {
    try {
      return inflateSync(data.subarray(2));
    } catch {
      return inflateSync(data);
    }
  }
}

function asciiHex(data: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(data).split('>')[0].replace(/[^0-9a-fA-F]/g, '');
  const out = new Uint8Array(Math.ceil(text.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2).padEnd(2, '0'), 16);
  return out;
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(data).replace(/^<~/, '').split('~>')[0].replace(/\s/g, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number): void => {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (group[k] ?? 84);
    for (let k = 0; k < count - 1; k++) out.push((value >>> (24 - 8 * k)) & 0xff);
  };
  for (const ch of text) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    group.push(ch.charCodeAt(0) - 33);
    if (group.length === 5) {
      flush(5);
      group = [];
    }
  }
  if (group.length) flush(group.length);
  return Uint8Array.from(out);
}
