// The end-to-end harness: the shared browser of scripts/lib/browser.mjs with the saved real pages the
// suites visit, and what the suites check with it (stray requests, the badge, artefacts of a failure).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch as launchBrowser, realPage } from '../../scripts/lib/browser.mjs';

export { checkPrerequisites, generatedPages, stopServiceWorker } from '../../scripts/lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS_DIR = path.join(root, 'test-results', 'e2e');

/** The saved real pages the suites visit, under their recorded URLs; each is judged in relevance.json. */
export const REAL_PAGES = [
  'amazon-de-washer-candy',
  'amazon-com-bestseller-tools',
  'amazon-de-search-katzenfutter',
  'aliexpress-de-petg-filament',
  'guardian-facebook-tracking-lawsuit',
  'theverge-siri-speaker-vs-echo',
  'vice-amazon-rainforest-fire',
  'zeit-euroleague-schlaegerei',
].map(realPage);

/** Launches the shared browser (see scripts/lib/browser.mjs), serving REAL_PAGES unless told otherwise. */
export function launch(options = {}) {
  return launchBrowser({ realPages: REAL_PAGES, ...options });
}

/**
 * Requests that went anywhere but the fixture hosts. Extension URLs never leave the browser; the
 * panel frame's host is a per-session id (use_dynamic_url), not the extension id.
 */
export function strayRequests(requests, hosts) {
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'chrome-extension:') return false;
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:')
      return false;
    return !hosts.includes(parsed.hostname);
  });
}

/**
 * Clicks the extension's toolbar button for `page`, which headless Chromium has no UI for: CDP's
 * Extensions.triggerAction runs the action as a click does (action.onClicked, with activeTab
 * granted). It needs the pipe connection Playwright uses and --enable-unsafe-extension-debugging
 * (without the flag Chromium 156 answers {} and does nothing), and it takes the tab target, not the
 * page target; a tab target does not name its page, so the page is brought to the front and found as
 * the active tab with its URL, the tab a real click acts on.
 */
export async function clickToolbarButton(context, extensionId, page) {
  await page.bringToFront();
  const session = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.embedderData?.tabActive && t.url === page.url());
    if (tabs.length !== 1)
      throw new Error(`no single active tab at ${page.url()}: ${JSON.stringify(targetInfos)}`);
    await session.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0].targetId });
  } finally {
    await session.detach().catch(() => {});
  }
}

/** The badge of the active tab, read in the service worker (tab.url is hidden without `tabs`). */
export async function activeBadge(worker) {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** Polls until `read` returns something `accept`s, or fails with the last value. */
export async function eventually(read, accept, { timeout = 8000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/** Keeps a screenshot and the console log of a failed test. */
export async function keepArtifacts(name, page, consoleLog) {
  const dir = path.join(ARTIFACTS_DIR, name.replace(/[^a-z0-9-]+/gi, '-'));
  mkdirSync(dir, { recursive: true });
  try {
    if (page && !page.isClosed())
      await page.screenshot({ path: path.join(dir, 'screenshot.png'), fullPage: false });
  } catch {
    // The page may be gone; the log still helps.
  }
  writeFileSync(path.join(dir, 'console.log'), consoleLog.join('\n'));
  return dir;
}

export function screenshotPath(name) {
  const dir =
    process.env.UPDATE_SCREENSHOTS === '1'
      ? path.join(root, 'docs', 'screenshots')
      : path.join(ARTIFACTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
