import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOPICS } from '../../core/types';
import { readPage } from '../../utils/read-path';
import type { SenderInfo } from '../../utils/sender';
import { DEFAULT_SETTINGS } from '../../utils/settings-model';
import { backgroundHandlers as handlers, panelPlace, readTabsAgainOnChange } from './service';
import { getRecord } from './tabs';

const content = (tabId: number): SenderInfo => ({
  role: 'content',
  tabId,
  frameUrl: 'https://www.amazon.de/',
});
const panel = (tabId?: number): SenderInfo => ({ role: 'panel', tabId });

/** The cheap read of a page, as the content script would send it. */
async function cheapRead(html: string, href: string) {
  const { document } = parseHTML(html);
  let sent: Parameters<typeof handlers.pageContext>[0] | undefined;
  await readPage(
    document,
    new URL(href),
    { settings: DEFAULT_SETTINGS, now: Date.now() },
    {
      rank: (read) => {
        sent ??= read;
        return Promise.resolve(null);
      },
      wantsFullRead: () => false,
      loadFullReader: () => Promise.resolve(null),
    },
  );
  return sent!;
}

const echoDot = () =>
  cheapRead(
    '<html lang="de"><body><span id="productTitle">Echo Dot (5. Generation) smarter Lautsprecher mit Alexa</span></body></html>',
    'https://www.amazon.de/dp/B09B8V1LZ3',
  );
const article = (headline: string, text: string) =>
  cheapRead(
    `<html lang="de"><head><meta property="og:type" content="article"><meta property="og:title" content="${headline}"></head><body><article><p>${`${text} `.repeat(30)}</p></article></body></html>`,
    'https://www.zeit.de/arbeit/artikel',
  );

beforeEach(() => {
  fakeBrowser.reset();
  // The badge and the content script are out of reach here; what matters is what the background records.
  fakeBrowser.tabs.sendMessage = vi.fn(() => Promise.resolve(undefined));
});

describe('pageContext', () => {
  it('ranks a shop page, records it for the tab and answers the count', async () => {
    const answer = await handlers.pageContext(await echoDot(), content(5));
    expect(answer).toMatchObject({ ok: true, value: { mode: 'launcher', readInFull: false } });
    const count = answer.ok ? answer.value.count : 0;
    expect(count).toBeGreaterThan(0);
    const record = await getRecord(5);
    expect(record?.view).toMatchObject({ tabId: 5, host: 'www.amazon.de', site: 'amazon', silent: false });
    expect(record?.view.offered).toHaveLength(count);
  });

  it('asks for the full read of an article about Amazon, and shows its cheap read until it comes', async () => {
    const read = await article(
      'Amazon-Lager: Streik',
      'Die Beschäftigten bei Amazon streiken in den Versandzentren.',
    );
    expect(read.partial).toBe(true);
    const cheap = await handlers.pageContext(read, content(6));
    expect(cheap).toMatchObject({ ok: true, value: { readInFull: true } });
    // The launcher shows at once on the cheap read's offer (issue 12), and the panel has it to show.
    const offered = (await getRecord(6))?.view.offered.length;
    expect(cheap.ok && cheap.value.count).toBe(offered);
    expect(offered).toBeGreaterThan(0);
    const full = await handlers.pageContext({ ...read, partial: false }, content(6));
    expect(full).toMatchObject({ ok: true, value: { readInFull: false } });
    expect((await getRecord(6))?.view.silent).toBe(false);
  });

  it('records an unrelated article as silent on its cheap read', async () => {
    const read = await article('Bayern gewinnt das Derby', 'Ein Tor entschied das Spiel.');
    expect(await handlers.pageContext(read, content(7))).toEqual({
      ok: true,
      value: { count: 0, mode: 'launcher', readInFull: false },
    });
    expect((await getRecord(7))?.view.silent).toBe(true);
  });

  it('refuses what is not a page context, and a read that comes from no tab', async () => {
    const read = await echoDot();
    const forged = { ...read, context: { ...read.context!, site: 'evil' } } as never;
    expect(await handlers.pageContext(forged, content(8))).toMatchObject({ ok: false });
    expect(await handlers.pageContext(read, panel())).toMatchObject({ ok: false });
    expect(await getRecord(8)).toBeUndefined();
  });

  it('records nothing to offer on a site the user switched off', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, version: 2, siteModes: { 'www.amazon.de': 'off' } },
    });
    expect(await handlers.pageContext(await echoDot(), content(9))).toMatchObject({
      ok: true,
      value: { count: 0, mode: 'off' },
    });
    expect((await getRecord(9))?.view.offered).toEqual([]);
  });
});

