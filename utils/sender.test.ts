import { describe, expect, it } from 'vitest';
import { checkSender } from './sender';

const ID = 'ourextensionid';
const tab = (id: number) => ({ id }) as never;

describe('checkSender', () => {
  it('tells our content scripts by their web page and tab', () => {
    expect(checkSender({ id: ID, tab: tab(4), url: 'https://www.amazon.de/dp/X' }, ID)).toEqual({
      role: 'content',
      tabId: 4,
      frameUrl: 'https://www.amazon.de/dp/X',
    });
  });

  it('tells the panel, embedded in a tab, in the side panel or under a per-session origin', () => {
    const embedded = checkSender(
      { id: ID, tab: tab(4), url: `chrome-extension://${ID}/panel.html?embed=1` },
      ID,
    );
    expect(embedded).toMatchObject({ role: 'panel', tabId: 4 });
    expect(checkSender({ id: ID, url: `chrome-extension://${ID}/panel.html` }, ID)?.role).toBe('panel');
    expect(
      checkSender({ id: ID, tab: tab(4), url: 'chrome-extension://dynamic-0f3a/panel.html?embed=1' }, ID)
        ?.role,
    ).toBe('panel');
    expect(checkSender({ id: ID, url: 'moz-extension://6c1e-uuid/panel.html' }, ID)?.role).toBe('panel');
    // COMPAT(firefox): the embedded panel as Firefox ESR 153 describes it when the frame runs in the
    // page's process: a content script's envType, but our page's URL and the tab.
    const firefoxEmbedded = {
      id: ID,
      tab: tab(3),
      url: 'moz-extension://6c1e-uuid/panel.html?embed=1',
      frameId: 17179869185,
      envType: 'content_child',
    };
    expect(checkSender(firefoxEmbedded as never, ID)).toMatchObject({ role: 'panel', tabId: 3 });
  });

  it('tells our other pages and the background', () => {
    expect(checkSender({ id: ID, url: `chrome-extension://${ID}/options.html` }, ID)?.role).toBe('page');
    expect(checkSender({ id: ID, tab: tab(9), url: `chrome-extension://${ID}/welcome.html` }, ID)?.role).toBe(
      'page',
    );
    expect(checkSender({ id: ID, url: `chrome-extension://${ID}/library.html#article=a` }, ID)?.role).toBe(
      'page',
    );
    expect(checkSender({ id: ID, url: `chrome-extension://${ID}/background.js` }, ID)?.role).toBe(
      'background',
    );
    expect(
      checkSender({ id: ID, url: 'moz-extension://6c1e-uuid/_generated_background_page.html' }, ID)?.role,
    ).toBe('background');
  });

  it('rejects another extension, a sender without an id or URL, and a web page without a tab', () => {
    expect(checkSender({ id: 'someoneelse', url: 'https://evil.example/' }, ID)).toBeNull();
    expect(checkSender({ url: 'https://evil.example/', tab: tab(1) }, ID)).toBeNull();
    expect(checkSender({ id: ID, tab: tab(1) }, ID)).toBeNull();
    expect(checkSender({ id: ID, url: 'https://evil.example/' }, ID)).toBeNull();
  });

  it('rejects an extension page in a tab that is none of ours', () => {
    expect(
      checkSender({ id: ID, tab: tab(2), url: `chrome-extension://${ID}/background.js` }, ID),
    ).toBeNull();
  });
});
