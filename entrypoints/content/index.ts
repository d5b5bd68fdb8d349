import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../extractors/hosts';
import { startContent } from './controller';

export default defineContentScript({
  matches: contentScriptMatches,
  // As soon as the document is parsed: "document_idle" waits for the load event (or 200 ms), which on a
  // shop page is most of the time to the launcher. Shops and news sites serve the title, breadcrumbs
  // and article in their HTML, so nothing read here needs the page's own scripts to have run.
  runAt: 'document_end',
  // WXT would announce every start to the page with window.postMessage; Kehrseite tells the page nothing.
  noScriptStartedPostMessage: true,
  main() {
    startContent();
  },
});
