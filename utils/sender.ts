import type { Browser } from 'wxt/browser';

/**
 * Who sent a message, as far as the browser vouches for it:
 * - `content`: our content script in a web page (its tab is `tabId`);
 * - `panel`: the panel, embedded in a tab (`tabId`) or in the browser's side panel;
 * - `page`: another of our extension pages (options, library, the first-run page);
 * - `background`: the service worker (Chrome) or background page (Firefox).
 */
export type SenderRole = 'content' | 'panel' | 'page' | 'background';

/** What a message's sender is, once it passed the check. */
export interface SenderInfo {
  role: SenderRole;
  /** The tab the sender runs in (content script or the embedded panel), if any. */
  tabId?: number;
  /** The sending frame's URL, when the browser tells. */
  frameUrl?: string;
}

/** Our extension pages by path. Any other page of ours without a tab is the background. */
const PAGE_ROLES: Readonly<Record<string, SenderRole>> = {
  '/panel.html': 'panel',
  '/options.html': 'page',
  '/library.html': 'page',
  '/welcome.html': 'page',
};

// COMPAT(chrome): a web-accessible page with `use_dynamic_url` has a per-session origin, not the
// extension id's, so our own pages are told by their scheme (the id check already proved they are ours).
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:']);

function parsedUrl(url: string | undefined): URL | null {
  try {
    return url === undefined ? null : new URL(url);
  } catch {
    return null;
  }
}

/**
 * The one place that reads a MessageSender: only this extension's own content scripts and pages may
 * talk to it. Returns null for anything else (another extension, a web page via externally_connectable,
 * a sender the browser describes in a way we do not recognise).
 */
export function checkSender(sender: Browser.runtime.MessageSender, ownId: string): SenderInfo | null {
  if (sender.id !== ownId) return null;
  const tabId = sender.tab?.id;
  const frameUrl = sender.url;
  const url = parsedUrl(frameUrl);
  if (url === null) return null;
  if (!EXTENSION_SCHEMES.has(url.protocol))
    return tabId === undefined ? null : { role: 'content', tabId, frameUrl };
  const role = PAGE_ROLES[url.pathname] ?? (tabId === undefined ? 'background' : null);
  return role === null ? null : { role, tabId, frameUrl };
}
