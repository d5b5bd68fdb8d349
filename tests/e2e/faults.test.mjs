// Faults: the browser stops the service worker mid-session, the extension is reloaded under an open
// tab, storage holds corrupt or future settings, a page navigates a hundred times without a load.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  activeBadge,
  checkPrerequisites,
  eventually,
  keepArtifacts,
  launch,
  stopServiceWorker,
} from './harness.mjs';
import {
  badgeShows,
  hideInPanel,
  launcherCount,
  openPanel,
  openWithLauncher,
  passageIds,
  withPageIn,
} from './session.mjs';

checkPrerequisites();

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  console.log(`# faults run: ${faults}`);
  await browser?.close();
});

let faults = 0;
const withPage = (name, body) => {
  faults++;
  return withPageIn(browser, name, body);
};

/**
 * Errors the page or the worker logged, e.g. "Extension context invalidated". A fixture page's own
 * missing favicon is not one of ours.
 */
const errorsSince = (log, mark) =>
  log
    .slice(mark)
    .filter((line) => /\b(error|pageerror)\b|invalidated|Uncaught/i.test(line))
    .filter((line) => !/Failed to load resource: the server responded with a status of 404/.test(line));

const setStorage = (worker, items) => worker.evaluate((values) => chrome.storage.local.set(values), items);
const getStorage = (worker, key) =>
  worker.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);

describe('the service worker stops in the middle of a session', () => {
  test('the open panel and the next navigation keep working', () =>
    withPage('worker-stopped', async (page) => {
      const count = await openWithLauncher(page, 'https://www.amazon.de/dp/B0TESTKOCH');
      const { frame } = await openPanel(page);
      await browser.worker.evaluate(() => {
        globalThis.kehrseiteBeforeStop = true;
      });
      const mark = browser.consoleLog.length;
      await stopServiceWorker(browser.context, browser.extensionId);

      // The open panel: search runs in the panel; hiding a passage wakes the worker.
      const box = frame.locator('input[type="search"]');
      await box.fill('Lauschsprecher');
      await eventually(
        () => frame.locator('[data-passage-id]').first().innerText(),
        (text) => /Lauschsprecher/.test(text),
        { what: 'search after the stop' },
      );
      await box.fill('');
      const ids = await eventually(
        () => passageIds(frame),
        (list) => list.length === count,
        { what: 'the page passages again' },
      );
      await hideInPanel(frame, ids[0]);
      assert.equal(
        await browser.worker.evaluate(() => globalThis.kehrseiteBeforeStop),
        undefined,
        'the worker really was restarted',
      );

      // Stopped again, then a navigation: the new page gets its launcher and badge from a cold worker.
      await stopServiceWorker(browser.context, browser.extensionId);
      const next = await openWithLauncher(page, 'https://www.amazon.com/dp/B0TESTBOOK');
      await badgeShows(browser.worker, next, 'badge from the restarted worker');
      assert.deepEqual(errorsSince(browser.consoleLog, mark), []);
    }));
});

describe('settings in storage that this release cannot use as they are', () => {
  test('corrupt entries give the defaults for what is broken and break nothing', () =>
    withPage('settings-corrupt', async (page) => {
      await setStorage(browser.worker, {
        settings: '{"theme":',
        hiddenPassages: [1, 2],
        launcherEdge: { x: 1 },
      });
      const mark = browser.consoleLog.length;
      await openWithLauncher(page, 'https://www.amazon.de/dp/B0TESTECHO');
      await openPanel(page);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.locator('fieldset').first().waitFor();
      assert.equal(await options.getByText('Not snoozed').count(), 1, 'the options show the defaults');
      await options.close();
      assert.deepEqual(errorsSince(browser.consoleLog, mark), []);
    }));

  test('settings from a newer version are used where understood and kept whole through a change', () =>
    withPage('settings-future', async (page) => {
      const future = {
        version: 9,
        defaultMode: 'launcher',
        siteModes: { 'www.amazon.de': 'off' },
        theme: { base: 'dark', contrast: 'more' },
        topics: { labour: true, data: true, alexa: true, alibaba: true, power: true, climate: true },
        laterFeature: { enabled: true },
      };
      await setStorage(browser.worker, { settings: future, hiddenPassages: {} });
      await page.goto('https://www.amazon.de/dp/B0TESTECHO');
      await page.waitForTimeout(1200);
      assert.equal(await page.locator('kehrseite-sidebar').count(), 0, 'the site mode of v9 is honoured');
      await openWithLauncher(page, 'https://www.amazon.com/dp/B0TESTBOOK');

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.locator('#new-host').fill('www.amazon.com');
      await options.getByRole('button', { name: /Add/ }).click();
      await options.locator('.site-modes__host', { hasText: 'www.amazon.com' }).waitFor();
      await options.close();
      const stored = await getStorage(browser.worker, 'settings');
      assert.equal(stored.version, 9, 'the version never goes down');
      assert.deepEqual(stored.laterFeature, future.laterFeature, 'unknown fields are kept');
      assert.deepEqual(stored.theme, future.theme, 'a field this release reads differently is kept');
      assert.equal(stored.siteModes['www.amazon.de'], 'off');
      assert.ok('www.amazon.com' in stored.siteModes, 'the change was written');
      await setStorage(browser.worker, { settings: { version: 2 } });
    }));
});

