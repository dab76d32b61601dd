import type { Action, AppAbility, SubjectName } from '@kehu/domain';

/** What a page or menu item needs: the user's rules must allow `action` on `subject`. */
export interface RouteAccess {
  action: Action;
  subject: SubjectName;
}

export function canAccess(ability: AppAbility, access: RouteAccess): boolean {
  return ability.can(access.action, access.subject);
}
