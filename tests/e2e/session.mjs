// What every end-to-end suite does with a page: open it, wait for the launcher, open the panel, keep
// artefacts of a failure. Timings are collected per suite process.
import assert from 'node:assert/strict';
import { activeBadge, clickToolbarButton, eventually, keepArtifacts } from './harness.mjs';

export const timings = { toLauncher: [], toPanel: [] };
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs a test body with a fresh page of `browser`; keeps a screenshot and the console log when it fails. */
export async function withPageIn(browser, name, body) {
  const page = await browser.context.newPage();
  try {
    await body(page);
  } catch (error) {
    const dir = await keepArtifacts(name, page, browser.consoleLog);
    error.message += `\n(artefacts in ${dir})`;
    throw error;
  } finally {
    await page.close();
  }
}

export const launcher = (page) => page.locator('kehrseite-sidebar [data-testid="launcher"]');

/** The count the launcher shows, or NaN. */
export async function launcherCount(page) {
  return Number(/\d+/.exec(await launcher(page).innerText())?.[0]);
}

/** Opens a page and waits for the launcher; returns its count. */
export async function openWithLauncher(page, url) {
  const started = Date.now();
  await page.goto(url);
  await launcher(page).waitFor({ state: 'visible', timeout: 10_000 });
  timings.toLauncher.push(Date.now() - started);
  const count = await launcherCount(page);
  assert.ok(count >= 1, `launcher shows a count: "${await launcher(page).innerText()}"`);
  return count;
}

/** Clicks the launcher and returns the panel frame once its passages are listed. */
export async function openPanel(page) {
  const started = Date.now();
  await launcher(page).click();
  const frameElement = page.locator('kehrseite-sidebar iframe');
  await frameElement.waitFor({ state: 'attached' });
  const frame = await (await frameElement.elementHandle()).contentFrame();
  await frame.locator('[data-passage-id]').first().waitFor({ timeout: 10_000 });
  timings.toPanel.push(Date.now() - started);
  return { frame, src: await frameElement.getAttribute('src') };
}

export const passageIds = (frame) =>
  frame.locator('[data-passage-id]').evaluateAll((items) => items.map((i) => i.dataset.passageId));

/** Waits until the active tab's badge, read in `worker`, shows `count`. */
export const badgeShows = (worker, count, what = 'badge = count') =>
  eventually(
    () => activeBadge(worker),
    (text) => text === String(count),
    { what },
  );

/** Clicks "Not relevant here" on a passage in the panel and waits until the panel drops it. */
export async function hideInPanel(frame, passageId) {
  await frame
    .locator(`[data-passage-id="${passageId}"]`)
    .getByRole('button', { name: 'Not relevant here' })
    .click();
  await eventually(
    () => passageIds(frame),
    (ids) => !ids.includes(passageId),
    { what: `${passageId} to go` },
  );
}

/**
 * Opens a page that must stay silent, checks that it does, asks through the toolbar button and returns
 * the panel frame and its "Why nothing?" once shown. `browser` is the one launch() gave.
 */
export async function askWhyNothing(browser, page, url, { settleMs = 1200 } = {}) {
  await page.goto(url);
  await page.waitForTimeout(settleMs);
  assert.equal(await page.locator('kehrseite-sidebar').count(), 0, `silent until asked: ${url}`);
  await clickToolbarButton(browser.context, browser.extensionId, page);
  const frameElement = page.locator('kehrseite-sidebar iframe');
  await frameElement.waitFor({ state: 'visible' });
  const frame = await (await frameElement.elementHandle()).contentFrame();
  const why = frame.locator('[data-testid="why-nothing"]');
  await why.waitFor();
  return { frame, why };
}
