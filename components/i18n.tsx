import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/** Looks up a UI string by its _locales key, with optional substitutions ($1, $2 ...). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

const I18nContext = createContext<Translate>((key) => key);

export interface I18nProviderProps {
  /** The lookup: browser.i18n.getMessage in the extension, the English messages.json in tests. */
  t: Translate;
  children: ComponentChildren;
}

/** Components read their strings from here and never call browser.* themselves. */
export function I18nProvider({ t, children }: I18nProviderProps) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext);
}

/** A Translate over a parsed messages.json (tests, and a fallback when a key is missing). */
export function translatorFor(messages: Record<string, { message: string }>): Translate {
  return (key, substitutions) => {
    const template = messages[key]?.message ?? key;
    const values =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return template.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  };
}
