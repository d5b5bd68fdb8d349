import { browser } from 'wxt/browser';
import { tellPanels } from '../../utils/messaging';
import { launcherLabel } from '../../utils/launcher-label';
import { badgeText, withTab, withoutTab, type TabRecord, type TabStates } from '../../utils/tab-state';

/**
 * The background's memory of tabs: kept in storage.session so a service worker the browser stopped
 * and restarted still answers the panel (Firefox's MV2 background page lives on: memory suffices).
 */
const SESSION_KEY = 'tabStates';
let cache: TabStates = {};
/** The one read of storage, then every use of the states, in the order they were asked for. */
let queue: Promise<unknown> | undefined;

const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

/** Runs `use` on the states once they are read, after every use asked for before it. */
function withStates<T>(use: (states: TabStates) => T): Promise<T> {
  queue ??= (async () => {
    const stored = await session()?.get(SESSION_KEY);
    cache = (stored?.[SESSION_KEY] as TabStates | undefined) ?? {};
  })();
  const next = queue.then(() => use(cache));
  queue = next.catch(() => undefined);
  return next;
}

/** Changes the states in memory at once (the panel reads them from there); resolves once stored too. */
async function change(update: (states: TabStates) => TabStates): Promise<void> {
  const states = await withStates((old) => (cache = update(old)));
  await session()?.set({ [SESSION_KEY]: states });
}

export function getRecord(tabId: number): Promise<TabRecord | undefined> {
  return withStates((states) => states[String(tabId)]);
}

/** Stores a tab's record, tells open panels and sets its badge. */
export async function putRecord(record: TabRecord): Promise<void> {
  const stored = change((states) => withTab(states, record));
  await Promise.all([
    stored.then(() => tellPanels('tabViewChanged', { tabId: record.view.tabId })),
    showBadge(record.view.tabId, badgeText(record.view)),
  ]);
}

/** The tabs with a record: every tab whose content script has read its page and is still on it. */
export function recordedTabs(): Promise<number[]> {
  return withStates((states) => Object.values(states).map((record) => record.view.tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  await change((states) => withoutTab(states, tabId));
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
export const toolbarAction = (): typeof browser.action =>
  // COMPAT(firefox): MV2 has no `action`.
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/**
 * The badge and the button's tooltip (its accessible name) for a tab. The tooltip says the count in
 * words and never quotes the page: nothing a page wrote reaches the browser's own UI.
 */
export async function showBadge(tabId: number, text: string): Promise<void> {
  try {
    await toolbarAction().setBadgeText({ tabId, text });
    const title = text ? launcherLabel(Number(text)) : browser.i18n.getMessage('actionTitle');
    await toolbarAction().setTitle({ tabId, title });
    if (text) await toolbarAction().setBadgeBackgroundColor({ tabId, color: '#5b2a86' });
  } catch {
    // The tab closed meanwhile.
  }
}
