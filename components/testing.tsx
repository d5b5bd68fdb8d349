import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import en from '../public/_locales/en/messages.json';
import { I18nProvider, translatorFor } from './i18n';

/** Test seam: renders with the real English strings, as the extension would in an English browser. */
export const englishT = translatorFor(en);

export function renderWithStrings(ui: ComponentChildren) {
  return render(<I18nProvider t={englishT}>{ui}</I18nProvider>);
}
