import { browser } from 'wxt/browser';

/**
 * How long the content script lives, and when its page's URL changes. Used instead of WXT's
 * ContentScriptContext, whose invalidation and location events are DOM events with names any page can
 * compute and dispatch: a hostile page could otherwise switch Kehrseite off or make it re-read the page
 * at will. The page can reach neither the checks nor the callbacks here.
 */
export interface Lifetime {
  /** False for good once the extension was reloaded, updated or removed under this script. */
  isValid(): boolean;
  /** Runs once when the script's life ends. */
  onEnd(callback: () => void): void;
  /** A timeout that does not fire after the end; returns its cancel function. */
  setTimeout(handler: () => void, ms: number): () => void;
  /** Calls back after a same-document URL change (pushState, replaceState, back and forward). */
  onLocationChange(callback: () => void): void;
  /**
   * A navigation was announced to a listener that stood in for this lifetime's before it was made (the
   * silent page's, controller.ts): its URL is compared a task later, as this lifetime's own listener does.
   */
  noticeNavigation(): void;
}

/**
 * An orphaned content script gets no event when its extension goes away; only `runtime.id` turning
 * undefined tells. Checked on every use, and every second once something waits for the end (the
 * launcher, which must go with its extension): a silent page, which shows nothing, runs no clock.
 */
const CHECK_EVERY_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigate', listener: () => void, options?: { signal: AbortSignal }): void;
  removeEventListener(type: 'navigate', listener: () => void): void;
}

/** The page's Navigation API, where the browser has one (older Firefox has not). */
export const pageNavigation = () => (globalThis as { navigation?: NavigationLike }).navigation;

/** `startUrl`: the URL the script first read, against which the first change is told. */
export function createLifetime(
  extensionAlive: () => boolean = () => browser.runtime?.id !== undefined,
  startUrl: string = location.href,
): Lifetime {
  const ended = new AbortController();
  const locationCallbacks: (() => void)[] = [];
  let lastUrl = startUrl;

  const isValid = () => {
    if (!ended.signal.aborted && !extensionAlive()) ended.abort();
    return !ended.signal.aborted;
  };
  const checkLocation = () => {
    if (location.href === lastUrl || !isValid()) return;
    lastUrl = location.href;
    for (const callback of locationCallbacks) callback();
  };

  let clock: ReturnType<typeof setInterval> | undefined;
  const startClock = () => {
    clock ??= setInterval(() => {
      if (isValid()) checkLocation();
    }, CHECK_EVERY_MS);
  };
  ended.signal.addEventListener('abort', () => clearInterval(clock));

  // The Navigation API announces a navigation before its URL commits, so the URL is compared a task
  // later; where the API is missing (older Firefox) the clock of the validity check compares it.
  const navigation = pageNavigation();
  const noticeNavigation = () => void setTimeout(checkLocation, 0);
  navigation?.addEventListener('navigate', noticeNavigation, { signal: ended.signal });
  if (!navigation) startClock();
  window.addEventListener('popstate', checkLocation, { signal: ended.signal });

  return {
    isValid,
    onEnd(callback) {
      if (!isValid()) {
        callback();
        return;
      }
      ended.signal.addEventListener('abort', callback, { once: true });
      startClock();
    },
    setTimeout(handler, ms) {
      const cancel = () => {
        clearTimeout(id);
        ended.signal.removeEventListener('abort', cancel);
      };
      const id = setTimeout(() => {
        cancel();
        if (isValid()) handler();
      }, ms);
      ended.signal.addEventListener('abort', cancel);
      return cancel;
    },
    onLocationChange(callback) {
      locationCallbacks.push(callback);
    },
    noticeNavigation,
  };
}
