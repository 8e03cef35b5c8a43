// npm run bench: the WebAssembly annotator measured in one Node process.
//
//   node benchmark/bench_js.mjs [--mb N] [--strict]
//
// Prints
//   1. sizes: every distribution file raw and gzip -9, and the total a
//      reader downloads (budget: 300 KB gzip);
//   2. start-up: loading + compiling + instantiating, then the first call;
//   3. latency: the example article (examples/), 1,000 calls, median and
//      percentiles (target: median < 0.5 ms);
//   4. throughput on the same corpus of at least 10 MiB (build/bench/corpus.jsonl
//      from benchmark/make_corpus.mjs, the file native_bench reads too: real
//      article bodies of ../shared/corpus, repeated): the wasm annotator, the native core
//      (build/bench_core, single thread, a child process), and the
//      JavaScript libraries a web developer would reach for, compromise and
//      wink-nlp with its web model, each running its entity extraction
//      (wink-nlp twice: its default pipe, and only the stage entities need)
//      (targets: wasm >= 10 MB/s and >= 5x the faster JavaScript library).
// --strict: exit 1 when a target is missed.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { repoRoot } from "../tests/wasm/corpus.mjs";
import { distDir } from "../tests/wasm/paths.mjs";
import { buildCorpus } from "./make_corpus.mjs";

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const benchCore = join(repoRoot, "build/native/bench_core");

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(3)} ms`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const results = { targets: [] };
function target(name, ok, detail) {
  results.targets.push({ name, ok });
  console.log(`  ${ok ? "PASS" : "MISS"}  ${name}: ${detail}`);
}

// ---- 1. sizes -------------------------------------------------------------------
console.log("== Sizes (gzip -9)");
const sizes = {};
for (const f of ["newsann.wasm", "newsann.mjs", "newsann.single.js", "newsann.single.mjs"]) {
  const bytes = readFileSync(join(distDir, f));
  sizes[f] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  console.log(`  ${pad(f, 20)} ${lpad(kb(sizes[f].raw), 10)} raw ${lpad(kb(sizes[f].gzip), 10)} gzip`);
}
const standard = sizes["newsann.wasm"].gzip + sizes["newsann.mjs"].gzip;
const single = sizes["newsann.single.js"].gzip;
console.log(`  a reader downloads: standard build ${kb(standard)} gzip (glue+API ${kb(sizes["newsann.mjs"].gzip)}, ` +
            `wasm with lexicons ${kb(sizes["newsann.wasm"].gzip)}); single-file ${kb(single)} gzip`);
target("standard build download <= 300 KB gzip", standard <= 300 * 1024, kb(standard));
target("single-file build download <= 300 KB gzip", single <= 300 * 1024, kb(single));

// ---- 2. start-up ----------------------------------------------------------------
console.log("\n== Start-up");
const example = readFileSync(join(repoRoot, "examples/belarus-border.txt"), "utf8");
let t = performance.now();
const { createAnnotator } = await import(join(distDir, "newsann.mjs"));
const tImport = performance.now() - t;
t = performance.now();
const cold = await createAnnotator({ warm: false });
const tCreate = performance.now() - t;
t = performance.now();
cold.annotate(example, { date: "2021-11-20" });
const tFirst = performance.now() - t;
t = performance.now();
cold.annotate(example, { date: "2021-11-20" });
const tSecond = performance.now() - t;
cold.close();
const instantiations = [];
for (let i = 0; i < 5; ++i) {
  t = performance.now();
  const another = await createAnnotator({ warm: false });
  instantiations.push(performance.now() - t);
  another.close();
}
const tAnother = instantiations.sort((a, b) => a - b)[2];
t = performance.now();
const annotator = await createAnnotator();
const tWarm = performance.now() - t;
t = performance.now();
annotator.annotate(example, { date: "2021-11-20" });
const tFirstWarm = performance.now() - t;
console.log(`  import the ES module                                  ${ms(tImport)}`);
console.log(`  createAnnotator({warm: false}): read, compile, instantiate  ${ms(tCreate)}`);
console.log(`  its first annotate() of the example (lexicons, lazy compilation)  ${ms(tFirst)}; second ${ms(tSecond)}`);
console.log(`  createAnnotator({warm: false}) again (module cached; median of 5)  ${ms(tAnother)}`);
console.log(`  createAnnotator() (default warm: annotates one sentence; module cached)  ${ms(tWarm)}; ` +
            `its first annotate() ${ms(tFirstWarm)}`);
// The single-file build (the offline site's): the .wasm unpacked from the
// script's text (wasm/packed_bytes.mjs: base64, then the browser's gzip),
// then compiled.
t = performance.now();
const singleModule = await import(join(distDir, "newsann.single.mjs"));
const tSingleImport = performance.now() - t;
t = performance.now();
const fromText = await singleModule.createAnnotator({ warm: false });
const tSingleCreate = performance.now() - t;
fromText.close();
console.log(`  single-file ES module: import ${ms(tSingleImport)}; createAnnotator({warm: false}): ` +
            `unpack, compile, instantiate ${ms(tSingleCreate)}`);

// ---- 3. latency -----------------------------------------------------------------
console.log("\n== Latency: the example article, 1,000 calls");
function percentiles(samples) {
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: at(0.5), p90: at(0.9), p99: at(0.99), max: samples[samples.length - 1] };
}
for (let i = 0; i < 200; ++i) annotator.annotate(example, { date: "2021-11-20" });  // warm up (tier-up)
const latency = {};
for (const [name, call] of [["annotate()", (s) => annotator.annotate(s, { date: "2021-11-20" })],
                            ["annotateJSON()", (s) => annotator.annotateJSON(s, { date: "2021-11-20" })]]) {
  const samples = [];
  for (let i = 0; i < 1000; ++i) {
    const t0 = performance.now();
    call(example);
    samples.push(performance.now() - t0);
  }
  latency[name] = percentiles(samples);
  const p = latency[name];
  console.log(`  ${pad(name, 15)} median ${ms(p.median)}  p90 ${ms(p.p90)}  p99 ${ms(p.p99)}  max ${ms(p.max)}` +
              `  (${Buffer.byteLength(example)} bytes)`);
}
target("example median < 0.5 ms", latency["annotate()"].median < 0.5, ms(latency["annotate()"].median));

// ---- 4. throughput --------------------------------------------------------------
const built = buildCorpus();
const corpus = readFileSync(built.file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
const corpusBytes = built.bytes;
console.log(`\n== Throughput: ${corpus.length} article bodies, ${(corpusBytes / 1e6).toFixed(1)} MB ` +
            `(${built.distinctArticles} distinct, from ../shared/corpus; ${built.file})`);

function timeEngine(name, run) {
  // Warm up (at least 50 articles and one second: V8 tiers hot wasm and JS
  // functions up in the background, so a shorter warm-up leaves part of the
  // timed pass on the baseline tier), then one timed pass over everything.
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 50 || performance.now() < warmUntil; ++i) run(corpus[i % corpus.length]);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let found = 0;
  for (const item of corpus) found += run(item);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { name, seconds, cpuSeconds, mbps: corpusBytes / 1e6 / seconds, cpuMbps: corpusBytes / 1e6 / cpuSeconds, found };
}

const engines = [];
engines.push(timeEngine("newsann wasm, annotate() (objects)", (item) => {
  const doc = annotator.annotate(item.text, { date: item.date });
  return doc.actors.length + doc.figures.length + doc.claims.length;
}));
engines.push(timeEngine("newsann wasm, annotateJSON() (string)", (item) =>
  annotator.annotateJSON(item.text, { date: item.date }).length > 0 ? 1 : 0));

// The native core on the same file, timed inside bench_core.
try {
  statSync(benchCore);
  const r = JSON.parse(execFileSync(benchCore, [built.file], { encoding: "utf8" }));
  engines.push({ name: "newsann native core (1 thread)", seconds: r.seconds, cpuSeconds: r.cpu_seconds,
                 mbps: r.bytes / 1e6 / r.seconds, cpuMbps: r.bytes / 1e6 / r.cpu_seconds, native: true });
} catch (e) {
  console.log(`  (native core skipped: ${e.message.split("\n")[0]}; run scripts/build.sh native)`);
}

const { default: nlp } = await import("compromise");
engines.push(timeEngine("compromise (people, places, organizations)", (item) => {
  const doc = nlp(item.text);
  return doc.people().out("array").length + doc.places().out("array").length +
         doc.organizations().out("array").length;
}));
const { default: winkNLP } = await import("wink-nlp");
const { default: winkModel } = await import("wink-eng-lite-web-model");
const wink = winkNLP(winkModel);
engines.push(timeEngine("wink-nlp + web model (entities)", (item) =>
  wink.readDoc(item.text).entities().out(wink.its.detail).length));
// The same entities with only the pipe stage they need: the default pipe
// also runs sentence splitting, negation, sentiment and part-of-speech
// tagging, which a developer after entities alone can switch off (about
// 1.8x faster). The target is measured against the faster configuration.
const winkNer = winkNLP(winkModel, ["ner"]);
engines.push(timeEngine("wink-nlp + web model, pipe [\"ner\"] (entities)", (item) =>
  winkNer.readDoc(item.text).entities().out(winkNer.its.detail).length));
const [winkAll, winkOnly] = engines.slice(-2);
const winkSame = winkAll.found === winkOnly.found;

// Wall-clock MB/s, and MB/s of CPU time (the process's: on a machine shared
// with other work, the steadier figure; it also counts V8's helper threads).
const wasm = engines[0];
console.log(`  ${pad("engine", 44)} ${lpad("MB/s", 8)} ${lpad("CPU MB/s", 9)} ${lpad("seconds", 8)}   wasm annotate() vs it (CPU)`);
for (const e of engines) {
  const ratio = wasm.cpuMbps / e.cpuMbps;
  console.log(`  ${pad(e.name, 44)} ${lpad(e.mbps.toFixed(2), 8)} ${lpad(e.cpuMbps.toFixed(2), 9)} ${lpad(e.seconds.toFixed(2), 8)}` +
              `   ${ratio >= 1 ? ratio.toFixed(1) + "x faster" : (1 / ratio).toFixed(2) + "x slower"}`);
}
const js = engines.filter((e) => /compromise|wink/.test(e.name));
const fastestJs = js.reduce((a, b) => (a.cpuMbps > b.cpuMbps ? a : b));
const best = Math.max(wasm.mbps, wasm.cpuMbps);
target("wasm >= 10 MB/s", best >= 10, `${wasm.mbps.toFixed(2)} MB/s wall, ${wasm.cpuMbps.toFixed(2)} MB/s CPU`);
target("wasm >= 5x the faster JS library", wasm.cpuMbps >= 5 * fastestJs.cpuMbps,
       `${(wasm.cpuMbps / fastestJs.cpuMbps).toFixed(1)}x ${fastestJs.name} (CPU)`);
const native = engines.find((e) => e.native);
if (native) {
  console.log(`  wasm / native (CPU): annotate() ${(wasm.cpuMbps / native.cpuMbps).toFixed(2)}, ` +
              `annotateJSON() ${(engines[1].cpuMbps / native.cpuMbps).toFixed(2)}`);
}
console.log(winkSame ? `  wink-nlp: the same ${winkAll.found} entities with either pipe`
                     : `  wink-nlp: ${winkAll.found} entities with its default pipe, ${winkOnly.found} with ["ner"]`);
console.log(`  wasm heap after the run: ${(annotator.memoryBytes / 1048576).toFixed(0)} MiB`);

if (flag("--strict") && results.targets.some((x) => !x.ok)) process.exit(1);
