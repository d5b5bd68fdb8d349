/**
 * The vocabulary every layer shares: the corpus, the page context an extractor produces and the
 * ranked matches the engine answers with. Pure data types, no behaviour.
 */

/** The fixed set of topics a person assigns to each passage when curating the corpus. */
export const TOPICS = ['labour', 'data', 'alexa', 'alibaba', 'power'] as const;
export type Topic = (typeof TOPICS)[number];

/** A text in the two UI languages. */
export interface Bilingual {
  de: string;
  en: string;
}

/** A paragraph (or a few short ones that belong together) of a source article, verbatim. */
export interface Passage {
  /**
   * Stable id `<articleId>/<slug>`: the slug is chosen by hand when the passage is added and never
   * derived from position or text, so editing another passage keeps every stored "not relevant"
   * feedback pointing at the same text.
   */
  id: string;
  /** The sub-heading of the article section this passage sits under, verbatim, if any. */
  section?: string;
  /** The German text exactly as written in the source. */
  text: string;
  /** Read from the text by a person when curating; never computed at run time. */
  topics: readonly Topic[];
  /**
   * The passage's gist in English, written by the Kehrseite editors from the German text (shown as
   * theirs, never as a translation of the author's words), so English readers can follow it.
   */
  gist: string;
}

type ArticleKind = 'review' | 'analysis' | 'report' | 'commentary' | 'news';

/** One bundled source article with honest metadata: `null` where the source does not say. */
export interface Article {
  id: string;
  /** The article's own headline, only when the source text carries one. */
  headline: string | null;
  /** A descriptive label written by the Kehrseite editors (used when there is no headline). */
  label: Bilingual;
  /** The publication, when known. */
  outlet: string | null;
  /** ISO date or partial date (`2018-12`), when the text states it. */
  date: string | null;
  /** How `date` is known, or why it is missing. */
  dateNote: string;
  /** Authors as named in the text; empty when not named. */
  authors: readonly string[];
  /** How `authors` is known, or why it is empty ("written in the first person, name not given"). */
  authorsNote: string;
  language: 'de';
  kind: ArticleKind;
  /** The original article's address, when known. */
  url: string | null;
  /** The source file in `seeds/sources/` this article was curated from, for traceability. */
  sourceFile: string;
  /** A short summary written by the Kehrseite editors (marked as such in the UI), not by the author. */
  summary: Bilingual;
  passages: readonly Passage[];
}

export const SITES = ['amazon', 'alibaba', 'news'] as const;
export type Site = (typeof SITES)[number];

export const PAGE_TYPES = [
  'product',
  'search',
  'bestseller',
  'category',
  'deals',
  'store',
  'home',
  'orders',
  'browsing-history',
  'account',
  'device',
  'article',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * What an extractor read from a page: only what matters for matching. Every string came from an
 * untrusted page: it is capped in length by the extractor and must be rendered as text only.
 */
export interface PageContext {
  url: string;
  site: Site;
  pageType: PageType;
  /** Primary language subtag of the page (`de`, `en`, ...), or `und` when unknown. */
  language: string;
  /** The storefront or publisher host, e.g. `www.amazon.de`. */
  host: string;
  productTitle?: string;
  brand?: string;
  /** Breadcrumbs or category path, outermost first. */
  categories: string[];
  /** Product titles listed on search, bestseller, category or order pages. */
  listingTitles: string[];
  /** The search the shopper typed, on search pages. */
  searchQuery?: string;
  headline?: string;
  description?: string;
  /** The article's leading text (news) or the product's feature bullets (shops). */
  leadText?: string;
  /** Section or keywords the publisher attached (news), e.g. `Technology`. */
  keywords: string[];
}

/** The page fields a cue's words can come from. */
export const CUE_SOURCES = [
  'productTitle',
  'brand',
  'categories',
  'listingTitles',
  'searchQuery',
  'headline',
  'description',
  'leadText',
  'keywords',
] as const;
export type CueSource = (typeof CUE_SOURCES)[number];

/** The id of a concept in core/lexicon.ts: the UI names it from the lexicon's bilingual label. */
export type ConceptId = string;

/** The companies the corpus is about (the lexicon's entities). */
export const COMPANIES = ['amazon', 'alibaba'] as const;
export type Company = (typeof COMPANIES)[number];

/**
 * What an ambiguous word (core/namesakes.ts) means when it does not name the product or company:
 * the Amazon rainforest, an echo as a sound, a boxing or wedding ring, a prime minister, a fitness
 * or parcel tracker or a tracker of changes in software, biscuits.
 */
export const OTHER_SENSES = [
  'rainforest',
  'first-name',
  'sound',
  'ring',
  'not-prime',
  'fitness-or-parcel',
  'biscuits',
] as const;
export type OtherSense = (typeof OTHER_SENSES)[number];

/** An ambiguous page word its neighbours showed to mean something else ("Amazon" next to "rainforest"). */
export interface NamesakeReading {
  /** The word as the namesake rules know it, e.g. `amazon`. */
  namesake: string;
  readAs: OtherSense;
}

/** Words found in one field of the page. */
interface PageWords {
  source: CueSource;
  /** The words as they stood on the page (capped). */
  words: string;
}

/**
 * One piece of evidence the engine used, as data: the UI puts it into words in the reader's language.
 * - `pageKind`: what every page of this kind is about (each Amazon order is delivered by someone);
 * - `concept`: page words that signal a lexicon concept;
 * - `namesake`: an ambiguous word ("Ring", "Echo") its neighbours showed to mean the concept;
 * - `sharedWord`: a rare word of the page that the passage uses too ("Netflix", "Alipay").
 */
export type Cue =
  | { kind: 'pageKind'; site: Site; pageType: PageType; concept: ConceptId }
  | (PageWords & { kind: 'concept'; concept: ConceptId })
  | (PageWords & { kind: 'namesake'; namesake: string; concept: ConceptId })
  | (PageWords & { kind: 'sharedWord' });

/** Why a passage was offered: the page cues and the words of the passage they matched. */
export interface Why {
  cues: Cue[];
  /** Words of the passage that carried the match, as they stand in the passage. */
  matchedTerms: string[];
  /** The topics of the page the passage answers. */
  topics: Topic[];
}

export interface RankedPassage {
  passage: Passage;
  article: Article;
  score: number;
  why: Why;
}

/** What the engine decided a page is about, when it is about something. */
export type Finding =
  | { kind: 'shop'; site: Site; pageType: PageType; leadingTopics: Topic[] }
  | { kind: 'article'; companies: Company[]; themes: Topic[]; leadingTopics: Topic[] };

/**
 * Why the engine offered what it did, or nothing, as data (the UI and the CLIs put it into words).
 * - `offTopic`: an article about neither company nor the corpus's themes, with the ambiguous word
 *   that explains it when there is one (Amazon meaning the rainforest);
 * - `noFit`: no passage's topics fit what the page is about;
 * - `weakMatch`: an article's best passage scores below the threshold articles must reach.
 */
export type Reason =
  | Finding
  | { kind: 'offTopic'; namesake?: NamesakeReading }
  | { kind: 'noFit'; finding: Finding }
  | { kind: 'weakMatch'; finding: Finding; score: number; threshold: number };

export interface RankResult {
  silent: boolean;
  /** Why the engine offered nothing, or what decided the topics. */
  reason: Reason;
  /** The page's topic weights as the engine decided them (0..1). */
  pageTopics: Partial<Record<Topic, number>>;
  passages: RankedPassage[];
}

export interface SearchOptions {
  topics?: readonly Topic[];
  limit?: number;
}
