import { foldToLowerCase } from './to-half-width';

/** Zero-width spaces, soft hyphens, byte-order and direction marks pasted along with text. */
const INVISIBLE_CHARACTERS = /\p{Cf}/gu;
const WHITESPACE = /\s/u;

/**
 * The comparison key of an email address, or null when the text is not one.
 *
 * Trimmed, half-width (`＠` → `@`) and lower-cased: the local part is case-sensitive
 * in theory but no mail provider treats it so. It is an address when it has exactly
 * one `@`, a non-empty local part, and a domain with a dot between non-empty labels,
 * with no whitespace anywhere.
 *
 * Dots and `+tags` in the local part are kept: ignoring them is a Gmail rule, not an
 * email rule. On a company's own mail server `li.wei@` and `liwei@`, or `sales+cn@` and
 * `sales@`, can be different mailboxes of different people, and an email match blocks
 * the new customer, so a provider-specific guess would refuse legitimate records.
 */
export function normalizeEmail(raw: string): string | null {
  const email = foldToLowerCase(raw.replace(INVISIBLE_CHARACTERS, '')).trim();
  if (WHITESPACE.test(email)) return null;

  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return null;

  const domainStart = at + 1;
  const firstDot = email.indexOf('.', domainStart);
  if (firstDot <= domainStart) return null;
  if (email.endsWith('.') || email.includes('..', domainStart)) return null;
  return email;
}
