// The Firefox end-to-end harness: stock Firefox ESR driven by puppeteer-core over WebDriver BiDi, the
// Firefox build installed as a temporary add-on under a fixed extension origin, and the fixture pages of
// scripts/lib/browser.mjs reached under their real hostnames through a forward proxy in this process,
// which sees (and records) every request the browser makes. Firefox has no --host-resolver-rules.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { fixtureSite } from '../../scripts/lib/browser.mjs';
import { REAL_PAGES, eventually } from './harness.mjs';
import { timings } from './session.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIREFOX_EXTENSION_DIR = path.join(root, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Our moz-extension:// host, fixed by a pref so the tests can open the extension's pages. */
const EXTENSION_UUID = '5e0c8a1e-4b2f-4c53-9d1a-6b1e7c0f2a11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The gecko id of the Firefox build, and the id Firefox gives its sidebar command's <key> element. */
function firefoxBuild() {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  // Firefox's makeWidgetId: lower case, anything but letters, digits, - and _ as _.
  const widgetId = geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  return { geckoId, sidebarKeyId: `ext-key-id-${widgetId}-sidebar-action` };
}

/** Fails loudly, with what to do, when something the Firefox run needs is missing. */
export function checkFirefoxPrerequisites() {
  const missing = [];
  if (!existsSync(FIREFOX))
    missing.push(`Firefox ESR at ${FIREFOX} (npm run setup:browser, or set FIREFOX_PATH)`);
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    missing.push(`the Firefox build in ${FIREFOX_EXTENSION_DIR} (npm run build:firefox)`);
  if (missing.length > 0)
    throw new Error(`Firefox end-to-end tests cannot run; missing:\n  - ${missing.join('\n  - ')}`);
}

/**
 * A forward proxy for the fixture hosts: CONNECT to one of them is answered by an in-process HTTPS
 * server (never listening) with the throwaway certificate; any other host is refused. Every request,
 * served or refused, is recorded as a URL.
 */
