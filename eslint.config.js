import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'http', 'crypto'];
const uiOnly = ['react', 'react-dom', 'react-dom/*', 'recharts'];
const adapters = ['lowdb', 'lowdb/*', 'playwright-core', '@playwright/test'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'MemberExpression[object.name="ipcRenderer"]', message: 'Only the preload talks to ipcRenderer.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' }, // Playwright fixtures declare "no dependencies" as ({}, use)
  },
  // Layering: everything but main and preload stays free of electron.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/**', 'src/preload/**'],
    rules: restrict(['electron'], 'electron belongs in src/main (and the preload) only.'),
  },
  // core is pure: no Node, no DOM, no UI, no storage or browser adapters.
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      ...restrict(
        ['electron', ...nodeOnly, ...uiOnly, ...adapters],
        'src/core and src/shared are pure TypeScript: use a port and an adapter in src/node.',
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  // The renderer reaches the library only through the typed API client.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict(
      ['electron', ...nodeOnly, ...adapters, '**/core/**', '**/node/**', '**/main/**', '**/host/**', '**/cli/**'],
      'The renderer talks to the workbench through src/renderer/src/api only.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-syntax': 'off',
      ...restrict(
        [...nodeOnly, ...uiOnly, ...adapters, '**/core/**', '**/node/**', 'zod'],
        'The sandboxed preload bundles only electron and src/shared.',
      ),
    },
  },
);
