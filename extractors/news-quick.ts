import { pageContext } from '../core/page-context';
import type { PageContext } from '../core/types';
import {
  MAX_JSON_LD_TEXT,
  MAX_JSON_LD_TOTAL,
  articleInJsonLd,
  hasReadableBody,
  isArticle,
  jsonLdTexts,
  ogTypeOf,
  paragraphRun,
} from './article-signals';
import {
  LIMITS,
  MAX_METAS,
  MAX_META_TEXT,
  clean,
  cleanBound,
  metaContent,
  mostlyLinks,
  pageLanguage,
  proseText,
  readMetas,
  type Metas,
} from './dom';

/*
 * News and other articles, read in two steps. This first, quick read takes the headline, description,
 * keywords and the article's paragraphs as they stand (no Readability, no clone of the page): enough
 * for the engine to tell that an article is about nothing Kehrseite knows, which most articles are.
 * Only an article that is not silent on this read is read again with Readability (news.ts), and the
 * engine decides on that text.
 *
 * The quick read is split where the page ends (issue 12): the content script only collects the page's
 * text as data (collectArticle: DOM reads, no parsing, no cleaning), and the background, which holds
 * the engine, builds the context from it (articleFromData). Parsing, cleaning and building were most
 * of the content script's time on a silent page, and its first run of their code and expressions cost
 * more than the work itself. The CLIs join the two halves with a direct call (utils/read-path.ts).
 */
/**
 * JSON-LD keywords: a string of comma-separated words, or a list of them. Nested lists are read only a
 * few levels deep: a page's `"keywords": [[[[...]]]]` 10,000 levels deep overflowed the stack and threw
 * out of extractNews (found by tests/fuzz/fuzz.test.ts).
 */
const MAX_KEYWORD_NESTING = 4;

function stringsOf(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value) && depth < MAX_KEYWORD_NESTING)
    return value.flatMap((item) => stringsOf(item, depth + 1));
  return [];
}

function keywordsOf(metas: Metas, jsonLd: Record<string, unknown> | null): string[] {
  const raw = [
    ...stringsOf(metas.find((tag) => tag.name === 'keywords' || tag.name === 'news_keywords')?.content ?? ''),
    ...metas
      .filter((tag) => tag.property === 'article:section' || tag.property === 'article:tag')
      .map((tag) => tag.content ?? ''),
    ...stringsOf(jsonLd?.keywords),
    ...stringsOf(jsonLd?.articleSection),
  ];
  const keywords: string[] = [];
  for (const item of raw) {
    const keyword = clean(item, LIMITS.short);
    if (keyword && !keywords.includes(keyword)) keywords.push(keyword);
    if (keywords.length >= LIMITS.keywords) break;
  }
  return keywords;
}

/** Where an article's paragraphs stand, most specific first; the body when none holds enough text. */
const ARTICLE_SCOPES = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
/** A scope with less paragraph text than this is a teaser or a caption, not the article. */
const MIN_SCOPE_TEXT = 500;

/**
 * Where a page holds an embed back until the reader consents, or asks about cookies: its text is about
 * the site's data handling, not the article ("Damit können personenbezogene Daten an Drittplattformen
 * übermittelt werden. Mehr dazu in unserer Datenschutzerklärung", under a tweet in
 * zeit-euroleague-schlaegerei). Read as the article's, those words made a basketball report look like
 * one on personal data, and Readability read it in full to find it silent.
 */
const CONSENT_NOTICE = '[class*="consent" i], [id*="consent" i], [class*="cookie" i], [id*="cookie" i]';

/**
 * Whether a paragraph stands in a consent notice inside the scope. One around the scope (a body marked
 * `cookie-consent-given`) says nothing about the paragraphs.
 */
function inConsentNotice(paragraph: Element, scope: ParentNode): boolean {
  const notice = paragraph.closest(CONSENT_NOTICE);
  return notice !== null && notice !== scope && scope.contains(notice);
}

/**
 * Paragraphs as pages write them: `<p>`, and a `<div>` whose text is broken by `<br>` with no block
 * inside it, which Readability turns into a paragraph for the same reason. A story written that way
 * (slashdot-stanford-grads-ai-jobs) had no `<p>` in its `<article>`, so the quick read fell back to
 * the page's paragraphs: the readers' comments below it, not the story.
 */
