import { browser, type Browser } from 'wxt/browser';
import { MAX_OFFERED, type Engine } from '../../core/engine';
import { pageContextProblems } from '../../core/page-context';
import { articles } from '../../seeds';
import { contentScriptMatches } from '../../extractors/hosts';
import { bundledEngine } from '../../utils/bundled-engine';
import type { ProtocolMap } from '../../utils/messages';
import { onMessage, sendMessage, servePanels } from '../../utils/messaging';
import { ANY_SITE_ORIGINS, hasAnySite } from '../../utils/permissions';
import { rankRead, type ReadVerdict } from '../../utils/rank-step';
import { err, ok } from '../../utils/result';
import type { SenderInfo } from '../../utils/sender';
import {
  enabledTopics,
  getSettings,
  type Settings,
  hiddenFor,
  hidePassage,
  modeForHost,
  watchSettings,
} from '../../utils/settings';
import { viewFromResult, type TabRecord } from '../../utils/tab-state';
import { forgetTab, getRecord, putRecord, showBadge, toolbarAction } from './tabs';

/** The content script the background injects on demand (activeTab), and the full reader. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
const FULL_READER_SCRIPT = '/news-extractor.js';
const ANY_SITE_SCRIPT_ID = 'kehrseite-any-site';

let engine: Engine | undefined;
/** Loaded on first use from the index built with the extension: a woken worker answers in milliseconds. */
const getEngine = () => (engine ??= bundledEngine(articles));

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
    hidden: await hiddenFor(context.host),
    topics: enabledTopics(settings),
    limit: MAX_OFFERED,
  });
  return { context, view };
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
    if (sender.tabId === undefined) return err('pageContext must come from a tab');
    // The content script runs in a page we do not control: what it sends is checked, not trusted.
    const problems = read.context === null ? [] : pageContextProblems(read.context);
    if (problems.length > 0) return err(`not a page context: ${problems.slice(0, 3).join('; ')}`);
    const settings = await getSettings();
    const mode = modeForHost(settings, read.context?.host ?? '', Date.now());
    const verdict = rankRead(getEngine(), read, settings, Date.now());
    if (verdict.kind === 'read-in-full') return ok({ count: 0, mode, readInFull: true });
    const record = await recordFor(sender.tabId, read.url, verdict, settings);
    await putRecord(record);
    return ok({ count: record.view.offered.length, mode, readInFull: false });
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
    return ok(record.view);
  },

  hidePassage: async ({ tabId, host, passageId }) => {
    await hidePassage(host, passageId);
    const record = await getRecord(tabId);
    if (!record?.context) return err('nothing known about this tab');
    const settings = await getSettings();
    const read = { url: record.view.url, context: record.context, partial: false };
    const verdict = rankRead(getEngine(), read, settings, Date.now());
    if (verdict.kind === 'read-in-full') return err('a full read cannot ask for another');
    const next = await recordFor(tabId, record.view.url, verdict, settings);
    await putRecord(next);
    await sendMessage('showCount', { count: next.view.offered.length }, tabId);
    return ok(next.view);
  },

  togglePanel: async ({ open, tabId }, sender) => {
    const id = tabId ?? sender.tabId;
    if (id === undefined) return err('no tab');
    return sendMessage('togglePanel', { open }, id);
  },
} satisfies Handlers;

/** Toolbar button and keyboard command: toggle the panel, or analyse a page we do not read by default. */
async function toggleForTab(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return;
  const toggled = await sendMessage('togglePanel', {}, tabId);
  if (toggled.ok) return;
  // No content script there: activeTab lets us inject it now, for this tab only.
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch {
    return; // a browser page (chrome://, the web store) where extensions may not run
  }
  const analysed = await sendMessage('analyseNow', {}, tabId);
  if (analysed.ok) await sendMessage('togglePanel', { open: true }, tabId);
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

export function startBackground(): void {
  servePanels();
  onMessage('pageContext', backgroundHandlers.pageContext);
  onMessage('loadFullReader', backgroundHandlers.loadFullReader);
  onMessage('getTabView', backgroundHandlers.getTabView);
  onMessage('hidePassage', backgroundHandlers.hidePassage);
  onMessage('togglePanel', backgroundHandlers.togglePanel);

  toolbarAction().onClicked.addListener((tab) => void toggleForTab(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar') void toggleForTab(tab);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document loads: what we showed belongs to the old one. (No `tabs` permission needed.)
    if (change.status === 'loading' && change.url !== undefined) {
      void forgetTab(tabId);
      void showBadge(tabId, '');
    }
  });

  watchSettings(() => void syncAnySiteScript().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncAnySiteScript().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncAnySiteScript().catch(() => undefined));
  void syncAnySiteScript().catch(() => undefined);
}
