/**
 * The browser half of `npm run bench`: bytes of the built extension, main-thread time its content
 * script adds to real saved pages, DOMContentLoaded to launcher, click to passages, the service
 * worker's cold start and its memory, in headless Chromium launched as the e2e suites launch it
 * (scripts/lib/browser.mjs). Prints figures with their budgets (PASS/MISS); asserts nothing.
 * `node scripts/bench-browser.mjs` runs it alone. KEHRSEITE_BENCH_RUNS sets the runs per measurement
 * (default 5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { relevance } from '../tests/fixtures/real/index.mjs';
import { EXTENSION_DIR, checkPrerequisites, launch, realPage, stopServiceWorker } from './lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.KEHRSEITE_BENCH_RUNS ?? 5);
/** After `load`, how long a page is left to settle before its main-thread time is read. */
const SETTLE_MS = 1500;
/** The synthetic corpus size of the second, bench-only build (its service worker's memory). */
const BIG_CORPUS = 10_000;
// An article the quick read settles (the common case on a news site), and two that it reads in full
// because they name Amazon (the rainforest) or a word of the lexicon, before the engine is silent.
const SILENT_PAGES = [
  'spiegel-svb-federal-reserve',
  'vice-amazon-rainforest-fire',
  'zeit-euroleague-schlaegerei',
];
const PRODUCT_PAGE = 'amazon-de-washer-candy';

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const msText = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 0)} ms` : 'n/a');
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values) => quantile(values, 0.5);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Budget bookkeeping: every figure with a budget is printed with PASS or MISS and kept for the summary. */
function budgets(print) {
  const all = [];
  return {
    all,
    check(what, value, limit, format) {
      const pass = Number.isFinite(value) && value <= limit;
      all.push({ what, figure: format(value), budget: `<= ${format(limit)}`, pass });
      return `${format(value)} (budget <= ${format(limit)}: ${pass ? 'PASS' : 'MISS'})`;
    },
    print,
  };
}

// --- 1. bytes ---------------------------------------------------------------------------------------

function files(dir, ext) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => ext.some((e) => file.endsWith(e)) && statSync(path.join(dir, file)).isFile())
    .sort();
}

function sizeOf(dir, file) {
  const bytes = readFileSync(path.join(dir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The scripts and stylesheets an extension page loads: its module script, preloads and CSS. */
function pageAssets(dir, html) {
  const text = readFileSync(path.join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

function benchBytes(b) {
  const dir = EXTENSION_DIR;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  b.print(`bytes of ${path.relative(root, dir)} (gzip -9; the browser reads them raw from disk)`);
  for (const file of files(dir, ['.js', '.css'])) {
    const { raw, gzip } = sizeOf(dir, file);
    b.print(`  ${file.padEnd(40)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzipped`);
  }
  const entry = (label, list) => {
    const total = list.reduce(
      (sum, file) => {
        const { raw, gzip } = sizeOf(dir, file);
        return { raw: sum.raw + raw, gzip: sum.gzip + gzip };
      },
      { raw: 0, gzip: 0 },
    );
    return { label, list, ...total };
  };
  const contentScripts = manifest.content_scripts ?? [];
  const everyPage = entry(
    'content script + its CSS (every matched page)',
    contentScripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
  );
  const entries = [
    entry('background (service worker)', [manifest.background.service_worker]),
    entry('news extractor (injected into articles only)', ['news-extractor.js']),
    ...['panel.html', 'options.html', 'library.html']
      .filter((html) => existsSync(path.join(dir, html)))
      .map((html) => entry(`${html} with its chunks and CSS`, pageAssets(dir, html))),
  ];
  b.print('  per entrypoint');
  for (const e of entries)
    b.print(`    ${e.label.padEnd(46)} ${kb(e.raw).padStart(9)} raw ${kb(e.gzip).padStart(9)} gzipped`);
  b.print(
    `    ${everyPage.label.padEnd(46)} ${kb(everyPage.raw).padStart(9)} raw ` +
      b.check('content script every matched page loads, gzipped', everyPage.gzip, 15 * KB, kb),
  );
}

// --- shared browser helpers ------------------------------------------------------------------------

/** Runs in the page (and in the panel frame) before any of its scripts: timestamps for the bench. */
function timingProbe() {
  const epoch = () => performance.timeOrigin + performance.now();
  const marks = (globalThis.__kehrseiteBench = {});
  if (location.protocol === 'chrome-extension:') {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-passage-id]')) {
        marks.passage = epoch();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    return;
  }
  document.addEventListener('click', () => (marks.click ??= epoch()), true);
  let shadowObserved = false;
  const check = () => {
    const host = document.querySelector('kehrseite-sidebar');
    if (!host?.shadowRoot) return;
    if (host.shadowRoot.querySelector('[data-testid="launcher"]')) {
      marks.launcher = performance.now();
      observer.disconnect();
    } else if (!shadowObserved) {
      shadowObserved = true;
      observer.observe(host.shadowRoot, { childList: true, subtree: true });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

const LAUNCHER = 'kehrseite-sidebar [data-testid="launcher"]';

/** Opens a page with the probe; resolves with navigation start -> DCL and -> launcher (page clock). */
async function openToLauncher(context, url) {
  const page = await context.newPage();
  await page.addInitScript(timingProbe);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(LAUNCHER).waitFor({ state: 'attached', timeout: 20_000 });
  const times = await page.evaluate(() => ({
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? NaN,
    launcher: globalThis.__kehrseiteBench?.launcher ?? NaN,
  }));
  return { page, ...times };
}

/** Clicks the launcher; resolves with click -> first passage in the panel frame (both epoch clocks). */
async function clickToPassages(page) {
  await page.locator(LAUNCHER).click();
  const frame = await (async () => {
    for (let i = 0; i < 200; i++) {
      const found = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url()));
      if (found) return found;
      await sleep(25);
    }
    throw new Error('the panel frame did not appear');
  })();
  await frame.waitForSelector('[data-passage-id]', { timeout: 10_000 });
  const click = await page.evaluate(() => globalThis.__kehrseiteBench?.click ?? NaN);
  const passage = await frame.evaluate(() => globalThis.__kehrseiteBench?.passage ?? NaN);
  return passage - click;
}

/** A CDP session on the extension's service worker, through auto-attach from one of its pages. */
async function workerSession(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const session = await context.newCDPSession(page);
  const attached = new Promise((resolve) =>
    session.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'service_worker') resolve(event.sessionId);
    }),
  );
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const sessionId = await attached;
  let next = 0;
  const pending = new Map();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  return {
    call: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, (message) =>
          message.error ? reject(new Error(message.error.message)) : resolve(message.result),
        );
        session
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method, params }),
          })
          .catch(reject);
      }),
    close: () => page.close(),
  };
}

async function workerHeap(context, extensionId) {
  const worker = await workerSession(context, extensionId);
  try {
    await worker.call('HeapProfiler.collectGarbage');
    return await worker.call('Runtime.getHeapUsage');
  } finally {
    await worker.close();
  }
}

// --- 2. main-thread time -----------------------------------------------------------------------------

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/** Loads `url` while tracing the browser; resolves with the trace events. */
async function tracedLoad(context, url) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  await page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  await session.send('Tracing.end');
  await complete;
  await page.close();
  return events;
}

/**
 * The main-thread time of the extension in one trace: on the renderer thread where its content script
 * was evaluated, the compile slices of extension scripts plus the CPU-profile samples whose stack holds
 * a frame from a chrome-extension://<id>/ script (content script, news extractor, and the callbacks,
 * microtasks and timers they schedule). The service worker runs in another process and is not counted.
 */
function extensionTime(events, extensionId) {
  const prefix = `chrome-extension://${extensionId}/`;
  const evaluate = events.find(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(`${prefix}content-scripts/content`),
  );
  if (!evaluate) return null;
  const onThread = (e) => e.pid === evaluate.pid && e.tid === evaluate.tid;
  const compile = events
    .filter((e) => onThread(e) && e.name === 'v8.compile' && e.args?.data?.url?.startsWith(prefix))
    .reduce((sum, e) => sum + e.dur, 0);
  const evaluateScripts = events
    .filter((e) => onThread(e) && e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(prefix))
    .reduce((sum, e) => sum + e.dur, 0);

  // CPU profile chunks: nodes arrive incrementally; sample timestamps are deltas.
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && onThread(e)).map((e) => e.id));
  const nodes = new Map();
  const samples = [];
  let clock = null;
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has(e.id)) clock ??= e.args.data.startTime;
    if (e.name !== 'ProfileChunk' || !profileIds.has(e.id)) continue;
    const profile = e.args.data.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args.data.timeDeltas ?? [];
    (profile.samples ?? []).forEach((node, i) => {
      clock += deltas[i] ?? 0;
      samples.push({ node, ts: clock });
    });
  }
  // Each sample is charged to the outermost extension script on its stack (the one that started the work).
  const scriptOf = new Map();
  const owner = (id) => {
    if (scriptOf.has(id)) return scriptOf.get(id);
    const node = nodes.get(id);
    const url = node?.callFrame?.url ?? '';
    const result =
      (node?.parent ? owner(node.parent) : null) ??
      (url.startsWith(prefix) ? url.slice(prefix.length) : null);
    scriptOf.set(id, result);
    return result;
  };
  samples.sort((a, b) => a.ts - b.ts);
  const gaps = samples.slice(1).map((s, i) => s.ts - samples[i].ts);
  const cap = 4 * (median(gaps) || 100);
  let sampled = 0;
  const byScript = {};
  for (let i = 0; i + 1 < samples.length; i++) {
    const script = owner(samples[i].node);
    if (!script) continue;
    const dur = Math.min(samples[i + 1].ts - samples[i].ts, cap);
    sampled += dur;
    byScript[script] = (byScript[script] ?? 0) + dur / 1000;
  }
  return {
    total: (compile + sampled) / 1000,
    compile: compile / 1000,
    sampled: sampled / 1000,
    evaluate: evaluateScripts / 1000,
    interval: median(gaps) / 1000,
    byScript,
  };
}