describe('single-page navigation, a hundred times', () => {
  test('one launcher, the right count, no growth in listeners or nodes', () =>
    withPage('spa-hundred', async (page) => {
      const count = await openWithLauncher(page, 'https://www.amazon.de/dp/B0SPALOOP');
      const firstIds = await passageIds((await openPanel(page)).frame);
      await page.keyboard.press('Escape');
      await page.locator('kehrseite-sidebar iframe').waitFor({ state: 'detached' });

      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics: list } = await cdp.send('Performance.getMetrics');
        const pick = (name) => list.find((metric) => metric.name === name)?.value;
        return { listeners: pick('JSEventListeners'), nodes: pick('Nodes') };
      };
      // Every fifth switch waits long enough to be analysed; the others come faster than the settle time.
      const navigate = async (from, to) => {
        for (let i = from; i < to; i++) {
          await page.evaluate((n) => window.__navigate(n), i);
          await page.waitForTimeout(i % 5 === 4 ? 600 : 40);
        }
      };
      await navigate(1, 21);
      await page.waitForTimeout(1000);
      const warm = await metrics();
      await navigate(21, 100);
      // Navigation 99 shows the product the page loaded with (99 % 3 === 0): the same passages.
      await eventually(
        () => launcherCount(page),
        (n) => n === count,
        { what: 'the count of the first product again' },
      );
      await page.waitForTimeout(1000);
      const end = await metrics();
      assert.equal(await page.locator('kehrseite-sidebar').count(), 1, 'one launcher');
      assert.equal(await activeBadge(browser.worker), String(count));
      const { frame } = await openPanel(page);
      assert.deepEqual(await passageIds(frame), firstIds, 'the passages of the product shown');
      console.log(
        `# 100 navigations: listeners ${warm.listeners} -> ${end.listeners}, nodes ${warm.nodes} -> ${end.nodes}`,
      );
      assert.ok(end.listeners - warm.listeners <= 2, `listeners grew: ${warm.listeners} -> ${end.listeners}`);
      assert.ok(end.nodes - warm.nodes <= 30, `nodes grew: ${warm.nodes} -> ${end.nodes}`);
      await cdp.detach();
    }));
});

describe('the extension is reloaded while a tab is open', () => {
  test('the old content script removes its UI without errors; the new one takes over after navigation', async () => {
    faults++;
    // A browser of its own: the reload replaces the worker every other test talks to.
    const own = await launch();
    const page = await own.context.newPage();
    try {
      await openWithLauncher(page, 'https://www.amazon.de/dp/B0TESTECHO');
      await openPanel(page);
      const mark = own.consoleLog.length;
      // The Reload button of chrome://extensions, as a developer or an update does it. (The worker's
      // own chrome.runtime.reload() leaves a command-line-loaded extension unloaded in this Chromium.)
      const extensions = await own.context.newPage();
      await extensions.goto('chrome://extensions/');
      await extensions.locator('#devMode').click();
      const restarted = own.context.waitForEvent('serviceworker', { timeout: 15_000 });
      await extensions.locator('extensions-item #dev-reload-button').click();
      const worker = await restarted;
      await extensions.close();
      await page.bringToFront();
      await eventually(
        () => page.locator('kehrseite-sidebar').count(),
        (n) => n === 0,
        { timeout: 5000, what: 'the orphaned launcher and panel to go' },
      );
      // Clicks and key presses on the page reach no orphaned handler.
      await page.mouse.click(1200, 700);
      await page.keyboard.press('Escape');
      await page.evaluate(() => history.pushState({}, '', '/dp/B0TESTECHO?after-reload'));
      await page.waitForTimeout(1500);
      assert.equal(await page.locator('kehrseite-sidebar').count(), 0, 'the orphan stays quiet');
      const count = await openWithLauncher(page, 'https://www.amazon.de/dp/B0TESTKOCH');
      await badgeShows(worker, count, 'the badge from the new worker');
      assert.deepEqual(errorsSince(own.consoleLog, mark), []);
    } catch (error) {
      await keepArtifacts('extension-reload', page, own.consoleLog);
      throw error;
    } finally {
      await own.close();
    }
  });
});
