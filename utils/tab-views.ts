import { browser, type Browser } from 'wxt/browser';
import { changedTabs, type TabStates } from './tab-state';

/**
 * Where the background keeps what it shows for each tab, and how an open panel hears that it changed.
 *
 * COMPAT(firefox): a `runtime.sendMessage` broadcast from the background page never reaches the panel
 * embedded as an iframe in a web page in Firefox (it does reach the sidebar and extension tabs), so the
 * background tells panels nothing by message. It writes its tab records to storage.session, and the
 * panel listens to storage change events, the channel that already brings it settings and theme and that
 * reaches every extension page in both browsers. storage.session stays out of content scripts' reach
 * (the default access level in both browsers), so a page learns nothing through it.
 */
export const TAB_STATES_KEY = 'tabStates';

/** storage.session: absent only in browsers older than the manifests' minimum versions. */
export const sessionArea = (): Browser.storage.StorageArea | undefined =>
  (browser.storage as { session?: Browser.storage.StorageArea }).session;

/** Calls `onChange` with the tabs whose view changed (recorded, updated or forgotten); returns the unsubscribe. */
export function watchTabViews(onChange: (tabIds: number[]) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[TAB_STATES_KEY];
    if (area !== 'session' || !change) return;
    const tabIds = changedTabs(
      change.oldValue as TabStates | undefined,
      change.newValue as TabStates | undefined,
    );
    if (tabIds.length > 0) onChange(tabIds);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
