import { childElements, findAll, firstChild, type XmlElement } from './xml-lite';

interface Level {
  start: number;
  format: string;
  text: string;
}

// Word keeps automatic list numbers out of the text ("1.", "a)"); the outline parser
// needs them, so they are recomputed from numbering.xml as Word would display them.
export class DocxNumbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly numToAbstract = new Map<string, string>();
  private readonly startOverrides = new Map<string, Map<number, number>>();
  private readonly counters = new Map<string, number[]>();
  private readonly styleNum = new Map<string, { numId: string; ilvl: number }>();

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    if (numbering) {
      for (const abs of findAll(numbering, 'w:abstractNum')) {
        const levels = new Map<number, Level>();
        for (const lvl of childElements(abs, 'w:lvl')) {
          levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), {
            start: Number(firstChild(lvl, 'w:start')?.attrs['w:val'] ?? 1),
            format: firstChild(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
            text: firstChild(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
          });
        }
        this.abstractLevels.set(abs.attrs['w:abstractNumId'] ?? '', levels);
      }
      for (const num of findAll(numbering, 'w:num')) {
        const id = num.attrs['w:numId'] ?? '';
        this.numToAbstract.set(id, firstChild(num, 'w:abstractNumId')?.attrs['w:val'] ?? '');
        const overrides = new Map<number, number>();
        for (const o of childElements(num, 'w:lvlOverride')) {
          const s = firstChild(o, 'w:startOverride');
          if (s) overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(s.attrs['w:val'] ?? 1));
        }
        this.startOverrides.set(id, overrides);
      }
    }
    if (styles) {
      for (const style of findAll(styles, 'w:style')) {
        const numPr = findAll(style, 'w:numPr')[0];
        const numId = numPr && firstChild(numPr, 'w:numId')?.attrs['w:val'];
        if (numId) {
          this.styleNum.set(style.attrs['w:styleId'] ?? '', {
            numId,
            ilvl: Number(firstChild(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0),
          });
        }
      }
    }
  }

  /** The label Word shows before a paragraph ("2.", "a)", "-"), or null. */
  labelFor(pPr: XmlElement | undefined): string | null {
    if (!pPr) return null;
    const numPr = firstChild(pPr, 'w:numPr');
    const styleId = firstChild(pPr, 'w:pStyle')?.attrs['w:val'];
    const fromStyle = styleId ? this.styleNum.get(styleId) : undefined;
    const numId = (numPr && firstChild(numPr, 'w:numId')?.attrs['w:val']) ?? fromStyle?.numId;
    if (!numId || numId === '0') return null;
    const ilvlAttr = numPr && firstChild(numPr, 'w:ilvl')?.attrs['w:val'];
    const ilvl = ilvlAttr !== undefined ? Number(ilvlAttr) : (fromStyle?.ilvl ?? 0);
    const levels = this.abstractLevels.get(this.numToAbstract.get(numId) ?? '');
    const level = levels?.get(ilvl);
    if (!levels || !level) return null;
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return null;

    const counters = this.counters.get(numId) ?? [];
    const startOf = (l: number): number => this.startOverrides.get(numId)?.get(l) ?? levels.get(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) counters[deeper] = undefined as unknown as number;
    this.counters.set(numId, counters);

    return level.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      const value = counters[l] ?? startOf(l);
      return formatNumber(value, levels.get(l)?.format ?? 'decimal');
    });
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

// Vietnamese lists letter a, b, c, d, đ, e …: Word's "lowerLetter" has no đ, so follow Word.
function letter(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26));
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
