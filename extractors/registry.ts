import type { PageContext } from '../core/types';
import { extractAlibaba } from './alibaba';
import { extractAmazon } from './amazon';
import type { SiteKind } from './gate';
import { collectArticle, type ArticleData } from './news-quick';

/** Reads a page into its context, or null when the page is not one the reader reads. */
export type PageReader = (doc: Document, url: URL) => PageContext | null;

/**
 * One adapter per kind of site, split by cost. `read` is cheap enough for the content script on every
 * page the gate lets through. An article's cheap read is split where the page ends: `collect` takes
 * the page's text as data, and the ranking side builds the context (news-quick.ts articleFromData),
 * so the content script of a silent article does no more than read the DOM (issue 12). `readsInFull`
 * marks a kind whose cheap read may not settle the page: the full reader (extractors/full-reader.ts,
 * Readability) is then loaded on demand, never bundled with the content script. Adding a site is one
 * adapter file and one line here.
 */
export type SiteAdapter =
  { read: PageReader } | { collect: (doc: Document) => ArticleData; readsInFull: true };

export const ADAPTERS: Record<SiteKind, SiteAdapter> = {
  amazon: { read: extractAmazon },
  alibaba: { read: extractAlibaba },
  news: { collect: collectArticle, readsInFull: true },
};
