import { browser } from 'wxt/browser';

/** The edge of the viewport the launcher sits on; the user moves it by dragging. */
export type LauncherEdge = 'right' | 'left';

/** Where the launcher's edge is remembered (storage.local). */
export const EDGE_KEY = 'launcherEdge';

/** The stored edge: anything but `left` (nothing stored yet, a damaged value) is the right edge. */
export const parseEdge = (stored: unknown): LauncherEdge => (stored === 'left' ? 'left' : 'right');

/** The edge as stored now. */
export const storedEdge = (): Promise<LauncherEdge> =>
  browser.storage.local.get(EDGE_KEY).then(
    (stored) => parseEdge(stored[EDGE_KEY]),
    () => 'right',
  );

/**
 * The edge, read once and kept until it changes in storage: the background answers every page with
 * it from memory (PageAnswer.edge).
 */
export function rememberEdge(): () => Promise<LauncherEdge> {
  let edge: Promise<LauncherEdge> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && EDGE_KEY in changes) edge = undefined;
  });
  return () => (edge ??= storedEdge());
}
