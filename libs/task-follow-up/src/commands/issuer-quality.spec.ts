import { carriesQualityVerdict, qualityMarkOf, withoutQualityVerdict } from './issuer-quality';

// What the follow-up records of a verdict, and the command as a worker from before verdicts
// applied it (the workflow strips the verdict when patched() says the history predates them).

describe("the issuer's quality verdict a command carries", () => {
  const at = '2026-03-16T03:00:00.000Z';
  const by = 'van-phong-ubnd-tinh.vanthu';

  it('records an approval’s verdict, and a return as an error only when the issuer marked it so', () => {
    expect(qualityMarkOf({ type: 'approveCompletion', quality: 'major-error', qualityReason: ' Sai số liệu ' }, by, at)).toEqual({
      on: 'approval',
      verdict: 'major-error',
      reason: 'Sai số liệu',
      at,
      by,
    });
    expect(qualityMarkOf({ type: 'approveCompletion', quality: 'met' }, by, at)).toMatchObject({ verdict: 'met', reason: null });
    expect(qualityMarkOf({ type: 'returnForRework', reason: 'Thiếu phụ lục', qualityError: true }, by, at)).toMatchObject({
      on: 'return',
      verdict: 'major-error',
      reason: 'Thiếu phụ lục',
    });
    expect(qualityMarkOf({ type: 'returnForRework', reason: 'Bổ sung', qualityError: false }, by, at)).toMatchObject({ verdict: 'met' });
    expect(qualityMarkOf({ type: 'returnForRework', reason: 'Bổ sung' }, by, at)).toBeUndefined();
    expect(qualityMarkOf({ type: 'approveCompletion' }, by, at)).toBeUndefined();
    expect(qualityMarkOf({ type: 'acknowledge' }, by, at)).toBeUndefined();
  });

  it('strips the verdict and nothing else', () => {
    const back = { type: 'returnForRework', reason: 'Bổ sung', newDueAt: '2026-03-30T10:00:00Z', qualityError: true } as const;
    expect(carriesQualityVerdict(back)).toBe(true);
    expect(withoutQualityVerdict(back)).toEqual({ type: 'returnForRework', reason: 'Bổ sung', newDueAt: '2026-03-30T10:00:00Z' });
    expect(withoutQualityVerdict({ type: 'approveCompletion', quality: 'met' })).toEqual({ type: 'approveCompletion' });
    expect(carriesQualityVerdict({ type: 'approveCompletion' })).toBe(false);
    expect(carriesQualityVerdict({ type: 'resume' })).toBe(false);
  });
});
