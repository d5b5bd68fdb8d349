/**
 * `npm run match -- --url <url> <file.html>`: prints one JSON object with what Kehrseite offers on a page.
 * `npm run match -- --batch <file.jsonl>`: reads lines `{"url": ..., "file": ...}` and prints one JSON
 * line per input, in order, and nothing else on stdout (diagnostics go to stderr).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from '../core/engine';
import { articles } from '../seeds';
import { failedJudgement, judgeHtml, type Judgement } from './lib/judge';

const USAGE = 'usage: npm run match -- --url <url> <file.html>\n       npm run match -- --batch <file.jsonl>';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function judgeFile(url: string, file: string): Promise<Judgement> {
  try {
    new URL(url);
  } catch {
    return failedJudgement(url, `not a valid URL: ${url}`);
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    return failedJudgement(url, `cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return await judgeHtml(engine, html, url);
  } catch (error) {
    return failedJudgement(url, `cannot judge ${file}: ${(error as Error).message}`);
  }
}

/** A batch line's file: absolute, or relative to the working directory, else to the batch file. */
function resolveBatchFile(file: string, batchDir: string): string {
  if (path.isAbsolute(file) || existsSync(file)) return file;
  return path.resolve(batchDir, file);
}

const args = process.argv.slice(2);
const engine = createEngine(articles);

if (args[0] === '--batch') {
  const batchFile = args[1] ?? fail('--batch needs a file');
  let lines: string[];
  try {
    lines = readFileSync(batchFile, 'utf8').split('\n');
  } catch (error) {
    fail(`cannot read ${batchFile}: ${(error as Error).message}`);
  }
  const batchDir = path.dirname(path.resolve(batchFile));
  for (const [number, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let judgement: Judgement;
    try {
      const entry = JSON.parse(line) as { url?: unknown; file?: unknown };
      if (typeof entry.url !== 'string' || typeof entry.file !== 'string') {
        throw new Error('each line needs "url" and "file" strings');
      }
      judgement = await judgeFile(entry.url, resolveBatchFile(entry.file, batchDir));
    } catch (error) {
      process.stderr.write(`line ${number + 1}: ${(error as Error).message}\n`);
      judgement = failedJudgement('', `line ${number + 1}: ${(error as Error).message}`);
    }
    process.stdout.write(`${JSON.stringify(judgement)}\n`);
  }
} else {
  let url: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--url') url = args[++i];
    else file = args[i];
  }
  if (!url || !file) fail('--url and a file are required');
  const judgement = await judgeFile(url, file);
  process.stdout.write(`${JSON.stringify(judgement, null, 2)}\n`);
  if (judgement.reason.startsWith('error:')) process.exit(1);
}
