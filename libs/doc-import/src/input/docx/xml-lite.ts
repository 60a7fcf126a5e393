// A small XML reader for WordprocessingML: elements, attributes and text, nothing more
// (no DTDs, no namespaces resolution: Word always uses the "w:" prefix for its parts).

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITY[body] ?? whole;
  });
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const top = stack[stack.length - 1];
    if (m.index > last) {
      const text = xml.slice(last, m.index);
      if (text) top.children.push(decodeEntities(text));
    }
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      top.children.push(m[1]);
      continue;
    }
    if (!m[3]) continue; // comment, declaration, doctype
    if (m[2] === '/') {
      // Close the nearest open element of that name; tolerate stray closers.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === m[3]) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
    }
    const el: XmlElement = { name: m[3], attrs, children: [] };
    top.children.push(el);
    if (!m[5]) stack.push(el);
  }
  return root;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of childElements(el)) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}
