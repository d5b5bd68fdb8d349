import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../extractors/hosts';
import { startContent } from './controller';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
