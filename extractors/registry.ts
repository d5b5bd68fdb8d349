import type { PageContext } from '../core/types';
import { extractAlibaba } from './alibaba';
import { extractAmazon } from './amazon';
import type { SiteKind } from './gate';
import { extractNewsQuick } from './news-quick';

/** Reads a page into its context, or null when the page is not one the reader reads. */
export type PageReader = (doc: Document, url: URL) => PageContext | null;

/**
 * One adapter per kind of site, split by cost. `read` is cheap enough for the content script on every
 * page the gate lets through. `readsInFull` marks a kind whose cheap read may not settle the page: the
 * full reader (extractors/full-reader.ts, Readability) is then loaded on demand, never bundled with
 * the content script. Adding a site is one adapter file and one line here.
 */
export interface SiteAdapter {
  read: PageReader;
  readsInFull?: true;
}

export const ADAPTERS: Record<SiteKind, SiteAdapter> = {
  amazon: { read: extractAmazon },
  alibaba: { read: extractAlibaba },
  news: { read: extractNewsQuick, readsInFull: true },
};
