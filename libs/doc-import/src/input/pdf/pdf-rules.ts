/** A vertical line drawn on the page (a table's cell border), in page space. */
export interface VerticalRule {
  x: number;
  y0: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
// pdf.js's path segment codes inside constructPath (DrawOPS).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The operator codes this reader needs (pdf.js's OPS). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/**
 * Vertical strokes and the vertical sides of filled boxes, at least `minHeight` tall: the
 * borders between a table's cells. Text laid out from positions alone cannot tell a cell
 * boundary from a wide justified space; a border drawn between two words can. Clipping
 * paths (painted with endPath) are not drawn and are left out.
 */
export function verticalRules(fnArray: number[], argsArray: unknown[][], ops: PathOps, minHeight = 6): VerticalRule[] {
  const rules: VerticalRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] ?? [];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args[0] !== ops.endPath) {
      for (const path of (args[1] as ArrayLike<number>[] | undefined) ?? []) rules.push(...verticalSegments(path, ctm, minHeight));
    }
  });
  return rules;
}

function verticalSegments(path: ArrayLike<number> | null, ctm: Matrix, minHeight: number): VerticalRule[] {
  const out: VerticalRule[] = [];
  if (!path) return out;
  let start: [number, number] | null = null;
  let at: [number, number] | null = null;
  const segment = (to: [number, number]): void => {
    if (at && Math.abs(to[0] - at[0]) < 1 && Math.abs(to[1] - at[1]) >= minHeight) {
      out.push({ x: (at[0] + to[0]) / 2, y0: Math.min(at[1], to[1]), y1: Math.max(at[1], to[1]) });
    }
    at = to;
  };
  for (let k = 0; k < path.length;) {
    const code = path[k];
    if (code === MOVE_TO) {
      at = start = apply(ctm, path[k + 1], path[k + 2]);
      k += 3;
    } else if (code === LINE_TO) {
      segment(apply(ctm, path[k + 1], path[k + 2]));
      k += 3;
    } else if (code === CURVE_TO) {
      at = apply(ctm, path[k + 5], path[k + 6]);
      k += 7;
    } else if (code === QUADRATIC_CURVE_TO) {
      at = apply(ctm, path[k + 3], path[k + 4]);
      k += 5;
    } else if (code === CLOSE_PATH) {
      if (start) segment(start);
      k += 1;
    } else break; // a code this reader does not know: keep what was read
  }
  return out;
}