const PARAGRAPHS = 'p, div:has(> br):not(:has(blockquote, dl, div, ol, p, pre, table, ul)), li';

/** Shorter list items are names and labels (a menu's, a fact box's), not a sentence of the story. */
const MIN_PROSE_ITEM = 80;

/**
 * Whether a list item is no paragraph of its own: a link or mostly links (a menu, a list of tags or of
 * related stories), or an item whose paragraphs and nested items are read as such. A list item that is
 * prose is a paragraph: a blog post that makes its case in a numbered list (xeiaso-gitlab-layoffs-ai)
 * lost it from both reads. Readability scores no list items and settled on a characters' chat box below
 * the post; the post's `<p>`s without the list were too few to overrule it (news.ts storyText).
 */
function notProseItem(item: Element): boolean {
  const length = (item.textContent ?? '').trim().length;
  return length < MIN_PROSE_ITEM || item.querySelector('li, p') !== null || mostlyLinks(item, length);
}

function paragraphsOf(scope: ParentNode): string[] {
  const parts: string[] = [];
  let length = 0;
  for (const paragraph of Array.from(scope.querySelectorAll(PARAGRAPHS))) {
    if (paragraph.localName === 'li' && notProseItem(paragraph)) continue;
    if (inConsentNotice(paragraph, scope)) continue;
    // As the reader sees it (dom.ts proseText): a byline paragraph in theverge-facebook-news-feed-experiment
    // holds an inline script (an e-mail obfuscator) whose 1,000 characters of code filled a quarter of the
    // lead and pushed the story's last paragraphs out of it; a `<div>`'s lines broken by `<br>` are words apart.
    const text = proseText(paragraph, cleanBound(LIMITS.lead));
    parts.push(text);
    length += text.length;
    if (length > LIMITS.lead) break;
  }
  return parts;
}

/**
 * The article's paragraphs in order, up to the lead cap, as the page has them (uncleaned, cut to what
 * `clean` reads of a lead): the quick read's stand-in for Readability. A page that marks up no scope
 * is read from its run of paragraphs (article-signals.ts paragraphRun), not from its menus above it.
 */
export function paragraphText(
  doc: Document,
  runOf: () => Element | null = () => paragraphRun(doc),
): string | undefined {
  for (const selector of ARTICLE_SCOPES) {
    for (const scope of Array.from(doc.querySelectorAll(selector)).slice(0, 5)) {
      const text = paragraphsOf(scope).join(' ');
      if (text.length >= MIN_SCOPE_TEXT) return text.slice(0, cleanBound(LIMITS.lead));
    }
  }
  const scope = runOf() ?? doc.body;
  return scope ? paragraphsOf(scope).join(' ').slice(0, cleanBound(LIMITS.lead)) : undefined;
}

/**
 * What the quick read takes from an article page, as data: collected by the content script, sent to
 * the background and checked there (articleDataProblems), built into a context by articleFromData.
 */
export interface ArticleData {
  /** The `lang` of `<html>`. */
  htmlLang: string | null;
  metas: Metas;
  /** The JSON-LD blocks that may describe an article, unparsed (jsonLdTexts). */
  jsonLd: string[];
  /** The first `<h1>`'s text, cut to what `clean` reads of a title. */
  h1: string | null;
  /** The article's paragraphs (paragraphText); null on a page that cannot be an article. */
  lead: string | null;
  /** Whether the body reads as an article's (hasReadableBody); null when its metadata decides. */
  readableBody: boolean | null;
}

/**
 * The page side of the quick read: DOM reads only. The body's readability is checked only when the
 * Open Graph type leaves it open (the JSON-LD, unparsed here, may still decide), and the paragraphs
 * are read only on a page that may be an article.
 */
