import {
  type Action,
  type AppAbility,
  asSubject,
  createAbility,
  defineRulesFor,
  isRole,
  type SubjectName,
} from '@kehu/domain';
import { bearer, newUser, signIn, type Tokens } from '../../factories/auth.factory';
import type { TestApp } from '../../support/test-app';

/** Every demo account the security suites act as: each role, and a sales rep of each team. */
export const ACTOR_EMAILS = {
  admin: 'admin@kehu.local',
  sales_manager: 'manager@kehu.local',
  sales_rep_east: 'rep1@kehu.local',
  sales_rep_west: 'rep3@kehu.local',
  channel_partner: 'partner@kehu.local',
  service_agent: 'agent@kehu.local',
  marketer: 'marketer@kehu.local',
  viewer: 'viewer@kehu.local',
} as const;

export type ActorName = keyof typeof ACTOR_EMAILS;
export const ACTOR_NAMES = Object.keys(ACTOR_EMAILS) as ActorName[];

export interface Actor {
  name: ActorName;
  email: string;
  tokens: Tokens;
  /** The same rules the API applies, built from libs/domain: the matrix's oracle. */
  ability: AppAbility;
  headers: Record<string, string>;
}

export function abilityOfTokens(tokens: Tokens): AppAbility {
  return createAbility(
    defineRulesFor({
      kind: 'user',
      id: tokens.user.id,
      roles: tokens.user.roles.filter(isRole),
      teamIds: tokens.user.teamIds,
      dealerOrgId: tokens.user.dealerOrgId,
    }),
  );
}

export async function signInActors(t: TestApp): Promise<Record<ActorName, Actor>> {
  const actors = {} as Record<ActorName, Actor>;
  for (const name of ACTOR_NAMES) {
    const tokens = await signIn(t, ACTOR_EMAILS[name]);
    actors[name] = {
      name,
      email: ACTOR_EMAILS[name],
      tokens,
      ability: abilityOfTokens(tokens),
      headers: bearer(tokens),
    };
  }
  return actors;
}

/** Whether the domain rules let this actor do `action` on a record with these fields. */
/**
 * An administrator of the suite's own: its audit entries tell whether a refused call
 * wrote anything, whatever other suites do as the demo admin meanwhile.
 */
export async function ownAdmin(t: TestApp, actors: Record<ActorName, Actor>): Promise<Actor> {
  const tokens = await newUser(t, actors.admin.tokens, { roles: ['admin'] });
  return {
    ...actors.admin,
    email: tokens.email,
    tokens,
    ability: abilityOfTokens(tokens),
    headers: bearer(tokens),
  };
}

export function mayOnRecord(
  actor: Actor,
  action: Action,
  subject: SubjectName,
  record: Record<string, unknown>,
): boolean {
  return actor.ability.can(action, asSubject(subject, record));
}
