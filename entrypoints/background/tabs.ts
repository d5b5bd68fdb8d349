import { browser } from 'wxt/browser';
import { tellPanels } from '../../utils/messaging';
import { launcherLabel } from '../../utils/launcher-label';
import { badgeText, withTab, withoutTab, type TabRecord, type TabStates } from '../../utils/tab-state';

/**
 * The background's memory of tabs: kept in storage.session so a service worker the browser stopped
 * and restarted still answers the panel (Firefox's MV2 background page lives on: memory suffices).
 */
const SESSION_KEY = 'tabStates';
let cache: TabStates | undefined;

const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

export async function loadStates(): Promise<TabStates> {
  if (cache) return cache;
  const stored = await session()?.get(SESSION_KEY);
  cache = (stored?.[SESSION_KEY] as TabStates | undefined) ?? {};
  return cache;
}

async function save(states: TabStates): Promise<void> {
  cache = states;
  await session()?.set({ [SESSION_KEY]: states });
}

export async function getRecord(tabId: number): Promise<TabRecord | undefined> {
  return (await loadStates())[String(tabId)];
}

/** Stores a tab's record, sets its badge and tells open panels. */
export async function putRecord(record: TabRecord): Promise<void> {
  await save(withTab(await loadStates(), record));
  await showBadge(record.view.tabId, badgeText(record.view));
  tellPanels('tabViewChanged', { tabId: record.view.tabId });
}

export async function forgetTab(tabId: number): Promise<void> {
  await save(withoutTab(await loadStates(), tabId));
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