describe('the launcher edge', () => {
  it('comes with an answer that offers passages, so the content script need not read it', async () => {
    const first = await handlers.pageContext(await echoDot(), content(5));
    expect(first).toMatchObject({ ok: true, value: { edge: 'right' } });
    await fakeBrowser.storage.local.set({ launcherEdge: 'left' });
    const moved = await handlers.pageContext(await echoDot(), content(5));
    expect(moved).toMatchObject({ ok: true, value: { edge: 'left' } });
  });

  it('is left out of a silent answer', async () => {
    const answer = await handlers.pageContext(
      await article('Wetter', 'Es regnet morgen im Norden.'),
      content(6),
    );
    expect(answer.ok && answer.value.count).toBe(0);
    expect(answer.ok && 'edge' in answer.value).toBe(false);
  });
});

describe('the panel gets passages from the background', () => {
  it('resolves the offered passages with their text and their article, without its other passages', async () => {
    await handlers.pageContext(await echoDot(), content(5));
    const answer = await handlers.getTabView({}, panel(5));
    if (!answer.ok) throw new Error(answer.error);
    const { offered, shown } = answer.value;
    expect(shown.map((s) => s.passage.id)).toEqual(offered.map((o) => o.passageId));
    for (const [index, item] of shown.entries()) {
      expect(item.passage.text.length).toBeGreaterThan(0);
      expect(item.article.id).toBe(offered[index]!.articleId);
      expect(item.article).not.toHaveProperty('passages');
      expect(item.why).toEqual(offered[index]!.why);
    }
  });

  it('searches every passage, within the chosen topics, and says how many the other topics hold', async () => {
    const all = await handlers.search({ query: 'Lauschsprecher', topics: [] });
    if (!all.ok) throw new Error(all.error);
    expect(all.value.found.length).toBeGreaterThan(0);
    expect(all.value.found[0]!.passage.text).toContain('Lauschsprecher');
    expect(all.value.found[0]!.terms).toContain('Lauschsprecher');
    expect(all.value.found[0]!.article).not.toHaveProperty('passages');
    const within = await Promise.all(
      TOPICS.map((topic) => handlers.search({ query: 'Lauschsprecher', topics: [topic] })),
    );
    // A topic none of the found passages is in finds none, and says how many the others hold.
    expect(within).toContainEqual({ ok: true, value: { found: [], withoutTopics: all.value.found.length } });
    for (const answer of within)
      if (answer.ok && answer.value.found.length > 0) expect(answer.value.withoutTopics).toBe(0);
  });
});

describe('a change of what pages show', () => {
  it('tells every tab with a content script to read its page again, and none of other changes', async () => {
    await handlers.pageContext(await echoDot(), content(5));
    await handlers.pageContext(await article('Bayern gewinnt', 'Ein Tor entschied das Spiel.'), content(6));
    readTabsAgainOnChange();
    const toldAgain = () =>
      vi
        .mocked(fakeBrowser.tabs.sendMessage)
        .mock.calls.filter(([, message]) => (message as { type: string }).type === 'readAgain')
        .map(([tabId]) => tabId);
    await fakeBrowser.storage.local.set({ launcherEdge: 'left' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(toldAgain()).toEqual([]);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, newsDetection: false } });
    await vi.waitFor(() => expect(toldAgain()).toEqual(expect.arrayContaining([5, 6])));
    const once = toldAgain().length;
    await fakeBrowser.storage.local.set({ hiddenPages: {} });
    await vi.waitFor(() => expect(toldAgain()).toHaveLength(once * 2));
  });
});

