import type { Browser } from 'wxt/browser';

/** What a message's sender is, once it passed the check. */
export interface SenderInfo {
  /** The tab the sender runs in (content script or the embedded panel), if any. */
  tabId?: number;
  /** The sending frame's URL, when the browser tells. */
  frameUrl?: string;
  /** Sent by one of our own extension pages (panel, options, library, side panel). */
  isExtensionPage: boolean;
}

/**
 * The one place that reads a MessageSender: only this extension's own content scripts and pages may
 * talk to it. Returns null for anything else (another extension, a web page via externally_connectable).
 */
export function checkSender(
  sender: Browser.runtime.MessageSender,
  ownId: string,
  ownOrigin: string,
): SenderInfo | null {
  if (sender.id !== ownId) return null;
  const frameUrl = sender.url;
  const isExtensionPage = frameUrl !== undefined && frameUrl.startsWith(ownOrigin);
  return { tabId: sender.tab?.id, frameUrl, isExtensionPage };
}
