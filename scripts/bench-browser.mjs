/**
 * The browser half of `npm run bench`: bytes of the built extension; main-thread time its content script
 * costs on silent saved pages against floors loaded in the same run (a minimal content script that checks
 * the host, reads the title and sends one message, and one that does nothing); DOMContentLoaded to
 * launcher and click to first passage on shown pages; the service worker's cold start interleaved with
 * warm loads; its memory; the same at 10,000 passages. Headless Chromium launched as the e2e suites
 * launch it (scripts/lib/browser.mjs). Prints figures with their budgets (PASS/MISS); asserts nothing.
 * KEHRSEITE_BENCH_RUNS sets the loads per page (default 5, the least the budgets are read from; fewer
 * only to try the bench out). KEHRSEITE_BENCH_ONLY, a comma-separated list of sections (bytes, silent,
 * shown, cold, big, and synthetic for scripts/bench.ts's synthetic corpora in Node), runs only those, to
 * measure one change without the whole run. KEHRSEITE_BENCH_COMPARE, the path of another build's
 * chrome-mv3 folder, loads it as a fifth browser in the silent pages' interleaving and prints its figures
 * beside ours: a same-run A/B of two builds, which a shared machine's drift between runs cannot fake.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { relevance } from '../tests/fixtures/real/index.mjs';
import { EXTENSION_DIR, checkPrerequisites, launch, realPage, stopServiceWorker } from './lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.KEHRSEITE_BENCH_RUNS ?? 5);
const SECTIONS = ['bytes', 'silent', 'shown', 'cold', 'big', 'synthetic'];
/** The sections KEHRSEITE_BENCH_ONLY names, or undefined for a whole run. */
export const BENCH_SECTIONS = process.env.KEHRSEITE_BENCH_ONLY?.split(',').map((s) => s.trim());
const unknownSections = BENCH_SECTIONS?.filter((s) => !SECTIONS.includes(s)) ?? [];
if (unknownSections.length > 0)
  throw new Error(
    `KEHRSEITE_BENCH_ONLY: unknown section ${unknownSections.join(', ')} (known: ${SECTIONS.join(', ')})`,
  );
const runs = (section) => BENCH_SECTIONS === undefined || BENCH_SECTIONS.includes(section);
/** Another build measured beside ours on the silent pages, or undefined. */
const COMPARE_DIR = process.env.KEHRSEITE_BENCH_COMPARE
  ? path.resolve(process.env.KEHRSEITE_BENCH_COMPARE)
  : undefined;
/** After `load`, how long a silent page is left to settle before its main-thread time is read. */
const SETTLE_MS = 1000;
/**
 * Interleaved cold and warm loads of the same page, for the cold-start figures. Seven pairs gave paired
 * differences from -83 to 165 ms around a 100 ms budget (stop 25's run), so the median moved with one pair;
 * fifteen cost about 15 s more per corpus and settle it.
 */
const COLD_PAIRS = 15;
/** The synthetic corpus size of the second, bench-only build. */
const BIG_CORPUS = 10_000;
/**
 * Saved articles that the judgements and the engine keep silent, on hosts the content script matches:
 * two traps that once needed the full reader (the rainforest names Amazon, the basketball brawl carries
 * data words in a consent notice) and others, German and English, small and large. The judged set has no silent shop
 * page (every saved Amazon and Alibaba page shows passages).
 */
const SILENT_PAGES = [
  'vice-amazon-rainforest-fire',
  'zeit-euroleague-schlaegerei',
  'spiegel-svb-federal-reserve',
  'tagesschau-rheinmetall-datenleck',
  'heise-1password-mac',
  'sueddeutsche-flixtrain-fernverkehr',
  'theverge-ios-beta-facetime',
  'bbc-obama-gun-laws',
];
/**
 * The page of the cold-start figures: a product page, of the smaller ones (725 KB), so that the page's own
 * load time, which both loads of a pair pay, varies less.
 */
const PRODUCT_PAGE = 'amazon-com-br-orwell-box';
/** Readability's own passes, by their method names (kept by the minifier), wherever it is bundled. */
const READABILITY_FRAME =
  /^(_grabArticle|_prepDocument|_getArticleMetadata|_postProcessContent|isProbablyReaderable)$/;
