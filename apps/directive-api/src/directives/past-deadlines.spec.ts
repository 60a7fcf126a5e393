import { pastDeadlineProblems } from './past-deadlines';

const task = (itemRef: string, deadline: unknown) =>
  ({ itemRef, text: 't', leadUnitIds: ['so-noi-vu'], supportUnitIds: [], deadline }) as never;

describe('deadlines already past at issue', () => {
  const now = new Date('2026-12-05T07:00:00Z');

  it('names each task whose fixed deadline or last period has passed, in Vietnamese and English', () => {
    const problems = pastDeadlineProblems(
      {
        date: '2026-12-01',
        tasks: [
          task('1', { at: '2020-03-31T17:00:00+07:00' }),
          task('2', { at: '2026-12-05T15:00:00+07:00' }),
          task('3', { every: 'month', dueDay: 25, until: '2026-12-04' }),
          task('4', { every: 'month', dueDay: 25, until: '2026-12-05' }),
          task('5', { workingDays: 3 }),
          task('6', null),
          task('7', { every: 'month', dueDay: 25, from: '2026-10-01', until: '2027-06-30' }),
        ],
      },
      now,
    );
    expect(problems).toEqual([
      'tasks.0.deadline.at: thời hạn 2020-03-31T17:00:00+07:00 đã qua, không thể giao nhiệm vụ (mục 1) (the deadline is already past)',
      'tasks.2.deadline.until: mọi kỳ báo cáo đã kết thúc (đến ngày 2026-12-04, mục 3) (every period of the duty is already over)',
      expect.stringMatching(
        /^tasks\.6\.deadline\.from: 2 kỳ đầu đã quá hạn \(kỳ tháng 10\/2026, hạn ngày \d\d\/10\/2026, mục 7\); chọn ngày bắt đầu sau hôm nay \(2 period\(s\) already past; start the duty later\)$/,
      ),
    ]);
  });

  it('finds nothing to say about a draft whose deadlines are all ahead', () => {
    expect(
      pastDeadlineProblems(
        {
          date: '2026-12-01',
          tasks: [task('1', { at: '2026-12-05T07:00:01Z' }), task('2', { every: 'month', dueDay: 25, until: '2027-12-31' })],
        },
        now,
      ),
    ).toEqual([]);
  });
});
