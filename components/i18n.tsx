import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../utils/translate';

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
