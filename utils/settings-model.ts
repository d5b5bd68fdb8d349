import { TOPICS, type Topic } from '../core/types';
import type { Settings, SiteMode, Theme } from './settings-types';

/**
 * The settings as plain data: defaults, validation and the rules that read them. No storage API here,
 * so the content script can use it without the storage library (it reads storage.local directly).
 */

/** Where the settings are stored in storage.local (the key @wxt-dev/storage uses for `local:settings`). */
export const SETTINGS_KEY = 'settings';

/**
 * The stored value carries its own `version`, so the content script (which reads storage.local
 * directly) and a downgraded extension can both tell what they are reading. Version 1 (0.1.0) had no
 * version field; version 2 adds it and is otherwise the same shape.
 */
export const SETTINGS_VERSION = 2;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The version a stored value says it is: 1 when it says nothing (0.1.0 wrote none). */
export function storedSettingsVersion(raw: unknown): number {
  const version = isRecord(raw) ? raw.version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

const MODES: readonly SiteMode[] = ['panel', 'launcher', 'off'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Quiet by default: the launcher with its count, the panel closed until asked for. */
export const DEFAULT_SETTINGS: Settings = {
  defaultMode: 'launcher',
  siteModes: {},
  snoozedUntil: null,
  topics: { labour: true, data: true, alexa: true, alibaba: true, power: true },
  newsDetection: true,
  anySiteArticles: false,
  theme: 'system',
};

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * Reads whatever is stored, field by field: a corrupt or unknown value falls back to its default
 * without taking the valid fields with it (a broken theme must not reset the user's site modes).
 * Every version so far (1 and 2) has the same fields, so there is nothing to convert; a newer version
 * written by a later release is read the same way, taking the fields this release understands.
 */
export function parseSettings(raw: unknown): Settings {
  const stored = isRecord(raw) ? raw : {};
  const siteModes: Record<string, SiteMode> = {};
  if (isRecord(stored.siteModes)) {
    for (const [host, mode] of Object.entries(stored.siteModes)) {
      if (/^[a-z0-9.-]{1,253}$/i.test(host) && MODES.includes(mode as SiteMode))
        siteModes[host.toLowerCase()] = mode as SiteMode;
    }
  }
  const topics = { ...DEFAULT_SETTINGS.topics };
  if (isRecord(stored.topics)) {
    for (const topic of TOPICS) {
      if (typeof stored.topics[topic] === 'boolean') topics[topic] = stored.topics[topic];
    }
  }
  const snooze = stored.snoozedUntil;
  return {
    defaultMode: oneOf(stored.defaultMode, MODES, DEFAULT_SETTINGS.defaultMode),
    siteModes,
    snoozedUntil: typeof snooze === 'number' && Number.isFinite(snooze) && snooze > 0 ? snooze : null,
    topics,
    newsDetection:
      typeof stored.newsDetection === 'boolean' ? stored.newsDetection : DEFAULT_SETTINGS.newsDetection,
    anySiteArticles:
      typeof stored.anySiteArticles === 'boolean' ? stored.anySiteArticles : DEFAULT_SETTINGS.anySiteArticles,
    theme: oneOf(stored.theme, THEMES, DEFAULT_SETTINGS.theme),
  };
}

/**
 * The value to store after the user changed `patch`: the stored value with only the changed fields
 * replaced. Fields this release does not know (from a newer release) and fields the user did not touch
 * are kept as they are, and the version never goes down, so a downgrade and a later upgrade lose nothing.
 */
export function settingsToStore(raw: unknown, patch: Partial<Settings>): Record<string, unknown> {
  const stored = isRecord(raw) ? raw : {};
  const next = parseSettings({ ...stored, ...patch });
  const changed = Object.fromEntries(
    (Object.keys(patch) as (keyof Settings)[]).filter((key) => key in next).map((key) => [key, next[key]]),
  );
  return { ...stored, ...changed, version: Math.max(SETTINGS_VERSION, storedSettingsVersion(raw)) };
}

/** The mode for a host: off while snoozed, else the host's own mode, else the default. */
export function modeForHost(settings: Settings, host: string, now: number): SiteMode {
  if (settings.snoozedUntil !== null && settings.snoozedUntil > now) return 'off';
  return settings.siteModes[host.toLowerCase()] ?? settings.defaultMode;
}

/** Topics the user left on. */
export function enabledTopics(settings: Settings): Set<Topic> {
  return new Set(TOPICS.filter((topic) => settings.topics[topic]));
}

/** Where hidden passages are stored: per site (host) and per page (host and path). */
export const HIDDEN_SITES_KEY = 'hiddenPassages';
export const HIDDEN_PAGES_KEY = 'hiddenPages';

/** Whether a change of extension storage can change what a page shows: its settings or hidden passages. */
export const changesWhatPagesShow = (changes: Record<string, unknown>): boolean =>
  SETTINGS_KEY in changes || HIDDEN_SITES_KEY in changes || HIDDEN_PAGES_KEY in changes;

/** How far "not relevant here" reaches: this page only, or every page of the site. */
export type HideScope = 'page' | 'site';

/**
 * The key of a page for passages hidden on it: host and path, without query or fragment, so the
 * same product reached from a search or with tracking parameters counts as the same page.
 */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.toLowerCase()}${parsed.pathname}`.slice(0, 300);
  } catch {
    return '';
  }
}

export function parseHidden(raw: unknown): Record<string, string[]> {
  const hidden: Record<string, string[]> = {};
  if (!isRecord(raw)) return hidden;
  for (const [host, ids] of Object.entries(raw)) {
    if (Array.isArray(ids))
      hidden[host] = ids.filter((id): id is string => typeof id === 'string').slice(0, 500);
  }
  return hidden;
}
