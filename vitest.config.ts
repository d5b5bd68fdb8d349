import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    projects: [
      {
        // The engine and the corpus: plain Node, no DOM, so a browser global cannot sneak in.
        test: {
          name: 'core',
          environment: 'node',
          include: ['core/**/*.test.ts', 'seeds/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        // Extractors get a parsed Document as a parameter (linkedom in the tests), no browser; the saved
        // pages go through the CLIs' read path, and the fuzz test drives the readers with hostile documents.
        test: {
          name: 'extractors',
          environment: 'node',
          include: ['extractors/**/*.test.ts', 'tests/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'ui',
          environment: 'happy-dom',
          setupFiles: ['./tests/setup-ui.ts'],
          include: [
            'components/**/*.test.ts',
            'components/**/*.test.tsx',
            'utils/**/*.test.ts',
            'entrypoints/**/*.test.ts',
            'entrypoints/**/*.test.tsx',
          ],
        },
      },
    ],
  },
});
