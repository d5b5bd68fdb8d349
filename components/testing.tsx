import { render } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChildren } from 'preact';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import { translatorFor } from '../utils/translate';
import { I18nProvider } from './i18n';

/** Test seam: renders with the real English strings, as the extension would in an English browser. */
export const englishT = translatorFor(en);
/** The German strings, for checking what a German browser shows. */
export const germanT = translatorFor(de);

export function renderWithStrings(ui: ComponentChildren, t = englishT) {
  return render(<I18nProvider t={t}>{ui}</I18nProvider>);
}

/**
 * WCAG 2.1 AA rules that axe can decide in happy-dom. Without layout, color-contrast ends up
 * "incomplete" rather than passed or failed: contrast is checked by the e2e run in Chromium.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    // A component is rendered on its own, not inside a whole page with a single h1 and landmarks.
    rules: { 'page-has-heading-one': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}
