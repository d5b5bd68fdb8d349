import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readInFull } from '../extractors/full-reader';
import { FULL_READER_GLOBAL, type FullReaderScope } from '../utils/read-path';

/**
 * The full reader (Readability), injected by the background only into pages whose cheap read did not
 * settle them (utils/read-path.ts): every other page is spared its weight. An unlisted script, so WXT
 * wraps it in no content-script context of its own.
 */
export default defineUnlistedScript(() => {
  (globalThis as FullReaderScope)[FULL_READER_GLOBAL] = readInFull;
});
