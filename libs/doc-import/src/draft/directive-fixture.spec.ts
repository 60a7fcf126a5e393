import * as fs from 'node:fs';
import * as path from 'node:path';
import { directiveFixtureSchema, fixtureToDraft } from './directive-fixture';

const fixture = directiveFixtureSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../infra/seed/directive.907-UBND-NV.json'), 'utf8')),
);
const tree = [
  {
    id: 'ubnd-tinh',
    groups: [],
    children: [
      { id: 'so-noi-vu', groups: ['provincial-sectors'], children: [] },
      { id: 'ubnd-huyen-a-luoi', groups: ['district-people-committees'], children: [] },
      { id: 'other', groups: ['provincial-people-committees'], children: [] },
    ],
  },
];

describe('the 907/UBND-NV fixture', () => {
  it('mirrors the letter: six standing monthly tasks for every addressed unit', () => {
    const { draft, rebased } = fixtureToDraft(fixture, tree);
    expect(rebased).toBe(false);
    expect(draft).toMatchObject({ number: '907/UBND-NV', date: '2022-01-25', issuerUnitId: 'ubnd-tinh' });
    expect(draft.tasks.map((t) => t.itemRef)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(draft.tasks[0].leadUnitIds).toEqual(['so-noi-vu', 'ubnd-huyen-a-luoi']);
    expect(draft.tasks[0].deadline).toEqual({ every: 'month', dueDay: 25, from: '2022-01-25', until: '2022-12-31' });
  });

  it('moves an ended recurrence to the twelve months after the given date', () => {
    const { draft, rebased } = fixtureToDraft(fixture, tree, { rebaseTo: new Date('2026-12-26T10:00:00Z') });
    expect(rebased).toBe(true);
    expect(draft.tasks[0].deadline).toEqual({ every: 'month', dueDay: 25, from: '2027-01-01', until: '2027-12-31' });
  });
});