describe('hidePassage and getTabView', () => {
  it('hides a passage on the whole site, ranks again and tells the tab its new count', async () => {
    await handlers.pageContext(await echoDot(), content(5));
    const before = (await handlers.getTabView({}, panel(5))) as {
      ok: true;
      value: { offered: { passageId: string }[] };
    };
    const first = before.value.offered[0]!.passageId;
    const after = await handlers.hidePassage({ tabId: 5, passageId: first, scope: 'site' });
    expect(after.ok && after.value.offered.map((p) => p.passageId)).not.toContain(first);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
      5,
      expect.objectContaining({
        type: 'showCount',
        data: { count: after.ok ? after.value.offered.length : -1 },
      }),
    );
    // The same product in another tab of the same site: still hidden.
    await handlers.pageContext(await echoDot(), content(11));
    const other = await handlers.getTabView({ tabId: 11 }, panel());
    expect(other.ok && other.value.offered.map((p) => p.passageId)).not.toContain(first);
  });

  it('hides on this page only when asked so, and undoes a hide', async () => {
    await handlers.pageContext(await echoDot(), content(5));
    const before = await handlers.getTabView({}, panel(5));
    const first = before.ok ? before.value.offered[0]!.passageId : '';
    const count = before.ok ? before.value.offered.length : 0;
    const hidden = await handlers.hidePassage({ tabId: 5, passageId: first, scope: 'page' });
    expect(hidden.ok && hidden.value.offered.map((p) => p.passageId)).not.toContain(first);
    // Another product of the same site still offers it.
    await handlers.pageContext(
      await cheapRead(
        '<html lang="de"><body><span id="productTitle">Echo Dot (5. Generation) smarter Lautsprecher mit Alexa</span></body></html>',
        'https://www.amazon.de/dp/OTHERPAGE1',
      ),
      content(12),
    );
    const other = await handlers.getTabView({ tabId: 12 }, panel());
    expect(other.ok && other.value.offered.map((p) => p.passageId)).toContain(first);
    const undone = await handlers.restorePassage({ tabId: 5, passageId: first });
    expect(undone.ok && undone.value.offered.map((p) => p.passageId)[0]).toBe(first);
    expect(undone.ok && undone.value.offered).toHaveLength(count);
  });

  it("answers the side panel for the active tab of the window it names, not the background's current one", async () => {
    await handlers.pageContext(await echoDot(), content(5));
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockReturnValue(Promise.resolve([{ id: 5 }]) as never);
    const answer = await handlers.getTabView({ windowId: 2 }, panel());
    expect(query).toHaveBeenCalledWith({ active: true, windowId: 2 });
    expect(answer.ok && answer.value.tabId).toBe(5);
  });

  it('says so when it knows nothing of a tab', async () => {
    expect(await handlers.getTabView({ tabId: 99 }, panel())).toEqual({
      ok: false,
      error: 'nothing known about this tab yet',
    });
    expect(await handlers.hidePassage({ tabId: 99, passageId: 'y', scope: 'page' })).toMatchObject({
      ok: false,
    });
  });
});

describe('panelPlace', () => {
  it('opens the panel in the page wherever a page may have one, else in the browser', () => {
    expect(panelPlace('https://www.zeit.de/sport/fussball')).toBe('page');
    expect(panelPlace('https://www.example.org/')).toBe('page');
    expect(panelPlace(undefined)).toBe('page');
    expect(panelPlace('chrome://newtab/')).toBe('browser');
    expect(panelPlace('about:addons')).toBe('browser');
    expect(panelPlace('https://chromewebstore.google.com/detail/x')).toBe('browser');
    expect(panelPlace('https://addons.mozilla.org/de/firefox/')).toBe('browser');
  });
});

describe('the corpus file', () => {
  it('rejects every waiting message with the reason when it is damaged, and is read again after', async () => {
    vi.resetModules();
    const fresh = await import('./service');
    const served = globalThis.fetch;
    globalThis.fetch = () => Promise.resolve(new Response('{"version": 2, "vocab'));
    try {
      const read = await echoDot();
      // Two messages of a cold worker wait for the same load; each fails with the file named, none hangs
      // (onMessage answers a rejected handler with { ok: false }).
      const answers = await Promise.allSettled([
        fresh.backgroundHandlers.pageContext(read, content(12)),
        fresh.backgroundHandlers.pageContext(read, content(13)),
      ]);
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 'rejected' });
        expect(String((answer as PromiseRejectedResult).reason)).toContain(
          'the corpus file corpus.json could not be read',
        );
      }
    } finally {
      globalThis.fetch = served;
    }
    expect(await fresh.backgroundHandlers.pageContext(await echoDot(), content(14))).toMatchObject({
      ok: true,
    });
  });
});
