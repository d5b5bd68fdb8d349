// The corpus index built with the extension (scripts/lib/corpus-index-plugin.ts).
declare module 'virtual:kehrseite-corpus-index' {
  import type { SerializedIndex } from '../core/corpus-index';

  const index: SerializedIndex;
  export default index;
}
