// Hostile pages: markup where text is expected, CSS aimed at the launcher, scripts that watch and
// patch everything, forged messages, and pages too big or too broken to read whole. The built
// extension in Chromium, pages under their real hostnames.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { activeBadge, checkPrerequisites, eventually, generatedPages, launch } from './harness.mjs';
import { launcher, launcherCount, openPanel, openWithLauncher, passageIds, withPageIn } from './session.mjs';

checkPrerequisites();

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  console.log(`# hostile cases run: ${cases}`);
  await browser?.close();
});

let cases = 0;
const withPage = (name, body) => {
  cases++;
  return withPageIn(browser, name, body);
};

/** Elements or attributes that would mean page markup became markup in our UI. */
const LIVE_MARKUP =
  'img[src="x"], svg, script:not([src]), iframe[src^="javascript"], b, style:not([data-kehrseite]), [onerror], [onload], [onmouseover], a[href^="javascript:"]';

describe('markup and script in every field the extension reads', () => {
  test('stay text in the launcher, the panel, the reading view and the button tooltip', () =>
    withPage('hostile-markup', async (page) => {
      const count = await openWithLauncher(page, 'https://www.amazon.de/dp/B0HOSTILE2');
      const label = await launcher(page).getAttribute('aria-label');
      assert.doesNotMatch(label, /[<>]/, `launcher label quotes the page: ${label}`);
      const title = await browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        return chrome.action.getTitle({ tabId: tab.id });
      });
      assert.match(title, new RegExp(`\\b${count}\\b`), `tooltip gives the count: ${title}`);
      assert.doesNotMatch(title, /[<>]|pwned|javascript/, `tooltip quotes the page: ${title}`);

      const { frame } = await openPanel(page);
      const pageLabel = await frame.locator('.panel__page').innerText();
      assert.match(pageLabel, /<img src=x onerror=/, 'the title is shown as the text it is');
      assert.equal(await frame.locator(LIVE_MARKUP).count(), 0, 'no page markup became elements');
      const why = await frame.locator('[data-passage-id]').allInnerTexts();
      assert.ok(why.length === count);

      // The reading view of the first passage: corpus text only, nothing of the page.
      const [first] = await passageIds(frame);
      const [articleId] = first.split('/');
      const reader = await browser.context.newPage();
      await reader.goto(
        `chrome-extension://${browser.extensionId}/library.html#article=${articleId}&passage=${encodeURIComponent(first)}`,
      );
      await reader.locator(`[data-passage-id="${first}"]`).waitFor();
      assert.equal(await reader.locator(LIVE_MARKUP).count(), 0);
      assert.doesNotMatch(await reader.locator('body').innerText(), /pwned/);
      await reader.close();

      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran in the page');
      assert.equal(await frame.evaluate(() => window.__pwned), undefined, 'nothing ran in the panel');
    }));
});

describe('page CSS aimed at the launcher', () => {
  const attacks = [
    'host-tag',
    'all-unset',
    'display-none',
    'tiny-root',
    'overlay',
    'opacity-zero',
    'transformed-root',
  ];
  for (const attack of attacks) {
    test(`${attack}: the launcher stays visible, readable and clickable`, () =>
      withPage(`hostile-css-${attack}`, async (page) => {
        await openWithLauncher(page, `https://www.amazon.de/dp/B0HOSTCSS1?css=${attack}`);
        const box = await launcher(page).boundingBox();
        assert.ok(box && box.width >= 40 && box.height >= 36, `full size: ${JSON.stringify(box)}`);
        const style = await launcher(page).evaluate((button) => {
          const computed = getComputedStyle(button);
          return { fontSize: computed.fontSize, opacity: computed.opacity, visibility: computed.visibility };
        });
        assert.deepEqual(style, { fontSize: '15px', opacity: '1', visibility: 'visible' });
        // Visible: the pixels where the launcher is change when it goes.
        const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
        const withLauncher = await page.screenshot({ clip });
        // Clickable: the launcher is what a click there reaches, and the click opens the panel.
        const hit = await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(),
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        assert.equal(hit, 'kehrseite-sidebar', 'nothing of the page covers the launcher');
        const { frame } = await openPanel(page);
        const frameBox = await page.locator('kehrseite-sidebar iframe').boundingBox();
        assert.ok(
          frameBox && frameBox.width >= 300 && frameBox.height >= 500,
          `panel size: ${JSON.stringify(frameBox)}`,
        );
        assert.ok((await passageIds(frame)).length > 0);
        await page.evaluate(() => document.querySelector('kehrseite-sidebar')?.remove());
        const without = await page.screenshot({ clip });
        assert.ok(!withLauncher.equals(without), 'the launcher is drawn');
      }));
  }
});

