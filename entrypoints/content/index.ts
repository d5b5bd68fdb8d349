import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../extractors/hosts';
import { startContent } from './controller';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  // WXT would announce every start to the page with window.postMessage; Kehrseite tells the page nothing.
  noScriptStartedPostMessage: true,
  main() {
    startContent();
  },
});
