import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageContext } from '../../core/page-context';
import { viewFromResult } from '../../utils/tab-state';

const context = pageContext({
  url: 'https://www.amazon.de/dp/X',
  site: 'amazon',
  pageType: 'product',
  productTitle: 'Echo',
});
const record = (tabId: number) => ({
  context,
  view: viewFromResult(tabId, context.url, context, null, { hidden: [], topics: new Set(), limit: 5 }),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('the background memory of tabs', () => {
  it('survives a restarted service worker through session storage', async () => {
    const first = await import('./tabs');
    await first.putRecord(record(7));
    // A fresh module instance is what a restarted worker has: empty memory, same session storage.
    vi.resetModules();
    const restarted = await import('./tabs');
    expect((await restarted.getRecord(7))?.view.host).toBe('www.amazon.de');
  });

  it('forgets closed tabs', async () => {
    const tabs = await import('./tabs');
    await tabs.putRecord(record(3));
    await tabs.forgetTab(3);
    expect(await tabs.getRecord(3)).toBeUndefined();
  });
});
