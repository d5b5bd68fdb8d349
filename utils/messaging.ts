import { browser } from 'wxt/browser';
import { SENDERS, type ProtocolMap } from './messages';
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

/**
 * Handles one message type in this context. Messages from anyone but this extension are dropped by
 * the sender check, and messages from a part of it that may not send this type (SENDERS) are refused;
 * a handler that throws answers `{ ok: false }` instead of breaking the channel.
 */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  const listener = (
    message: unknown,
    sender: Parameters<typeof checkSender>[0],
  ): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    const info = checkSender(sender, browser.runtime.id);
    if (!info) return undefined;
    if (!SENDERS[type].includes(info.role)) {
      return Promise.resolve(err(`${type} may not come from the ${info.role}`));
    }
    return (async () => {
      try {
        return await handler(message.data, info);
      } catch (error) {
        return err(`${type}: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  };
  // webextension-polyfill answers a message with the Promise its listener returns.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(listener);
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  return () => browser.runtime.onMessage.removeListener(listener);
}
