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
]);
