// What `virtual:kehrseite-corpus-index` is in component tests: the same index the build ships, built
// when the test imports it (vitest.config.ts aliases the module here).
import { CorpusIndex } from '../core/corpus-index';
import { articles } from '../seeds';

export default CorpusIndex.build(articles).toJSON();
