export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Why a password is too weak, or null when it is acceptable: long enough, more than
 * one kind of character, and not built from the user's own email name.
 */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  }
  const kinds = [/[a-z]/i, /[0-9]/, /[^a-z0-9]/i].filter((kind) => kind.test(password)).length;
  if (kinds < 2) return 'must mix at least two of letters, digits and symbols';
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    return 'must not contain the email name';
  }
  return null;
}
