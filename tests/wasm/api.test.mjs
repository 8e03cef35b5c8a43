// The JavaScript API under Node: results, blocks, bad input, recovery, and
// the three builds agreeing. Real input: the example article and the
// evaluation texts of ../shared/eval/dev.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { promisify } from "node:util";

import { repoRoot, sharedDir } from "./corpus.mjs";
import { distDir, nativeCli } from "./paths.mjs";

const { createAnnotator, SCHEMA_VERSION } = await import(join(distDir, "newsann.mjs"));
const example = readFileSync(join(repoRoot, "examples/belarus-border.txt"), "utf8");
const devTexts = readdirSync(join(sharedDir, "eval/dev")).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(sharedDir, "eval/dev", f), "utf8"));
const annotator = await createAnnotator();
const execFileAsync = promisify(execFile);

function spansOf(doc) {
  const out = [...doc.actors, ...doc.figures];
  for (const c of doc.claims) out.push(...[c.source, c.cue, c.content].filter(Boolean));
  return out;
}

// Every span is a valid range of its text (of its block, from blocks).
function assertValidOffsets(doc, texts) {
  assert.equal(doc.error, undefined, JSON.stringify(doc.error));
  for (const s of spansOf(doc)) {
    const text = texts[s.block ?? 0];
    assert.ok(text !== undefined, `span in block ${s.block} of ${texts.length}`);
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end &&
              s.end <= text.length, `span ${JSON.stringify(s)} outside a text of ${text.length}`);
  }
}

function assertError(result, code) {
  assert.equal(result.schema, SCHEMA_VERSION);
  assert.ok(result.error, `expected an error, got ${JSON.stringify(result).slice(0, 200)}`);
  assert.equal(result.error.code, code, result.error.message);
  assert.equal(typeof result.error.message, "string");
  assert.ok(result.error.message.length > 0);
}

// The module still answers, and answers the same as before.
const reference = annotator.annotateJSON(example, { date: "2021-11-20" });
function assertAlive(a = annotator) {
  assert.equal(a.annotateJSON(example, { date: "2021-11-20" }), reference);
}

describe("annotate", () => {
  test("returns the document of docs/schema.md as objects", () => {
    const doc = annotator.annotate(example, { date: "2021-11-20" });
    assert.equal(doc.schema, 1);
    for (const key of ["entities", "actors", "figures", "claims"]) assert.ok(Array.isArray(doc[key]), key);
    assert.deepEqual(doc, JSON.parse(reference));
    assertValidOffsets(doc, [example]);
  });

  test("a zero-length string is an empty document", () => {
    const doc = annotator.annotate("");
    assert.deepEqual(doc, { schema: 1, entities: [], actors: [], figures: [], claims: [] });
    assertAlive();
  });

  test("offsets are UTF-16 indices past astral characters and NUL", () => {
    const prefix = "😀𝔘\u0000é ";
    const doc = annotator.annotate(prefix + example, { date: "2021-11-20" });
    const plain = JSON.parse(reference);
    assert.equal(doc.actors.length, plain.actors.length);
    assert.equal(doc.figures.length, plain.figures.length);
    const shift = (s) => s && { ...s, start: s.start + prefix.length, end: s.end + prefix.length };
    assert.deepEqual(doc.figures, plain.figures.map(shift));
    assert.deepEqual(doc.actors, plain.actors.map(shift));
  });

  test("a publication date that is not YYYY-MM-DD is an invalid_date error", () => {
    assertError(annotator.annotate(example, { date: "20 November 2021" }), "invalid_date");
    assertError(annotator.annotate(example, { date: "2021-02-30" }), "invalid_date");
    assertAlive();
  });
});

