import { browser } from 'wxt/browser';
import { plural } from './plural';

/**
 * What the launcher and the toolbar button are, in the browser's language: "Kehrseite: 3 critical
 * passages for this page. Opens or closes the panel". Never quotes the page.
 */
export function launcherLabel(count: number): string {
  // Keys are composed (`launcherLabel_one`); locales.test.ts checks that each exists.
  const t = (key: string, values?: string | string[]) =>
    (browser.i18n.getMessage as (name: string, values?: string | string[]) => string)(key, values);
  const label =
    count === 0 ? t('launcherLabelNone') : plural(t, browser.i18n.getUILanguage(), 'launcherLabel', count);
  return label || `Kehrseite: ${count}`;
}
