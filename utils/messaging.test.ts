import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SENDERS } from './messages';
import { listenToBackground, onMessages, servePanels, tellPanels } from './messaging';
import { ok } from './result';

const ID = fakeBrowser.runtime.id;
const content = { id: ID, tab: { id: 3 } as never, url: 'https://www.amazon.de/dp/X' };
const panel = { id: ID, tab: { id: 3 } as never, url: `chrome-extension://${ID}/panel.html?embed=1` };
const background = { id: ID, url: `chrome-extension://${ID}/background.js` };
const envelope = (type: string, data: unknown) => ({ kehrseite: 1, type, data });

/** What the listeners answer a message from `sender` (undefined: nobody answered). */
async function deliver(message: unknown, sender: object): Promise<unknown> {
  let respond: (reply: unknown) => void = () => undefined;
  const reply = new Promise((resolve) => (respond = resolve));
  const taken: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, respond);
  // A listener that answers returns true and replies through sendResponse, as the browsers' own API wants.
  return taken.includes(true) ? reply : undefined;
}

beforeEach(() => fakeBrowser.reset());

describe('onMessages', () => {
  it('refuses a content script that sends what only the panel may send', async () => {
    const handler = vi.fn(() => ok(null as never));
    onMessages({ hidePassage: handler });
    const data = { tabId: 3, passageId: 'a/b', scope: 'site' as const };
    expect(await deliver(envelope('hidePassage', data), content)).toEqual({
      ok: false,
      error: 'hidePassage may not come from the content',
    });
    expect(handler).not.toHaveBeenCalled();
    await deliver(envelope('hidePassage', data), panel);
    expect(handler).toHaveBeenCalledWith(data, expect.objectContaining({ role: 'panel', tabId: 3 }));
  });

  it('refuses a page read from anyone but a content script, and tab commands from anyone but ours', async () => {
    onMessages({
      pageContext: () => ok({ count: 1, mode: 'launcher' as const, readInFull: false }),
      analyseNow: () => ok({ count: 0 }),
    });
    const read = { url: 'https://www.amazon.de/', context: null, partial: false, requested: false };
    expect(await deliver(envelope('pageContext', read), panel)).toMatchObject({ ok: false });
    expect(await deliver(envelope('pageContext', read), content)).toMatchObject({ ok: true });
    expect(await deliver(envelope('analyseNow', {}), content)).toMatchObject({ ok: false });
    expect(await deliver(envelope('analyseNow', {}), background)).toMatchObject({ ok: true });
  });

  it('ignores other extensions, foreign messages and other types', async () => {
    const handler = vi.fn(() => ok(null));
    onMessages({ showCount: handler });
    expect(
      await deliver(envelope('showCount', { count: 1 }), { ...background, id: 'another' }),
    ).toBeUndefined();
    expect(await deliver({ type: 'showCount', data: { count: 1 } }, background)).toBeUndefined();
    expect(await deliver(envelope('analyseNow', {}), background)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('listens once for all the types it answers, and hears no type it does not', async () => {
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const showCount = vi.fn(() => ok(null));
    onMessages({ showCount, readAgain: () => ok(null) });
    expect(addListener).toHaveBeenCalledTimes(1);
    expect(await deliver(envelope('readAgain', {}), background)).toEqual({ ok: true, value: null });
    expect(await deliver(envelope('toString', {}), background)).toBeUndefined();
    expect(await deliver(envelope('analyseNow', {}), background)).toBeUndefined();
    expect(showCount).not.toHaveBeenCalled();
  });

  it('answers a handler that throws with an error instead of breaking the channel', async () => {
    onMessages({
      showCount: () => {
        throw new Error('boom');
      },
    });
    expect(await deliver(envelope('showCount', { count: 1 }), background)).toEqual({
      ok: false,
      error: 'showCount: boom',
    });
  });

  it('names who may send every message, and a content script may send only its own reports', () => {
    const fromContent = Object.entries(SENDERS)
      .filter(([, roles]) => roles.includes('content'))
      .map(([type]) => type);
    expect(fromContent.sort()).toEqual(['loadFullReader', 'pageContext']);
  });
});

/** A browser event: listeners in, `fire` to call them. */
function event<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => void>();
  return {
    addListener: (listener: (...args: A) => void) => void listeners.add(listener),
    removeListener: (listener: (...args: A) => void) => void listeners.delete(listener),
    fire: (...args: A) => listeners.forEach((listener) => listener(...args)),
  };
}

/**
 * runtime.connect as the browser wires it: the caller's end, and the other end with the caller as its
 * sender handed to runtime.onConnect. Returns the background's ends, to close them as a stopped worker does.
 */
function wirePorts(sender: object) {
  const onConnect = event<[never]>();
  const backgroundEnds: { disconnect(): void }[] = [];
  const end = (name: string) => ({ name, onMessage: event<[unknown]>(), onDisconnect: event<[]>() });
  const connect = ({ name }: { name: string }) => {
    const mine = end(name);
    const theirs = end(name);
    let open = true;
    const join = (from: typeof mine, to: typeof mine) =>
      Object.assign(from, {
        postMessage: (message: unknown) => {
          if (!open) throw new Error('Attempting to use a disconnected port object');
          to.onMessage.fire(structuredClone(message));
        },
        disconnect: () => {
          open = false;
          to.onDisconnect.fire();
        },
      });
    const background = Object.assign(join(theirs, mine), { sender });
    backgroundEnds.push(background);
    onConnect.fire(background as never);
    return join(mine, theirs);
  };
  Object.assign(fakeBrowser.runtime, { onConnect, connect });
  return backgroundEnds;
}

describe('the port from the background to open panels', () => {
  it('tells open panels and no one else; a closed panel hears nothing more', () => {
    wirePorts(panel);
    servePanels();
    const heard = vi.fn();
    const stop = listenToBackground(heard);
    tellPanels('tabViewChanged', { tabId: 3 });
    expect(heard).toHaveBeenCalledWith({ kehrseite: 1, type: 'tabViewChanged', data: { tabId: 3 } });
    stop();
    tellPanels('tabViewChanged', { tabId: 4 });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("closes a port that is not a panel's: a content script cannot listen in", () => {
    const ends = wirePorts(content);
    servePanels();
    const heard = vi.fn();
    const stop = listenToBackground(heard);
    tellPanels('tabViewChanged', { tabId: 3 });
    expect(heard).not.toHaveBeenCalled();
    expect(ends).toHaveLength(1);
    stop();
  });

  it('connects again when the port closes (a stopped service worker) and says so, to ask again', async () => {
    const ends = wirePorts(panel);
    servePanels();
    const heard = vi.fn();
    const connected = vi.fn();
    const stop = listenToBackground(heard, connected);
    ends[0]!.disconnect();
    await vi.waitFor(() => expect(connected).toHaveBeenCalledTimes(1));
    expect(ends).toHaveLength(2);
    tellPanels('tabViewChanged', { tabId: 5 });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stays closed in a page the extension left behind (updated or removed)', async () => {
    const ends = wirePorts(panel);
    servePanels();
    const connected = vi.fn();
    const stop = listenToBackground(vi.fn(), connected);
    const id = fakeBrowser.runtime.id;
    Object.assign(fakeBrowser.runtime, { id: undefined });
    try {
      ends[0]!.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(connected).not.toHaveBeenCalled();
      expect(ends).toHaveLength(1);
    } finally {
      Object.assign(fakeBrowser.runtime, { id });
      stop();
    }
  });
});
