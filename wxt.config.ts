import { defineConfig, type UserConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './extractors/hosts';
import { articles } from './seeds';
import type { Article } from './core/types';
import { contentScriptApiPlugin } from './scripts/lib/content-script-api-plugin';
import { corpusFile } from './scripts/lib/corpus-file';
import { readerableEsmPlugin } from './scripts/lib/readerable-esm-plugin';

/** The corpus a build ships: its articles (the corpus file is built from them) and the plugins that supply them. */
export interface BuildCorpus {
  articles: readonly Article[];
  plugins: Plugin[];
}

/**
 * The extension's build configuration around its corpus: the bundled seeds here, a synthetic corpus in
 * the bench's own build (scripts/bench-build.ts), which passes its own instead, since WXT would add
 * inline plugins to these rather than replace them.
 */
export function extensionConfig(corpus: BuildCorpus = { articles, plugins: [] }): UserConfig {
  return {
    modules: ['@wxt-dev/webextension-polyfill'],
    // Explicit imports only: auto-imports would hide the layer boundaries that lint enforces.
    imports: false,
    vite: () => ({ plugins: [preact(), contentScriptApiPlugin(), readerableEsmPlugin(), ...corpus.plugins] }),
    hooks: {
      // The corpus and its prebuilt index ship as a file of the package, once per build, not as script.
      'build:publicAssets': (_wxt, files) => {
        files.push(corpusFile(corpus.articles));
      },
    },
    manifest: ({ browser }) => ({
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // The fewest permissions that work: no `tabs`, no <all_urls>. Host access is what the content
      // scripts need anyway (so the background can inject the news extractor there); any other site only
      // through activeTab (a click) or the optional permission the user grants in the settings.
      permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
      host_permissions: contentScriptMatches,
      // COMPAT(firefox): MV2 lists optional host permissions among optional_permissions.
      ...(browser === 'firefox'
        ? { optional_permissions: ['*://*/*'] }
        : { optional_host_permissions: ['*://*/*'] }),
      // connect-src 'self' is the extension's own package and nothing else: the background reads the
      // corpus file from it (utils/bundled-engine.ts); no request can leave the browser.
      content_security_policy: {
        extension_pages:
          "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:; " +
          "style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'",
      },
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        'toggle-sidebar': {
          // Alt+Shift+K: free in Chrome and Firefox, and not a screen-reader command (unlike Alt+Shift+D/A).
          suggested_key: { default: 'Alt+Shift+K', mac: 'Alt+Shift+K' },
          description: '__MSG_commandToggle__',
        },
        // COMPAT(firefox): the sidebar opens only from a user action; this is the browser's own command
        // for it. Alt+Shift+L: next to the panel's key, free in Firefox.
        ...(browser === 'firefox'
          ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L', mac: 'Alt+Shift+L' } } }
          : {}),
      },
      web_accessible_resources: [
        {
          resources: ['panel.html'],
          matches: ['<all_urls>'],
          // COMPAT(chrome): a per-session URL, so pages cannot probe for the extension.
          ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
        },
      ],
      ...(browser === 'firefox'
        ? {
            sidebar_action: {
              default_panel: 'panel.html',
              default_title: '__MSG_extName__',
              open_at_install: false,
            },
            browser_specific_settings: {
              gecko: {
                id: 'kehrseite@kehrseite.invalid',
                // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : { side_panel: { default_path: 'panel.html' } }),
    }),
    zip: {
      artifactTemplate: 'kehrseite-{{version}}-{{browser}}.zip',
      sourcesTemplate: 'kehrseite-{{version}}-sources.zip',
      // The sources zip is for the store's reviewers: code and its build, not tests or publishers' pages.
      excludeSources: [
        'tests/**',
        'test-results/**',
        '**/*.test.ts',
        '**/*.test.tsx',
        '.scratch/**',
        'docs/screenshots/**',
        '.output/**',
      ],
    },
  };
}

export default defineConfig(extensionConfig());
