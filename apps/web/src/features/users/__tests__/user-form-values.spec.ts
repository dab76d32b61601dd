import type { UserResponse } from '@kehu/contracts';
import { toUpdateUserRequest, toUserChanges, type UserFormValues } from '../user-form-values';

const user: UserResponse = {
  id: 'u1',
  email: 'rep1@kehu.local',
  name: 'Rep One',
  roles: ['sales_rep'],
  teamIds: ['east'],
  dealerOrgId: null,
  locale: 'zh-CN',
  active: true,
  lastLoginAt: null,
  version: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const unchanged: UserFormValues = {
  email: user.email,
  name: user.name,
  roles: ['sales_rep'],
  teamIds: ['east'],
  locale: 'zh-CN',
  active: true,
};

describe('editing a user', () => {
  it('sends nothing when nothing changed', () => {
    expect(toUserChanges(user, unchanged)).toEqual({});
  });

  it('sends only the changed fields, and a new password only when one was typed', () => {
    expect(
      toUserChanges(user, {
        ...unchanged,
        roles: ['sales_rep', 'sales_manager'],
        teamIds: ['east'],
        active: false,
        password: 'n3w-secret',
      }),
    ).toEqual({ roles: ['sales_rep', 'sales_manager'], active: false, password: 'n3w-secret' });
  });

  it('clears the dealer org with null', () => {
    const partner = { ...user, dealerOrgId: 'delta' };
    expect(toUserChanges(partner, unchanged)).toEqual({ dealerOrgId: null });
  });

  it('keeps the stored locale and status in the PATCH body unless they changed', () => {
    expect(toUpdateUserRequest(user, { name: 'Rep 1' })).toEqual({
      locale: 'zh-CN',
      active: true,
      name: 'Rep 1',
    });
    expect(toUpdateUserRequest(user, { active: false })).toMatchObject({ active: false });
  });
});
