/**
 * `npm run eval`: runs the matcher over the judged saved pages (tests/fixtures/real) and prints, for the
 * `tune` and `held-out` halves (splitOf in the loader), hit@1, p@3, the shown and silent rates; then the
 * same for saved pages and wrapped dataset texts apart, recall per theme, and every page that misses.
 *
 * ENFORCED (exit non-zero): only the thresholds in ENFORCED below. The targets (TARGETS) are
 * printed with each figure and marked; a target becomes enforced once the engine meets it (move it from
 * TARGETS to ENFORCED in the same commit).
 *
 * Then scores the search on its judged queries (tests/fixtures/search, scripts/lib/search-eval.ts):
 * enforced, it fails below hit@1 0.90 or when a query that must find nothing finds something.
 */
import { createEngine } from '../core/engine';
import { articles } from '../seeds';
import { judgeHtml } from './lib/judge';
import { readSavedPage, relevance, splitOf } from '../tests/fixtures/real/index.mjs';
import { scoreCase, type CaseScore } from './lib/relevance';
import { evaluateSearch, loadSearchSet, summarise } from './lib/search-eval';

interface Figures {
  pages: number;
  show: number;
  silentCases: number;
  any: number;
  hit1: number;
  p3: number;
  shown: number;
  silent: number;
}
type Half = 'tune' | 'held-out';
interface Threshold {
  half: Half | 'gap';
  metric: 'hit1' | 'p3' | 'shown' | 'silent' | 'gap';
  min: number;
}

/** The thresholds. `gap` is tune hit@1 minus held-out hit@1, at most `min`. */
const TARGETS: Threshold[] = [
  { half: 'tune', metric: 'hit1', min: 0.95 },
  { half: 'tune', metric: 'p3', min: 0.85 },
  { half: 'held-out', metric: 'hit1', min: 0.9 },
  { half: 'held-out', metric: 'p3', min: 0.85 },
  { half: 'held-out', metric: 'shown', min: 0.9 },
  { half: 'held-out', metric: 'silent', min: 0.99 },
  { half: 'gap', metric: 'gap', min: 0.05 },
];
/**
 * What CI enforces today: the targets the engine meets on this set (see the closing note of issue 11).
 * The others are printed as targets, NOT MET, without failing: on the 455-page set of s17 the engine
 * meets tune hit@1 and p@3 and keeps every held-out silent page silent; held-out hit@1, p@3, shown and
 * the gap are not met yet.
 */
const ENFORCED = new Set<string>(['tune hit1', 'tune p3', 'held-out silent']);
/**
 * Also enforced: the gate from before issue 11, on the pages judged before it (cases without `added`):
 * hit@1 0.90, p@3 0.80, every show page shown and every silent page silent.
 */
const LEGACY = { hit1: 0.9, p3: 0.8, shown: 1, silent: 1 } as const;

type Scored = CaseScore & { half: Half; wrapped: boolean; top: string[]; legacy: boolean };

const MIN_SEARCH_HIT1 = 0.9;

const engine = createEngine(articles);
const verbose = process.argv.includes('--verbose');

const scores: Scored[] = [];
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
  scores.push({
    ...score,
    half: splitOf(testCase),
    wrapped: meta.wrapped === true,
    top: testCase.top ?? [],
    legacy: testCase.added === undefined,
  });
}

function figures(set: Scored[]): Figures {
  const show = set.filter((s) => s.expect === 'show');
  const silent = set.filter((s) => s.expect === 'silent');
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    pages: set.length,
    show: show.length,
    silentCases: silent.length,
    any: set.length - show.length - silent.length,
    hit1: rate(show.filter((s) => s.hit1).length, show.length),
    p3: rate(
      show.reduce((sum, s) => sum + (s.p3 ?? 0), 0),
      show.length,
    ),
    shown: rate(show.filter((s) => !s.silent).length, show.length),
    silent: rate(silent.filter((s) => s.silent).length, silent.length),
  };
}

