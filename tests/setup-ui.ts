import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { servePackagedCorpus } from './packaged-corpus';

// Without vitest globals, testing-library cannot register its own cleanup: unmount after every test.
afterEach(() => cleanup());

// happy-dom has no requestIdleCallback, which every browser Kehrseite supports has: the next task is idle.
globalThis.requestIdleCallback ??= (callback) =>
  setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 })) as unknown as number;
globalThis.cancelIdleCallback ??= (id) => clearTimeout(id);

servePackagedCorpus();
