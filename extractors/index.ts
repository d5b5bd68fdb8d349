import { quickReadSettles } from '../core/decide';
import type { PageContext } from '../core/types';
import { extractAlibaba } from './alibaba';
import { extractAmazon } from './amazon';
import { detect, type DetectOptions, type SiteKind } from './gate';
import { extractNews } from './news';
import { extractNewsQuick } from './news-quick';

export { contentScriptMatches, classifyHost } from './hosts';
export { detect, type DetectOptions, type SiteKind } from './gate';

/** One adapter per kind of site. */
export const ADAPTERS: Record<SiteKind, (doc: Document, url: URL) => PageContext | null> = {
  amazon: extractAmazon,
  alibaba: extractAlibaba,
  news: extractNews,
};

/**
 * Adapters with a cheap first read (news: see news-quick.ts). When that read settles the page (it names
 * neither company nor a strong concept, and the engine is silent), that is the answer; otherwise the
 * page is read again by its full adapter. The extension does the same across its content script and
 * background (the `quick` flag of the pageContext message).
 */
export const QUICK_ADAPTERS: Partial<Record<SiteKind, (doc: Document, url: URL) => PageContext | null>> = {
  news: extractNewsQuick,
};

/** Reads a page in as many steps as its kind needs, asking `rank` after each; null when not for us. */
export function readPage<R extends { silent: boolean }>(
  doc: Document,
  url: URL,
  options: DetectOptions,
  rank: (context: PageContext) => R,
): { context: PageContext; result: R } | null {
  const kind = detect(url, options);
  if (!kind) return null;
  const quick = QUICK_ADAPTERS[kind]?.(doc, url);
  if (quick && quickReadSettles(quick)) {
    const result = rank(quick);
    if (result.silent) return { context: quick, result };
  }
  const context = ADAPTERS[kind](doc, url);
  return context ? { context, result: rank(context) } : null;
}

/** Gate, then the site's adapter: the page's context, or null when there is nothing for Kehrseite. */
export function extractPage(doc: Document, url: URL, options: DetectOptions): PageContext | null {
  const kind = detect(url, options);
  return kind ? ADAPTERS[kind](doc, url) : null;
}