const line = (label: string, f: Figures) =>
  `${label.padEnd(16)} ${String(f.pages).padStart(4)} pages (${f.show} show, ${f.silentCases} silent, ${f.any} any): ` +
  `hit@1 ${f.hit1.toFixed(3)}, p@3 ${f.p3.toFixed(3)}, shown ${f.shown.toFixed(3)}, silent ${f.silent.toFixed(3)}`;

for (const s of scores.filter((s) => s.miss))
  console.log(`MISS [${s.half}] ${s.page} (${s.expect}): ${s.miss}`);
console.log('');
const halves: Record<Half, Figures> = {
  tune: figures(scores.filter((s) => s.half === 'tune')),
  'held-out': figures(scores.filter((s) => s.half === 'held-out')),
};
console.log(line('all', figures(scores)));
console.log(line('tune', halves.tune));
console.log(line('held-out', halves['held-out']));
for (const half of ['tune', 'held-out'] as const) {
  for (const wrapped of [false, true]) {
    const set = scores.filter((s) => s.half === half && s.wrapped === wrapped);
    console.log(line(`${half} ${wrapped ? 'wrapped' : 'saved'}`, figures(set)));
  }
}
const themes = Object.keys(relevance.groups);
for (const theme of themes) {
  const set = scores.filter((s) => s.expect === 'show' && s.top.includes(theme) && s.top.length === 1);
  const shown = set.filter((s) => !s.silent).length;
  const hit = set.filter((s) => s.hit1).length;
  console.log(
    `theme ${theme.padEnd(8)} ${String(set.length).padStart(3)} pages with this sole top group: shown ${shown}/${set.length}, hit@1 ${hit}/${set.length}`,
  );
}

const gap = halves.tune.hit1 - halves['held-out'].hit1;
const failures: string[] = [];
console.log('');
for (const t of TARGETS) {
  const key = `${t.half} ${t.metric}`;
  const value = t.half === 'gap' ? gap : halves[t.half][t.metric as keyof Figures];
  const met = t.half === 'gap' ? value <= t.min : value >= t.min;
  const enforced = ENFORCED.has(key);
  const rule =
    t.half === 'gap'
      ? `tune-held-out hit@1 ${value.toFixed(3)} <= ${t.min}`
      : `${key} ${value.toFixed(3)} >= ${t.min}`;
  console.log(`${enforced ? 'ENFORCED' : 'target  '} ${met ? 'met    ' : 'NOT MET'} ${rule}`);
  if (enforced && !met) failures.push(rule);
}
const legacy = figures(scores.filter((s) => s.legacy));
console.log(line('legacy gate', legacy));
for (const metric of ['hit1', 'p3', 'shown', 'silent'] as const) {
  const met = legacy[metric] >= LEGACY[metric];
  console.log(
    `ENFORCED ${met ? 'met    ' : 'NOT MET'} legacy ${metric} ${legacy[metric].toFixed(3)} >= ${LEGACY[metric]}`,
  );
  if (!met) failures.push(`legacy ${metric} ${legacy[metric].toFixed(3)} < ${LEGACY[metric]}`);
}

const searchScores = evaluateSearch(engine, loadSearchSet());
for (const s of searchScores.filter((s) => s.miss))
  console.log(`SEARCH MISS "${s.query}" (${s.kind}): ${s.miss}`);
const search = summarise(searchScores);
if (search.hit1 < MIN_SEARCH_HIT1)
  failures.push(`search hit@1 ${search.hit1.toFixed(3)} < ${MIN_SEARCH_HIT1}`);
if (search.emptyOk < 1) failures.push('a search that must find nothing found passages');
console.log(
  `search: ${search.judged} queries, ${search.empty} that must find nothing: ` +
    `hit@1 ${search.hit1.toFixed(3)}, MRR ${search.mrr.toFixed(3)}, empty ${search.emptyOk.toFixed(3)}`,
);
console.log(failures.length > 0 ? `eval FAIL: ${failures.join('; ')}` : 'eval OK (enforced thresholds met)');
process.exit(failures.length > 0 ? 1 : 0);
