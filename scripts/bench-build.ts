/**
 * `tsx scripts/bench-build.ts <passages>`: the extension for Chromium built with a synthetic corpus of that
 * many passages, into `.output/bench-<passages>/chrome-mv3`, for the bench's service-worker memory figure.
 * A build of its own, so the production configuration holds no bench switch.
 */
import { build } from 'wxt';
import { extensionConfig } from '../wxt.config';
import { benchCorpus } from './lib/bench-corpus';

const passages = Number(process.argv[2]);
if (!Number.isInteger(passages) || passages <= 0) {
  throw new Error('usage: tsx scripts/bench-build.ts <passages>');
}
await build({
  ...extensionConfig(benchCorpus(passages)),
  // wxt.config.ts would add the bundled corpus's plugins and index file to these: the configuration above is complete.
  configFile: false,
  outDir: `.output/bench-${passages}`,
});
