import { describe, expect, it } from 'vitest';
import { checkSender } from './sender';

const ID = 'ourextensionid';
const ORIGIN = 'chrome-extension://ourextensionid/';

describe('checkSender', () => {
  it('accepts our content scripts with their tab', () => {
    expect(
      checkSender({ id: ID, tab: { id: 4 } as never, url: 'https://www.amazon.de/dp/X' }, ID, ORIGIN),
    ).toEqual({
      tabId: 4,
      frameUrl: 'https://www.amazon.de/dp/X',
      isExtensionPage: false,
    });
  });

  it('recognises our own pages', () => {
    expect(
      checkSender({ id: ID, url: `${ORIGIN}panel.html?embed=1`, tab: { id: 4 } as never }, ID, ORIGIN)
        ?.isExtensionPage,
    ).toBe(true);
  });

  it('rejects another extension and a sender without an id', () => {
    expect(checkSender({ id: 'someoneelse', url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
    expect(checkSender({ url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
  });
});
