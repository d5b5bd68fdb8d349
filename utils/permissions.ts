import { browser } from 'wxt/browser';

/** The optional host permission behind "articles on any site". */
export const ANY_SITE_ORIGINS = ['*://*/*'];

/** Asks the browser for the optional permission; must run inside the user's click handler. */
export async function requestAnySite(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: ANY_SITE_ORIGINS });
  } catch {
    return false;
  }
}

export async function hasAnySite(): Promise<boolean> {
  return browser.permissions.contains({ origins: ANY_SITE_ORIGINS });
}

export async function removeAnySite(): Promise<void> {
  await browser.permissions.remove({ origins: ANY_SITE_ORIGINS });
}
