import { parseHTML } from 'linkedom';
import type { Engine } from '../../core/engine';
import type { PageContext, PageType, RankResult, Site, Topic, Why } from '../../core/types';
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
  reason: string;
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
    reason: result.reason,
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
