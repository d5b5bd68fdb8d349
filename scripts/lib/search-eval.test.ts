import { describe, expect, it } from 'vitest';
import { articles } from '../../seeds';
import { loadSearchSet, scoreSearch, summarise, type SearchCase } from './search-eval';

const judged = (top: string[]): SearchCase => ({ query: 'q', language: 'de', kind: 'word', top });
const empty: SearchCase = { query: 'Fußball', language: 'de', kind: 'empty', top: [] };

describe('scoreSearch', () => {
  it('ranks the first acceptable passage', () => {
    expect(scoreSearch(judged(['a/x', 'a/y']), ['a/y', 'b/z'])).toMatchObject({ rank: 1, miss: null });
    expect(scoreSearch(judged(['a/x']), ['b/z', 'c/w', 'a/x'])).toMatchObject({ rank: 3 });
    expect(scoreSearch(judged(['a/x']), ['b/z', 'c/w', 'a/x']).miss).toMatch(/first b\/z, wanted at 3/);
    expect(scoreSearch(judged(['a/x']), [])).toMatchObject({ rank: null, miss: 'first nothing, wanted a/x' });
  });

  it('wants nothing found for an empty query', () => {
    expect(scoreSearch(empty, []).miss).toBeNull();
    expect(scoreSearch(empty, ['a/x']).miss).toMatch(/wanted nothing/);
  });
});

describe('summarise', () => {
  it('scores hit@1 and MRR over the judged queries, and the empty ones apart', () => {
    const summary = summarise([
      scoreSearch(judged(['a/x']), ['a/x']),
      scoreSearch(judged(['a/x']), ['b/y', 'a/x']),
      scoreSearch(judged(['a/x']), []),
      scoreSearch(empty, []),
      scoreSearch(empty, ['a/x']),
    ]);
    expect(summary).toMatchObject({ judged: 3, empty: 2, emptyOk: 0.5 });
    expect(summary.hit1).toBeCloseTo(1 / 3);
    expect(summary.mrr).toBeCloseTo((1 + 1 / 2 + 0) / 3);
  });
});

describe('the judged set', () => {
  const set = loadSearchSet();
  const ids = new Set(articles.flatMap((article) => article.passages.map((p) => p.id)));

  it('judges at least 60 queries of every kind', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['word', 'multiword', 'synonym', 'misspelt', 'empty'] as const)
      expect(set.queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(5);
  });

  it('names only passages of the corpus, each query once', () => {
    for (const q of set.queries)
      for (const id of [...q.top, ...(q.relevant ?? [])]) expect(ids).toContain(id);
    const queries = set.queries.map((q) => q.query.toLowerCase());
    expect(new Set(queries).size).toBe(queries.length);
  });
});
