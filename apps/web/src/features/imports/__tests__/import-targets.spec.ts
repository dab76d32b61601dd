import { IMPORT_TARGETS, type ImportTarget } from '../import-targets';

const targets = Object.keys(IMPORT_TARGETS) as ImportTarget[];

describe('import targets', () => {
  it.each(targets)('%s: the required fields are fields the mapping step offers', (target) => {
    const spec = IMPORT_TARGETS[target];
    expect(spec.target).toBe(target);
    expect(spec.required.length).toBeGreaterThan(0);
    for (const field of spec.required) expect(spec.fields).toContain(field);
  });

  it.each(targets)(
    '%s: the wizard lives under its list, and uploads to its own endpoint',
    (target) => {
      const spec = IMPORT_TARGETS[target];
      expect(spec.wizardPath).toBe(`${spec.listPath}/import`);
      expect(spec.uploadPath).toBe(`/api/v1/imports/${target}`);
    },
  );

  it('suggests lead fields, the owner included, from a lead sheet’s Chinese headers', () => {
    expect(IMPORT_TARGETS.leads.suggestMapping(['姓名', '公司', '负责人', '客户分级'])).toEqual([
      'name',
      'company',
      'owner',
      null,
    ]);
  });

  it('suggests customer fields, the owner included, from a customer sheet’s headers', () => {
    expect(IMPORT_TARGETS.customers.suggestMapping(['客户名称', '客户分级', '客户负责人'])).toEqual(
      ['name', 'tier', 'owner'],
    );
  });
});
