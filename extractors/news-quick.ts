import { pageContext } from '../core/page-context';
import type { PageContext } from '../core/types';
import { articleJsonLd, isArticlePage } from './article-signals';
import { LIMITS, clean, metaContent, pageLanguage, readMetas, textOf, type Metas } from './dom';

/*
 * News and other articles, read in two steps. This first, quick read takes the headline, description,
 * keywords and the article's paragraphs as they stand (no Readability, no clone of the page): enough
 * for the engine to tell that an article is about nothing Kehrseite knows, which most articles are.
 * Only an article that is not silent on this read is read again with Readability (news.ts), and the
 * engine decides on that text.
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
    ...stringsOf(
      metas
        .find((tag) => tag.name === 'keywords' || tag.name === 'news_keywords')
        ?.element.getAttribute('content') ?? '',
    ),
    ...metas
      .filter((tag) => tag.property === 'article:section' || tag.property === 'article:tag')
      .map((tag) => tag.element.getAttribute('content') ?? ''),
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

/** Elements whose text is code or markup the reader never sees as words. */
const NOT_PROSE = 'script, style, noscript, template';

/**
 * A paragraph's text as the reader sees it: a script inside it is not prose. A byline paragraph in
 * theverge-facebook-news-feed-experiment holds an inline script (an e-mail obfuscator) whose 1,000
 * characters of code filled a quarter of the lead and pushed the story's last paragraphs out of it.
 */
function proseOf(paragraph: Element): string {
  if (paragraph.querySelector(NOT_PROSE) === null) return paragraph.textContent ?? '';
  const copy = paragraph.cloneNode(true) as Element;
  for (const code of Array.from(copy.querySelectorAll(NOT_PROSE))) code.remove();
  return copy.textContent ?? '';
}

/**
 * Paragraphs as pages write them: `<p>`, and a `<div>` whose text is broken by `<br>` with no block
 * inside it, which Readability turns into a paragraph for the same reason. A story written that way
 * (slashdot-stanford-grads-ai-jobs) had no `<p>` in its `<article>`, so the quick read fell back to
 * the page's paragraphs: the readers' comments below it, not the story.
 */
const PARAGRAPHS = 'p, div:has(> br):not(:has(blockquote, dl, div, ol, p, pre, table, ul)), li';

/**
 * Whether a list item is no paragraph of its own: a link or mostly links (a menu, a list of tags or of
 * related stories), or an item whose paragraphs and nested items are read as such. A list item that is
 * prose is a paragraph: a blog post that makes its case in a numbered list (xeiaso-gitlab-layoffs-ai)
 * lost it from both reads. Readability scores no list items and settled on a characters' chat box below
 * the post; the post's `<p>`s without the list were too few to overrule it (news.ts storyText).
 */
/** Shorter list items are names and labels (a menu's, a fact box's), not a sentence of the story. */
const MIN_PROSE_ITEM = 80;

function notProseItem(item: Element): boolean {
  const length = (item.textContent ?? '').trim().length;
  if (length < MIN_PROSE_ITEM || item.querySelector('li, p') !== null) return true;
  let linked = 0;
  for (const link of Array.from(item.querySelectorAll('a'))) linked += link.textContent?.length ?? 0;
  return linked * 2 > length;
}

function paragraphsOf(scope: ParentNode): string[] {
  const parts: string[] = [];
  let length = 0;
  for (const paragraph of Array.from(scope.querySelectorAll(PARAGRAPHS))) {
    if (paragraph.localName === 'li' && notProseItem(paragraph)) continue;
    if (inConsentNotice(paragraph, scope)) continue;
    const text = proseOf(paragraph);
    parts.push(text);
    length += text.length;
    if (length > LIMITS.lead) break;
  }
  return parts;
}

/** The article's paragraphs in order, up to the lead cap: the quick read's stand-in for Readability. */
export function paragraphLead(doc: Document): string | undefined {
  for (const selector of ARTICLE_SCOPES) {
    for (const scope of Array.from(doc.querySelectorAll(selector)).slice(0, 5)) {
      const text = paragraphsOf(scope).join(' ');
      if (text.length >= MIN_SCOPE_TEXT) return clean(text, LIMITS.lead);
    }
  }
  return doc.body ? clean(paragraphsOf(doc.body).join(' '), LIMITS.lead) : undefined;
}

/**
 * The article's context with the given leading text. `jsonLd` and `metas` are its article JSON-LD and
 * its meta tags as the caller read them for the article check (once per read); the title Readability
 * found is the last resort.
 */
export function articleContext(
  doc: Document,
  url: URL,
  leadText: string | undefined,
  {
    jsonLd,
    metas,
    foundTitle,
  }: { jsonLd: Record<string, unknown> | null; metas: Metas; foundTitle?: string | null },
): PageContext {
  const headline =
    clean(typeof jsonLd?.headline === 'string' ? jsonLd.headline : undefined, LIMITS.title) ??
    metaContent(metas, ['og:title', 'twitter:title'], LIMITS.title) ??
    textOf(doc, ['h1']) ??
    clean(foundTitle, LIMITS.title);
  return pageContext({
    url: url.href,
    site: 'news',
    pageType: 'article',
    language: pageLanguage(doc, metas),
    host: url.hostname,
    headline,
    description:
      metaContent(metas, ['og:description', 'description', 'twitter:description']) ??
      clean(typeof jsonLd?.description === 'string' ? jsonLd.description : undefined, LIMITS.description),
    leadText,
    keywords: keywordsOf(metas, jsonLd),
  });
}

/** The quick read of an article page, or null for a page that is not an article. */
export function extractNewsQuick(doc: Document, url: URL): PageContext | null {
  const jsonLd = articleJsonLd(doc) ?? null;
  const metas = readMetas(doc);
  return isArticlePage(doc, jsonLd, metas)
    ? articleContext(doc, url, paragraphLead(doc), { jsonLd, metas })
    : null;
}
