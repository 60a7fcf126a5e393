import { draftAuditEntry } from './draft-audit';

describe('a draft in the audit trail', () => {
  const draft = {
    number: '12/UBND-NV',
    date: '2026-12-05',
    subject: 'Rà soát',
    issuerUnitId: 'ubnd-tinh',
    tasks: [{ itemRef: '1', text: 'x', leadUnitIds: ['so-noi-vu'], supportUnitIds: [], deadline: null }],
  };
  const actor = { userId: 'vp.chuyenvien', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };

  it('records who drafted what and when, with the SHA-256 of the draft, keyed by its content', () => {
    const entry = draftAuditEntry({
      directiveId: 'd1',
      draft,
      actor,
      at: '2026-12-05T07:00:00.000Z',
      action: 'directive.drafted',
      requestId: 'r1',
    });
    expect(entry).toMatchObject({
      directiveId: 'd1',
      who: 'vp.chuyenvien',
      role: 'issuer',
      unit: 'van-phong-ubnd-tinh',
      what: 'directive.drafted',
      when: '2026-12-05T07:00:00.000Z',
      requestId: 'r1',
    });
    expect(entry.details).toEqual({
      number: '12/UBND-NV',
      date: '2026-12-05',
      subject: 'Rà soát',
      issuerUnitId: 'ubnd-tinh',
      taskCount: 1,
      draftSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const edited = draftAuditEntry({
      directiveId: 'd1',
      draft: { ...draft, subject: 'Rà soát lại' },
      actor,
      at: '2026-12-05T08:00:00.000Z',
      action: 'directive.draft-edited',
    });
    expect(edited.details?.draftSha256).not.toBe(entry.details?.draftSha256);
    expect(edited.sourceId).not.toBe(entry.sourceId);
  });
});