export function collectArticle(doc: Document): ArticleData {
  const metas = readMetas(doc);
  const jsonLd = jsonLdTexts(doc);
  const ogType = ogTypeOf(metas);
  // The run of paragraphs (on a page that marks up no article) is looked for once, for both questions.
  let run: Element | null | undefined;
  const runOf = () => (run === undefined ? (run = paragraphRun(doc)) : run);
  const readableBody = !ogType || ogType === 'website' ? hasReadableBody(doc, runOf) : null;
  const mayBeArticle = jsonLd.length > 0 || ogType === 'article' || readableBody === true;
  return {
    htmlLang: doc.documentElement?.getAttribute('lang')?.slice(0, MAX_META_TEXT) ?? null,
    metas,
    jsonLd,
    h1: doc.querySelector('h1')?.textContent?.slice(0, cleanBound(LIMITS.title)) ?? null,
    lead: (mayBeArticle ? paragraphText(doc, runOf) : undefined) ?? null,
    readableBody,
  };
}

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isTextOrNull = (value: unknown, max: number) => value === null || isText(value, max);
const META_FIELDS = ['property', 'name', 'httpEquiv', 'content', 'value'] as const;

/**
 * What is wrong with article data that came from a page (the content script runs where the page can
 * reach it): every field of the right type and within the caps collectArticle keeps to. Empty: none.
 */
export function articleDataProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return ['not an object'];
  const d = data as Record<keyof ArticleData, unknown>;
  const problems: string[] = [];
  if (!isTextOrNull(d.htmlLang, MAX_META_TEXT)) problems.push('htmlLang');
  if (!isTextOrNull(d.h1, cleanBound(LIMITS.title))) problems.push('h1');
  if (!isTextOrNull(d.lead, cleanBound(LIMITS.lead))) problems.push('lead');
  if (d.readableBody !== null && typeof d.readableBody !== 'boolean') problems.push('readableBody');
  const metas = d.metas;
  if (
    !Array.isArray(metas) ||
    metas.length > MAX_METAS ||
    !metas.every(
      (tag: unknown) =>
        typeof tag === 'object' &&
        tag !== null &&
        META_FIELDS.every((field) => isTextOrNull((tag as Record<string, unknown>)[field], MAX_META_TEXT)),
    )
  )
    problems.push('metas');
  const jsonLd = d.jsonLd;
  if (
    !Array.isArray(jsonLd) ||
    !jsonLd.every((text: unknown) => isText(text, MAX_JSON_LD_TEXT)) ||
    jsonLd.reduce((total: number, text: string) => total + text.length, 0) > MAX_JSON_LD_TOTAL
  )
    problems.push('jsonLd');
  return problems;
}

/** The article's JSON-LD (null: it has none) when the page data is an article's; undefined otherwise. */
export function articleJsonLdOf(data: ArticleData): { jsonLd: Record<string, unknown> | null } | undefined {
  const jsonLd = articleInJsonLd(data.jsonLd) ?? null;
  return isArticle(jsonLd, data.metas, () => data.readableBody === true) ? { jsonLd } : undefined;
}

/**
 * The article's context with the given leading text. `jsonLd` is its article JSON-LD as the caller
 * parsed it for the article check (once per read); the title Readability found is the last resort.
 */
export function articleContext(
  data: ArticleData,
  url: URL,
  leadText: string | undefined,
  { jsonLd, foundTitle }: { jsonLd: Record<string, unknown> | null; foundTitle?: string | null },
): PageContext {
  const { metas } = data;
  const headline =
    clean(typeof jsonLd?.headline === 'string' ? jsonLd.headline : undefined, LIMITS.title) ??
    metaContent(metas, ['og:title', 'twitter:title'], LIMITS.title) ??
    clean(data.h1, LIMITS.title) ??
    clean(foundTitle, LIMITS.title);
  return pageContext({
    url: url.href,
    site: 'news',
    pageType: 'article',
    language: pageLanguage(data.htmlLang, metas),
    host: url.hostname,
    headline,
    description:
      metaContent(metas, ['og:description', 'description', 'twitter:description']) ??
      clean(typeof jsonLd?.description === 'string' ? jsonLd.description : undefined, LIMITS.description),
    leadText,
    keywords: keywordsOf(metas, jsonLd),
  });
}

/** The ranking side of the quick read: the article's context from its data, or null for another page. */
export function articleFromData(data: ArticleData, url: URL): PageContext | null {
  const article = articleJsonLdOf(data);
  return article ? articleContext(data, url, clean(data.lead, LIMITS.lead), article) : null;
}
