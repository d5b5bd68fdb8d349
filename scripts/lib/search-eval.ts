import { readFileSync } from 'node:fs';
import type { Engine } from '../../core/engine';

/**
 * The judged search set (tests/fixtures/search/queries.json, its `about` states the rule) and how
 * `npm run eval` scores Engine.search on it: hit@1 and MRR over the queries that must find
 * something, and whether the queries that must find nothing do.
 */

type QueryKind = 'word' | 'multiword' | 'synonym' | 'misspelt' | 'empty';

export interface SearchCase {
  query: string;
  language: 'de' | 'en';
  kind: QueryKind;
  /** Passage ids acceptable as the first result; empty: the search must find nothing. */
  top: string[];
  /** Other passages that speak to the query (not scored). */
  relevant?: string[];
}

export interface SearchSet {
  about: string;
  queries: SearchCase[];
}

const KINDS: readonly QueryKind[] = ['word', 'multiword', 'synonym', 'misspelt', 'empty'];
const SET_FILE = new URL('../../tests/fixtures/search/queries.json', import.meta.url);

/** Reads and checks the judged set: a malformed entry fails loudly rather than scoring as a miss. */
export function loadSearchSet(file: URL = SET_FILE): SearchSet {
  const data = JSON.parse(readFileSync(file, 'utf8')) as SearchSet;
  if (typeof data.about !== 'string' || !Array.isArray(data.queries)) throw new Error(`${file.href}: no set`);
  for (const entry of data.queries) {
    const ok =
      typeof entry.query === 'string' &&
      (entry.language === 'de' || entry.language === 'en') &&
      KINDS.includes(entry.kind) &&
      Array.isArray(entry.top) &&
      (entry.kind === 'empty') === (entry.top.length === 0);
    if (!ok) throw new Error(`${file.href}: malformed query ${JSON.stringify(entry)}`);
  }
  return data;
}

export interface SearchScore {
  query: string;
  kind: QueryKind;
  /** 1-based rank of the first acceptable passage; null when none was found (or for an empty query). */
  rank: number | null;
  miss: string | null;
}

/** Scores one query's result ids (best first) against its judgement. */
export function scoreSearch(testCase: SearchCase, resultIds: readonly string[]): SearchScore {
  const base = { query: testCase.query, kind: testCase.kind };
  if (testCase.top.length === 0) {
    return {
      ...base,
      rank: null,
      miss: resultIds.length === 0 ? null : `found ${resultIds.slice(0, 3).join(', ')}, wanted nothing`,
    };
  }
  const top = new Set(testCase.top);
  const at = resultIds.findIndex((id) => top.has(id));
  const rank = at < 0 ? null : at + 1;
  return {
    ...base,
    rank,
    miss:
      rank === 1
        ? null
        : `first ${resultIds[0] ?? 'nothing'}, wanted ${rank ? `at ${rank} ` : ''}${testCase.top.join(' | ')}`,
  };
}

export interface SearchSummary {
  /** Queries that must find something. */
  judged: number;
  empty: number;
  hit1: number;
  mrr: number;
  /** Share of the empty queries that found nothing. */
  emptyOk: number;
}

export function summarise(scores: readonly SearchScore[]): SearchSummary {
  const judged = scores.filter((s) => s.kind !== 'empty');
  const empty = scores.filter((s) => s.kind === 'empty');
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    judged: judged.length,
    empty: empty.length,
    hit1: share(judged.filter((s) => s.rank === 1).length, judged.length),
    mrr: share(
      judged.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0),
      judged.length,
    ),
    emptyOk: share(empty.filter((s) => s.miss === null).length, empty.length),
  };
}

/** Runs every query of the set through the engine's search, as the panel does. */
export function evaluateSearch(engine: Engine, set: SearchSet): SearchScore[] {
  return set.queries.map((testCase) =>
    scoreSearch(
      testCase,
      engine.search(testCase.query).map((result) => result.passage.id),
    ),
  );
}
