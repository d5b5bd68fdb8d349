import { extractNews } from './news';
import type { PageReader } from './registry';

/**
 * The full read of a page whose cheap read did not settle it: an article read with Readability. The
 * CLIs import it; the extension injects it into the tab only when the background asks for it
 * (entrypoints/full-reader.ts), so every other page is spared its weight.
 */
export const readInFull: PageReader = extractNews;
