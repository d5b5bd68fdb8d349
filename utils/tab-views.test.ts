import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageContext } from '../core/page-context';
import { viewFromResult, withTab, type TabStates } from './tab-state';
import { TAB_STATES_KEY, watchTabViews } from './tab-views';

const context = pageContext({ url: 'https://www.amazon.de/dp/X', site: 'amazon', pageType: 'product' });
const states = (...tabIds: number[]): TabStates =>
  tabIds.reduce<TabStates>(
    (all, tabId) =>
      withTab(all, {
        context,
        view: viewFromResult(tabId, context.url, context, null, { hidden: [], topics: new Set(), limit: 5 }),
      }),
    {},
  );

beforeEach(() => fakeBrowser.reset());

describe('the channel from the background to open panels', () => {
  it("names the tabs whose view the background stored, and only the background's tab records", async () => {
    const heard = vi.fn();
    const stop = watchTabViews(heard);
    await fakeBrowser.storage.session.set({ [TAB_STATES_KEY]: states(7) });
    expect(heard).toHaveBeenLastCalledWith([7]);
    await fakeBrowser.storage.session.set({ [TAB_STATES_KEY]: states(7, 8) });
    expect(heard).toHaveBeenLastCalledWith([8]);
    // Settings and other keys, or the same key in another area, are not tab views.
    await fakeBrowser.storage.local.set({ [TAB_STATES_KEY]: states(9) });
    await fakeBrowser.storage.session.set({ other: 1 });
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    await fakeBrowser.storage.session.set({ [TAB_STATES_KEY]: states() });
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
