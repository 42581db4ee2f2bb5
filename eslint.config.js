// The process boundaries of docs/ARCHITECTURE.md, enforced rather than hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnlyInShell = {
  paths: [{ name: 'electron', message: 'Only main/electron/ and preload/ may import electron.' }],
};

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', 'assets'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: { 'no-restricted-imports': ['error', electronOnlyInShell] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [
            {
              group: ['**/main/**', 'main/*'],
              message: 'The renderer reaches main only through the bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'domain/ is pure.' },
            { name: 'react', message: 'domain/ is pure: no React.' },
            { name: 'dexie', message: 'domain/ is pure: no Dexie.' },
            { name: 'dexie-react-hooks', message: 'domain/ is pure: no Dexie.' },
          ],
          patterns: [
            { group: ['@mui/*', 'react-dom', 'react-dom/*'], message: 'domain/ is pure: no UI.' },
            {
              group: ['**/bridge', '**/db/**', '**/main/**'],
              message: 'domain/ is pure: no bridge or store.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    // Playwright fixtures that use no other fixture must still destructure `{}`.
    rules: { 'no-console': 'off', 'no-empty-pattern': 'off' },
  },
);
