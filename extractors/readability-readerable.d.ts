// Readability ships this file without its own declaration; importing it alone keeps the full
// Readability parser out of the content script that every matched page loads.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
