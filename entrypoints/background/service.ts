import { browser, type Browser } from 'wxt/browser';
import { MAX_OFFERED, type Engine } from '../../core/engine';
import { pageContextProblems } from '../../core/page-context';
import { articleDataProblems } from '../../extractors/news-quick';
import { contentScriptMatches } from '../../extractors/hosts';
import { loadBundledEngine } from '../../utils/bundled-engine';
import { rememberEdge, storedEdge } from '../../utils/launcher-edge';
import type { PanelView, ProtocolMap, TabView } from '../../utils/messages';
import { onMessages, sendMessage, servePanels } from '../../utils/messaging';
import { panelView, passageLookup, shownResult, type PassageLookup } from '../../utils/panel-view';
import { ANY_SITE_ORIGINS, hasAnySite } from '../../utils/permissions';
import { rankRead, type ReadVerdict } from '../../utils/rank-step';
import { err, ok, type Result } from '../../utils/result';
import type { SenderInfo } from '../../utils/sender';
import {
  enabledTopics,
  getSettings,
  type Settings,
  hidePassage,
  modeForHost,
  placesOf,
  rememberStored,
  restorePassage,
  storedNow,
  type StoredReader,
  watchSettings,
} from '../../utils/settings';
import { changesWhatPagesShow } from '../../utils/settings-model';
import { viewFromResult, type TabRecord } from '../../utils/tab-state';
import { forgetTab, getRecord, putRecord, recordedTabs, showBadge, toolbarAction } from './tabs';

/** The content script the background injects on demand (activeTab), and the full reader. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
const FULL_READER_SCRIPT = '/news-extractor.js';
const ANY_SITE_SCRIPT_ID = 'kehrseite-any-site';

/**
 * The worker's moments that a page's launcher waits for, on its own performance timeline, so that
 * `npm run bench` can place them among a cold load's phases (its cold start was a figure without a
 * breakdown: 356 ms in one run, its paired differences -38 to 446 ms). Only the latest of each is kept.
 */
