import type { Plugin } from 'vite';

/** Where `wxt/browser` points once the @wxt-dev/webextension-polyfill module has aliased it. */
const POLYFILL_BROWSER = '@wxt-dev/webextension-polyfill/browser';
const NATIVE_BROWSER = '\0kehrseite-native-browser';
/** WXT's wrapper around a content script's `main` (node_modules/wxt/dist/virtual), as WXT resolves it. */
const WXT_CONTENT_ENTRY = '\0virtual:wxt-content-script-isolated-world-entrypoint?';

/**
 * The content script runs on every matched page, so it is started bare. It gets the browser's own extension API instead
 * of webextension-polyfill (and so does WXT's content-script runtime, which imports `wxt/browser` too):
 * starting the polyfill cost 1.5-2.5 ms of main thread on every page, a third of a silent page's cost,
 * for nothing the content script needs. What it calls (runtime.sendMessage, runtime.onMessage with
 * sendResponse, storage.local, runtime.getURL, i18n) returns Promises or works the same natively in
 * Chrome's MV3 `chrome` and Firefox's `browser`; its messages stay typed by utils/messaging.ts. Every
 * other part of the extension keeps the polyfill. WXT builds each content script on its own, as a
 * library with that entry, so the plugin knows which build it is in.
 *
 * And `main` is called directly, without WXT's ContentScriptContext (0.7-1 ms more): the controller
 * keeps its own lifetime (entrypoints/content/lifetime.ts), and the context announced every start to
 * the page with a DOM event named after the extension's id, which a page could listen for to tell that
 * Kehrseite is installed. No WXT runtime plugin is configured, so there is none to initialise.
 */
export function contentScriptApiPlugin(): Plugin {
  let contentScript = false;
  return {
    name: 'kehrseite-content-script-api',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      contentScript = JSON.stringify(entry ?? '').includes('entrypoints/content/');
    },
    resolveId: (source) => (contentScript && source === POLYFILL_BROWSER ? NATIVE_BROWSER : null),
    load(id) {
      // WXT's own choice without the polyfill (@wxt-dev/browser): Firefox's `browser`, else Chrome's `chrome`.
      if (id === NATIVE_BROWSER)
        return 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;';
      if (!contentScript || !id.startsWith(WXT_CONTENT_ENTRY)) return null;
      const entry = JSON.stringify(id.slice(WXT_CONTENT_ENTRY.length));
      return `import definition from ${entry};\nexport default definition.main();`;
    },
  };
}
