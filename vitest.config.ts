import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/package/**'],
        },
      },
      {
        // Runs against the built dist/ through the package's own name.
        test: { name: 'package', include: ['test/package/**/*.test.ts'] },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Thin process entries: bin.ts runs only as dist/bin.js, worker.ts only in a worker thread (both covered by test/package/cli.e2e.test.ts).
      exclude: ['src/bin.ts', 'src/cli/worker.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
