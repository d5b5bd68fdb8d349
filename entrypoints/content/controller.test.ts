import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readInFull } from '../../extractors/full-reader';
import { FULL_READER_GLOBAL, type FullReaderScope } from '../../utils/read-path';
import { ok } from '../../utils/result';
import { DEFAULT_SETTINGS } from '../../utils/settings-model';
import { backgroundHandlers } from '../background/service';
import { forgetTab, getRecord } from '../background/tabs';
import { startContent, startWhenParsed } from './controller';
import { createLifetime } from './lifetime';

const TAB = 4;
const background = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/background.js`,
};
/** What the content script answers the background (through sendResponse, as the browsers' API wants). */
async function tell(type: string, data: unknown): Promise<unknown[]> {
  const replies: unknown[] = [];
  let respond: () => void = () => undefined;
  const replied = new Promise<void>((resolve) => (respond = resolve));
  void fakeBrowser.runtime.onMessage.trigger({ kehrseite: 1, type, data }, background, (reply: unknown) => {
    replies.push(reply);
    respond();
  });
  await replied;
  return replies;
}

let fullReaderLoads = 0;
/** Resolved when the injected full reader "arrives"; a test can hold it back. */
let fullReaderGate: Promise<void> = Promise.resolve();

/**
 * The fake transport: what the content script sends reaches the background's handlers as from a
 * content script in tab 4; loading the full reader is what the injection would do.
 */
function connectToBackground() {
  fakeBrowser.runtime.sendMessage = vi.fn(async (message: { type: string; data: never }) => {
    const sender = { role: 'content' as const, tabId: TAB, frameUrl: location.href };
    if (message.type === 'pageContext') return backgroundHandlers.pageContext(message.data, sender);
    if (message.type === 'loadFullReader') {
      fullReaderLoads++;
      await fullReaderGate;
      (globalThis as FullReaderScope)[FULL_READER_GLOBAL] = readInFull;
      return ok(null);
    }
    return undefined;
  }) as never;
  fakeBrowser.tabs.sendMessage = vi.fn(() => Promise.resolve(undefined));
  // The launcher's label: the message name is enough to tell it was asked for.
  fakeBrowser.i18n.getMessage = (name: string) => name;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}

function showPage(href: string, html: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
}

/** The content script starting on a page, as the browser starts it at document_end. */
function startOn(href: string, html: string) {
  showPage(href, html);
  startContent((startUrl) => createLifetime(stillAlive(), startUrl));
}

const echoDotPage = () =>
  startOn(
    'https://www.amazon.de/dp/B09B8V1LZ3',
    product('Echo Dot (5. Generation) smarter Lautsprecher mit Alexa'),
  );

/** An article on Amazon's warehouse strike: shown on a news host, read in full (not settled quickly). */
const strikeArticleOn = (url: string) =>
  startOn(
    url,
    article(
      'Amazon-Lager: Streik vor Weihnachten',
      'Die Beschäftigten bei Amazon streiken in den Versandzentren.',
    ),
  );

/** The count the launcher shows, or null when there is none. */
function launcherCount(): string | null {
  const host = document.querySelector('kehrseite-sidebar');
  return host?.shadowRoot?.querySelector('button [class*="count"], [class*="count"]')?.textContent ?? null;
}

const product = (title: string) => `<span id="productTitle">${title}</span>`;
const article = (headline: string, text: string) =>
  `<meta property="og:type" content="article"><h1>${headline}</h1><article><p>${`${text} `.repeat(30)}</p></article>`;

let alive = true;
/**
 * This test's extension: a script an earlier test started stays ended when the next test's extension
 * comes alive, as an orphaned script does in the browser (its lifetime's clock would otherwise wake).
 */
const stillAlive = () => {
  const ended = { now: false };
  afterThisTest.push(() => (ended.now = true));
  return () => alive && !ended.now;
};
const afterThisTest: (() => void)[] = [];
beforeEach(async () => {
  fakeBrowser.reset();
  await forgetTab(TAB);
  connectToBackground();
  alive = true;
  fullReaderLoads = 0;
  fullReaderGate = Promise.resolve();
  delete (globalThis as FullReaderScope)[FULL_READER_GLOBAL];
});
afterEach(() => {
  alive = false;
  for (const end of afterThisTest.splice(0)) end();
  vi.useRealTimers();
  document.querySelector('kehrseite-sidebar')?.remove();
});

describe('the content script', () => {
  it('reads a product page, has the background record it, and shows the count it answers', async () => {
    echoDotPage();
    await vi.waitFor(() => expect(launcherCount()).not.toBeNull());
    const record = await getRecord(TAB);
    const count = launcherCount();
    expect(count).toBe(String(record?.view.offered.length));
    expect(record?.context).toMatchObject({ site: 'amazon', pageType: 'product' });
    expect(fullReaderLoads).toBe(0);
    // First in the document: keyboard users reach the launcher with their first Tab, and its name says what it is.
    expect(document.documentElement.firstElementChild?.tagName).toBe('KEHRSEITE-SIDEBAR');
    const button = document.querySelector('kehrseite-sidebar')!.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(
      count === '1' ? 'launcherLabel_one' : 'launcherLabel_other',
    );
    expect(button.title).toBe(button.getAttribute('aria-label'));
  });

  it('loads the full reader only for an article its cheap read did not settle', async () => {
    startOn(
      'https://www.zeit.de/sport/derby',
      article('Bayern gewinnt das Derby', 'Ein Tor entschied das Spiel.'),
    );
    await vi.waitFor(async () => expect(await getRecord(TAB)).toBeDefined());
    expect(fullReaderLoads).toBe(0);
    expect(launcherCount()).toBeNull();

    fakeBrowser.reset();
    connectToBackground();
    strikeArticleOn('https://www.zeit.de/arbeit/amazon');
    await vi.waitFor(() => expect(launcherCount()).not.toBeNull());
    // The launcher shows on the cheap read; the full reader is asked for after it, not before.
    await vi.waitFor(() => expect(fullReaderLoads).toBe(1));
  });

  it('shows the launcher on the cheap read of an article before its full reader arrives', async () => {
    let arrive = () => undefined as void;
    fullReaderGate = new Promise((resolve) => (arrive = resolve));
    strikeArticleOn('https://www.zeit.de/arbeit/amazon');
    await vi.waitFor(() => expect(launcherCount()).not.toBeNull());
    await vi.waitFor(() => expect(fullReaderLoads).toBe(1));
    expect((await getRecord(TAB))?.view.silent).toBe(false);
    arrive();
    await vi.waitFor(async () => expect((await getRecord(TAB))?.context?.leadText).toMatch(/streiken/));
  });

  it('prepares the panel hidden once idle on a page with a launcher, and on a silent page nothing', async () => {
    echoDotPage();
    await vi.waitFor(() => expect(launcherCount()).not.toBeNull());
    const frame = () => document.querySelector('kehrseite-sidebar')?.shadowRoot?.querySelector('iframe');
    await vi.waitFor(() => expect(frame()).toBeTruthy());
    expect(frame()?.hidden).toBe(true);
    expect(frame()?.src).toMatch(/\/panel\.html\?embed=1$/);
    // Opening only shows the prepared panel.
    const prepared = frame();
    expect(await tell('togglePanel', { open: true })).toContainEqual({ ok: true, value: { open: true } });
    expect(frame()).toBe(prepared);
    expect(frame()?.hidden).toBe(false);

    document.querySelector('kehrseite-sidebar')?.remove();
    fakeBrowser.reset();
    await forgetTab(TAB);
    connectToBackground();
    startOn(
      'https://www.zeit.de/sport/derby',
      article('Bayern gewinnt das Derby', 'Ein Tor entschied das Spiel.'),
    );
    await vi.waitFor(async () => expect(await getRecord(TAB)).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('kehrseite-sidebar')).toBeNull();
  });

  it('answers the background: open and close the panel, a new count, and analyse a page it does not read', async () => {
    echoDotPage();
    await vi.waitFor(() => expect(launcherCount()).not.toBeNull());
    expect(await tell('togglePanel', { open: true })).toContainEqual({ ok: true, value: { open: true } });
    expect(await tell('showCount', { count: 2 })).toContainEqual({ ok: true, value: null });
    expect(launcherCount()).toBe('2');
    // An open panel stays open when nothing is left: it says why, and can undo.
    expect(await tell('showCount', { count: 0 })).toContainEqual({ ok: true, value: null });
    expect(launcherCount()).toBe('0');
    expect(await tell('togglePanel', { open: false })).toContainEqual({ ok: true, value: { open: false } });
    expect(launcherCount()).toBeNull();
  });

  it('opens the panel on a silent page when asked (toolbar button, command), to say why nothing', async () => {
    showPage(
      'https://www.zeit.de/sport/derby',
      article('Bayern gewinnt das Derby', 'Ein Tor entschied das Spiel.'),
    );
    startContent((startUrl) => createLifetime(stillAlive(), startUrl));
    await vi.waitFor(async () => expect(await getRecord(TAB)).toBeDefined());
    expect(document.querySelector('kehrseite-sidebar')).toBeNull();
    expect(await tell('togglePanel', {})).toContainEqual({ ok: true, value: { open: true } });
    const frame = document.querySelector('kehrseite-sidebar')?.shadowRoot?.querySelector('iframe');
    expect(frame?.hidden).toBe(false);
    expect(await tell('togglePanel', {})).toContainEqual({ ok: true, value: { open: false } });
    expect(document.querySelector('kehrseite-sidebar')).toBeNull();
  });

  it('makes nothing more on a silent page until it navigates, then reads the page it navigated to', async () => {
    // A browser with the Navigation API: the silent page's one listener stands in for the lifetime.
    const navigateListeners: (() => void)[] = [];
    vi.stubGlobal('navigation', {
      addEventListener: (_type: string, listener: () => void) => navigateListeners.push(listener),
      removeEventListener: (_type: string, listener: () => void) =>
        navigateListeners.splice(navigateListeners.indexOf(listener), 1),
    });
    try {
      const makeLifetime = vi.fn((startUrl: string) => createLifetime(stillAlive(), startUrl));
      showPage(
        'https://www.zeit.de/sport/derby',
        article('Bayern gewinnt das Derby', 'Ein Tor entschied das Spiel.'),
      );
      startContent(makeLifetime);
      await vi.waitFor(async () => expect((await getRecord(TAB))?.view.silent).toBe(true));
      expect(makeLifetime).not.toHaveBeenCalled();
      expect(navigateListeners).toHaveLength(1);

      // Another silent article: nothing is left reading when the test ends.
      history.pushState({}, '', '/sport/pokal');
      showPage(location.href, article('Pokal: Bremen weiter', 'Ein Elfmeter entschied das Spiel.'));
      for (const listener of [...navigateListeners]) listener();
      await vi.waitFor(async () => expect((await getRecord(TAB))?.view.url).toContain('pokal'), {
        timeout: 3000,
      });
      expect(makeLifetime).toHaveBeenCalledExactlyOnceWith('https://www.zeit.de/sport/derby');
      // The lifetime's own listener took over from the silent page's.
      expect(navigateListeners).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reads a page outside the gate when the user asks for it (toolbar button or command)', async () => {
    strikeArticleOn('https://blog.example.org/amazon');
    await vi.waitFor(async () => expect(await getRecord(TAB)).toBeDefined());
    expect((await getRecord(TAB))?.view.silent).toBe(true);
    const [answer] = (await tell('analyseNow', {})).filter(Boolean) as unknown as {
      ok: true;
      value: { count: number };
    }[];
    expect(answer?.value.count).toBeGreaterThan(0);
    expect(launcherCount()).toBe(String(answer?.value.count));
  });

  it('reads the page again after a single-page navigation', async () => {
    echoDotPage();
    await vi.waitFor(async () => expect((await getRecord(TAB))?.view.url).toContain('B09B8V1LZ3'));
    history.pushState({}, '', '/dp/B0OTHER111');
    showPage(location.href, product('Kindle Paperwhite E-Reader'));
    await vi.waitFor(async () => expect((await getRecord(TAB))?.view.url).toContain('B0OTHER111'), {
      timeout: 3000,
    });
    expect((await getRecord(TAB))?.view.pageLabel).toMatch(/Kindle/);
  });

  it('does not show the first answer on a page that navigated while it was on its way', async () => {
    echoDotPage();
    // The shop's own script moves to another page before the background's answer to the first read.
    history.pushState({}, '', '/gp/help/customer');
    showPage(location.href, '<h1>Hilfe und Kundenservice</h1>');
    await vi.waitFor(async () => expect(await getRecord(TAB)).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(launcherCount()).toBeNull();
    // The read after the navigation follows, of the page the tab now shows.
    await vi.waitFor(async () => expect((await getRecord(TAB))?.view.url).toContain('/gp/help'), {
      timeout: 3000,
    });
  });

  it('reads the page again when the background says its settings or hidden passages changed', async () => {
    strikeArticleOn('https://www.zeit.de/arbeit/amazon-streik');
    await vi.waitFor(() => expect(launcherCount()).not.toBeNull());
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, siteModes: { 'www.zeit.de': 'off' } },
    });
    expect(await tell('readAgain', {})).toContainEqual({ ok: true, value: null });
    // The page is read in full again (Readability in the test DOM): as long as the navigation test allows.
    await vi.waitFor(() => expect(launcherCount()).toBeNull(), { timeout: 3000 });
  });

  it('takes its launcher away when the extension goes away under the tab', async () => {
    echoDotPage();
    await vi.waitFor(() => expect(launcherCount()).not.toBeNull());
    alive = false;
    await vi.waitFor(() => expect(document.querySelector('kehrseite-sidebar')).toBeNull(), { timeout: 3000 });
  });
});

describe('startWhenParsed', () => {
  const loading = () => vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  afterEach(() => vi.restoreAllMocks());

  it("starts when the browser has parsed the document, once, and not at the page's own events", () => {
    const readiness = loading();
    const start = vi.fn();
    startWhenParsed(start);
    const trusted = (type: string) => {
      const event = new Event(type);
      Object.defineProperty(event, 'isTrusted', { value: true });
      return event;
    };
    // Still parsing, or the page's own events: not yet.
    document.dispatchEvent(trusted('readystatechange'));
    readiness.mockReturnValue('interactive');
    document.dispatchEvent(new Event('readystatechange'));
    window.dispatchEvent(new Event('readystatechange'));
    expect(start).not.toHaveBeenCalled();
    document.dispatchEvent(trusted('readystatechange'));
    document.dispatchEvent(trusted('readystatechange'));
    expect(start).toHaveBeenCalledTimes(1);
    // DOMContentLoaded comes after the deferred scripts: the read has started already.
    window.dispatchEvent(trusted('DOMContentLoaded'));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once when injected into a parsed page (toolbar button, any-site script), removing stale launchers', () => {
    const stale = document.createElement('kehrseite-sidebar');
    document.documentElement.prepend(stale);
    const start = vi.fn();
    startWhenParsed(start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(stale.isConnected).toBe(false);
  });
});
