import { parseHTML } from 'linkedom';
import type { Engine } from '../../core/engine';
import type { Finding, PageContext, PageType, RankResult, Reason, Site, Topic, Why } from '../../core/types';
import { readInFull } from '../../extractors/full-reader';
import { readPage } from '../../utils/read-path';
import { rankRead, type ReadVerdict } from '../../utils/rank-step';
import { DEFAULT_SETTINGS } from '../../utils/settings-model';
import type { Settings } from '../../utils/settings-types';

/** One passage as the CLIs print it. */
interface JudgedPassage {
  id: string;
  articleId: string;
  title: string;
  text: string;
  score: number;
  topics: Topic[];
  why: Why;
}

/** The `npm run match` contract: one JSON object per page. */
export interface Judgement {
  url: string;
  site: Site | null;
  pageType: PageType | null;
  language: string | null;
  silent: boolean;
  /** `decision` in English words, for people reading the output. */
  reason: string;
  /** Why the engine offered what it did, as data; null when the page was not read or failed. */
  decision: Reason | null;
  context: PageContext | null;
  passages: JudgedPassage[];
}

/**
 * The CLIs judge every page as if the optional "articles on any site" permission were granted, so
 * hosts outside the curated news list are judged by their structure; everything else is the default.
 */
export const CLI_SETTINGS: Settings = { ...DEFAULT_SETTINGS, anySiteArticles: true };

/**
 * Reads a saved page through the extension's read path (utils/read-path.ts), its two sides joined by a
 * direct call, and asks the engine about it.
 */
export async function judgeDocument(engine: Engine, document: Document, url: URL): Promise<ReadVerdict> {
  const now = Date.now();
  return readPage(
    document,
    url,
    { settings: CLI_SETTINGS, now },
    {
      rank: (read) => Promise.resolve(rankRead(engine, read, CLI_SETTINGS, now)),
      wantsFullRead: (verdict) => verdict.kind === 'read-in-full',
      loadFullReader: () => Promise.resolve(readInFull),
    },
  );
}

/** Judges a saved page: what Kehrseite offers on it, in the `npm run match` contract. */
export async function judgeHtml(engine: Engine, html: string, url: string): Promise<Judgement> {
  const { document } = parseHTML(html);
  const verdict = await judgeDocument(engine, document, new URL(url));
  if (verdict.kind === 'ranked') return fromResult(url, verdict.context, verdict.result);
  return {
    url,
    site: null,
    pageType: null,
    language: document.documentElement?.getAttribute('lang')?.split('-')[0]?.toLowerCase() ?? null,
    silent: true,
    reason: 'not an Amazon, Alibaba or news article page',
    decision: null,
    context: null,
    passages: [],
  };
}

export function failedJudgement(url: string, error: string): Judgement {
  return {
    url,
    site: null,
    pageType: null,
    language: null,
    silent: true,
    reason: `error: ${error}`,
    decision: null,
    context: null,
    passages: [],
  };
}

function fromResult(url: string, context: PageContext, result: RankResult): Judgement {
  return {
    url,
    site: context.site,
    pageType: context.pageType,
    language: context.language,
    silent: result.silent,
    reason: describeReason(result.reason),
    decision: result.reason,
    context,
    passages: result.passages.map(({ passage, article, score, why }) => ({
      id: passage.id,
      articleId: article.id,
      title: article.headline ?? article.label.de,
      text: passage.text,
      score,
      topics: [...passage.topics],
      why,
    })),
  };
}

function describeFinding(finding: Finding): string {
  const leading = `leading topics: ${finding.leadingTopics.join(', ') || 'none'}`;
  if (finding.kind === 'shop') return `${finding.site} ${finding.pageType} page; ${leading}`;
  const about = [...finding.companies, ...finding.themes.map((topic) => `theme ${topic}`)].join(', ');
  return `article about ${about}; ${leading}`;
}

/** The engine's reason in English, as `npm run match` and `npm run eval --verbose` print it. */
function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'shop':
    case 'article':
      return describeFinding(reason);
    case 'offTopic':
      return `not about Amazon, Alibaba or the corpus's themes${
        reason.namesake ? ` (${reason.namesake.namesake} read as ${reason.namesake.readAs})` : ''
      }`;
    case 'noFit':
      return `${describeFinding(reason.finding)}; no passage fits the page's topics`;
    case 'weakMatch':
      return `${describeFinding(reason.finding)}; best passage scores ${reason.score.toFixed(2)} < ${reason.threshold}`;
  }
}