const WORKER_MARKS = { engine: 'kehrseite:engine', message: 'kehrseite:message', answer: 'kehrseite:answer' };
function markMoment(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

let engine: Promise<Engine> | undefined;
/**
 * The engine, loaded once per worker life from the corpus file built with the extension; every handler
 * awaits this one promise, so a cold worker's first answer waits for the load and none races it. A
 * failed load rejects each waiting handler (onMessage turns that into an error reply) and is tried again
 * by the next message rather than kept.
 */
function getEngine(): Promise<Engine> {
  engine ??= loadBundledEngine().then(
    (built) => {
      markMoment(WORKER_MARKS.engine);
      return built;
    },
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

const lookups = new WeakMap<Engine, PassageLookup>();
/** The engine and the lookup that resolves its passages for the panel, made once per engine. */
async function getLookup(): Promise<{ engine: Engine; lookup: PassageLookup }> {
  const ready = await getEngine();
  let lookup = lookups.get(ready);
  if (!lookup) lookups.set(ready, (lookup = passageLookup(ready.articles)));
  return { engine: ready, lookup };
}

/** A tab's view for the panel: the passages' texts and sources come from the corpus the worker holds. */
async function forPanel(view: Result<TabView>): Promise<Result<PanelView>> {
  if (!view.ok) return view;
  return ok(panelView(view.value, (await getLookup()).lookup));
}

/** Search results per query, as the panel has always shown them. */
const SEARCH_LIMIT = 20;
/** A longer query is cut: a search box, not a document. */
const MAX_QUERY_LENGTH = 200;

/** Settings and hidden passages: read from storage each time, until startBackground keeps them in memory. */
let stored: StoredReader = storedNow;
/** The launcher's edge: likewise. */
let launcherEdge = storedEdge;

const isUrl = (value: unknown): value is string => {
  try {
    return typeof value === 'string' && new URL(value).href !== '';
  } catch {
    return false;
  }
};

/** A tab's record from the ranking side's verdict, with the user's hidden passages and topics applied. */
async function recordFor(
  tabId: number,
  url: string,
  verdict: Exclude<ReadVerdict, { kind: 'read-in-full' }>,
  settings: Settings,
): Promise<TabRecord> {
  const none = { hidden: [], topics: new Set<never>(), limit: 0 };
  if (verdict.kind === 'unread') {
    return {
      context: null,
      view: viewFromResult(tabId, url, null, null, none, { kind: 'notRead' }),
    };
  }
  const { context } = verdict;
  if (verdict.kind === 'off') {
    return {
      context: null,
      view: viewFromResult(tabId, url, context, null, none, { kind: 'switchedOff' }),
    };
  }
  const view = viewFromResult(tabId, url, context, verdict.result, {
    hidden: await stored.hiddenFor(url, context.host),
    topics: enabledTopics(settings),
    limit: MAX_OFFERED,
  });
  return { context, view };
}

/** A tab's page ranked again after the user hid or restored a passage; the launcher gets the new count. */
async function rankAgain(tabId: number, record: TabRecord): Promise<Result<TabView>> {
  if (!record.context) return err('nothing known about this tab');
  const settings = await stored.settings();
  // The page passed the gate when it was read; only its site's mode is asked again.
  const read = { url: record.view.url, context: record.context, partial: false, requested: true };
  const verdict = rankRead(await getEngine(), read, settings, Date.now());
  if (verdict.kind === 'read-in-full') return err('a full read cannot ask for another');
  const next = await recordFor(tabId, record.view.url, verdict, settings);
  await putRecord(next);
  await sendMessage('showCount', { count: next.view.offered.length }, tabId);
  return ok(next.view);
}

/**
 * The active tab of a window (no `tabs` permission needed for its id). Without a window, the
 * background's current window, which is not the side panel's when several windows are open.
 */
async function activeTabId(windowId?: number): Promise<number | undefined> {
  const [tab] = await browser.tabs.query(
    windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId },
  );
  return tab?.id;
}

type Handlers = {
  [K in keyof ProtocolMap]?: (
    data: Parameters<ProtocolMap[K]>[0],
    sender: SenderInfo,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

/** What the background answers; messaging.ts has already refused senders that may not send each. */
export const backgroundHandlers = {
  /** The ranking side of the read path (utils/read-path.ts) for the sender's tab. */
  pageContext: async (read, sender) => {
    markMoment(WORKER_MARKS.message);
    if (sender.tabId === undefined) return err('pageContext must come from a tab');
    // The content script runs in a page we do not control: what it sends is checked, not trusted.
    const problems = read.context === null ? [] : pageContextProblems(read.context);
    if (problems.length > 0) return err(`not a page context: ${problems.slice(0, 3).join('; ')}`);
    const articleProblems = read.article === undefined ? [] : articleDataProblems(read.article);
    if (articleProblems.length > 0) return err(`not article data: ${articleProblems.join('; ')}`);
    if (!isUrl(read.url)) return err('not a page read: its url');
    const [settings, ready, edge] = await Promise.all([stored.settings(), getEngine(), launcherEdge()]);
    const verdict = rankRead(ready, read, settings, Date.now());
    const context = verdict.kind === 'unread' ? read.context : verdict.context;
    const mode = modeForHost(settings, context?.host ?? '', Date.now());
    const readInFull = verdict.kind === 'read-in-full';
    // A cheap read that is silent but not settled shows nothing yet; one that offers passages shows
    // them (launcher, panel) until the full read replaces them.
    if (readInFull && verdict.result.silent) {
      markMoment(WORKER_MARKS.answer);
      return ok({ count: 0, mode, readInFull });
    }
    const ranked = readInFull ? { ...verdict, kind: 'ranked' as const } : verdict;
    const record = await recordFor(sender.tabId, read.url, ranked, settings);
    // The answer goes first: the tab's record is in memory at once, its storage and the badge follow.
    void putRecord(record).catch(() => undefined);
    const count = record.view.offered.length;
    markMoment(WORKER_MARKS.answer);
    return ok({ count, mode, readInFull, ...(count > 0 ? { edge } : {}) });
  },

  loadFullReader: async (_data, sender) => {
    if (sender.tabId === undefined) return err('loadFullReader must come from a tab');
    await browser.scripting.executeScript({ target: { tabId: sender.tabId }, files: [FULL_READER_SCRIPT] });
    return ok(null);
  },

  getTabView: async ({ tabId, windowId }, sender) => {
    const id = tabId ?? sender.tabId ?? (await activeTabId(windowId));
    if (id === undefined) return err('no tab');
    const record = await getRecord(id);
    if (!record) return err('nothing known about this tab yet');
    return forPanel(ok(record.view));
  },

  hidePassage: async ({ tabId, passageId, scope }) => {
    const record = await getRecord(tabId);
    if (!record?.context) return err('nothing known about this tab');
    const [page, site] = placesOf(record.view.url, record.context.host);
    await hidePassage(scope === 'site' ? site! : page!, passageId);
    stored.forget();
    return forPanel(await rankAgain(tabId, record));
  },

  restorePassage: async ({ tabId, passageId }) => {
    const record = await getRecord(tabId);
    if (!record?.context) return err('nothing known about this tab');
    await restorePassage(placesOf(record.view.url, record.context.host), passageId);
    stored.forget();
    return forPanel(await rankAgain(tabId, record));
  },

  search: async ({ query, topics }) => {
    if (typeof query !== 'string' || !Array.isArray(topics)) return err('not a search');
    const { engine: ready, lookup } = await getLookup();
    const text = query.slice(0, MAX_QUERY_LENGTH);
    const found = ready.search(text, { topics, limit: SEARCH_LIMIT });
    const withoutTopics =
      found.length === 0 && topics.length > 0 ? ready.search(text, { limit: SEARCH_LIMIT }).length : 0;
    return ok({ found: found.map((result) => shownResult(result, lookup)), withoutTopics });
  },

  togglePanel: async ({ open, tabId }, sender) => {
    const id = tabId ?? sender.tabId;
    if (id === undefined) return err('no tab');
    return sendMessage('togglePanel', { open }, id);
  },
} satisfies Handlers;

/** Hosts where browsers let no extension run scripts: the extension stores. */
const SCRIPTLESS_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

/**
 * Where the toolbar button and the command open the panel. In the page, next to what it explains, on
 * every page an extension may script (the same panel in Chrome and Firefox, and the launcher it belongs
 * to); the browser's own side panel only where no page panel can exist (browser pages, the stores),
 * so the user still gets an answer there. `url` is known through activeTab; unknown, the page is tried.
 */
export function panelPlace(url: string | undefined): 'page' | 'browser' {
  if (url === undefined || url === '') return 'page';
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return 'browser';
    return SCRIPTLESS_HOSTS.includes(parsed.hostname) ? 'browser' : 'page';
  } catch {
    return 'page';
  }
}

/**
 * Opens the browser's side panel (Chrome) or sidebar (Firefox) for a tab. Both browsers allow it only
 * in answer to a user action, so this runs synchronously in the click or command handler.
 */
function openBrowserPanel(tabId: number | undefined): boolean {
  const sidePanel = (browser as { sidePanel?: { open(options: { tabId: number }): Promise<void> } })
    .sidePanel;
  if (sidePanel && tabId !== undefined) {
    sidePanel.open({ tabId }).catch(() => undefined);
    return true;
  }
  // COMPAT(firefox): no sidePanel; the sidebar shows the same panel page.
  const sidebar = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (!sidebar) return false;
  sidebar.open().catch(() => undefined);
  return true;
}

/**
 * Toolbar button and keyboard command: always an answer. On any page the panel opens (in the page, or
 * in the browser's panel where pages cannot have one); on a silent page it says why nothing is offered.
 */
function onToolbarOrCommand(tab: Browser.tabs.Tab | undefined): void {
  if (panelPlace(tab?.url) === 'browser' && openBrowserPanel(tab?.id)) return;
  void toggleForTab(tab);
}

async function toggleForTab(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return;
  const toggled = await sendMessage('togglePanel', {}, tabId);
  if (toggled.ok) return;
  // No content script there: activeTab lets us inject it now, for this tab only.
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch {
    openBrowserPanel(tabId); // a page where extensions may not run; still within the user's action, mostly
    return;
  }
  // Read the page, then open the panel whatever was found: offered passages, or the reason for none.
  await sendMessage('analyseNow', {}, tabId);
  await sendMessage('togglePanel', { open: true }, tabId);
}

/** Registers or removes the all-hosts content script to match the setting and the permission. */
async function syncAnySiteScript(): Promise<void> {
  const wanted = (await getSettings()).anySiteArticles && (await hasAnySite());
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ANY_SITE_SCRIPT_ID] });
  if (wanted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: ANY_SITE_SCRIPT_ID,
        matches: ANY_SITE_ORIGINS,
        excludeMatches: contentScriptMatches,
        js: [CONTENT_SCRIPT.slice(1)],
        runAt: 'document_idle',
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ANY_SITE_SCRIPT_ID] });
  }
}

