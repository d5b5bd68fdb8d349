import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  HIDDEN_PAGES_KEY,
  HIDDEN_SITES_KEY,
  type HideScope,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  parseHidden,
  pageKey,
  parseSettings,
  settingsToStore,
} from './settings-model';
import type { Settings } from './settings-types';

export type { Settings } from './settings-types';
export { DEFAULT_SETTINGS, enabledTopics, modeForHost, parseHidden, parseSettings } from './settings-model';

/**
 * The stored settings. Read them through getSettings(), which validates. The version is kept inside
 * the value (see SETTINGS_VERSION), not in the storage library's metadata: its migrations throw on a
 * downgrade, and a newer release's settings must stay readable by this one.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
});

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const stored = settingsToStore(await settingsItem.getValue(), patch);
  await settingsItem.setValue(stored);
  return parseSettings(stored);
}

export async function resetSettings(): Promise<void> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION });
  await hiddenSitesItem.setValue({});
  await hiddenPagesItem.setValue({});
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/** Passages the user marked "not relevant here" on a whole site, by host. */
const hiddenSitesItem = storage.defineItem<unknown>(`local:${HIDDEN_SITES_KEY}`, { fallback: {} });
/** Passages the user marked "not relevant here" on one page, by pageKey (host and path). */
const hiddenPagesItem = storage.defineItem<unknown>(`local:${HIDDEN_PAGES_KEY}`, { fallback: {} });
const hiddenItem = (scope: HideScope) => (scope === 'site' ? hiddenSitesItem : hiddenPagesItem);

/** Where a passage is hidden: a host (scope `site`) or a pageKey (scope `page`). */
export interface HiddenPlace {
  scope: HideScope;
  key: string;
}

/** The places a page at `url` on `host` takes hidden passages from: the page itself and its site. */
export function placesOf(url: string, host: string): HiddenPlace[] {
  return [
    { scope: 'page', key: pageKey(url) },
    { scope: 'site', key: host.toLowerCase() },
  ];
}

type HiddenByScope = Record<HideScope, Record<string, string[]>>;

const readHidden = async (): Promise<HiddenByScope> => ({
  page: parseHidden(await hiddenPagesItem.getValue()),
  site: parseHidden(await hiddenSitesItem.getValue()),
});

function hiddenIn(hidden: HiddenByScope, url: string, host: string): string[] {
  const ids = new Set<string>();
  for (const place of placesOf(url, host)) for (const id of hidden[place.scope][place.key] ?? []) ids.add(id);
  return [...ids];
}

/** The passages hidden on this page, whether hidden on the page or on the whole site. */
export async function hiddenFor(url: string, host: string): Promise<string[]> {
  return hiddenIn(await readHidden(), url, host);
}

/** What the ranking side reads of storage for every page: the settings and the hidden passages. */
export interface StoredReader {
  settings(): Promise<Settings>;
  hiddenFor(url: string, host: string): Promise<string[]>;
  /** Drops what is remembered: the caller has just written storage and must read its own write. */
  forget(): void;
}

/** Reads storage every time (tests, and every process that is not the background). */
export const storedNow: StoredReader = { settings: getSettings, hiddenFor, forget: () => undefined };

/** A remembered read that is not kept when it failed, so the next call tries storage again. */
function once<T>(read: () => Promise<T>): { get: () => Promise<T>; forget: () => void } {
  let value: Promise<T> | undefined;
  return {
    get: () =>
      (value ??= read().catch((error: unknown) => {
        value = undefined;
        throw error;
      })),
    forget: () => (value = undefined),
  };
}

/**
 * The settings and hidden passages kept in memory once read, so a page is ranked without waiting for
 * storage (the worker's rank step took 13 ms median, 179 ms p95, most of it storage reads); dropped
 * whenever storage says they changed, whoever changed them (a panel, the settings page, another window).
 */
export function rememberStored(): StoredReader {
  const settings = once(getSettings);
  const hidden = once(readHidden);
  settingsItem.watch(() => settings.forget());
  watchHidden(() => hidden.forget());
  return {
    settings: settings.get,
    hiddenFor: async (url, host) => hiddenIn(await hidden.get(), url, host),
    forget: () => {
      settings.forget();
      hidden.forget();
    },
  };
}

export async function hidePassage(place: HiddenPlace, passageId: string): Promise<void> {
  const item = hiddenItem(place.scope);
  const hidden = parseHidden(await item.getValue());
  const list = hidden[place.key] ?? [];
  if (!list.includes(passageId)) hidden[place.key] = [...list, passageId];
  await item.setValue(hidden);
}

/** Shows a passage again at each of `places`; without a passage id, every passage hidden there. */
export async function restorePassage(places: readonly HiddenPlace[], passageId?: string): Promise<void> {
  for (const place of places) {
    const item = hiddenItem(place.scope);
    const hidden = parseHidden(await item.getValue());
    const left = passageId === undefined ? [] : (hidden[place.key] ?? []).filter((id) => id !== passageId);
    if (left.length > 0) hidden[place.key] = left;
    else delete hidden[place.key];
    await item.setValue(hidden);
  }
}

/** Every hidden passage, for the settings page: where, and which. */
export async function hiddenList(): Promise<(HiddenPlace & { passageId: string })[]> {
  const list: (HiddenPlace & { passageId: string })[] = [];
  for (const scope of ['site', 'page'] as const) {
    for (const [key, ids] of Object.entries(parseHidden(await hiddenItem(scope).getValue())))
      for (const passageId of ids) list.push({ scope, key, passageId });
  }
  return list;
}

/** Calls back whenever hidden passages change (hidden in a panel, restored here or there). */
export function watchHidden(callback: () => void): () => void {
  const stops = [hiddenSitesItem.watch(callback), hiddenPagesItem.watch(callback)];
  return () => stops.forEach((stop) => stop());
}
