import js from '@eslint/js'
import { builtinModules } from 'node:module'
import reactHooks from 'eslint-plugin-react-hooks'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The boundary between the core and the renderer (issue 19): the renderer reaches the core only through
// electron/core/shared (browser-safe: no Node, nothing outside shared), and through the contract at run time.
// Tests are exempt on both sides: vitest runs them in Node and tsconfig.web.json excludes them, so they never
// reach the browser bundle, and a renderer test that drives a real core (document-session.test.ts) needs it.
const NODE_ONLY = [...builtinModules.filter((name) => !name.startsWith('_')), 'electron']
const OUTSIDE_SHARED = 'electron/core/shared is what the renderer may import: it stays browser-safe (no Node) and imports only within shared.'
const sharedBoundary = [0, 1, 2, 3, 4, 5].map((depth) => ({
  files: [`electron/core/shared/${'*/'.repeat(depth)}*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: NODE_ONLY.map((name) => ({ name, message: OUTSIDE_SHARED })),
        patterns: [
          { regex: '^node:', message: OUTSIDE_SHARED },
          { regex: `^(\\.\\./){${depth + 1}}`, message: OUTSIDE_SHARED },
          { regex: '^@core/(?!shared/)', message: OUTSIDE_SHARED }
        ]
      }
    ]
  }
}))

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '../shared/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    // A pattern that can backtrack super-linearly is a way to stall the app with a crafted file (issue 17):
    // write a scan instead, or disable the rule on that line saying why its input is bounded.
    files: ['**/*.{ts,tsx,js}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error'
    }
  },
  {
    files: ['electron/**/*.ts', 'packaging/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}', 'bin/**/*.js', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@core/(?!shared/)',
              message: 'The renderer imports only @core/shared/… (browser-safe); anything else of the core is asked through the contract (client).'
            },
            {
              regex: '^(\\.\\./)+electron/(?!preload/bridge$)',
              message: 'The renderer reaches electron/ only through @core/shared/… (and the preload bridge types).'
            }
          ]
        }
      ]
    }
  },
  ...sharedBoundary
)