describe('a page that watches every event and patches the platform', () => {
  test('sees nothing typed into the panel, and the launcher still works', () =>
    withPage('hostile-scripts', async (page) => {
      const count = await openWithLauncher(page, 'https://www.amazon.de/dp/B0HOSTJS01');
      const { frame } = await openPanel(page);
      const before = await page.evaluate(() => structuredClone(window.__seen));
      const box = frame.locator('input[type="search"]');
      await box.click();
      await page.keyboard.type('geheimwort lauschsprecher', { delay: 5 });
      await eventually(
        () => frame.locator('[data-passage-id]').first().innerText(),
        (text) => /Lauschsprecher/.test(text),
        { what: 'the panel to search what was typed' },
      );
      await page.keyboard.press('ArrowDown');
      const seen = await page.evaluate(() => structuredClone(window.__seen));
      assert.deepEqual(seen.keys, before.keys, 'no key event reached the page');
      assert.equal(seen.pointer, before.pointer, 'no pointer event inside the panel reached the page');
      const all = JSON.stringify(seen);
      assert.doesNotMatch(all, /geheimwort|lauschsprecher/i, 'the page saw what was typed');
      assert.equal(seen.shadows, 0, "the page's attachShadow was never called");
      assert.deepEqual(seen.fetches, [], "the page's fetch was never called");
      assert.ok(
        seen.messages.every((message) => !/kehrseite|wxt|passage/i.test(message)),
        `nothing was posted to the page: ${seen.messages.join(' | ')}`,
      );
      assert.equal(await page.evaluate(() => window.__stolenShadow), undefined);
      // The keyboard still works inside the panel although the page swallows every keydown.
      await page.keyboard.press('Escape');
      await page.locator('kehrseite-sidebar iframe').waitFor({ state: 'detached' });
      assert.equal(await launcherCount(page), count);
    }));
});

describe('forged messages', () => {
  test('to the panel frame, the content script and the extension are ignored', () =>
    withPage('hostile-forged', async (page) => {
      const count = await openWithLauncher(page, 'https://www.amazon.de/dp/B0HOSTJS01');
      const { frame } = await openPanel(page);
      const ids = await passageIds(frame);
      const badge = await activeBadge(browser.worker);
      const report = await page.evaluate(
        ({ extensionId, passageId }) => {
          const forged = [
            { kehrseite: 1, type: 'hidePassage', data: { tabId: 1, passageId, scope: 'site' } },
            { kehrseite: 1, type: 'restorePassage', data: { tabId: 1 } },
            { kehrseite: 1, type: 'togglePanel', data: { open: false } },
            { kehrseite: 1, type: 'showCount', data: { count: 0 } },
            { kehrseite: 1, type: 'pageContext', data: { context: null, url: location.href } },
            'kehrseite:close',
            { type: 'x'.repeat(100_000) },
          ];
          const panel = document.querySelector('kehrseite-sidebar').shadowRoot.querySelector('iframe');
          for (const message of forged) {
            panel.contentWindow.postMessage(message, '*');
            window.postMessage(message, '*');
          }
          // The DOM events WXT's own content-script context listens to: computable from the public id.
          for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
            const type = `${extensionId}:content:${name}`;
            for (let i = 0; i < 20; i++) {
              document.dispatchEvent(
                new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: `forged-${i}` } }),
              );
              window.dispatchEvent(new Event(type));
            }
          }
          window.postMessage(
            {
              type: `${extensionId}:content:wxt:content-script-started`,
              contentScriptName: 'content',
              messageId: 'forged',
            },
            '*',
          );
          // A web page has no way to message an extension that declares no externally_connectable.
          return { runtime: typeof globalThis.chrome?.runtime?.sendMessage };
        },
        { extensionId: browser.extensionId, passageId: ids[0] },
      );
      assert.equal(report.runtime, 'undefined', 'the page can reach the extension');
      await page.waitForTimeout(2500);
      assert.equal(await page.locator('kehrseite-sidebar').count(), 1, 'the launcher is still there');
      assert.equal(await launcherCount(page), count);
      assert.deepEqual(await passageIds(frame), ids, 'the panel still lists the same passages');
      assert.equal(await activeBadge(browser.worker), badge);
      const hidden = await browser.worker.evaluate(
        async () => (await chrome.storage.local.get('hiddenPassages')).hiddenPassages,
      );
      assert.ok(!hidden || Object.keys(hidden).length === 0, `nothing was hidden: ${JSON.stringify(hidden)}`);
    }));
});

