import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { browserTranslate } from './page';

afterEach(() => vi.restoreAllMocks());

function browserIn(language: string, getMessage: (key: string) => string) {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(language);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(getMessage);
}

describe('browserTranslate', () => {
  it("gives the browser's own message where it has one", () => {
    browserIn('de', (key) => (key === 'whyNothingHeading' ? 'vom Browser' : ''));
    expect(browserTranslate('whyNothingHeading')).toBe('vom Browser');
  });

  it("falls back to the bundled messages of the browser's language, never to the key", () => {
    browserIn('de-DE', () => '');
    expect(browserTranslate('whyNothingHeading')).toBe('Warum hier nichts?');
    browserIn('en-US', () => '');
    expect(browserTranslate('whyNothingHeading')).toBe('Why nothing here?');
  });

  it('fills in substitutions in the fallback too', () => {
    browserIn('en', () => '');
    expect(browserTranslate('countAnnouncement_other', '3')).toBe('3 passages for this page');
  });
});
