// The browser both the end-to-end suites and the bench launch: the built extension in Debian's Chromium,
// fixture pages (tests/sites, saved real pages, generated ones) served under their real hostnames over
// HTTPS on loopback, and a record of every request the browser makes. tests/e2e/harness.mjs adds the
// suites' own helpers; scripts never import tests/e2e.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readSavedPage } from '../../tests/fixtures/real/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(root, '.output', 'chrome-mv3');
const SITES_DIR = path.join(root, 'tests', 'sites');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * One saved page of tests/fixtures/real by its slug, to serve under its recorded URL (as https): its
 * markup is held in memory, so the servers need no file.
 */
export function realPage(slug) {
  const { html, meta } = readSavedPage(slug);
  // Served over HTTPS: some of these hosts are HSTS-preloaded, and the recorded URL may say http.
  const url = new URL(meta.url);
  url.protocol = 'https:';
  return { slug, url: url.href, html, meta };
}

/** Fails loudly, with what to do, when something the run needs is missing. */
export function checkPrerequisites() {
  const missing = [];
  if (!existsSync(CHROMIUM))
    missing.push(`Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    missing.push(`the built extension in ${EXTENSION_DIR} (npm run build)`);
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    missing.push('openssl (apt-get install -y openssl)');
  }
  if (missing.length > 0)
    throw new Error(`end-to-end tests cannot run; missing:\n  - ${missing.join('\n  - ')}`);
}

/** The fixture hosts: one folder per hostname under tests/sites, and the real pages' hosts. */
function fixtureHosts(realPages) {
  const own = execFileSync('ls', [SITES_DIR]).toString().trim().split('\n').filter(Boolean);
  return [...new Set([...own, ...realPages.map((page) => new URL(page.url).hostname)])];
}

/** A throwaway self-signed certificate for the fixture hosts; never committed. */
function makeCertificate(hosts, dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=kehrseite-e2e',
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Pages a test generates (too big to commit), by URL without the scheme: `www.amazon.de/s?k=echo` ->
 * `{ body, type }`. Served like files, without going through DevTools.
 */
export const generatedPages = new Map();

/**
 * Chooses the file by Host header and path: a generated page, a real page by its recorded host and path, else
 * tests/sites/<host>/<path>.html, `index.html` for folders.
 */
const handlerFor = (realPages) => (request, response) => {
  const host = (request.headers.host ?? '').split(':')[0];
  const url = new URL(request.url ?? '/', 'https://x');
  const generated = generatedPages.get(`${host}${url.pathname}${url.search}`);
  if (generated) {
    response
      .writeHead(200, { 'content-type': generated.type, 'cache-control': 'no-store' })
      .end(generated.body);
    return;
  }
  const real = realPages.find((page) => {
    const known = new URL(page.url);
    return known.hostname === host && known.pathname === url.pathname;
  });
  if (real) {
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(real.html);
    return;
  }
  const base = path.join(SITES_DIR, host, decodeURIComponent(url.pathname));
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  const file = candidates.find(
    (candidate) => candidate.startsWith(SITES_DIR) && existsSync(candidate) && !candidate.endsWith('/'),
  );
  if (!file || !existsSync(file) || !/\.(html|css|js|svg|png)$/.test(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = file.endsWith('.html')
    ? 'text/html; charset=utf-8'
    : file.endsWith('.css')
      ? 'text/css'
      : 'application/octet-stream';
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
};

/**
 * What both browsers' harnesses serve: the fixture hosts, a throwaway certificate for them in a fresh
 * temporary folder (the caller removes `tmp`), and the handler that picks a page by Host and path.
 */
export function fixtureSite(realPages) {
  const hosts = fixtureHosts(realPages);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kehrseite-e2e-'));
  return { hosts, tmp, tls: makeCertificate(hosts, tmp), handler: handlerFor(realPages) };
}

async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server.address().port;
}

/**
 * Starts the servers and Chromium with the extension. Returns what the tests need.
 * `extension: false` launches the same browser, flags and servers without it (a baseline: `worker`
 * and `extensionId` are then null); `extensionDir` loads another build (the benchmark's);
 * `realPages` are the saved pages to serve (see `realPage`).
 */
export async function launch({
  lang = 'en-US',
  colorScheme = 'light',
  extension = true,
  extensionDir = EXTENSION_DIR,
  realPages = [],
} = {}) {
  const { hosts, tmp, tls, handler } = fixtureSite(realPages);
  const httpsServer = https.createServer(tls, handler);
  const httpServer = http.createServer(handler);
  const httpsPort = await listen(httpsServer);
  const httpPort = await listen(httpServer);
  const rules = hosts.flatMap((h) => [
    `MAP ${h}:443 127.0.0.1:${httpsPort}`,
    `MAP ${h}:80 127.0.0.1:${httpPort}`,
  ]);
  rules.push('MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1');

  const started = performance.now();
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    colorScheme,
    locale: lang,
    // Chromium on Linux takes its UI language (and so the extension's _locales) from LANGUAGE.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    viewport: { width: 1280, height: 800 },
    args: [
      ...(extension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      `--host-resolver-rules=${rules.join(', ')}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets the pipe's CDP client run Extensions.triggerAction: clickToolbarButton in tests/e2e/harness.mjs.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const requests = [];
  const consoleLog = [];
  const record = (request) => requests.push(request.url());
  context.on('request', record);
  context.on('page', (page) => {
    page.on('console', (message) =>
      consoleLog.push(`[page ${page.url()}] ${message.type()}: ${message.text()}`),
    );
    page.on('pageerror', (error) => consoleLog.push(`[page ${page.url()}] pageerror: ${error.message}`));
  });
  const worker = extension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  worker?.on('console', (message) => consoleLog.push(`[worker] ${message.type()}: ${message.text()}`));
  const launchMs = performance.now() - started;
  const extensionId = worker ? new URL(worker.url()).host : null;
  // The extension opens its first-run page once on install; it is noted and closed, so the pages a
  // suite opens are the active tabs its checks read.
  const isWelcome = (page) => page.url().endsWith('/welcome.html');
  const welcome = extension
    ? (context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5000 }).catch(() => null)))
    : null;
  await welcome?.close();

  return {
    context,
    worker,
    extensionId,
    hosts,
    requests,
    consoleLog,
    launchMs,
    /** Whether the first-run page opened on install. */
    welcomeOpened: welcome !== null,
    async close() {
      await context.close();
      httpsServer.close();
      httpServer.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle, and resolves once it has
 * stopped; the next event (a page's message, a command) starts it afresh with empty globals. Uses
 * CDP's ServiceWorker domain from a blank page of the same profile (an extension page would be one
 * of the worker's clients). The playwright `Worker` handle stays valid: DevTools keeps the target,
 * and evaluating in it later runs in the restarted worker. Returns how long the stop took in ms.
 */
export async function stopServiceWorker(context, extensionId, { timeout = 5000 } = {}) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  try {
    const scriptPrefix = `chrome-extension://${extensionId}/`;
    const versions = new Map();
    let changed = () => {};
    session.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
      for (const version of updated)
        if (version.scriptURL.startsWith(scriptPrefix)) versions.set(version.versionId, version);
      changed();
    });
    const running = () => [...versions.values()].filter((v) => v.runningStatus !== 'stopped');
    const settled = (accept) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`service worker: ${JSON.stringify([...versions.values()])}`)),
          timeout,
        );
        changed = () => {
          if (accept()) {
            clearTimeout(timer);
            resolve();
          }
        };
        changed();
      });
    await session.send('ServiceWorker.enable');
    await settled(() => versions.size > 0);
    const started = performance.now();
    for (const version of running())
      await session.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    await settled(() => running().length === 0);
    return performance.now() - started;
  } finally {
    await session.detach().catch(() => {});
    await page.close();
  }
}
