#!/usr/bin/env node
/**
 * The `quote-attribution` command (built as dist/bin.js). All the logic is in
 * src/cli/run.ts; this only connects it to the process.
 * @internal
 * @module
 */

import { readFileSync } from 'node:fs';
import { runCli } from './cli/run.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

process.exitCode = await runCli(process.argv.slice(2), {
  get stdin() {
    return process.stdin; // only touched when the input is stdin
  },
  stdout: process.stdout,
  stderr: process.stderr,
  version,
  workerUrl: new URL('./cli-worker.js', import.meta.url),
});