describe("bad input never kills the module", () => {
  const notStrings = [undefined, null, 42, 4.2, NaN, true, {}, [], ["text"], () => "text", Symbol("s"), 10n,
                      new Uint8Array([65, 66]), new Date()];
  for (const value of notStrings) {
    test(`text ${String(typeof value === "symbol" ? "Symbol" : value).slice(0, 20)} (${typeof value}) is invalid_argument`, () => {
      assertError(annotator.annotate(value), "invalid_argument");
      assertError(JSON.parse(annotator.annotateJSON(value)), "invalid_argument");
      if (!Array.isArray(value)) assertError(annotator.annotateBlocks(value), "invalid_argument");
      assertError(annotator.annotateBlocks([example, value]), "invalid_argument");
      assertAlive();
    });
  }

  test("a String object is a string", () => {
    assert.equal(annotator.annotateJSON(new String(example), { date: "2021-11-20" }), reference);
  });

  test("options must be an object and the date a string", () => {
    assertError(annotator.annotate(example, "2021-11-20"), "invalid_argument");
    assertError(annotator.annotate(example, { date: 20211120 }), "invalid_argument");
    assertError(annotator.annotate(example, { date: new Date() }), "invalid_argument");
    assert.equal(annotator.annotate(example, { date: "" }).error, undefined);
    assert.equal(annotator.annotate(example, null).error, undefined);
    assertAlive();
  });

  test("lone surrogates annotate as U+FFFD, offsets into the original string", () => {
    for (const text of devTexts.slice(0, 4)) {
      // Break some surrogate pairs and add lone halves everywhere.
      const broken = text.replace(/(\. )/g, "$1\ud800").replace(/,/g, "\udfff,") + "\ud83d";
      const repaired = broken.replace(/[\ud800-\udfff]/g, "\ufffd");
      assert.equal(broken.length, repaired.length);
      const doc = annotator.annotate(broken);
      assertValidOffsets(doc, [broken]);
      assert.deepEqual(doc, annotator.annotate(repaired));
    }
    assertAlive();
  });

  test("a 50 MB string: the native CLI's result, valid offsets, memory given back", async () => {
    const paragraphs = devTexts.join("\n\n");
    const big = new Array(Math.ceil(50e6 / paragraphs.length)).fill(paragraphs).join("\n\n");
    assert.ok(big.length >= 50e6);
    const dir = mkdtempSync(join(tmpdir(), "newsann-big-"));
    try {
      writeFileSync(join(dir, "big.txt"), big);
      // The native CLI runs on the other core meanwhile.
      const native = execFileAsync(nativeCli, ["--date", "2021-11-20", join(dir, "big.txt")],
                                   { maxBuffer: 2 ** 31 - 1, encoding: "utf8" });
      const json = annotator.annotateJSON(big, { date: "2021-11-20" });
      const doc = JSON.parse(json);
      assertValidOffsets(doc, [big]);
      assert.ok(doc.actors.length > 0 && doc.figures.length > 0 && doc.claims.length > 0);
      const { stdout } = await native;
      assert.ok(stdout.trimEnd() === json, "the wasm result differs from the native CLI's");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The grown heap was dropped for a fresh instance.
    assert.ok(annotator.memoryBytes <= 64 * 1024 * 1024, `still holding ${annotator.memoryBytes} bytes`);
    assertAlive();
  });

  test("out of memory inside the core: an out_of_memory error, then a fresh instance", async () => {
    const small = await createAnnotator({ maxMemory: 32 * 1024 * 1024 });
    const reference = small.annotateJSON(example, { date: "2021-11-20" });
    // Fits in the heap as input, but the analysis needs more than 32 MiB.
    const text = "a b c d e f g h. ".repeat(600_000);
    assertError(small.annotate(text), "out_of_memory");
    assert.equal(small.annotateJSON(example, { date: "2021-11-20" }), reference);
    // Too large even to copy in: the same error, without a trap.
    assertError(small.annotate("x".repeat(40 * 1024 * 1024)), "out_of_memory");
    assert.equal(small.annotateJSON(example, { date: "2021-11-20" }), reference);
  });

  test("where synchronous instantiation is refused, the fresh instance comes on a later tick", async () => {
    const small = await createAnnotator({ maxMemory: 32 * 1024 * 1024 });
    const reference = small.annotateJSON(example, { date: "2021-11-20" });
    // Browsers may refuse `new WebAssembly.Instance` of a large module on a
    // page's main thread; simulate that.
    const Instance = WebAssembly.Instance;
    WebAssembly.Instance = function () {
      throw new RangeError("WebAssembly.Instance is disallowed on the main thread");
    };
    try {
      assertError(small.annotate("a b c d e f g h. ".repeat(600_000)), "out_of_memory");
      assertError(small.annotate(example), "internal");  // restarting
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(small.annotateJSON(example, { date: "2021-11-20" }), reference);
    } finally {
      WebAssembly.Instance = Instance;
    }
  });

  test("more than 256 MiB of text is too_large, before any copying", () => {
    // A string of 2^28 + 1 units, built cheaply by doubling.
    let s = "x";
    while (s.length < 2 ** 28) s += s;
    assertError(annotator.annotate(s + "x"), "too_large");
    assertAlive();
  });

  test("a closed annotator returns errors", async () => {
    const a = await createAnnotator();
    a.close();
    assertError(a.annotate(example), "internal");
  });

  test("createAnnotator rejects bad options", async () => {
    await assert.rejects(createAnnotator({ maxMemory: 1024 }), RangeError);
    await assert.rejects(createAnnotator({ retainMemory: "lots" }), RangeError);
    await assert.rejects(createAnnotator(42), TypeError);
    await assert.rejects(createAnnotator({ wasm: new Uint8Array([0, 1, 2, 3]) }));
  });
});

describe("annotateBlocks", () => {
  test("blocks split at blank lines give annotate()'s result, offsets per block", () => {
    for (const text of [example, ...devTexts]) {
      const blocks = text.split("\n\n");
      const whole = annotator.annotate(text, { date: "2021-11-20" });
      const doc = annotator.annotateBlocks(blocks, { date: "2021-11-20" });
      assertValidOffsets(doc, blocks);
      assert.equal(doc.blocks, blocks.length);
      const starts = [];
      let at = 0;
      for (const b of blocks) {
        starts.push(at);
        at += b.length + 2;
      }
      const back = (s) => {
        if (!s) return s;
        const { block, ...rest } = s;
        return { ...rest, start: s.start + starts[block], end: s.end + starts[block] };
      };
      assert.deepEqual(doc.actors.map(back), whole.actors);
      assert.deepEqual(doc.figures.map(back), whole.figures);
      assert.deepEqual(doc.claims.map((c) => ({ ...c, source: back(c.source), cue: back(c.cue), content: back(c.content) })),
                       whole.claims);
      assert.deepEqual(doc.entities, whole.entities);
    }
  });

  test("nothing runs across a block boundary", () => {
    // Sentences cut in two by the page's markup (a heading, a list item).
    const blocks = ["Police said", "that 3,000 people marched on Tuesday, according to", "Reuters."];
    const doc = annotator.annotateBlocks(blocks, { date: "2021-11-20" });
    assertValidOffsets(doc, blocks);
    for (const c of doc.claims) {
      const parts = [c.source, c.cue, c.content].filter(Boolean);
      assert.ok(parts.every((s) => s.block === c.content.block), JSON.stringify(c));
    }
  });

  test("one block, no block and empty blocks", () => {
    const one = annotator.annotateBlocks([example], { date: "2021-11-20" });
    assert.equal(one.blocks, 1);
    for (const s of spansOf(one)) assert.equal(s.block, 0);
    const { blocks, ...rest } = one;
    const strip = (s) => { if (!s) return s; const { block, ...r } = s; return r; };
    assert.deepEqual({ ...rest, actors: rest.actors.map(strip), figures: rest.figures.map(strip),
                       claims: rest.claims.map((c) => ({ ...c, source: strip(c.source), cue: strip(c.cue), content: strip(c.content) })) },
                     JSON.parse(reference));
    assert.deepEqual(annotator.annotateBlocks([]), { schema: 1, blocks: 0, entities: [], actors: [], figures: [], claims: [] });
    const empties = annotator.annotateBlocks(["", "", ""]);
    assert.equal(empties.blocks, 3);
    assert.equal(empties.actors.length + empties.figures.length + empties.claims.length, 0);
    assertAlive();
  });
});

describe("builds", () => {
  test("the single-file builds give the standard build's answers", async () => {
    const esm = await import(join(distDir, "newsann.single.mjs"));
    const fromEsm = await esm.createAnnotator();
    assert.equal(fromEsm.annotateJSON(example, { date: "2021-11-20" }), reference);
    const require = createRequire(import.meta.url);
    const classic = require(join(distDir, "newsann.single.js"));
    assert.equal(globalThis.newsann, classic);
    const fromClassic = await classic.createAnnotator();
    for (const text of devTexts) assert.equal(fromClassic.annotateJSON(text), annotator.annotateJSON(text));
  });

  test("the wasm can be given as bytes, a path or a compiled module", async () => {
    const bytes = readFileSync(join(distDir, "newsann.wasm"));
    const compiled = await WebAssembly.compile(bytes);
    for (const wasm of [bytes, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
                        join(distDir, "newsann.wasm"), compiled]) {
      const a = await createAnnotator({ wasm });
      assertAlive(a);
    }
  });

  test("many annotators share one compiled module and do not interfere", async () => {
    const many = await Promise.all([1, 2, 3].map(() => createAnnotator()));
    const outs = many.map((a, i) => a.annotateJSON(devTexts[i]));
    for (let i = 0; i < many.length; ++i) assert.equal(outs[i], annotator.annotateJSON(devTexts[i]));
  });
});
