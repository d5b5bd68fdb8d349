import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_OFFERED, createEngine } from '../../core/engine';
import { pageContextProblems } from '../../core/page-context';
import { readInFull } from '../../extractors/full-reader';
import { detect } from '../../extractors/gate';
import { articleDataProblems, articleFromData } from '../../extractors/news-quick';
import { ADAPTERS, type SiteAdapter, type PageReader } from '../../extractors/registry';
import { articles } from '../../seeds';
import { readSavedPage, slugs } from '../fixtures/real/index.mjs';
import { fuzzCase, seedFrom, type SourcePage } from './generate';

/**
 * An adapter's cheap read with its two halves joined as the read path joins them; an article's data
 * must pass the background's check (articleDataProblems) whatever the page.
 */
function cheapReader(adapter: SiteAdapter): PageReader {
  if (!('collect' in adapter)) return adapter.read;
  return (doc, url) => {
    const data = adapter.collect(doc);
    const problems = articleDataProblems(data);
    if (problems.length > 0) throw new Error(`article data the background refuses: ${problems.join(', ')}`);
    return articleFromData(data, url);
  };
}

/**
 * Hostile documents through every step a content script and the background run: the gate, each
 * reader the registry has for the page (the cheap one and, where it has one, the full reader), rank,
 * plus the panel's search. The readers are called here one by one, not through utils/read-path.ts,
 * because that path takes a reader that throws as a page with nothing to offer: here it is a failure. Every output must be a valid PageContext or null, nothing
 * may throw, and no page may take long. Reproduce a failure with the seed and index it prints:
 * `FUZZ_SEED=<seed> FUZZ_INDEX=<index> npx vitest run --project extractors tests/fuzz/fuzz.test.ts`.
 * FUZZ_COUNT runs more documents (default 1,000).
 */

const DEFAULT_SEED = 20_250_601;
const seed = seedFrom(process.env.FUZZ_SEED, DEFAULT_SEED);
const count = Number(process.env.FUZZ_COUNT ?? 1000);
const only = process.env.FUZZ_INDEX === undefined ? undefined : Number(process.env.FUZZ_INDEX);

/**
 * The time extract + rank may take for one document (parsing excluded): 1.5 s plus 2 ms per KB of
 * markup, since the work is meant to grow linearly with the page. Measured on this project's 2-core
 * machine: the heaviest legitimate case, Readability over the 2 MB saved Amazon search page served
 * under a news host, takes 0.8 s idle and up to 2.4 s while an end-to-end Chromium run shares the
 * cores (its cap: 5.8 s); most documents take a few ms. Readability's runaway on deep nesting took 18
 * to 22 s on a 74 KB page (cap 1.65 s), so such a regression fails by a wide margin; the readerable
 * check's milder one (1 to 2 s on a 128 KB page, cap 1.76 s) sits near the cap and is held by a unit
 * test in article-signals.test.ts instead.
 */
const pageCapMs = (html: string) => 1500 + (2 * html.length) / 1000;
/**
 * One search over the bundled corpus. At most 12 words, each a lookup of at most a few tens of ms
 * (about 0.3 s in all idle, 0.55 s under load); a pasted page of text took 3.3 s before the word cap.
 */
const SEARCH_CAP_MS = 1500;

// Without the saved pages the fuzzer would run on synthetic markup only; the first test checks they are there.
const pages: SourcePage[] = slugs.map((slug) => {
  const { html, meta } = readSavedPage(slug);
  return { slug, url: meta.url, html };
});

const engine = createEngine(articles);

interface Slowest {
  ms: number;
  index: number;
}

