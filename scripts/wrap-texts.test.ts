import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `node scripts/wrap-texts.mjs irl <file>` on an episode file with this front matter. */
function wrapEpisode(front: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wrap-texts-')), 'episode.md');
  writeFileSync(file, `---\n${front}\n---\n`);
  return spawnSync(process.execPath, ['scripts/wrap-texts.mjs', 'irl', file], { encoding: 'utf8' });
}

describe('wrap-texts irl', () => {
  it('reads a literal block, chomped or not, and a double-quoted string', () => {
    const run = wrapEpisode(
      [
        'title: "Episode"',
        'description: |',
        '  The host asks.',
        'shownotes: |-',
        '  Notes follow.',
        'transcript: "A line\n  that folds."',
      ].join('\n'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<p>The host asks.</p>');
    expect(run.stdout).toContain('<p>Notes follow.</p>');
    expect(run.stdout).toContain('<p>A line that folds.</p>');
  });

  it('refuses a field written in a form it does not read, rather than leave it out', () => {
    for (const field of [
      'description: >\n  Folded text.',
      'description: A plain line.',
      "description: 'Single'",
    ]) {
      const run = wrapEpisode(`title: "Episode"\n${field}`);
      expect(run.status, field).not.toBe(0);
      expect(run.stderr, field).toContain('description');
    }
  });
});
