import { defineBackground } from 'wxt/utils/define-background';
import { startBackground, toggleActiveTab } from './service';

export default defineBackground(() => {
  startBackground();
  // Test seam: the toolbar button cannot be clicked in headless Chromium; the e2e suite calls this.
  (globalThis as { kehrseiteToggleActiveTab?: () => Promise<void> }).kehrseiteToggleActiveTab =
    toggleActiveTab;
});
