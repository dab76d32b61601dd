/** Where to go after signing in: only paths inside the console, never another site. */
export function safeRedirectTarget(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) {
    return '/';
  }
  return value;
}

export function loginPathFor(currentPath: string): string {
  return currentPath === '/' ? '/login' : `/login?redirect=${encodeURIComponent(currentPath)}`;
}
