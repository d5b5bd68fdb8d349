// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const FUSE_ONLY_IN_CORE = {
  name: 'fuse.js',
  message: 'fuse.js is used by core only (keeps it out of the content script).',
};

/**
 * A lint zone: files under `folder` may not import from the listed top-level folders. Dependencies
 * point one way: entrypoints -> components/utils -> extractors -> core.
 */
function layer(folder, forbidden, message, { allowFuse = false, extraPatterns = [] } = {}) {
  return {
    files: [`${folder}/**/*.ts`, `${folder}/**/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: allowFuse ? [] : [FUSE_ONLY_IN_CORE],
          patterns: [{ regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message }, ...extraPatterns],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
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
      'no-restricted-imports': ['error', { paths: [FUSE_ONLY_IN_CORE] }],
    },
  },
  layer(
    'core',
    ['entrypoints', 'components', 'utils', 'extractors', 'scripts', 'tests', 'seeds'],
    'core is the pure engine: it imports nothing of the extension.',
    {
      allowFuse: true,
      extraPatterns: [
        {
          regex: '^(wxt|webextension-polyfill|preact)(/|$)',
          message: 'core is pure: no extension or UI library.',
        },
      ],
    },
  ),
  layer(
    'seeds',
    ['entrypoints', 'components', 'utils', 'extractors', 'scripts', 'tests'],
    'the corpus is data: core types only.',
  ),
  layer(
    'extractors',
    ['entrypoints', 'components', 'utils', 'scripts', 'tests'],
    'extractors depend on core only.',
  ),
  layer(
    'components',
    ['entrypoints', 'extractors'],
    'components are presentational: props in, callbacks out.',
  ),
  layer('utils', ['entrypoints', 'components'], 'utils are shared glue below entrypoints and components.'),
  // The engine's tests run it on the real corpus; the engine itself takes any corpus as a parameter.
  {
    ...layer(
      'core',
      ['entrypoints', 'components', 'utils', 'extractors', 'scripts', 'tests'],
      'core tests use the corpus only.',
      {
        allowFuse: true,
      },
    ),
    files: ['core/**/*.test.ts'],
  },
  // The extractors' tests read the saved real pages through their loader, and nothing else of tests/.
  {
    ...layer(
      'extractors',
      ['entrypoints', 'components', 'utils', 'scripts'],
      'extractor tests read the saved pages only.',
      {
        extraPatterns: [
          {
            regex: '^(\\.\\./)+tests/(?!fixtures/real/index\\.mjs$)',
            message: 'extractor tests read the saved pages through tests/fixtures/real/index.mjs only.',
          },
        ],
      },
    ),
    files: ['extractors/**/*.test.ts'],
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator'] },
  },
  {
    files: ['entrypoints/background/**/*.ts'],
    rules: {
      // The service worker has no window or document.
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    files: ['scripts/bench.ts'],
    // The benchmark's naive baseline is plain fuse.js on purpose.
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The e2e harness runs in Node and hands functions to the browser (page.evaluate), so both sets of
    // globals, and the extension APIs of the extension pages it evaluates in (`browser` in Firefox).
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
);
