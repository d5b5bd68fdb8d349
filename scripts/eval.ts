/**
 * `npm run eval`: runs the matcher over the judged saved pages (tests/fixtures/real) and prints
 * hit@1, p@3, the silent and shown rates and every page that misses. Exits non-zero below hit@1 0.90,
 * p@3 0.80, or on any miss of a silent or shown page. Then scores the search on its judged queries
 * (tests/fixtures/search, scripts/lib/search-eval.ts): fails below hit@1 0.90 or when a query that
 * must find nothing finds something.
 */
import { createEngine } from '../core/engine';
import { articles } from '../seeds';
import { judgeHtml } from './lib/judge';
import { readSavedPage, relevance } from '../tests/fixtures/real/index.mjs';
import { scoreCase, type CaseScore } from './lib/relevance';
import { evaluateSearch, loadSearchSet, summarise } from './lib/search-eval';

const MIN_HIT1 = 0.9;
const MIN_P3 = 0.8;
const MIN_SEARCH_HIT1 = 0.9;

const engine = createEngine(articles);
const verbose = process.argv.includes('--verbose');

const scores: CaseScore[] = [];
for (const testCase of relevance.cases) {
  const { html, meta } = readSavedPage(testCase.page);
  const judgement = await judgeHtml(engine, html, meta.url);
  const score = scoreCase(testCase, judgement, relevance.groups);
  if (verbose) {
    const top = judgement.passages.map((p) => p.id).join(', ');
    console.log(
      `${testCase.page} [${testCase.expect}] ${judgement.silent ? 'SILENT' : top} :: ${judgement.reason}`,
    );
  }
  scores.push(score);
}

const shown = scores.filter((s) => s.expect === 'show');
const silent = scores.filter((s) => s.expect === 'silent');
const hit1 = shown.filter((s) => s.hit1).length / shown.length;
const p3 = shown.reduce((sum, s) => sum + (s.p3 ?? 0), 0) / shown.length;
const shownRate = shown.filter((s) => !s.silent).length / shown.length;
const silentRate = silent.filter((s) => s.silent).length / silent.length;

for (const s of scores.filter((s) => s.miss)) console.log(`MISS ${s.page} (${s.expect}): ${s.miss}`);
const failures: string[] = [];
if (hit1 < MIN_HIT1) failures.push(`hit@1 ${hit1.toFixed(3)} < ${MIN_HIT1}`);
if (p3 < MIN_P3) failures.push(`p@3 ${p3.toFixed(3)} < ${MIN_P3}`);
if (shownRate < 1) failures.push('a page that must show stayed silent');
if (silentRate < 1) failures.push('a page that must stay silent offered passages');
console.log(
  `eval: ${scores.length} pages (${shown.length} show, ${silent.length} silent, ${scores.length - shown.length - silent.length} any): ` +
    `hit@1 ${hit1.toFixed(3)}, p@3 ${p3.toFixed(3)}, shown ${shownRate.toFixed(3)}, silent ${silentRate.toFixed(3)}` +
    (failures.length > 0 ? ` FAIL: ${failures.join('; ')}` : ' OK'),
);

const searchScores = evaluateSearch(engine, loadSearchSet());
for (const s of searchScores.filter((s) => s.miss))
  console.log(`SEARCH MISS "${s.query}" (${s.kind}): ${s.miss}`);
const search = summarise(searchScores);
if (search.hit1 < MIN_SEARCH_HIT1)
  failures.push(`search hit@1 ${search.hit1.toFixed(3)} < ${MIN_SEARCH_HIT1}`);
if (search.emptyOk < 1) failures.push('a search that must find nothing found passages');
console.log(
  `search: ${search.judged} queries, ${search.empty} that must find nothing: ` +
    `hit@1 ${search.hit1.toFixed(3)}, MRR ${search.mrr.toFixed(3)}, empty ${search.emptyOk.toFixed(3)}` +
    (failures.length > 0 ? ` FAIL: ${failures.join('; ')}` : ' OK'),
);
process.exit(failures.length > 0 ? 1 : 0);
