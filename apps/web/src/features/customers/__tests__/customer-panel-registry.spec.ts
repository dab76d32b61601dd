import { createAbility, defineRulesFor, type Principal } from '@kehu/domain';
import type { CustomerResponse } from '../customer-types';
import {
  panelsFor,
  registerCustomerPanel,
  registeredCustomerPanels,
  type CustomerPanel,
} from '../panels/customer-panel-registry';

const Empty = () => null;

const panel = (patch: Partial<CustomerPanel>): CustomerPanel => ({
  key: 'profile',
  titleKey: 'customers.panels.profile',
  order: 10,
  slot: 'main',
  component: Empty,
  ...patch,
});

const customer = { id: 'c1', owner: null, team: null } as unknown as CustomerResponse;

const viewer: Principal = {
  kind: 'user',
  id: 'v1',
  roles: ['viewer'],
  teamIds: [],
  dealerOrgId: null,
};

describe('the customer panel registry', () => {
  const unregister: Array<() => void> = [];
  afterEach(() => unregister.splice(0).forEach((remove) => remove()));

  it('orders the panels of a slot, and a key registered again replaces its panel', () => {
    unregister.push(
      registerCustomerPanel(panel({ key: 'tickets', order: 30 })),
      registerCustomerPanel(panel({ key: 'timeline', order: 10 })),
      registerCustomerPanel(panel({ key: 'side', slot: 'aside' })),
      registerCustomerPanel(panel({ key: 'tickets', order: 5 })),
    );
    const ability = createAbility(defineRulesFor(viewer));
    expect(
      panelsFor(registeredCustomerPanels(), 'main', ability, customer).map((entry) => entry.key),
    ).toEqual(['tickets', 'timeline']);
  });

  it('shows a panel only to users its access allows', () => {
    unregister.push(
      registerCustomerPanel(
        panel({ key: 'tickets', access: { action: 'read', subject: 'Ticket' } }),
      ),
      registerCustomerPanel(
        panel({ key: 'merge', access: { action: 'merge', subject: 'Customer' } }),
      ),
      registerCustomerPanel(
        panel({ key: 'custom', access: (_ability, shown) => shown.id === 'c2' }),
      ),
    );
    const ability = createAbility(defineRulesFor(viewer));
    expect(
      panelsFor(registeredCustomerPanels(), 'main', ability, customer).map((entry) => entry.key),
    ).toEqual(['tickets']);
  });

  it('forgets a panel when it is unregistered', () => {
    const remove = registerCustomerPanel(panel({ key: 'temporary' }));
    remove();
    expect(registeredCustomerPanels().some((entry) => entry.key === 'temporary')).toBe(false);
  });
});
