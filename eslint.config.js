// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Page and corpus text is rendered as text only (the brief's quality bar).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent or JSX, never as markup.' },
        { property: 'outerHTML', message: 'Render text with textContent or JSX, never as markup.' },
        { property: 'insertAdjacentHTML', message: 'Render text with textContent or JSX, never as markup.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text with JSX, never as markup.',
        },
      ],
      // Dependencies point one way: entrypoints -> components/utils -> extractors -> core.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './core',
              from: ['./entrypoints', './components', './utils', './extractors', './scripts', './tests'],
              message: 'core is the pure engine: it imports nothing of the extension.',
            },
            {
              target: './extractors',
              from: ['./entrypoints', './components', './utils', './scripts'],
              message: 'extractors depend on core only.',
            },
            {
              target: './components',
              from: ['./entrypoints', './extractors'],
              message: 'components are presentational: props in, callbacks out.',
            },
            {
              target: './utils',
              from: ['./entrypoints', './components'],
              message: 'utils are shared glue below entrypoints and components.',
            },
            {
              target: './seeds',
              from: ['./entrypoints', './components', './utils', './extractors', './scripts'],
              message: 'the corpus is data: it may use core types only.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'fuse.js',
              message: 'fuse.js is used by core only (keeps it out of the content script).',
            },
          ],
        },
      ],
    },
  },
  {
    // core may import fuse.js; nothing else may.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*'],
              message: 'core is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator'],
    },
  },
  {
    files: ['entrypoints/background/**/*.ts'],
    rules: {
      // The service worker has no window or document.
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    // The e2e harness runs in Node and hands functions to the browser (page.evaluate), so both sets of globals.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);
