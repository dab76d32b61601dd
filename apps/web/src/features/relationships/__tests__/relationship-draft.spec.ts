import {
  otherKindFor,
  percentageString,
  toCreateRelationship,
  toDetailValues,
  toUpdateRelationship,
  typeFitsCentre,
} from '../relationship-draft';
import {
  ACME,
  BLUE_SKY,
  employmentEdge,
  employmentType,
  familyType,
  holdingEdge,
  holdingType,
  WANG,
} from './fixtures';

describe('a relationship form as API requests', () => {
  it('posts an outgoing relationship from this customer to the other', () => {
    expect(
      toCreateRelationship(
        ACME,
        { typeId: holdingType.id, otherId: BLUE_SKY, direction: 'outgoing', percentage: 60 },
        holdingType,
      ),
    ).toEqual({
      fromId: ACME,
      body: { typeId: holdingType.id, toId: BLUE_SKY, percentage: '60.00' },
    });
  });

  it('posts an incoming relationship from the other customer back to this one', () => {
    expect(
      toCreateRelationship(
        BLUE_SKY,
        { typeId: holdingType.id, otherId: ACME, direction: 'incoming', percentage: 12.5 },
        holdingType,
      ),
    ).toEqual({
      fromId: ACME,
      body: { typeId: holdingType.id, toId: BLUE_SKY, percentage: '12.50' },
    });
  });

  it('sends only the details the type has, trimmed, and empty ones as null', () => {
    expect(
      toCreateRelationship(
        WANG,
        {
          typeId: employmentType.id,
          otherId: BLUE_SKY,
          direction: 'outgoing',
          percentage: 50,
          title: '  财务总监 ',
          startsOn: '2020-03-01',
        },
        employmentType,
      ).body,
    ).toEqual({
      typeId: employmentType.id,
      toId: BLUE_SKY,
      title: '财务总监',
      startsOn: '2020-03-01',
      endsOn: null,
    });
    expect(toUpdateRelationship(holdingType, { percentage: null })).toEqual({ percentage: null });
    expect(toUpdateRelationship(employmentType, { title: ' ' })).toEqual({
      title: null,
      startsOn: null,
      endsOn: null,
    });
  });

  it('has no direction for a symmetric type', () => {
    expect(
      toCreateRelationship(
        WANG,
        { typeId: familyType.id, otherId: ACME, direction: 'incoming' },
        familyType,
      ).fromId,
    ).toBe(WANG);
  });

  it('writes shares with two decimals', () => {
    expect(percentageString(60)).toBe('60.00');
    expect(percentageString(33.333)).toBe('33.33');
  });

  it('reads an edge back into the form', () => {
    expect(toDetailValues(holdingEdge())).toEqual({
      percentage: 60,
      title: undefined,
      startsOn: undefined,
      endsOn: undefined,
    });
    expect(toDetailValues(employmentEdge)).toMatchObject({
      percentage: null,
      title: '财务总监',
      startsOn: '2020-03-01',
    });
  });
});

describe('which relationship types fit this customer', () => {
  it('offers employment to a person as the employee and to a company as the employer', () => {
    expect(typeFitsCentre(employmentType, 'person', 'outgoing')).toBe(true);
    expect(typeFitsCentre(employmentType, 'company', 'outgoing')).toBe(false);
    expect(typeFitsCentre(employmentType, 'company', 'incoming')).toBe(true);
    expect(typeFitsCentre(employmentType, 'person', 'incoming')).toBe(false);
  });

  it('asks for the kind the other end needs, or any kind', () => {
    expect(otherKindFor(employmentType, 'outgoing')).toBe('company');
    expect(otherKindFor(employmentType, 'incoming')).toBe('person');
    expect(otherKindFor(holdingType, 'incoming')).toBeNull();
    expect(otherKindFor(familyType, 'incoming')).toBe('person');
  });
});