/** Loads `url` with the Performance domain on; resolves with ScriptDuration and TaskDuration in ms. */
async function metricsLoad(context, url) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  const { metrics } = await session.send('Performance.getMetrics');
  await page.close();
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

async function metricsRuns(context, urls) {
  const out = new Map(urls.map((url) => [url, []]));
  // Interleaved, so a slow moment of a shared machine spreads over all pages.
  for (let run = 0; run < RUNS; run++)
    for (const url of urls) out.get(url).push(await metricsLoad(context, url));
  return out;
}

// --- the run -----------------------------------------------------------------------------------------

function showPages() {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const domains = (manifest.content_scripts ?? [])
    .flatMap((script) => script.matches)
    .map((pattern) => /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1])
    .filter(Boolean);
  return relevance.cases
    .filter((c) => c.expect === 'show')
    .map((c) => realPage(c.page))
    .filter((p) => p.meta.kind.startsWith('amazon-') || p.meta.kind === 'news-article')
    .filter((p) => {
      const host = new URL(p.url).hostname;
      return domains.some((d) => host === d || host.endsWith(`.${d}`));
    });
}

function buildBigCorpus() {
  const outDir = path.join(root, '.output', `bench-${BIG_CORPUS}`, 'chrome-mv3');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  execFileSync(tsx, ['scripts/bench-build.ts', String(BIG_CORPUS)], { cwd: root, stdio: 'ignore' });
  if (!existsSync(path.join(outDir, 'manifest.json'))) throw new Error(`bench build missing: ${outDir}`);
  return outDir;
}

