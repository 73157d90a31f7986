// CPU profiling of the BUILT library (dist/index.js): run a workload under
// `node --cpu-prof`, then summarise the .cpuprofile by self time, mapped back
// to src/ through dist/index.js.map.
//
// 1. Record (one process per workload; build first with `npx tsup --silent`):
//      node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs                      # news corpus, 5 s
//      node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs --kind=said-repeated --bytes=200000
//      node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs --kind=news-10mb
//    Options: --kind=news | news-10mb | <hostile kind from bench/corpus.mjs>
//             --bytes=N (hostile input size, default 1,000,000)   --seconds=S (default 5)
// 2. Summarise:
//      node bench/profile.mjs --summarize /tmp/prof/CPU.….cpuprofile [--top=15]
//    Prints the top functions by self time (name, src file:line, ms, %), the
//    time per pipeline stage (inclusive) and the share spent in GC.

import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};

if (argv[0] === '--summarize') summarize(argv[1], Number(opt('top', 15)));
else await record();

async function record() {
  const { attributeQuotes } = await import('../dist/index.js');
  const { makeCorpus, makeText, hostile } = await import('./corpus.mjs');
  const kind = opt('kind', 'news');
  const seconds = Number(opt('seconds', 5));
  const bytes = Number(opt('bytes', 1e6));
  let inputs;
  if (kind === 'news') inputs = makeCorpus(5e6);
  else if (kind === 'news-10mb') inputs = [makeText(10e6)];
  else inputs = [hostile(kind, bytes)];
  const total = inputs.reduce((n, s) => n + Buffer.byteLength(s), 0);
  let sink = 0;
  let passes = 0;
  const t0 = performance.now();
  do {
    for (const s of inputs) sink += attributeQuotes(s).quotes.length;
    passes++;
  } while (performance.now() - t0 < seconds * 1000);
  const ms = performance.now() - t0;
  console.error(`${kind}: ${passes} pass(es) over ${(total / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s = ${((ms / passes) / (total / 1e6)).toFixed(0)} ms/MB (checksum ${sink})`);
}

function summarize(file, top) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Source maps for the bundle, so dist/index.js:LINE becomes src/…:LINE.
  const maps = new Map();
  const mapFor = (url) => {
    if (!url.startsWith('file://') || !url.endsWith('.js')) return null;
    if (!maps.has(url)) {
      let sm = null;
      try {
        const path = fileURLToPath(url);
        sm = { map: new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))), dir: dirname(path) };
      } catch {
        /* no map */
      }
      maps.set(url, sm);
    }
    return maps.get(url);
  };
  const repo = resolve(HERE, '..');
  const where = (cf) => {
    if (!cf.url) return '';
    const sm = mapFor(cf.url);
    if (sm) {
      const e = sm.map.findEntry(cf.lineNumber, cf.columnNumber);
      if (e && e.originalSource) {
        const src = e.originalSource.startsWith('file://') ? fileURLToPath(e.originalSource) : resolve(sm.dir, e.originalSource);
        return `${relative(repo, src)}:${e.originalLine + 1}`;
      }
    }
    const path = cf.url.startsWith('file://') ? relative(repo, fileURLToPath(cf.url)) : cf.url;
    return `${path.startsWith('..') ? basename(path) : path}:${cf.lineNumber + 1}`;
  };
  const keyOf = (n) => {
    const cf = n.callFrame;
    const name = cf.functionName || (cf.url ? '(anonymous)' : '(root)');
    return cf.url ? `${name}\t${where(cf)}` : name;
  };

  // Self time: each sample's time delta goes to its node.
  const self = new Map();
  const stage = new Map();
  const STAGES = ['scanQuotes', 'tokenize', 'findCues', 'findNames', 'buildEntities', 'attribute', 'assemble', 'resolveAttributeOptions', 'requireText'];
  let total = 0, idle = 0, gc = 0, inLib = 0, program = 0;
  const { samples, timeDeltas } = prof;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000; // the delta after a sample is the time it stood for
    const node = byId.get(samples[i]);
    const name = node.callFrame.functionName;
    total += dt;
    if (name === '(idle)') { idle += dt; continue; }
    if (name === '(garbage collector)') gc += dt;
    if (name === '(program)') program += dt;
    const k = keyOf(node);
    self.set(k, (self.get(k) ?? 0) + dt);
    // Inclusive time per pipeline stage (once per sample even under recursion).
    const seen = new Set();
    let lib = false;
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      if (f.url.includes('/dist/index')) lib = true;
      if (STAGES.includes(f.functionName) && f.url.includes('/dist/index') && !seen.has(f.functionName)) {
        seen.add(f.functionName);
        stage.set(f.functionName, (stage.get(f.functionName) ?? 0) + dt);
      }
    }
    if (lib) inLib += dt;
  }
  const busy = total - idle;
  const pct = (x) => `${((100 * x) / busy).toFixed(1)}%`;
  const ms = (x) => x.toFixed(0);
  console.log(`Profile ${basename(file)}: ${ms(busy)} ms busy (${ms(idle)} ms idle); in the library ${pct(inLib)}, garbage collector ${pct(gc)}, (program) ${pct(program)}.\n`);
  console.log(`| # | Function (self time) | Where | ms | % of busy |\n| ---: | --- | --- | ---: | ---: |`);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  rows.forEach(([k, v], i) => {
    const [name, loc = ''] = k.split('\t');
    console.log(`| ${i + 1} | \`${name}\` | ${loc} | ${ms(v)} | ${pct(v)} |`);
  });

  // Hot lines: V8's per-line ticks (positionTicks), mapped to src/ lines.
  const lineTicks = new Map();
  let allTicks = 0;
  for (const n of prof.nodes) {
    for (const { line, ticks } of n.positionTicks ?? []) {
      allTicks += ticks;
      const loc = where({ ...n.callFrame, lineNumber: line - 1, columnNumber: 0 });
      const k = `${n.callFrame.functionName || '(anonymous)'}\t${loc}`;
      lineTicks.set(k, (lineTicks.get(k) ?? 0) + ticks);
    }
  }
  const srcLine = (loc) => {
    const m = /^(.*):(\d+)$/.exec(loc);
    if (!m) return '';
    try {
      const text = readFileSync(resolve(repo, m[1]), 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
      const t = text.trim().replaceAll('|', '\\|').replaceAll('`', "'");
      return t.length > 90 ? `${t.slice(0, 89)}…` : t;
    } catch {
      return '';
    }
  };
  if (allTicks > 0) {
    console.log(`\nHot lines (share of all line ticks, ${allTicks} ticks):\n\n| # | Function | Line | % | Source |\n| ---: | --- | --- | ---: | --- |`);
    [...lineTicks.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([k, v], i) => {
      const [name, loc] = k.split('\t');
      console.log(`| ${i + 1} | \`${name}\` | ${loc} | ${((100 * v) / allTicks).toFixed(1)}% | \`${srcLine(loc)}\` |`);
    });
  }
  console.log(`\nPipeline stages (inclusive time):\n\n| Stage | ms | % of busy |\n| --- | ---: | ---: |`);
  for (const s of STAGES) if (stage.has(s)) console.log(`| \`${s}\` | ${ms(stage.get(s))} | ${pct(stage.get(s))} |`);
}