const FULL_READER_SCRIPT = 'news-extractor.js';

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const msText = (value) =>
  value === Infinity
    ? 'timed out'
    : Number.isFinite(value)
      ? `${value.toFixed(Math.abs(value) < 10 ? 2 : 0)} ms`
      : 'n/a';
const ratioText = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const loadsText = (value) => `${value} loads`;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values) => quantile(values, 0.5);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Figure bookkeeping: a figure with a budget is printed with PASS or MISS; one without (for reference)
 * is kept too, so BENCHMARKS.md and the README list both.
 */
function figures(print) {
  const all = [];
  return {
    all,
    check(what, value, limit, format) {
      const pass = Number.isFinite(value) && value <= limit;
      all.push({ what, figure: format(value), budget: `<= ${format(limit)}`, pass });
      return `${format(value)} (budget <= ${format(limit)}: ${pass ? 'PASS' : 'MISS'})`;
    },
    report(what, value, format) {
      all.push({ what, figure: format(value) });
      return format(value);
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
    ...(existsSync(path.join(dir, FULL_READER_SCRIPT))
      ? [entry('news extractor (injected into articles only)', [FULL_READER_SCRIPT])]
      : []),
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
  // The panel may have been prepared hidden before the click, passages and all: what the user waits for
  // is the frame being shown, so the first frame after the click in which the panel iframe is no longer
  // hidden is marked too, and the figure is the later of the two marks.
  const markShown = () => {
    const frame = document
      .querySelector('kehrseite-sidebar')
      ?.shadowRoot?.querySelector('iframe:not([hidden])');
    if (frame) marks.shown = epoch();
    else requestAnimationFrame(markShown);
  };
  document.addEventListener(
    'click',
    () => {
      if (marks.click !== undefined) return;
      marks.click = epoch();
      requestAnimationFrame(markShown);
    },
    true,
  );
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

/**
 * Opens a page with the probe; resolves with navigation start -> response, document parsed (when the
 * content script starts), DCL and launcher (page clock), and the page clock's origin (epoch).
 */
async function openToLauncher(context, url) {
  const page = await context.newPage();
  await page.addInitScript(timingProbe);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(LAUNCHER).waitFor({ state: 'attached', timeout: 10_000 });
  const times = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    return {
      origin: performance.timeOrigin,
      response: navigation?.responseStart ?? NaN,
      parsed: navigation?.domInteractive ?? NaN,
      dcl: navigation?.domContentLoadedEventStart ?? NaN,
      launcher: globalThis.__kehrseiteBench?.launcher ?? NaN,
    };
  });
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
  await page.waitForFunction(() => globalThis.__kehrseiteBench?.shown !== undefined, null, {
    timeout: 10_000,
  });
  const { click, shown } = await page.evaluate(() => globalThis.__kehrseiteBench);
  const passage = await frame.evaluate(() => globalThis.__kehrseiteBench?.passage ?? NaN);
  return Math.max(passage, shown) - click;
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

// --- 2. floors ----------------------------------------------------------------------------------------

/**
 * Two extensions the bench writes for itself, with our content script's `matches` and `run_at`: the
 * floor (MV3, a content script that checks the host, reads the title and sends one message to a worker
 * that replies: the least a content script can do to decide anything) and one whose content script does
 * nothing (what Chromium charges for injecting a script at all). Both name their script as ours does, so
 * the trace is read the same way. Returns their folders under `tmp`.
 */
function writeFloors(manifest, tmp) {
  const ours = manifest.content_scripts[0];
  const file = ours.js[0];
  const domains = ours.matches
    .map((pattern) => /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1])
    .filter(Boolean)
    .map((domain) => domain.replaceAll('.', '\\.'));
  const floor = `(() => {
  if (!/(^|\\.)(${domains.join('|')})$/.test(location.hostname)) return;
  chrome.runtime.sendMessage({ title: document.title }).then((reply) => void reply);
})();\n`;
  const write = (name, content, worker) => {
    const dir = path.join(tmp, name);
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
    writeFileSync(path.join(dir, 'background.js'), worker);
    writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: `kehrseite bench ${name}`,
        version: '1.0.0',
        background: { service_worker: 'background.js' },
        content_scripts: [{ matches: ours.matches, run_at: ours.run_at, js: [file] }],
      }),
    );
    return dir;
  };
  return {
    contentScript: file,
    floor: write(
      'floor',
      floor,
      'chrome.runtime.onMessage.addListener((message, sender, reply) => reply({ silent: true }));\n',
    ),
    noop: write('noop', 'void 0;\n', '// The do-nothing floor needs no worker; MV3 tooling expects one.\n'),
  };
}

