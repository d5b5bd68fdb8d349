import type { Article, PageContext, RankResult, RankedPassage, SearchOptions } from './types';

/** The engine the background, the panel and the CLIs share. Build it once per corpus. */
export interface Engine {
  /** Decide what the page is about and which passages fit it; `silent` when none do. */
  rank(context: PageContext): RankResult;
  /** Typo-tolerant search over every bundled passage, best first. */
  search(query: string, options?: SearchOptions): RankedPassage[];
  readonly articles: readonly Article[];
}

export declare function createEngine(articles: readonly Article[]): Engine;
