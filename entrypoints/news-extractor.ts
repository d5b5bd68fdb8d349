import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractNews } from '../extractors/news';

/**
 * Readability and the full article read, injected by the background only into articles whose quick
 * read (extractors/news-quick.ts) did not settle them: every other page is spared its weight. An
 * unlisted script, so WXT wraps it in no content-script context of its own.
 */
export default defineUnlistedScript(() => {
  (globalThis as { kehrseiteExtractNews?: typeof extractNews }).kehrseiteExtractNews = extractNews;
});
