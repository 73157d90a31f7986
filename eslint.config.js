// ESLint flat config. `npm run lint` (part of `npm test`).
//
// Besides the usual recommended sets, eslint-plugin-regexp checks every
// regular expression literal: the library promises time linear in the length
// of the text, so a pattern that can backtrack or move super-linearly on
// hostile input is an error, not a warning (test/regex-safety.test.ts feeds
// each pattern its worst case at run time as well).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** Node's globals, for the plain `.mjs` scripts (TypeScript files get them from @types/node). */
const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'globalThis',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores(['dist/', 'docs/', 'coverage/', '.bench/', 'node_modules/']),
  {
    files: ['src/**/*.ts', 'test/**/*.ts', '*.config.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'eslint.config.js'],
    extends: [js.configs.recommended, tseslint.configs.recommended, regexp.configs['flat/recommended']],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    rules: {
      // linear time on any input: no pattern may backtrack or move super-linearly
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
      // `_`-prefixed names are deliberately unused (rest-destructuring to drop a key, placeholders).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The library's patterns read article text, which is Unicode: each must see code points, not
    // UTF-16 halves, so the `u` flag is required there. Not the `v` flag (require-unicode-sets-regexp):
    // the package targets ES2022 runtimes, which lack it. Tests and scripts match ASCII output
    // (`toMatch(/…/)`), where the flag changes nothing, so the rule is scoped to src/.
    files: ['src/**/*.ts'],
    rules: { 'regexp/require-unicode-regexp': 'error' },
  },
]);