// --- 3. main-thread time -------------------------------------------------------------------------------

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
 * The main-thread time of an extension in one trace: on the renderer thread where its content script
 * was evaluated, the compile slices of its scripts plus the CPU-profile samples whose stack holds a frame
 * from a chrome-extension://<id>/ script (content script, news extractor, and the callbacks, microtasks
 * and timers they schedule). Each sample is charged to the outermost extension script on its stack (the
 * one that started the work), except Readability's: a sample with a frame of the injected full reader or
 * of Readability's passes is charged to the reader, wherever it was called from. The service worker runs
 * in another process and is not counted. Null when the content script was not evaluated.
 */
function extensionTime(events, extensionId, contentScript) {
  const prefix = `chrome-extension://${extensionId}/`;
  const evaluate = events.find(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url === `${prefix}${contentScript}`,
  );
  if (!evaluate) return null;
  const onThread = (e) => e.pid === evaluate.pid && e.tid === evaluate.tid;
  const byScript = {};
  const charge = (script, ms) => (byScript[script] = (byScript[script] ?? 0) + ms);
  const readerUrl = `${prefix}${FULL_READER_SCRIPT}`;
  let compile = 0;
  let readerEvaluated = false;
  for (const e of events) {
    if (!onThread(e) || !e.args?.data?.url?.startsWith(prefix)) continue;
    if (e.args.data.url === readerUrl) readerEvaluated = true;
    if (e.name !== 'v8.compile') continue;
    compile += e.dur / 1000;
    charge(e.args.data.url.slice(prefix.length), e.dur / 1000);
  }

  // CPU profile chunks: nodes arrive incrementally; sample timestamps are deltas. A profile's id is
  // unique within its process only (every renderer's first is 0x1), and its chunks come from the
  // process's profiler thread: chunks are matched by process and id, or a page with out-of-process
  // frames (bbc-obama-gun-laws) mixed their samples and node ids into the page thread's.
  const profileOf = (e) => `${e.pid}/${e.id}`;
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && onThread(e)).map(profileOf));
  const nodes = new Map();
  const samples = [];
  let clock = null;
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has(profileOf(e))) clock ??= e.args.data.startTime;
    if (e.name !== 'ProfileChunk' || !profileIds.has(profileOf(e))) continue;
    const profile = e.args.data.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args.data.timeDeltas ?? [];
    (profile.samples ?? []).forEach((node, i) => {
      clock += deltas[i] ?? 0;
      samples.push({ node, ts: clock });
    });
  }
  /** Per profile node: the outermost extension script on its stack, and whether Readability is on it. */
  const stackOf = new Map();
  const stack = (id) => {
    if (stackOf.has(id)) return stackOf.get(id);
    const node = nodes.get(id);
    const parent = node?.parent ? stack(node.parent) : { script: null, reader: false };
    const url = node?.callFrame?.url ?? '';
    const result = {
      script: parent.script ?? (url.startsWith(prefix) ? url.slice(prefix.length) : null),
      reader:
        parent.reader || url === readerUrl || READABILITY_FRAME.test(node?.callFrame?.functionName ?? ''),
    };
    stackOf.set(id, result);
    return result;
  };
  samples.sort((a, b) => a.ts - b.ts);
  const gaps = samples.slice(1).map((s, i) => s.ts - samples[i].ts);
  const cap = 4 * (median(gaps) || 100);
  let sampled = 0;
  let reader = 0;
  for (let i = 0; i + 1 < samples.length; i++) {
    const { script, reader: inReader } = stack(samples[i].node);
    if (!script && !inReader) continue;
    const ms = Math.min(samples[i + 1].ts - samples[i].ts, cap) / 1000;
    sampled += ms;
    if (inReader) reader += ms;
    charge(inReader ? `Readability (${FULL_READER_SCRIPT} or bundled)` : script, ms);
  }
  return {
    total: compile + sampled,
    compile,
    sampled,
    reader,
    readerEvaluated,
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

/**
 * Silent pages in four browsers open side by side (none, the do-nothing script, the floor, Kehrseite;
 * a fifth, another build, with KEHRSEITE_BENCH_COMPARE, when ours is measured beside it and its figures
 * are not comparable with a normal run's), loaded in turn page by page and run by run, so a slow moment
 * of a shared machine falls on all of them.
 * Traced loads for the three extensions; untraced loads (Performance.getMetrics) without any, with the
 * floor and with Kehrseite.
 */
async function silentRuns(browsers, pages) {
  const runs = new Map(
    pages.map((p) => [
      p.slug,
      Object.fromEntries(browsers.map((x) => [x.name, { traced: [], metrics: [] }])),
    ]),
  );
  // A compared build swaps places with ours every other run, so neither always loads right after the other.
  const swapped = browsers.map((x) =>
    x.name === 'kehrseite'
      ? browsers.find((y) => y.name === 'compare')
      : x.name === 'compare'
        ? browsers.find((y) => y.name === 'kehrseite')
        : x,
  );
  for (let run = 0; run < RUNS; run++) {
    const order = COMPARE_DIR && run % 2 === 1 ? swapped : browsers;
    for (const page of pages)
      for (const { name, browser, contentScript, traced, untraced } of order) {
        const slot = runs.get(page.slug)[name];
        if (traced) {
          const time = extensionTime(
            await tracedLoad(browser.context, page.url),
            browser.extensionId,
            contentScript,
          );
          if (time) slot.traced.push(time);
        }
        if (untraced) slot.metrics.push(await metricsLoad(browser.context, page.url));
      }
  }
  return runs;
}

function printSilent(b, pages, runs) {
  const print = b.print;
  print(
    `\nmain-thread time on ${pages.length} silent saved articles (${RUNS} loads per page and browser, interleaved; read ${SETTLE_MS} ms after load)`,
  );
  print('  traced: compile + sampled JS of chrome-extension:// scripts on the page thread, median per page');
  print('  untraced: Performance.getMetrics ScriptDuration, median with the extension - median without any');
  print(
    `  ${'page'.padEnd(36)} ${'nothing'.padStart(8)} ${'floor'.padStart(8)} ${'ours'.padStart(8)} ${'ours/floor'.padStart(10)}` +
      ` | untraced ${'floor'.padStart(8)} ${'ours'.padStart(8)} | ours by script (traced)`,
  );
  const ratios = [];
  const untracedRatios = [];
  const compareToOurs = [];
  const compareRatios = [];
  const compareUntracedRatios = [];
  let readerLoads = 0;
  let loads = 0;
  for (const page of pages) {
    const r = runs.get(page.slug);
    const traced = (name) => median(r[name].traced.map((t) => t.total));
    const script = (name) => median(r[name].metrics.map((m) => m.script));
    const ours = traced('kehrseite');
    const floor = traced('floor');
    ratios.push(ours / floor);
    const untracedFloor = script('floor') - script('none');
    const untracedOurs = script('kehrseite') - script('none');
    untracedRatios.push(untracedOurs / untracedFloor);
    readerLoads += r.kehrseite.traced.filter((t) => t.readerEvaluated || t.reader > 0).length;
    loads += r.kehrseite.traced.length;
    const scripts = [...new Set(r.kehrseite.traced.flatMap((t) => Object.keys(t.byScript)))].sort();
    print(
      `  ${page.slug.padEnd(36)} ${msText(traced('noop')).padStart(8)} ${msText(floor).padStart(8)} ${msText(ours).padStart(8)} ${ratioText(ours / floor).padStart(10)}` +
        ` | untraced ${msText(untracedFloor).padStart(8)} ${msText(untracedOurs).padStart(8)} | ` +
        scripts
          .map((s) => `${s} ${msText(median(r.kehrseite.traced.map((t) => t.byScript[s] ?? 0)))}`)
          .join(', ') +
        (r.compare
          ? ` | compare ${msText(traced('compare'))}, untraced ${msText(script('compare') - script('none'))}`
          : ''),
    );
    if (r.compare) {
      compareToOurs.push(traced('compare') / ours);
      compareRatios.push(traced('compare') / floor);
      compareUntracedRatios.push((script('compare') - script('none')) / untracedFloor);
    }
  }
  const all = (name, key) => median(pages.flatMap((p) => runs.get(p.slug)[name].traced.map((t) => t[key])));
  print(
    `  all loads, traced median: nothing ${msText(all('noop', 'total'))}, floor ${msText(all('floor', 'total'))}, ` +
      `ours ${b.report('silent pages: main thread, ours, median of all loads (traced)', all('kehrseite', 'total'), msText)} ` +
      `(compile ${msText(all('kehrseite', 'compile'))}, sampled JS ${msText(all('kehrseite', 'sampled'))}, sample interval ${msText(all('kehrseite', 'interval'))})`,
  );
  print(
    `  silent pages, ours / floor, median of per-page ratios: traced ${b.check('silent pages: main thread, ours / floor, median of per-page ratios (traced)', median(ratios), 2, ratioText)}; ` +
      `untraced ${b.report('silent pages: main thread, ours / floor, median of per-page ratios (untraced)', median(untracedRatios), ratioText)}`,
  );
  if (compareRatios.length > 0)
    print(
      `  compare (${COMPARE_DIR}): all loads, traced median ${msText(all('compare', 'total'))} ` +
        `(compile ${msText(all('compare', 'compile'))}, sampled JS ${msText(all('compare', 'sampled'))}); ` +
        `/ floor, median of per-page ratios: traced ${ratioText(median(compareRatios))}, untraced ${ratioText(median(compareUntracedRatios))}; ` +
        `compare / ours, median of per-page ratios (traced): ${ratioText(median(compareToOurs))}`,
    );
  print(
    `  no Readability on the decision path: ${FULL_READER_SCRIPT} evaluated or Readability sampled on ` +
      `${b.check('silent pages: loads that ran Readability', readerLoads, 0, loadsText)} of ${loads} silent loads`,
  );
}

// --- 4. launcher and panel on shown pages ----------------------------------------------------------------

/** Whether the manifest's content script runs on a page's host. */
function matchedHost(manifest, page) {
  const domains = (manifest.content_scripts ?? [])
    .flatMap((script) => script.matches)
    .map((pattern) => /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1])
    .filter(Boolean);
  const host = new URL(page.url).hostname;
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

const isShop = (page) => page.meta.kind !== 'news-article';

/** `RUNS` loads of every page, page after page; launcher and first passage of each, failures by page. */
async function shownRuns(context, pages) {
  const toLauncher = [];
  const toPassages = [];
  const failures = [];
  for (let run = 0; run < RUNS; run++)
    for (const page of pages) {
      let opened;
      let stage = 'launcher';
      try {
        opened = await openToLauncher(context, page.url);
        toLauncher.push({ page, ms: opened.launcher - opened.dcl });
        stage = 'passage';
        toPassages.push({ page, ms: await clickToPassages(opened.page) });
      } catch (error) {
        failures.push({ page, stage, error: String(error.message).split('\n')[0] });
      } finally {
        await opened?.page.close();
      }
    }
  return { toLauncher, toPassages, failures };
}

function printShown(b, shown, skipped, { toLauncher, toPassages, failures }) {
  const print = b.print;
  /** The three pages slowest by the median of their loads, with their slowest load. */
  const slowest = (list) =>
    [...new Set(list.map((x) => x.page.slug))]
      .map((slug) => ({ slug, values: list.filter((x) => x.page.slug === slug).map((x) => x.ms) }))
      .sort((x, y) => median(y.values) - median(x.values))
      .slice(0, 3)
      .map((x) => `${x.slug} ${msText(median(x.values))} (max ${msText(Math.max(...x.values))})`)
      .join(', ');
  // A load whose launcher never came counts as slower than any that did.
  const failed = (group, stages) =>
    failures.filter((f) => group(f.page) && stages.includes(f.stage)).map(() => Infinity);
  const line = (label, list, group, budget, key) => {
    const stages = list === toLauncher ? ['launcher'] : ['launcher', 'passage'];
    const values = [...list.filter((x) => group(x.page)).map((x) => x.ms), ...failed(group, stages)];
    const n = new Set(list.filter((x) => group(x.page)).map((x) => x.page.slug)).size;
    print(
      `  ${label} (${n} pages, n=${values.length}): median ${b.report(key.replace('p95', 'median'), median(values), msText)}, ` +
        `p95 ${b.check(key, quantile(values, 0.95), budget, msText)}; slowest pages by median ${slowest(list.filter((x) => group(x.page)))}`,
    );
  };
  print(
    `\nwarm service worker, ${shown.length} saved shop and news pages the judge shows (${RUNS} loads per page, interleaved)`,
  );
  line(
    'DOMContentLoaded -> launcher, shop pages',
    toLauncher,
    isShop,
    150,
    'DOMContentLoaded -> launcher, shown shop pages, p95',
  );
  line(
    'DOMContentLoaded -> launcher, news pages',
    toLauncher,
    (p) => !isShop(p),
    150,
    'DOMContentLoaded -> launcher, shown news pages, p95',
  );
  line(
    'click -> first passage visible, all pages',
    toPassages,
    () => true,
    100,
    'click -> first passage visible, p95',
  );
  for (const [label, group] of [
    ['shop', isShop],
    ['news', (p) => !isShop(p)],
  ]) {
    const values = toPassages.filter((x) => group(x.page)).map((x) => x.ms);
    print(
      `    ${label} pages: click -> first passage median ${msText(median(values))}, p95 ${msText(quantile(values, 0.95))}`,
    );
  }
  for (const { page, stage, error } of failures) print(`  failed (${stage}): ${page.slug}: ${error}`);
  if (skipped.length > 0)
    print(
      `  skipped, judged to show but kept silent by the engine (npm run eval's judge; relevance misses, not speed figures): ${skipped.map((p) => p.slug).join(', ')}`,
    );
}

// --- 5. cold start --------------------------------------------------------------------------------------

/** The performance marks the worker sets (entrypoints/background/service.ts WORKER_MARKS). */
const WORKER_MARKS = { engine: 'kehrseite:engine', message: 'kehrseite:message', answer: 'kehrseite:answer' };

/**
 * The worker's side of the load just made, on the page's clock (`pageOrigin`, epoch): when the worker
 * started (its clock's origin), built its engine, got the page's message and answered it.
 */
async function workerMoments(worker, pageOrigin) {
  const { origin, marks } = await worker.evaluate((names) => {
    const at = (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN;
    return {
      origin: performance.timeOrigin,
      marks: Object.fromEntries(Object.entries(names).map(([key, name]) => [key, at(name)])),
    };
  }, WORKER_MARKS);
  const onPage = (ms) => ms + origin - pageOrigin;
  return {
    workerStarted: onPage(0),
    engine: onPage(marks.engine),
    message: onPage(marks.message),
    answer: onPage(marks.answer),
  };
}

/**
 * `COLD_PAIRS` pairs of loads of one page, one with the worker stopped and one with it running, the order
 * alternating pair by pair so neither side always comes first. Navigation start -> launcher per load.
 */
async function coldPairs({ context, worker, extensionId }, url) {
  const pairs = [];
  const stops = [];
  let restarted = 0;
  const load = async () => {
    const run = await openToLauncher(context, url);
    const moments = await workerMoments(worker, run.origin);
    await run.page.close();
    return { ...run, ...moments };
  };
  const cold = async () => {
    await worker.evaluate(() => (globalThis.__kehrseiteBenchMarker = true));
    stops.push(await stopServiceWorker(context, extensionId));
    const run = await load();
    if ((await worker.evaluate(() => globalThis.__kehrseiteBenchMarker)) === undefined) restarted++;
    return run;
  };
  for (let i = 0; i < COLD_PAIRS; i++) {
    if (i % 2 === 0) {
      const c = await cold();
      pairs.push({ cold: c, warm: await load() });
    } else {
      const w = await load();
      pairs.push({ cold: await cold(), warm: w });
    }
  }
  return { pairs, stops, restarted };
}

function printCold(b, label, { pairs, stops, restarted }, key) {
  const diffs = pairs.map((p) => p.cold.launcher - p.warm.launcher);
  const figure = key
    ? b.check(key, median(diffs), 100, msText)
    : b.report(`${label}: cold start adds, median of paired differences`, median(diffs), msText);
  b.print(
    `  ${label}: ${pairs.length} interleaved pairs (worker stopped with CDP ServiceWorker.stopWorker in median ${msText(median(stops))}; ` +
      `restarted with empty globals in ${restarted}/${pairs.length})`,
  );
  b.print(
    `    navigation start -> launcher: cold median ${msText(median(pairs.map((p) => p.cold.launcher)))}, warm median ${msText(median(pairs.map((p) => p.warm.launcher)))}; ` +
      `cold start adds, median of paired differences, ${figure} (differences ${diffs.map((d) => msText(d)).join(', ')})`,
  );
  const afterDcl = (run) => run.launcher - run.dcl;
  b.print(
    `    navigation start -> DOMContentLoaded (the page's own load): cold median ${msText(median(pairs.map((p) => p.cold.dcl)))}, ` +
      `warm median ${msText(median(pairs.map((p) => p.warm.dcl)))}; median of paired differences ` +
      msText(median(pairs.map((p) => p.cold.dcl - p.warm.dcl))),
  );
  b.print(
    `    DOMContentLoaded -> launcher: cold median ${msText(median(pairs.map((p) => afterDcl(p.cold))))}, ` +
      `warm median ${msText(median(pairs.map((p) => afterDcl(p.warm))))}; median of paired differences ` +
      msText(median(pairs.map((p) => afterDcl(p.cold) - afterDcl(p.warm)))),
  );
  // Each load's phases, so that the figure explains itself: whether the cold excess falls before the
  // page is parsed (the worker starting beside the page's load) or after it (the message waiting for
  // the worker).
  const phases = [
    ['response starts', 'response'],
    ['document parsed, the content script starts', 'parsed'],
    ['DOMContentLoaded', 'dcl'],
    ['worker started', 'workerStarted'],
    ['worker built its engine', 'engine'],
    ['worker got the message', 'message'],
    ['worker answered', 'answer'],
    ['launcher', 'launcher'],
  ];
  b.print(
    `    by phase, ms after navigation start (worker moments on the page's clock; negative: before it)`,
  );
  b.print(
    `      ${'phase'.padEnd(44)} ${'cold median'.padStart(12)} ${'warm median'.padStart(12)}   cold loads`,
  );
  for (const [label, key] of phases) {
    const cold = pairs.map((p) => p.cold[key]);
    const warm = pairs.map((p) => p.warm[key]);
    // A warm worker started and built its engine loads ago: only its message and answer are this load's.
    const warmOwn = key !== 'workerStarted' && key !== 'engine';
    b.print(
      `      ${label.padEnd(44)} ${msText(median(cold)).padStart(12)} ${(warmOwn ? msText(median(warm)) : 'earlier').padStart(12)}   ` +
        cold.map((ms) => (Number.isFinite(ms) ? ms.toFixed(0) : '-')).join(' '),
    );
  }
}

// --- the run -----------------------------------------------------------------------------------------

function buildBigCorpus() {
  const outDir = path.join(root, '.output', `bench-${BIG_CORPUS}`, 'chrome-mv3');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  execFileSync(tsx, ['scripts/bench-build.ts', String(BIG_CORPUS)], { cwd: root, stdio: 'ignore' });
  if (!existsSync(path.join(outDir, 'manifest.json'))) throw new Error(`bench build missing: ${outDir}`);
  return outDir;
}

const heapText = (heap) =>
  `used ${(heap.usedSize / 1e6).toFixed(2)} MB of ${(heap.totalSize / 1e6).toFixed(2)} MB`;

/**
 * Runs every browser measurement; `print` receives each line. `judgedSilent` holds the slugs of the saved
 * pages that npm run eval's judge keeps silent: a page judged to show passages that the judge keeps
 * silent is a relevance miss, skipped here. Returns the figures, with and without budgets.
 */
export async function browserBench(print, judgedSilent) {
  checkPrerequisites();
  const b = figures(print);
  if (runs('bytes')) benchBytes(b);
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  const candidates = relevance.cases
    .filter((c) => c.expect === 'show')
    .map((c) => realPage(c.page))
    .filter((p) => matchedHost(manifest, p));
  const shown = candidates.filter((p) => !judgedSilent.has(p.slug));
  const skipped = candidates.filter((p) => judgedSilent.has(p.slug));
  const silent = SILENT_PAGES.filter((slug) => judgedSilent.has(slug)).map(realPage);
  const product = realPage(PRODUCT_PAGE);
  const realPages = [...new Map([...shown, ...silent, product].map((p) => [p.slug, p])).values()];

  // 3. Silent pages, Kehrseite beside its floors, all four browsers (five with a compared build) open at once.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kehrseite-bench-'));
  const floors = writeFloors(manifest, tmp);
  const started = [];
  try {
    const open = async (name, options, traced, untraced, contentScript = floors.contentScript) => {
      const browser = await launch({ realPages, ...options });
      started.push(browser);
      return { name, browser, contentScript, traced, untraced };
    };
    const browsers = [
      await open('none', { extension: false }, false, true),
      await open('noop', { extensionDir: floors.noop }, true, false),
      await open('floor', { extensionDir: floors.floor }, true, true),
      await open('kehrseite', {}, true, true, manifest.content_scripts[0].js[0]),
    ];
    const ours = started.at(-1);
    // Warm-up: the first answer builds the engine; every figure below but the cold start is warm.
    const warm = await openToLauncher(ours.context, product.url);
    await warm.page.close();
    if (COMPARE_DIR && runs('silent')) {
      const other = JSON.parse(readFileSync(path.join(COMPARE_DIR, 'manifest.json'), 'utf8'));
      const compare = await open(
        'compare',
        { extensionDir: COMPARE_DIR },
        true,
        true,
        other.content_scripts[0].js[0],
      );
      browsers.push(compare);
      const warmCompare = await openToLauncher(compare.browser.context, product.url);
      await warmCompare.page.close();
    }
    if (runs('silent')) printSilent(b, silent, await silentRuns(browsers, silent));
    // Ours stays open for the sections below; every other browser closes here.
    for (const browser of started.filter((x) => x !== ours)) await browser.close();
    started.splice(0, started.length, ours);

    // 4. Shown pages.
    if (runs('shown')) printShown(b, shown, skipped, await shownRuns(ours.context, shown));

    // 5. Cold start, then memory (the engine is built: the worker has answered since its last restart).
    if (runs('cold')) {
      print(`\nservice worker cold start on ${product.slug}`);
      printCold(
        b,
        'bundled corpus',
        await coldPairs(ours, product.url),
        'cold start adds to navigation -> launcher, median of paired differences',
      );
      const heap = await workerHeap(ours.context, ours.extensionId);
      print(`\nservice worker heap after GC, engine built (Runtime.getHeapUsage)`);
      print(`  bundled corpus: ${b.report('service worker heap, bundled corpus', heap, heapText)}`);
    }
  } finally {
    for (const browser of started) await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  // 6. 10,000 passages: a separate bench build (production output untouched).
  if (!runs('big')) return b.all;
  const bigDir = buildBigCorpus();
  const sized = BIG_CORPUS.toLocaleString('en');
  print(`\n${sized} synthetic passages (${path.relative(root, bigDir)})`);
  const large = readdirSync(bigDir, { recursive: true })
    .map(String)
    .filter(
      (file) =>
        statSync(path.join(bigDir, file)).isFile() && statSync(path.join(bigDir, file)).size > 64 * KB,
    )
    .sort();
  print(
    `  files over 64 KB: ${large.map((file) => `${file} ${kb(statSync(path.join(bigDir, file)).size)}`).join(', ')}`,
  );
  const big = await launch({ extensionDir: bigDir, realPages });
  try {
    // The first answer: the worker stopped before it, so it starts, reads the corpus and its index, ranks.
    await stopServiceWorker(big.context, big.extensionId);
    const first = await openToLauncher(big.context, product.url);
    await first.page.close();
    const second = await openToLauncher(big.context, product.url);
    await second.page.close();
    print(
      `  first cold answer (navigation start -> launcher) ${b.report(`${sized} passages: first cold answer, navigation -> launcher`, first.launcher, msText)}, ` +
        `the warm load right after ${b.report(`${sized} passages: warm load after it, navigation -> launcher`, second.launcher, msText)}`,
    );
    printCold(b, `${sized} passages`, await coldPairs(big, product.url));
    const heap = await workerHeap(big.context, big.extensionId);
    print(
      `  service worker heap after GC: ${b.report(`service worker heap, ${sized} passages`, heap, heapText)}`,
    );
  } finally {
    await big.close();
  }
  return b.all;
}
