import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from './settings';
import type { Theme } from './settings-types';

/** UI strings from _locales, in the browser's language (German or English). */
export function browserTranslate(key: string, substitutions?: string | string[]): string {
  // Keys are composed at run time (`topic_${topic}`), so the typed key union cannot check them here;
  // locales.test.ts checks that every key the UI uses exists in both languages.
  const getMessage = (name: string, values?: string | string[]): string =>
    (browser.i18n.getMessage as (name: string, values?: string | string[]) => string)(name, values);
  return getMessage(key, substitutions) || key;
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
