import type * as PdfJs from 'pdfjs-dist';

export type { PdfJs };

let loaded: typeof PdfJs | undefined;

/**
 * pdf.js (Mozilla's PDF reader) is an ES module; Node 24 `require`s it, but jest's own
 * module loader cannot, so it is loaded through Node's real `require` in both.
 */
export function pdfjs(): typeof PdfJs {
  if (!loaded) {
    // Node 20.16+ has getBuiltinModule but not Promise.withResolvers, which pdf.js calls first.
    if (typeof process.getBuiltinModule !== 'function' || !('withResolvers' in Promise)) {
      throw new Error(`pdf.js cần Node.js 24 (đang chạy ${process.version}; pdf.js needs Node.js 24)`);
    }
    const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
    loaded = createRequire(__filename)('pdfjs-dist/legacy/build/pdf.mjs') as typeof PdfJs;
  }
  return loaded;
}

/** Where pdf.js finds its predefined CMaps (CJK CID fonts) and the 14 standard fonts. */
export function pdfjsDataDir(name: 'cmaps' | 'standard_fonts'): string {
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  const { dirname, join } = process.getBuiltinModule('node:path') as typeof import('node:path');
  return join(dirname(createRequire(__filename).resolve('pdfjs-dist/package.json')), name) + '/';
}
