/**
 * `npm run bench`: quality and speed of the engine side by side with a naive baseline (plain fuse.js
 * over all passages, queried with the page title or headline), on the shared judgements, the bundled
 * corpus and synthetic corpora of 10,000 and 100,000 passages. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { CorpusIndex, type SerializedIndex } from '../core/corpus-index';
import { createEngine, createEngineFromIndex, type Engine } from '../core/engine';
import type { Article, PageContext, RankResult } from '../core/types';
import { articles } from '../seeds';
import { judgeHtml, type Judgement } from './lib/judge';
import { loadRelevance, pageFiles, scoreCase } from './lib/relevance';
import { sharedDir } from './lib/shared';
import { syntheticCorpus } from './lib/synthetic';

/** The naive matcher peers ship: fuse.js over every passage, queried with the page's title. */
function naiveEngine(corpus: readonly Article[]): Engine {
  const refs = corpus.flatMap((article) => article.passages.map((passage) => ({ passage, article })));
  const fuse = new Fuse(refs, {
    keys: ['passage.text'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
  });
  const rank = (context: PageContext): RankResult => {
    const query = (
      context.productTitle ??
      context.headline ??
      context.searchQuery ??
      context.listingTitles[0] ??
      ''
    ).slice(0, 200);
    const found = query ? fuse.search(query, { limit: 5 }) : [];
    return {
      silent: found.length === 0,
      reason: 'naive',
      pageTopics: {},
      passages: found.map((r) => ({
        passage: r.item.passage,
        article: r.item.article,
        score: 1 - (r.score ?? 1),
        why: { cues: [], matchedTerms: [], topics: [] },
      })),
    };
  };
  return { rank, search: () => [], articles: corpus };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function time(run: () => unknown, iterations: number): { median: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;
const pad = (text: string, width: number) => text.padEnd(width);

const shared = sharedDir();
const relevance = loadRelevance(shared);
const engine = createEngine(articles);
const naive = naiveEngine(articles);

// --- quality on the shared judgements -------------------------------------------------------------
const pages = relevance.cases.map((testCase) => {
  const { html, meta } = pageFiles(shared, testCase.page);
  return { testCase, html: readFileSync(html, 'utf8'), url: meta.url };
});
const quality = (judge: (html: string, url: string) => Judgement) => {
  const scores = pages.map(({ testCase, html, url }) =>
    scoreCase(testCase, judge(html, url), relevance.groups),
  );
  const shown = scores.filter((s) => s.expect === 'show');
  const silent = scores.filter((s) => s.expect === 'silent');
  return {
    hit1: shown.filter((s) => s.hit1).length / shown.length,
    p3: shown.reduce((sum, s) => sum + (s.p3 ?? 0), 0) / shown.length,
    silentRate: silent.filter((s) => s.silent).length / silent.length,
  };
};
const judged = pages.map(({ html, url }) => judgeHtml(engine, html, url));
const ours = quality((html, url) => judgeHtml(engine, html, url));
const theirs = quality((html, url) => judgeHtml(naive, html, url));
console.log('quality on the shared judgements          kehrseite   naive fuse.js');
console.log(
  `  hit@1                                     ${pad(ours.hit1.toFixed(3), 12)}${theirs.hit1.toFixed(3)}`,
);
console.log(
  `  p@3                                       ${pad(ours.p3.toFixed(3), 12)}${theirs.p3.toFixed(3)}`,
);
console.log(
  `  silent pages kept silent                  ${pad(ours.silentRate.toFixed(3), 12)}${theirs.silentRate.toFixed(3)}`,
);

// --- speed on the bundled corpus ------------------------------------------------------------------
const contexts = judged.map((j) => j.context).filter((c): c is PageContext => c !== null);
const products = contexts.filter((c) => c.site !== 'news' && c.pageType === 'product');
const news = contexts.filter((c) => c.site === 'news');
const cycle = (list: PageContext[], target: Engine) => {
  let i = 0;
  return () => target.rank(list[i++ % list.length]!);
};
const ITERATIONS = 2000;
console.log(
  `\nrank time, bundled corpus (${engine.articles.flatMap((a) => a.passages).length} passages; ${products.length} product and ${news.length} news contexts)`,
);
for (const [label, list, iterations] of [
  ['product page', products, ITERATIONS],
  ['news article', news, ITERATIONS],
] as const) {
  cycle(list, engine)(); // warm up the JIT once, as a browser session would
  const a = time(cycle(list, engine), iterations);
  const b = time(cycle(list, naive), Math.min(iterations, 200));
  console.log(
    `  ${pad(label, 14)} kehrseite median ${pad(ms(a.median), 10)} p95 ${pad(ms(a.p95), 10)} | naive median ${pad(ms(b.median), 10)} p95 ${ms(b.p95)}`,
  );
}

// --- scaling on synthetic corpora -----------------------------------------------------------------
console.log('\nsynthetic corpora built from the real passages');
const mixed = [...products, ...news];
for (const size of [10_000, 100_000]) {
  const corpus = syntheticCorpus(articles, size);
  const start = performance.now();
  const index = CorpusIndex.build(corpus);
  const buildMs = performance.now() - start;
  const json = JSON.stringify(index.toJSON());
  // Load = parse the shipped JSON and hydrate the index; the median of five, as a browser reloads it.
  let loaded = index;
  const load = time(() => {
    loaded = CorpusIndex.fromJSON(JSON.parse(json) as SerializedIndex, corpus);
  }, 5);
  const big = createEngineFromIndex(corpus, loaded);
  // Postings are decoded on first use: one pass over the contexts first, so the figures are steady state.
  const first = time(cycle(mixed, big), mixed.length);
  const ranked = time(cycle(mixed, big), size >= 100_000 ? 200 : 500);
  // Plain fuse.js scans every passage per query: 3 runs at 10,000 take half a minute; at 100,000 it
  // would take minutes (it grows linearly), so it is measured at 10,000 only.
  const baseline = size <= 10_000 ? time(cycle(products, naiveEngine(corpus)), 3) : undefined;
  console.log(
    `  ${size.toLocaleString('en')} passages: build ${ms(buildMs)}, index ${(json.length / 1e6).toFixed(1)} MB, load median ${ms(load.median)}, ` +
      `first pass median ${ms(first.median)}, rank median ${ms(ranked.median)} p95 ${ms(ranked.p95)}` +
      (baseline
        ? ` | naive fuse.js median ${ms(baseline.median)} (3 runs)`
        : ' | naive fuse.js not run (linear: about 10x the 10,000 figure)'),
  );
}
console.log(
  '\ntargets: product median <= 0.5 ms, news median <= 2 ms; p95 <= 2 ms at 10,000 and <= 16 ms at 100,000; load <= 20 ms at 10,000',
);
