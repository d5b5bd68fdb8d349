import type { Translate } from './translate';

/**
 * Messages that depend on a count. Neither browser's i18n knows plurals, so each has a `_one` and an
 * `_other` entry in _locales, chosen by Intl.PluralRules (German and English have just these two).
 */
export const PLURAL_KEYS = [
  'launcherLabel',
  'countAnnouncement',
  'filteredCount',
  'resultsAnnouncement',
  'libraryCount',
] as const;
type PluralKey = (typeof PLURAL_KEYS)[number];

/** "1 passage", "3 passages": `$1` is the count, further substitutions follow as `$2`, `$3`. */
export function plural(
  t: Translate,
  language: string,
  key: PluralKey,
  count: number,
  more: readonly string[] = [],
): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, [String(count), ...more]);
}
