import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.data/**',
      '.nx/**',
      'libs/contracts/src/generated/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:domain',
              onlyDependOnLibsWithTags: ['scope:domain'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'react',
                'react-dom',
                'antd',
                'fastify',
              ],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'fastify'],
            },
            {
              sourceTag: 'scope:backend',
              onlyDependOnLibsWithTags: ['scope:domain'],
            },
            {
              sourceTag: 'scope:frontend',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'fastify'],
            },
            {
              sourceTag: 'scope:e2e',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:domain'],
            },
          ],
        },
      ],
    },
  },
  {
    // Nest wires classes through decorators; these rules misread that style.
    files: ['apps/api/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Layering: only the data layer talks to TypeORM. Services, controllers and the rest
    // reach the database through repositories and database/ (TransactionRunner for
    // transactions, database-errors for refused statements). `import type` stays allowed:
    // repository methods take the caller's EntityManager to join its transaction.
    // Exempt, as they are the data layer or run outside the application:
    //   *.repository.ts            queries
    //   entities/, *.entity.ts     TypeORM's decorators declare the tables
    //   database/                  connection, transactions, migrations, error recognition
    //   cli/                       commands that drive TypeORM directly (migration generator)
    //   *.spec.ts                  unit tests build TypeORM errors and metadata to test with
    // (apps/api/test/ is outside src and not matched: the e2e tests query the database.)
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/**/*.repository.ts',
      'apps/api/src/**/entities/**',
      'apps/api/src/**/*.entity.ts',
      'apps/api/src/database/**',
      'apps/api/src/cli/**',
      'apps/api/src/**/*.spec.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message: 'Query in a repository; transactions and database errors are in database/.',
              allowTypeImports: true,
            },
            {
              name: '@nestjs/typeorm',
              importNames: ['InjectDataSource', 'InjectEntityManager', 'InjectRepository'],
              message: 'Inject a repository, or TransactionRunner from database/.',
            },
          ],
          patterns: [
            {
              group: ['typeorm/*'],
              message: 'Query in a repository; transactions and database errors are in database/.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The console reaches the API only through the generated client in @kehu/contracts.
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use the client from @kehu/contracts.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['axios', '**/apps/api/**'] }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
