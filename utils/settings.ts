import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  parseHidden,
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
  await hiddenPassagesItem.setValue({});
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/** Passages the user marked "not relevant here", by host. */
const hiddenPassagesItem = storage.defineItem<unknown>('local:hiddenPassages', { fallback: {} });

export async function hiddenFor(host: string): Promise<string[]> {
  return parseHidden(await hiddenPassagesItem.getValue())[host.toLowerCase()] ?? [];
}

export async function hidePassage(host: string, passageId: string): Promise<void> {
  const hidden = parseHidden(await hiddenPassagesItem.getValue());
  const key = host.toLowerCase();
  const list = hidden[key] ?? [];
  if (!list.includes(passageId)) hidden[key] = [...list, passageId];
  await hiddenPassagesItem.setValue(hidden);
}
