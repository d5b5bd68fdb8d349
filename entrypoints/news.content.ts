import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../extractors/hosts';
import { extractNews } from '../extractors/news';

/**
 * Readability and the news adapter, injected by the background only into pages whose content script
 * found an article: every other matched page is spared its weight.
 */
export default defineContentScript({
  // Injected by the background (never declared), but WXT derives host permissions from `matches`:
  // the default hosts only, so the manifest asks for nothing broader. Elsewhere the optional
  // permission or activeTab lets the background inject it.
  matches: contentScriptMatches,
  registration: 'runtime',
  main() {
    (globalThis as { kehrseiteExtractNews?: typeof extractNews }).kehrseiteExtractNews = extractNews;
  },
});