describe('fuzzing detection, extraction and matching', () => {
  it('builds the same document from the same seed and index', () => {
    expect(pages.length).toBeGreaterThanOrEqual(49);
    expect(fuzzCase(seed, 7, pages)).toEqual(fuzzCase(seed, 7, pages));
    expect(fuzzCase(seed, 7, pages).html).not.toBe(fuzzCase(seed, 8, pages).html);
  });

  it(
    `survives ${only === undefined ? count : 1} hostile documents (seed ${seed})`,
    { timeout: 50_000 },
    () => {
      const failures: string[] = [];
      const sites: Record<string, number> = {};
      let nulls = 0;
      let rootless = 0;
      let bytes = 0;
      let slowestPage: Slowest = { ms: 0, index: -1 };
      let slowestSearch: Slowest = { ms: 0, index: -1 };
      const started = performance.now();
      const indexes = only === undefined ? Array.from({ length: count }, (_, i) => i) : [only];

      for (const index of indexes) {
        const fuzz = fuzzCase(seed, index, pages);
        const where = () =>
          `seed ${seed} case ${index} (FUZZ_SEED=${seed} FUZZ_INDEX=${index}), ${fuzz.url.slice(0, 120)}, ` +
          `${JSON.stringify(fuzz.options)}, ${fuzz.html.length} chars of ${fuzz.recipe.join('+')}`;
        bytes += fuzz.html.length;
        let { document } = parseHTML(fuzz.html);
        if (document.documentElement === null) {
          // linkedom builds no root element for some broken documents (an unclosed attribute right at the
          // start); a browser's parser always creates <html>, and document.title on a rootless linkedom
          // document throws inside linkedom. Give it the root a browser would have.
          rootless++;
          ({ document } = parseHTML(`<html>${fuzz.html}`));
        }
        const url = new URL(fuzz.url);
        try {
          const begin = performance.now();
          const kind = detect(url, fuzz.options);
          const adapter = kind ? ADAPTERS[kind] : undefined;
          const readers: PageReader[] = adapter
            ? [cheapReader(adapter), ...('readsInFull' in adapter ? [readInFull] : [])]
            : [];
          const contexts = readers.map((read) => read(document, url));
          const results = contexts.map((context) => (context ? engine.rank(context) : undefined));
          const ms = performance.now() - begin;
          if (ms > slowestPage.ms) slowestPage = { ms, index };
          const cap = pageCapMs(fuzz.html);
          if (ms > cap) failures.push(`${where()}: took ${Math.round(ms)} ms, cap ${Math.round(cap)} ms`);
          const context = contexts.at(-1) ?? null;
          if (context === null) nulls++;
          else sites[context.site] = (sites[context.site] ?? 0) + 1;
          for (const [step, read] of contexts.entries()) {
            if (read === null) continue;
            const problems = pageContextProblems(read);
            if (problems.length > 0) failures.push(`${where()}: invalid context: ${problems.join('; ')}`);
            const result = results[step];
            if (
              typeof result?.silent !== 'boolean' ||
              !Array.isArray(result.passages) ||
              result.passages.length > MAX_OFFERED
            )
              failures.push(`${where()}: malformed rank result`);
          }
        } catch (error) {
          failures.push(
            `${where()}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
        }
        for (const query of fuzz.queries) {
          try {
            const begin = performance.now();
            const hits = engine.search(query, { limit: 10 });
            const ms = performance.now() - begin;
            if (ms > slowestSearch.ms) slowestSearch = { ms, index };
            if (ms > SEARCH_CAP_MS)
              failures.push(`${where()}: search of ${query.length} chars took ${Math.round(ms)} ms`);
            if (!Array.isArray(hits) || hits.length > 10)
              failures.push(`${where()}: malformed search result`);
          } catch (error) {
            failures.push(`${where()}: search ${JSON.stringify(query.slice(0, 80))} threw ${String(error)}`);
          }
        }
      }

      const contexts = indexes.length - nulls;
      const perSite = Object.entries(sites)
        .map(([site, n]) => `${site} ${n}`)
        .join(', ');
      console.log(
        `fuzz: seed ${seed}, ${indexes.length} documents (${(bytes / 1e6).toFixed(1)} MB), ` +
          `${contexts} contexts (${perSite}) and ${nulls} null (${rootless} re-rooted), slowest page ${slowestPage.ms.toFixed(0)} ms ` +
          `(case ${slowestPage.index}), slowest search ${slowestSearch.ms.toFixed(0)} ms, ` +
          `${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(failures).toEqual([]);
    },
  );
});