describe('pages too big or too broken to read whole', () => {
  /** Serves a generated page under a real URL (through the fixture server, as a file would be). */
  function serve(url, body, type = 'text/html; charset=utf-8') {
    generatedPages.set(url.replace(/^https:\/\//, ''), { body, type });
  }

  /** The page answers a script promptly once Kehrseite has done its work. */
  async function assertResponsive(page) {
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    const took = Date.now() - started;
    assert.ok(took < 1000, `the page took ${took} ms to paint a frame`);
  }

  test('a 50 MB listing with 100,000 results', () =>
    withPage('hostile-giant-listing', async (page) => {
      const parts = [
        '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Amazon.de : echo</title></head><body>',
      ];
      for (let i = 0; i < 100_000; i++)
        parts.push(
          `<div data-component-type="s-search-result" data-asin="B0${i}"><h2><span>Echo Dot mit Alexa, Modell ${i}</span></h2></div>\n`,
        );
      // Most of the weight in the inline state blob that shop pages carry.
      parts.push(
        `<script type="application/json">${JSON.stringify({ state: 'x'.repeat(40_000_000) })}</script>`,
      );
      parts.push('</body></html>');
      const body = parts.join('');
      assert.ok(body.length >= 50_000_000, `the page is ${(body.length / 1e6).toFixed(1)} MB`);
      serve('https://www.amazon.de/s?k=echo', body);
      await page.goto('https://www.amazon.de/s?k=echo', { timeout: 90_000 });
      await launcher(page).waitFor({ timeout: 30_000 });
      assert.ok((await launcherCount(page)) >= 1);
      await assertResponsive(page);
    }));

  test('a 1 MB product title is cut to a readable length', () =>
    withPage('hostile-giant-title', async (page) => {
      const title = `Echo Dot Smart Speaker mit Alexa ${'Lautsprecher mit Sprachsteuerung '.repeat(32_000)}`;
      assert.ok(title.length >= 1_000_000);
      serve(
        'https://www.amazon.de/dp/B0GIANTTTL',
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head>` +
          `<body><span id="productTitle">${title}</span></body></html>`,
      );
      await openWithLauncher(page, 'https://www.amazon.de/dp/B0GIANTTTL');
      await assertResponsive(page);
      const { frame } = await openPanel(page);
      const label = await frame.locator('.panel__page').innerText();
      assert.ok(label.length < 400, `the page label is ${label.length} characters`);
    }));

  test('no <head>, no declared encoding and bytes that are not UTF-8', () =>
    withPage('hostile-broken-encoding', async (page) => {
      const body = Buffer.concat([
        Buffer.from('<span id="productTitle">Echo Dot Smart Speaker mit Alexa '),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xe2, 0x82]),
        Buffer.from(' Lautsprecher</span><p>'),
        Buffer.from([0xf0, 0x28, 0x8c, 0x28]),
      ]);
      serve('https://www.amazon.de/dp/B0NOHEAD01', body, 'text/html');
      await openWithLauncher(page, 'https://www.amazon.de/dp/B0NOHEAD01');
      await assertResponsive(page);
      const { frame } = await openPanel(page);
      assert.match(await frame.locator('.panel__page').innerText(), /Echo Dot/);
    }));
});
