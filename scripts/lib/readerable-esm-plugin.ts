import type { Plugin } from 'vite';

/** Readability's readerable check, the one file of it the content script bundles (extractors/article-signals.ts). */
const READERABLE = '/@mozilla/readability/Readability-readerable.js';
/** How the file exports its function: CommonJS, guarded so that it also loads as a plain script. */
const COMMONJS_EXPORT =
  /if \(typeof module === "object"\) \{[^}]*module\.exports = isProbablyReaderable;\s*\}/;

/**
 * Serves the readerable check as the ES module it nearly is. Bundled as CommonJS, it came wrapped in
 * the bundler's interop (a require wrapper and a namespace copied property by property) that every
 * matched page ran at load, before the read needed the check at all: 0.24 ms of a silent page's
 * content script in the bench's profile (issue 12), for one function. A Readability release that
 * exports otherwise fails the build here instead of being bundled the old way unnoticed.
 */
export function readerableEsmPlugin(): Plugin {
  return {
    name: 'kehrseite-readerable-esm',
    transform(code, id) {
      if (!id.endsWith(READERABLE)) return null;
      if (!COMMONJS_EXPORT.test(code)) throw new Error(`${READERABLE}: its CommonJS export has changed`);
      return { code: code.replace(COMMONJS_EXPORT, 'export default isProbablyReaderable;'), map: null };
    },
  };
}
