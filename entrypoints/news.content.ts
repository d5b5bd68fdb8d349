import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractNews } from '../extractors/news';

/**
 * Readability and the news adapter, injected by the background only into pages whose content script
 * found an article: every other matched page is spared its weight.
 */
export default defineContentScript({
  matches: ['*://*/*'],
  registration: 'runtime',
  main() {
    (globalThis as { kehrseiteExtractNews?: typeof extractNews }).kehrseiteExtractNews = extractNews;
  },
});