function fixtureProxy({ hosts, tls, handler }, requests) {
  const tlsServer = https.createServer(tls, (request, response) => {
    requests.push(`https://${request.headers.host}${request.url}`);
    handler(request, response);
  });
  const proxy = http.createServer((request, response) => {
    // Plain http through the proxy: the request line holds the absolute URL.
    requests.push(request.url);
    if (hosts.includes(new URL(request.url).hostname)) handler(request, response);
    else response.writeHead(502).end();
  });
  proxy.on('connect', (request, socket, head) => {
    // A tunnel's socket has no error listener once the proxy hands it over, and Firefox resets its open
    // tunnels when it quits: unheard, that ECONNRESET is an uncaught exception after the last test (seen
    // in a clean clone's CI run). A reset tunnel is the browser's business, never a test's verdict.
    socket.on('error', () => socket.destroy());
    const host = request.url.split(':')[0];
    if (!hosts.includes(host)) {
      requests.push(`https://${request.url}/`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tlsServer.emit('connection', socket);
  });
  return proxy;
}

/** Starts the proxy and Firefox with the extension installed. Returns what the tests need. */
export async function launchFirefox({ realPages = REAL_PAGES } = {}) {
  const site = fixtureSite(realPages);
  const requests = [];
  const proxy = fixtureProxy(site, requests);
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address();
  const { geckoId } = firefoxBuild();

  const started = performance.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
    // Lets BiDi open moz-extension:// pages and reach the browser window (the toolbar, commands).
    args: ['--remote-allow-system-access'],
    // Without it Firefox ignores puppeteer's settings-server pref and calls Mozilla's servers itself:
    // requests that are not the extension's would fail the stray-request check.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.http.http3.enable': false,
    },
  });
  const consoleLog = [];
  const watch = (target) =>
    void target.page().then((page) => {
      page?.on('console', (message) =>
        consoleLog.push(`[page ${page.url()}] ${message.type()}: ${message.text()}`),
      );
      page?.on('pageerror', (error) => consoleLog.push(`[page ${page.url()}] pageerror: ${error.message}`));
    });
  browser.on('targetcreated', watch);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const launchMs = performance.now() - started;

  return {
    browser,
    // withPageIn (session.mjs) opens its pages here, as in Chromium's persistent context.
    context: browser,
    hosts: site.hosts,
    requests,
    consoleLog,
    launchMs,
    async close() {
      await browser.close();
      proxy.close();
      rmSync(site.tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the extension's pages in a new tab. Over BiDi the navigation to moz-extension:// never
 * reports its load (and the Page object keeps the old URL): start it, then poll the document.
 */
export async function openExtensionPage(browser, pagePath) {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${pagePath}`;
  void page.goto(url).catch(() => undefined);
  await eventually(
    () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
    (state) => state === `${url} complete`,
    { what: `${pagePath} to load` },
  );
  return page;
}

/**
 * The badge of the tab showing `url`, read in an extension page (`control`). The tab's URL is visible
 * without the `tabs` permission because the extension has host access to the fixture hosts it reads.
 */
export const badgeFor = (control, url) =>
  control.evaluate(async (href) => {
    const [tab] = await browser.tabs.query({ url: href });
    return tab === undefined ? null : browser.browserAction.getBadgeText({ tabId: tab.id });
  }, url);

export const LAUNCHER = 'kehrseite-sidebar >>> [data-testid="launcher"]';

/**
 * Navigates `page` to `url`. Two ways a navigation reports failure over BiDi while the test can go on:
 * - the publishers' saved pages embed frames from hosts the proxy refuses, and such a frame's failure can
 *   fail the navigation of the page itself, which did load: then the page is found loaded;
 * - Firefox now and then aborts a navigation with NS_BINDING_ABORTED (seen in clean clones' CI runs on a
 *   two-core machine, on a fresh tab's first navigation and on a reload; the cause was not found, every
 *   other run passed): then the page never leaves where it was, and it is navigated once more.
 * What the tests assert is the page as loaded, not the navigation call.
 */
export async function visit(page, url, { attempts = 2 } = {}) {
  // The document navigated from is marked, so that a reload of the same URL is not mistaken for done.
  await page.evaluate(() => (window.__kehrseiteLeftBehind = true)).catch(() => undefined);
  try {
    await page.goto(url);
  } catch (error) {
    const loaded = () =>
      page
        .evaluate(() => `${location.href} ${document.readyState} ${window.__kehrseiteLeftBehind === true}`)
        .catch(() => '');
    try {
      await eventually(loaded, (state) => state === `${url} complete false`, {
        what: `${url} to load after: ${error.message}`,
      });
    } catch (notLoaded) {
      if (attempts <= 1) throw notLoaded;
      await visit(page, url, { attempts: attempts - 1 });
    }
  }
}

/** Opens a page and waits for the launcher; returns its count. */
export async function openWithLauncher(page, url) {
  const started = Date.now();
  await visit(page, url);
  const launcher = await page.waitForSelector(LAUNCHER, { visible: true, timeout: 10_000 });
  timings.toLauncher.push(Date.now() - started);
  const text = await launcher.evaluate((el) => el.textContent);
  const count = Number(/\d+/.exec(text)?.[0]);
  if (!(count >= 1)) throw new Error(`the launcher shows no count: "${text}"`);
  return count;
}

export const passageIds = (frame) =>
  frame
    .evaluate(() => [...document.querySelectorAll('[data-passage-id]')].map((el) => el.dataset.passageId))
    .catch(() => []);

/** Clicks the launcher and returns the panel frame once its passages are listed (it is about:blank first). */
export async function openPanel(page) {
  const started = Date.now();
  await (await page.waitForSelector(LAUNCHER)).click();
  const frameElement = await page.waitForSelector('kehrseite-sidebar >>> iframe');
  const frame = await frameElement.contentFrame();
  await eventually(
    () => passageIds(frame),
    (ids) => ids.length > 0,
    { timeout: 10_000, what: 'passages' },
  );
  timings.toPanel.push(Date.now() - started);
  return { frame, src: await frameElement.evaluate((el) => el.src) };
}

/** Clicks the first button under `scope` in `target` (a page or frame) whose text includes `text`. */
export async function clickButton(target, text, scope = 'body') {
  const handle = await target.evaluateHandle(
    (selector, label) =>
      [...document.querySelector(selector).querySelectorAll('button')].find((b) =>
        b.textContent.includes(label),
      ),
    scope,
    text,
  );
  const button = handle.asElement();
  if (!button) throw new Error(`no button "${text}" in ${scope}`);
  await button.click();
}

/**
 * Runs the extension's sidebar command (`_execute_sidebar_action`) in every browser window, as its
 * keyboard shortcut does: synthesized key presses never reach browser shortcuts, so the command's <key>
 * element in the browser window (chrome scope, allowed by --remote-allow-system-access) is fired.
 */
export async function runSidebarCommand(browser) {
  const { sidebarKeyId } = firefoxBuild();
  const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  for (const { context } of tree.result.contexts) {
    const { result } = await browser.connection.send('script.evaluate', {
      expression: `((key) => (key ? (key.doCommand(), 'fired') : 'no key'))(document.getElementById(${JSON.stringify(sidebarKeyId)}))`,
      target: { context },
      awaitPromise: false,
    });
    if (result.result?.value !== 'fired')
      throw new Error(`the sidebar command's key ${sidebarKeyId}: ${JSON.stringify(result)}`);
  }
}