/** Runs every browser measurement; `print` receives each line. Returns the budgets for the summary. */
export async function browserBench(print = console.log) {
  checkPrerequisites();
  const b = budgets(print);
  benchBytes(b);

  const shown = showPages();
  const silent = SILENT_PAGES.map(realPage);
  const product = realPage(PRODUCT_PAGE);
  const realPages = [...new Map([...shown, ...silent, product].map((p) => [p.slug, p])).values()];
  const mainThreadPages = [...silent, product];

  // Without the extension: the same browser, flags, pages and servers.
  const bare = await launch({ extension: false, realPages });
  let without;
  try {
    without = await metricsRuns(
      bare.context,
      mainThreadPages.map((p) => p.url),
    );
  } finally {
    await bare.close();
  }

  const browser = await launch({ realPages });
  const { context, extensionId, worker } = browser;
  try {
    // Warm-up: the first answer builds the engine; every figure below but the cold start is warm.
    const warm = await openToLauncher(context, product.url);
    await warm.page.close();

    // 2. Main-thread time.
    const withExt = await metricsRuns(
      context,
      mainThreadPages.map((p) => p.url),
    );
    print(
      `\nmain-thread time the content script adds (${RUNS} runs per page, read ${SETTLE_MS} ms after load)`,
    );
    print(
      '  traced: compile + sampled JS in chrome-extension:// frames on the page thread | A/B: Performance.getMetrics with - without',
    );
    for (const page of mainThreadPages) {
      const traces = [];
      for (let run = 0; run < RUNS; run++) {
        const time = extensionTime(await tracedLoad(context, page.url), extensionId);
        if (time) traces.push(time);
      }
      const a = withExt.get(page.url);
      const z = without.get(page.url);
      const scriptDiff = median(a.map((m) => m.script)) - median(z.map((m) => m.script));
      const taskDiff = median(a.map((m) => m.task)) - median(z.map((m) => m.task));
      const isSilent = SILENT_PAGES.includes(page.slug);
      const traced = median(traces.map((t) => t.total));
      const figure = isSilent
        ? b.check(`main thread, silent page ${page.slug}`, traced, 2, msText)
        : `${msText(traced)} (no budget: a page that shows the launcher)`;
      print(`  ${page.slug} (${isSilent ? 'silent' : 'shown'})`);
      print(
        `    traced median ${figure}; compile ${msText(median(traces.map((t) => t.compile)))}, sampled JS ` +
          `${msText(median(traces.map((t) => t.sampled)))}, EvaluateScript slices ${msText(median(traces.map((t) => t.evaluate)))} ` +
          `(n=${traces.length}, sample interval ${msText(median(traces.map((t) => t.interval)))})`,
      );
      const scripts = [...new Set(traces.flatMap((t) => Object.keys(t.byScript)))].sort();
      print(
        `    sampled JS by script: ${scripts.map((s) => `${s} ${msText(median(traces.map((t) => t.byScript[s] ?? 0)))}`).join(', ')}`,
      );
      print(
        `    A/B median difference: ScriptDuration ${msText(scriptDiff)}, TaskDuration ${msText(taskDiff)} ` +
          `(without: script ${msText(median(z.map((m) => m.script)))}, task ${msText(median(z.map((m) => m.task)))})`,
      );
    }

    // 3. DOMContentLoaded -> launcher, click -> passages.
    const toLauncher = [];
    const toPassages = [];
    const failures = [];
    for (let run = 0; run < Math.max(1, Math.floor(RUNS / 5)); run++) {
      for (const page of shown) {
        let opened;
        try {
          opened = await openToLauncher(context, page.url);
          toLauncher.push({ slug: page.slug, ms: opened.launcher - opened.dcl });
          toPassages.push({ slug: page.slug, ms: await clickToPassages(opened.page) });
        } catch (error) {
          failures.push(`${page.slug}: ${String(error.message).split('\n')[0]}`);
        } finally {
          await opened?.page.close();
        }
      }
    }
    const summary = (label, list, budget) => {
      const values = list.map((x) => x.ms);
      const slowest = [...list].sort((x, y) => y.ms - x.ms).slice(0, 3);
      print(
        `  ${label}: median ${b.check(`${label}, median`, median(values), budget, msText)}, ` +
          `p95 ${b.check(`${label}, p95`, quantile(values, 0.95), budget, msText)}; ` +
          `slowest ${slowest.map((x) => `${x.slug} ${msText(x.ms)}`).join(', ')}`,
      );
    };
    print(
      `\nwarm service worker, ${shown.length} saved Amazon and news pages judged to show passages (n=${toLauncher.length})`,
    );
    summary('DOMContentLoaded -> launcher', toLauncher, 150);
    summary('click -> first passage', toPassages, 150);
    for (const failure of failures) print(`  failed: ${failure}`);

    // 4. Service-worker cold start.
    const cold = [];
    const hot = [];
    const stops = [];
    let verified = 0;
    for (let run = 0; run < Math.max(3, Math.round(RUNS / 2)); run++) {
      await worker.evaluate(() => (globalThis.__kehrseiteBenchMarker = true));
      stops.push(await stopServiceWorker(context, extensionId));
      const coldRun = await openToLauncher(context, product.url);
      cold.push(coldRun);
      await coldRun.page.close();
      if ((await worker.evaluate(() => globalThis.__kehrseiteBenchMarker)) === undefined) verified++;
      const hotRun = await openToLauncher(context, product.url);
      hot.push(hotRun);
      await hotRun.page.close();
    }
    print(
      `\nservice worker cold start on ${product.slug} (${cold.length} runs; stopped with CDP ServiceWorker.stopWorker ` +
        `in median ${msText(median(stops))}; restarted with empty globals in ${verified}/${cold.length})`,
    );
    const navToLauncher = (runs) => median(runs.map((r) => r.launcher));
    const dclToLauncher = (runs) => median(runs.map((r) => r.launcher - r.dcl));
    print(
      `  navigation start -> launcher: cold median ${msText(navToLauncher(cold))}, warm ${msText(navToLauncher(hot))}, ` +
        `cold start adds ${msText(navToLauncher(cold) - navToLauncher(hot))}`,
    );
    print(
      `  DOMContentLoaded -> launcher: cold median ${msText(dclToLauncher(cold))}, warm ${msText(dclToLauncher(hot))}`,
    );

    // 5. Memory, bundled corpus (the engine is built: the worker has answered since its restart).
    const heap = await workerHeap(context, extensionId);
    print(`\nservice worker heap after GC, engine built (Runtime.getHeapUsage)`);
    print(
      `  bundled corpus: used ${(heap.usedSize / 1e6).toFixed(2)} MB of ${(heap.totalSize / 1e6).toFixed(2)} MB`,
    );
  } finally {
    await browser.close();
  }

  // 5. Memory, synthetic corpus: a separate bench build (production output untouched).
  const bigDir = buildBigCorpus();
  const big = await launch({ extensionDir: bigDir, realPages });
  try {
    const first = await openToLauncher(big.context, product.url);
    await first.page.close();
    const heap = await workerHeap(big.context, big.extensionId);
    print(
      `  ${BIG_CORPUS.toLocaleString('en')} synthetic passages (${path.relative(root, bigDir)}): used ` +
        `${(heap.usedSize / 1e6).toFixed(2)} MB of ${(heap.totalSize / 1e6).toFixed(2)} MB; first answer ` +
        `(navigation start -> launcher, engine built from the corpus) ${msText(first.launcher)}`,
    );
  } finally {
    await big.close();
  }
  return b.all;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const all = await browserBench();
  console.log(`\nbudgets: ${all.filter((x) => x.pass).length}/${all.length} PASS`);
}
