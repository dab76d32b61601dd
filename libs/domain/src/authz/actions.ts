export const ACTIONS = [
  'manage',
  'create',
  'read',
  'update',
  'delete',
  'restore',
  'export',
  'import',
  'reassign',
  'merge',
] as const;

export type Action = (typeof ACTIONS)[number];

/** Every action that changes data: an API key with only a read scope gets none of them. */
export const WRITE_ACTIONS: readonly Action[] = [
  'create',
  'update',
  'delete',
  'restore',
  'import',
  'reassign',
  'merge',
];
