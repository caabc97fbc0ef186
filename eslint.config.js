import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactRefresh from 'eslint-plugin-react-refresh';

/** Pure domain folders: no React, MUI, Monaco, features or app (STYLE.md, "Layout"). */
const DOMAIN_FOLDERS = [
  'core',
  'jwt',
  'keys',
  'encoding',
  'audit',
  'rotation',
  'attacks',
  'jwe',
  'snippets',
  'workers',
];

/**
 * Within the domain, imports flow one way: core (the error model, the algorithm table) and encoding at
 * the bottom, then keys, then jwt, then the domains built on them. Each folder lists what lies above it.
 */
const ABOVE = {
  core: [
    '@/encoding/*',
    '@/keys/*',
    '@/jwt/*',
    '@/audit/*',
    '@/rotation/*',
    '@/attacks/*',
    '@/jwe/*',
    '@/workers/*',
  ],
  encoding: ['@/keys/*', '@/jwt/*', '@/audit/*', '@/rotation/*', '@/attacks/*', '@/jwe/*', '@/workers/*'],
  keys: ['@/jwt/*', '@/audit/*', '@/rotation/*', '@/attacks/*', '@/jwe/*', '@/workers/*'],
  jwt: ['@/audit/*', '@/rotation/*', '@/attacks/*', '@/jwe/*', '@/workers/*'],
};
const UI_PACKAGES = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@mui/*',
  '@emotion/*',
  'monaco-editor',
  'monaco-editor/*',
];

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness comes from crypto.getRandomValues only.' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/{app,features,components}/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
    },
  },
  // Imports flow one way: domain → components → features → app.
  ...DOMAIN_FOLDERS.map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': restrict([
        { group: UI_PACKAGES, message: 'Domain modules stay pure TypeScript: no React, MUI or Monaco.' },
        { group: ['@/features/*', '@/app/*', '@/components/*'], message: 'Domain modules never import UI.' },
        ...(ABOVE[folder]
          ? [
              {
                group: ABOVE[folder],
                message: `src/${folder} sits below these folders: imports flow one way.`,
              },
            ]
          : []),
      ]),
    },
  })),
  {
    // Features never import the app shell, each other (bulletproof-react's rule; inside a feature use
    // relative imports), or Monaco (only src/components/code-editor does).
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['@/app/*'], message: 'Features never import the app shell.' },
        { group: ['@/features/*', '../../features/*'], message: 'Features never import each other.' },
        {
          group: ['monaco-editor', 'monaco-editor/*'],
          message: 'Only src/components/code-editor imports Monaco.',
        },
      ]),
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/lib/**/*.ts', 'src/components/**/*.{ts,tsx}'],
    ignores: ['src/components/code-editor/**', 'src/app/routes.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@/features/*'],
          message: 'Shared code never imports features (only the route table does, lazily).',
        },
        {
          group: ['monaco-editor', 'monaco-editor/*'],
          message: 'Only src/components/code-editor imports Monaco.',
        },
      ]),
    },
  },
  {
    // Tests may assert that a fixture exists with `!`: a missing one fails the test loudly anyway.
    files: ['src/**/*.test.ts', 'src/test-support/**', 'e2e/**/*.ts', 'scripts/**/*'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
