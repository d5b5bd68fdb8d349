// One check for both browsers' suites (Playwright and Puppeteer pages evaluate alike).
import assert from 'node:assert/strict';

/**
 * The hostile page's probe (tests/sites/www.amazon.de/dp/B0HOSTILE1.html) after `typed` went into the
 * open panel: the page may see that the launcher's host exists, but not the panel's text nor the typing.
 */
export async function assertPanelSealed(page, typed) {
  const probe = await page.evaluate(() => window.__probe());
  assert.equal(probe.hasHost, true);
  assert.ok(
    probe.frameText === null || String(probe.frameText).startsWith('blocked'),
    `page read the panel: ${probe.frameText}`,
  );
  assert.ok(!String(await page.evaluate(() => window.__keys)).includes(typed), 'the page saw what was typed');
}
