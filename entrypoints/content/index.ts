import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '../../extractors/hosts';
import { startWhenParsed } from './controller';

export default defineContentScript({
  // Read by the build for the manifest; a getter, so the page never builds the list (extractors/hosts.ts).
  get matches() {
    return matchPatterns();
  },
  // Registered before the page parses, and started once it is parsed (startWhenParsed): earlier than
  // "document_end", which waits in its own task behind the page's work, and far earlier than
  // "document_idle". Shops and news sites serve the title, breadcrumbs and article in their HTML, so
  // nothing read here needs the page's own scripts to have run.
  runAt: 'document_start',
  // WXT would announce every start to the page with window.postMessage; Kehrseite tells the page nothing.
  noScriptStartedPostMessage: true,
  main() {
    startWhenParsed();
  },
});
