import { LEAD_AUDITED_FIELDS, LEAD_EXPORTABLE_FIELDS, LEAD_FIELDS } from './lead-fields';

describe('the lead field catalogue', () => {
  it('exports the fields a person reads on a lead, not the internal ones', () => {
    expect(LEAD_EXPORTABLE_FIELDS).toEqual([
      'name',
      'company',
      'title',
      'phones',
      'emails',
      'region',
      'productInterest',
      'source',
      'campaign',
      'status',
      'score',
      'nextFollowUpAt',
      'ownerId',
      'teamId',
      'notes',
    ]);
    for (const field of ['disqualifiedReason', 'dealerOrgId', 'sharedWithTeam'] as const)
      expect(LEAD_FIELDS[field].exportable).toBe(false);
  });

  it('audits every field a person writes, ownership and sharing included', () => {
    expect([...LEAD_AUDITED_FIELDS].sort()).toEqual(
      [
        'name',
        'company',
        'title',
        'phones',
        'emails',
        'region',
        'productInterest',
        'source',
        'campaign',
        'status',
        'disqualifiedReason',
        'nextFollowUpAt',
        'score',
        'notes',
        'ownerId',
        'teamId',
        'dealerOrgId',
        'sharedWithTeam',
        'customFields',
      ].sort(),
    );
  });
});
