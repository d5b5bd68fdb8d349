import path from 'node:path';
import { existsSync } from 'node:fs';

/**
 * Where the shared material (saved pages, judgements, seeds) lives: `KEHRSEITE_SHARED`, or `../shared`
 * beside the repository. Publishers' pages are read from there by path, never copied into the repo.
 */
export function sharedDir(): string {
  const dir = process.env.KEHRSEITE_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
  if (!existsSync(path.join(dir, 'fixtures', 'relevance.json'))) {
    throw new Error(
      `shared fixtures not found in ${dir}: set KEHRSEITE_SHARED to the folder holding fixtures/relevance.json`,
    );
  }
  return dir;
}
