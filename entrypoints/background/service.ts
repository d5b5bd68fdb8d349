import { browser, type Browser } from 'wxt/browser';
import { MAX_OFFERED, type Engine } from '../../core/engine';
import { quickReadSettles } from '../../core/decide';
import { pageContextProblems } from '../../core/page-context';
import type { PageContext } from '../../core/types';
import { articles } from '../../seeds';
import { contentScriptMatches } from '../../extractors/hosts';
import { bundledEngine } from '../../utils/bundled-engine';
import { sendMessage, onMessage } from '../../utils/messaging';
import { err, ok } from '../../utils/result';
import { ANY_SITE_ORIGINS, hasAnySite } from '../../utils/permissions';
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

/** The content script files the background injects: on demand (activeTab) and for news extraction. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
const NEWS_SCRIPT = '/news-extractor.js';
const ANY_SITE_SCRIPT_ID = 'kehrseite-any-site';

let engine: Engine | undefined;
/** Loaded on first use from the index built with the extension: a woken worker answers in milliseconds. */
const getEngine = () => (engine ??= bundledEngine(articles));

async function rankForTab(
  tabId: number,
  url: string,
  context: PageContext | null,
  settings: Settings,
): Promise<TabRecord> {
  const host = context?.host ?? '';
  if (!context) {
    return {
      context,
      view: viewFromResult(
        tabId,
        url,
        null,
        null,
        { hidden: [], topics: new Set(), limit: 0 },
        { kind: 'notRead' },
      ),
    };
  }
  if (modeForHost(settings, host, Date.now()) === 'off') {
    return {
      context: null,
      view: viewFromResult(
        tabId,
        url,
        context,
        null,
        { hidden: [], topics: new Set(), limit: 0 },
        { kind: 'switchedOff' },
      ),
    };
  }
  const result = getEngine().rank(context);
  const view = viewFromResult(tabId, url, context, result, {
    hidden: await hiddenFor(host),
    topics: enabledTopics(settings),
    limit: MAX_OFFERED,
  });
  return { context, view };
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

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
  onMessage('pageContext', async ({ context, url, quick }, sender) => {
    if (sender.tabId === undefined) return err('pageContext must come from a tab');
    // The content script runs in a page we do not control: what it sends is checked, not trusted.
    const problems = context === null ? [] : pageContextProblems(context);
    if (problems.length > 0) return err(`not a page context: ${problems.slice(0, 3).join('; ')}`);
    const settings = await getSettings();
    if (quick && context && !quickReadSettles(context)) {
      return ok({ count: 0, mode: modeForHost(settings, context.host, Date.now()), readInFull: true });
    }
    const record = await rankForTab(sender.tabId, url, context, settings);
    await putRecord(record);
    return ok({
      count: record.view.offered.length,
      mode: modeForHost(settings, record.view.host, Date.now()),
    });
  });

  onMessage('loadNewsExtractor', async (_data, sender) => {
    if (sender.tabId === undefined) return err('loadNewsExtractor must come from a tab');
    await browser.scripting.executeScript({ target: { tabId: sender.tabId }, files: [NEWS_SCRIPT] });
    return ok(null);
  });

  onMessage('getTabView', async ({ tabId }, sender) => {
    const id = tabId ?? sender.tabId ?? (await activeTabId());
    if (id === undefined) return err('no tab');
    const record = await getRecord(id);
    if (!record) return err('nothing known about this tab yet');
    return ok(record.view);
  });

  onMessage('hidePassage', async ({ tabId, host, passageId }) => {
    await hidePassage(host, passageId);
    const record = await getRecord(tabId);
    if (!record) return err('nothing known about this tab');
    const next = await rankForTab(tabId, record.view.url, record.context, await getSettings());
    await putRecord(next);
    await sendMessage('showCount', { count: next.view.offered.length }, tabId);
    return ok(next.view);
  });

  onMessage('togglePanel', async ({ open, tabId }, sender) => {
    const id = tabId ?? sender.tabId;
    if (id === undefined) return err('no tab');
    return sendMessage('togglePanel', { open }, id);
  });

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

/** A test seam: the e2e suite calls this from the service worker to take the toolbar/command path. */
export const toggleActiveTab = () => toggleForTab(undefined);
