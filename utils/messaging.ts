import { browser, type Browser } from 'wxt/browser';
import { SENDERS, type PanelEvents, type ProtocolMap } from './messages';
import { err, type Result } from './result';
import { checkSender, type SenderInfo } from './sender';

type MessageType = keyof ProtocolMap;
type DataOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type ReplyOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** The envelope every Kehrseite message travels in; anything else on the channel is ignored. */
interface Envelope<K extends MessageType = MessageType> {
  kehrseite: 1;
  type: K;
  data: DataOf<K>;
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kehrseite?: unknown }).kehrseite === 1 &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Sends a typed message: to a tab's content script when `tabId` is given, otherwise to the
 * background (and extension pages). Never throws: a closed tab, a stopped worker or an extension
 * update become `{ ok: false }`.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: DataOf<K>,
  tabId?: number,
): Promise<ReplyOf<K>> {
  const envelope: Envelope<K> = { kehrseite: 1, type, data };
  try {
    const reply: unknown =
      tabId === undefined
        ? await browser.runtime.sendMessage(envelope)
        : await browser.tabs.sendMessage(tabId, envelope);
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyOf<K>;
    return err(`no answer to ${type}`) as ReplyOf<K>;
  } catch (error) {
    return err(`${type} failed: ${error instanceof Error ? error.message : String(error)}`) as ReplyOf<K>;
  }
}

type Handler<K extends MessageType> = (
  data: DataOf<K>,
  sender: SenderInfo,
) => ReplyOf<K> | Promise<ReplyOf<K>>;

/** The handlers of one context, by message type. */
export type Handlers = { [K in MessageType]?: Handler<K> };

/**
 * Handles the message types this context answers, with one listener for all of them: every listener
 * added to runtime.onMessage is a call into the browser, and every message wakes each one, which a
 * content script pays on every page (issue 12). Messages from anyone but this extension are dropped by
 * the sender check, and messages from a part of it that may not send their type (SENDERS) are refused;
 * a handler that throws answers `{ ok: false }` instead of breaking the channel.
 */
export function onMessages(handlers: Handlers): void {
  const answer = async (message: Envelope, info: SenderInfo): Promise<Result<unknown>> => {
    const { type } = message;
    if (!SENDERS[type].includes(info.role)) return err(`${type} may not come from the ${info.role}`);
    try {
      return await (handlers[type] as Handler<MessageType>)(message.data, info);
    } catch (error) {
      return err(`${type}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // The reply goes through `sendResponse` (with `true`: "it follows"), which Chrome's and Firefox's own
  // APIs and webextension-polyfill all honour: the content script runs on the browser's own API
  // (wxt.config.ts), where Chrome does not answer with a Promise a listener returns.
  const listener = (
    message: unknown,
    sender: Parameters<typeof checkSender>[0],
    sendResponse: (reply: Result<unknown>) => void,
  ): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const info = checkSender(sender, browser.runtime.id);
    if (!info) return undefined;
    void answer(message, info).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
}

/** The name of the port an open panel listens to the background on. */
const PANEL_PORT = 'kehrseite-panel';
/** How long a panel waits before it connects again after its port closed. */
const RECONNECT_MS = 200;

type PanelEvent = {
  [K in keyof PanelEvents]: { kehrseite: 1; type: K; data: PanelEvents[K] };
}[keyof PanelEvents];

/** The background's ends of the open panels' ports. */
const panelPorts = new Set<Browser.runtime.Port>();

/**
 * In the background: accepts the ports open panels connect with (anyone else's port is closed at
 * once: the sender check as for messages), so that tellPanels reaches them.
 */
export function servePanels(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    const info = port.sender ? checkSender(port.sender, browser.runtime.id) : null;
    if (info?.role !== 'panel') {
      port.disconnect();
      return;
    }
    panelPorts.add(port);
    port.onDisconnect.addListener(() => panelPorts.delete(port));
  });
}

/** In the background: tells every open panel (PanelEvents). With no panel open, nobody hears it. */
export function tellPanels<K extends keyof PanelEvents>(type: K, data: PanelEvents[K]): void {
  for (const port of panelPorts) {
    try {
      port.postMessage({ kehrseite: 1, type, data });
    } catch {
      panelPorts.delete(port); // closed meanwhile
    }
  }
}

/**
 * In a panel: opens its port to the background and hands it what the background tells (PanelEvents).
 * `onConnected` runs on every (re)connection, so the panel can ask again for what it may have missed:
 * the port closes when Chrome stops an idle service worker, and connecting again wakes it, so the
 * next change reaches this panel too. Returns the function that closes the port for good.
 */
export function listenToBackground(
  onEvent: (event: PanelEvent) => void,
  onConnected: () => void = () => undefined,
): () => void {
  let port: Browser.runtime.Port | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  /** Whether the port opened. */
  const connect = (): boolean => {
    try {
      port = browser.runtime.connect({ name: PANEL_PORT });
    } catch {
      return false; // the extension was updated or removed: this page is an orphan now
    }
    port.onMessage.addListener((message: unknown) => {
      // Only the background holds the other end of this port (servePanels).
      if (isEnvelope(message)) onEvent(message as unknown as PanelEvent);
    });
    port.onDisconnect.addListener(() => {
      timer = setTimeout(() => {
        // An updated or removed extension leaves this page orphaned (Chrome takes away its runtime,
        // or the runtime's id): nothing to connect to, and nothing to ask.
        const runtime = browser.runtime as typeof browser.runtime | undefined;
        if (closed || runtime?.id === undefined) return;
        if (connect()) onConnected();
      }, RECONNECT_MS);
    });
    return true;
  };
  connect();
  return () => {
    closed = true;
    clearTimeout(timer);
    port?.disconnect();
  };
}
