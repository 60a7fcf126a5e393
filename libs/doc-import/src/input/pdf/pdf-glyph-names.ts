// Glyph name → Unicode for simple fonts with /Differences: "uni1EA1", "u1EA1", the
// ASCII names, and accented letters spelled as base + accent words ("ocircumflexacute").

const ASCII_NAMES: Record<string, string> = {
  space: ' ', exclam: '!', quotedbl: '"', numbersign: '#', dollar: '$', percent: '%', ampersand: '&',
  quotesingle: "'", quoteright: '’', quoteleft: '‘', parenleft: '(', parenright: ')', asterisk: '*',
  plus: '+', comma: ',', hyphen: '-', period: '.', slash: '/', zero: '0', one: '1', two: '2',
  three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', colon: ':',
  semicolon: ';', less: '<', equal: '=', greater: '>', question: '?', at: '@', bracketleft: '[',
  backslash: '\\', bracketright: ']', asciicircum: '^', underscore: '_', grave: '`', braceleft: '{',
  bar: '|', braceright: '}', asciitilde: '~', bullet: '•', endash: '–', emdash: '—',
  quotedblleft: '“', quotedblright: '”', ellipsis: '…', nbspace: ' ', dcroat: 'đ', Dcroat: 'Đ',
  dong: '₫', minus: '−', section: '§', degree: '°', guillemotleft: '«', guillemotright: '»',
};
const ACCENTS: [string, string][] = [
  ['circumflex', '\u0302'], ['breve', '\u0306'], ['horn', '\u031b'], ['grave', '\u0300'],
  ['acute', '\u0301'], ['tilde', '\u0303'], ['hookabove', '\u0309'], ['dotbelow', '\u0323'],
  ['dieresis', '\u0308'], ['ring', '\u030a'], ['cedilla', '\u0327'], ['caron', '\u030c'],
  ['macron', '\u0304'],
];

export function glyphNameToUnicode(name: string): string | null {
  if (ASCII_NAMES[name] !== undefined) return ASCII_NAMES[name];
  const base = name.split('.')[0].split('_')[0];
  if (ASCII_NAMES[base] !== undefined) return ASCII_NAMES[base];
  let m = /^uni([0-9A-Fa-f]{4,})$/.exec(base);
  if (m) {
    let out = '';
    for (let i = 0; i + 4 <= m[1].length; i += 4) out += String.fromCharCode(parseInt(m[1].slice(i, i + 4), 16));
    return out;
  }
  m = /^u([0-9A-Fa-f]{4,6})$/.exec(base);
  if (m) return String.fromCodePoint(parseInt(m[1], 16));
  if (/^[A-Za-z]$/.test(base)) return base;
  m = /^([A-Za-z])((?:circumflex|breve|horn|grave|acute|tilde|hookabove|dotbelow|dieresis|ring|cedilla|caron|macron)+)(comb)?$/.exec(base);
  if (m) {
    let rest = m[2];
    let out = m[1];
    while (rest) {
      const hit = ACCENTS.find(([word]) => rest.startsWith(word));
      if (!hit) return null;
      out += hit[1];
      rest = rest.slice(hit[0].length);
    }
    return out.normalize('NFC');
  }
  const comb = /^(grave|acute|tilde|hookabove|dotbelow)comb$/.exec(base);
  if (comb) return ACCENTS.find(([w]) => w === comb[1])?.[1] ?? null;
  return null;
}

/** WinAnsiEncoding (PDF Annex D): Windows-1252 with the undefined slots left empty. */
export function winAnsi(code: number): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  if (code >= 0x80 && code <= 0x9f) return high[code - 0x80];
  return String.fromCharCode(code);
}
