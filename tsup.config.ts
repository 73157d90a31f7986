import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM dist/index.js + CJS dist/index.cjs, with .d.ts / .d.cts.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    removeNodeProtocol: false,
  },
  {
    // The command line: dist/bin.js (the `bin`, shebang kept and made executable)
    // and dist/cli-worker.js (its worker thread, found next to it). Node-only, ESM only.
    entry: { bin: 'src/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    clean: false,
    dts: false,
    sourcemap: false,
    removeNodeProtocol: false,
  },
]);
