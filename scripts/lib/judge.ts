import { parseHTML } from 'linkedom';
import type { Engine } from '../../core/engine';
import type { Finding, PageContext, PageType, RankResult, Reason, Site, Topic, Why } from '../../core/types';
import { readPage } from '../../extractors';

/** One passage as the CLIs print it. */
export interface JudgedPassage {
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
 * Reads a saved page as the extension would and asks the engine about it. The CLIs judge every page
 * as if the optional "articles on any site" permission were granted, so hosts outside the curated
 * news list are judged by their structure.
 */
export function judgeHtml(engine: Engine, html: string, url: string): Judgement {
  const parsed = new URL(url);
  const { document } = parseHTML(html);
  const read = readPage(document, parsed, { anySite: true, newsDetection: true }, (context) =>
    engine.rank(context),
  );
  if (!read) {
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
  return fromResult(url, read.context, read.result);
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
export function describeReason(reason: Reason): string {
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
