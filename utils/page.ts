import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from './settings';
import type { Theme } from './settings-types';
import { translatorFor } from './translate';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';

const bundled = { de: translatorFor(de), en: translatorFor(en) };

/**
 * UI strings from _locales, in the browser's language (German or English). Where the browser's lookup
 * gives nothing, the same messages bundled with the page answer: once, in the end-to-end suite on a loaded
 * machine, a panel frame's `getMessage` returned '' for every key and the panel showed its keys
 * ("whyNothingHeading") instead of its text.
 */
export function browserTranslate(key: string, substitutions?: string | string[]): string {
  // Keys are composed at run time (`topic_${topic}`), so the typed key union cannot check them here;
  // locales.test.ts checks that every key the UI uses exists in both languages.
  const getMessage = (name: string, values?: string | string[]): string =>
    (browser.i18n.getMessage as (name: string, values?: string | string[]) => string)(name, values);
  return getMessage(key, substitutions) || bundled[uiLanguage()](key, substitutions);
}

/** The UI language the pages are in: German when the browser is, English otherwise. */
export function uiLanguage(): 'de' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}

function applyTheme(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Sets the page's language and follows the theme setting (system, light, dark). */
export function preparePage(): void {
  document.documentElement.lang = uiLanguage();
  void getSettings().then((settings) => applyTheme(settings.theme));
  watchSettings((settings) => applyTheme(settings.theme));
}

/** The library's reading view for an article, with a passage highlighted. */
export function readingViewUrl(articleId: string, passageId?: string): string {
  const hash = `#article=${encodeURIComponent(articleId)}${passageId ? `&passage=${encodeURIComponent(passageId)}` : ''}`;
  return `${browser.runtime.getURL('/library.html')}${hash}`;
}
