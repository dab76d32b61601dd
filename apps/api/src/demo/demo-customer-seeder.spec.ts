import { assertDemoOwnersMayCreate, type DemoOwners } from './demo-customer-seeder';
import { demoDataset } from './demo-dataset';

const owners: DemoOwners = {
  rep1: 'u-rep1',
  rep2: 'u-rep2',
  rep3: 'u-rep3',
  manager: 'u-manager',
  partner: 'u-partner',
  teamOf: { rep1: 'east', rep2: 'east', rep3: 'west', manager: 'east', partner: null },
  dealerOrgId: 'delta',
};

const ownership = (owner: 'rep1' | 'partner') => ({
  ownerId: owners[owner],
  teamId: owners.teamOf[owner],
  dealerOrgId: owner === 'partner' ? owners.dealerOrgId : null,
});

describe('demo customers and the customer writer’s record check', () => {
  it('passes every demo customer for the owner who holds it', () => {
    const customers = demoDataset().customers.map(({ owner, createdAt: _, ...fields }) => ({
      owner,
      record: {
        ...fields,
        ...ownership(owner === 'partner' ? 'partner' : 'rep1'),
        ...(owner !== 'partner' && owner !== 'rep1'
          ? { ownerId: owners[owner], teamId: owners.teamOf[owner] }
          : {}),
      },
    }));
    expect(() => assertDemoOwnersMayCreate(owners, customers)).not.toThrow();
  });

  it('refuses a demo customer its owner could not create', () => {
    expect(() =>
      assertDemoOwnersMayCreate(owners, [
        {
          owner: 'rep1',
          record: { kind: 'person', name: 'x', ...ownership('rep1'), ownerId: 'u-rep2' },
        },
      ]),
    ).toThrow(/rep1/);
    expect(() =>
      assertDemoOwnersMayCreate(owners, [
        {
          owner: 'partner',
          record: { kind: 'company', name: 'x', creditLimit: '1', ...ownership('partner') },
        },
      ]),
    ).toThrow(/creditLimit/);
  });
});
