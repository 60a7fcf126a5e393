import { layoutPage, type TextRun } from './pdf-layout';
import { verticalRules, type PathOps } from './pdf-rules';

// pdf.js's operator codes (OPS) and path codes, as its operator list gives them.
const OPS: PathOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  endPath: 28,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
};
const STROKE = 20;
const FILL = 22;
const [M, L, Z] = [0, 1, 4];
const path = (paint: number, ...data: number[]) => [paint, [Float32Array.from(data)], null];

describe('vertical rules drawn on a page', () => {
  it('finds vertical strokes and the sides of filled boxes, through the transforms in force, and not clipping paths', () => {
    const rules = verticalRules(
      [OPS.constructPath, OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath, OPS.constructPath],
      [
        path(STROKE, M, 100, 500, L, 100, 300), // a cell border
        [],
        [0.5, 0, 0, 0.5, 10, 20],
        path(STROKE, M, 400, 1000, L, 400, 600), // drawn at half size: x 210, y 320–520
        [],
        path(FILL, M, 300, 300, L, 300.5, 300, L, 300.5, 500, L, 300, 500, Z), // a thin filled box
        path(STROKE, M, 50, 400, L, 500, 400, L, 500, 402), // horizontal, then too short
        path(OPS.endPath, M, 0, 0, L, 0, 800), // a clip: not drawn
      ],
      OPS,
    );
    expect(rules).toEqual([
      { x: 100, y0: 300, y1: 500 },
      { x: 210, y0: 320, y1: 520 },
      { x: 300.5, y0: 300, y1: 500 },
      { x: 300, y0: 300, y1: 500 },
    ]);
  });

  it('keeps two runs with a border between them two spaces apart, and runs without one a word apart', () => {
    const run = (x: number, text: string): TextRun => ({ x, y: 400, endX: x + text.length * 6, size: 12, text });
    const runs = [run(72, 'Sở Nội vụ'), run(134, 'Hằng tháng')]; // 8 pt apart: less than 1.5 × the size
    expect(layoutPage(runs)).toEqual(['Sở Nội vụ Hằng tháng']);
    expect(layoutPage(runs, [{ x: 130, y0: 380, y1: 420 }])).toEqual(['Sở Nội vụ  Hằng tháng']);
    expect(layoutPage(runs, [{ x: 130, y0: 420, y1: 480 }])).toEqual(['Sở Nội vụ Hằng tháng']); // a border of another row
  });
});
