// Lint: the recommended rules plus the process boundaries the design relies on.
// Each folder may import only what its process has (renderer: browser; core: Node, no Electron),
// and dangerous Electron APIs are reachable only through their one checked wrapper.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const noNode = (where) => ({
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: `${where} runs without Node: no Node built-ins.` })),
    { name: 'electron', message: `${where} must not import 'electron'; go through the API contract.` },
    { name: 'better-sqlite3', message: `${where} has no database: call the back end through the API contract.` },
  ],
  patterns: [
    { group: ['node:*'], message: `${where} runs without Node: no Node built-ins.` },
    { regex: '(^|/)electron/', message: `${where} must not import main-process code (electron/**).` },
  ],
});

const noElectron = {
  paths: [{ name: 'electron', message: "Only electron/main imports 'electron': the core runs in serve mode, the CLI and tests too." }],
  patterns: [{ regex: '(^|/)(main|preload)/', message: 'The core, serve mode and the CLI must not depend on the Electron shell.' }],
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'out/**', 'node_modules/**', 'test-output/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,cts,mts,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', noNode('The renderer')] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noNode('shared/ (used by both sides)')] },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/serve/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    // A sandboxed preload can require only 'electron': everything else must be bundled and tiny.
    files: ['electron/preload/**/*.{ts,cts}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'A sandboxed preload has no Node built-ins.' })),
            { name: 'better-sqlite3', message: 'The preload only forwards calls to the main process.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'A sandboxed preload has no Node built-ins.' },
            { regex: '(^|/)(core|serve|cli|main)/', message: 'The preload only forwards calls to the main process.' },
          ],
        },
      ],
    },
  },
  {
    // shell.openExternal can launch programs (file:, smb:, ms-* URLs): only safeOpenExternal may call it.
    files: ['electron/**/*.{ts,cts}', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='openExternal']",
          message: 'Use safeOpenExternal() from electron/main/external.ts, never shell.openExternal directly.',
        },
        {
          selector: "ObjectPattern > Property[key.name='openExternal']",
          message: 'Use safeOpenExternal() from electron/main/external.ts, never shell.openExternal directly.',
        },
      ],
    },
  },
);
