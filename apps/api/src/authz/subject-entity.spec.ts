import { Customer } from '../customers/entities/customer.entity';
import { Lead } from '../leads/entities/lead.entity';
import { columnsOfEntity, entityOfSubject } from './subject-entity';

describe('subject columns from entity metadata', () => {
  it('knows which entity holds customers and leads', () => {
    expect(entityOfSubject('Customer')).toBe(Customer);
    expect(entityOfSubject('Lead')).toBe(Lead);
    expect(entityOfSubject('Report')).toBeUndefined();
  });

  it('maps the owned-record columns a subject inherits, as properties or table columns', () => {
    expect(columnsOfEntity(Customer, 'c', 'property')).toMatchObject({
      id: 'c.id',
      ownerId: 'c.ownerId',
      teamId: 'c.teamId',
      dealerOrgId: 'c.dealerOrgId',
      sharedWithTeam: 'c.sharedWithTeam',
    });
    expect(columnsOfEntity(Lead, 'pl', 'table')).toMatchObject({
      id: 'pl.id',
      ownerId: 'pl.owner_id',
      teamId: 'pl.team_id',
      dealerOrgId: 'pl.dealer_org_id',
      sharedWithTeam: 'pl.shared_with_team',
      createdById: 'pl.created_by_id',
      convertedCustomerId: 'pl.converted_customer_id',
    });
  });

  it('maps no relation or unknown property', () => {
    const columns = columnsOfEntity(Customer, 'c', 'table');
    expect(columns.owner).toBeUndefined();
    expect(columns.secret).toBeUndefined();
  });
});