/**
 * Tells every tab with a content script to read its page again whenever what pages show changes (the
 * settings or the hidden passages, from the settings page, a panel or another window). Told from here
 * rather than heard by each content script from storage: that listener cost every silent page 0.4 ms
 * of main thread, a tenth of what the least content script costs (issue 12).
 */
export function readTabsAgainOnChange(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changesWhatPagesShow(changes)) return;
    void recordedTabs()
      .then((tabIds) => Promise.all(tabIds.map((tabId) => sendMessage('readAgain', {}, tabId))))
      .catch(() => undefined);
  });
}

export function startBackground(): void {
  stored = rememberStored();
  launcherEdge = rememberEdge();
  // The corpus file is read while the first message is on its way; its handler awaits the same load.
  void getEngine().catch(() => undefined);
  servePanels();
  onMessages(backgroundHandlers);

  toolbarAction().onClicked.addListener(onToolbarOrCommand);
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar') onToolbarOrCommand(tab);
  });

  // The first-run page, once: what Kehrseite does and never does, the shortcut, how to switch a site off.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // This listener also starts a stopped worker as a tab begins to load, so the worker's start is over before
  // the page's content script asks: in traces on a loaded two-core machine, 390-1000 ms from the request to
  // an engine built and warmed up, while the message came 1.1-2.3 s after navigation start. Started by that
  // message instead, all of it would fall between the message and the launcher.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document loads: what we showed belongs to the old one. (No `tabs` permission needed.)
    if (change.status === 'loading' && change.url !== undefined) {
      void forgetTab(tabId);
      void showBadge(tabId, '');
    }
  });

  readTabsAgainOnChange();
  watchSettings(() => void syncAnySiteScript().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncAnySiteScript().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncAnySiteScript().catch(() => undefined));
  void syncAnySiteScript().catch(() => undefined);
}
