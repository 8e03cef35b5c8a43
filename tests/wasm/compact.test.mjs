// annotate() and annotateBlocks() read the module's compact result
// (wasm/compact.h) into objects; annotateJSON() and annotateBlocksJSON()
// return the JSON text. The objects must be exactly JSON.parse of the text:
// the same keys in the same order, the same values. Compared as
// JSON.stringify of both, which sees key order, null against a missing key,
// -0 against 0 ("-0" vs "0" is not seen; see the numbers test), and every
// character of every string.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";

import { loadTexts } from "./corpus.mjs";
import { distDir } from "./paths.mjs";

const { createAnnotator } = await import(join(distDir, "newsann.mjs"));
const annotator = await createAnnotator();

const same = (objects, json) => JSON.stringify(objects) === JSON.stringify(JSON.parse(json));

// Blocks as a page would give them: the paragraphs.
const blocksOf = (text) => text.split(/\n\s*\n/);

test("annotate() and annotateBlocks() equal JSON.parse of the JSON on every shared text", { timeout: 900_000 }, (t) => {
  const texts = loadTexts();
  assert.ok(texts.length > 1000, `expected the whole shared corpus, found ${texts.length} texts`);
  const kinds = new Set();
  let differ = [];
  for (const { id, text, date } of texts) {
    const doc = annotator.annotate(text, { date });
    if (!same(doc, annotator.annotateJSON(text, { date }))) differ.push(id);
    if (!same(annotator.annotateBlocks(blocksOf(text), { date }), annotator.annotateBlocksJSON(blocksOf(text), { date }))) {
      differ.push(`${id} (blocks)`);
    }
    for (const f of doc.figures ?? []) kinds.add(`figure ${f.kind}`);
    for (const a of doc.actors ?? []) kinds.add(`actor ${a.type}`);
    for (const c of doc.claims ?? []) kinds.add(`claim ${c.kind}`);
  }
  t.diagnostic(`${texts.length} texts; kinds seen: ${kinds.size}`);
  assert.deepEqual(differ.slice(0, 10), [], `${differ.length} texts differ`);
  // Every name the compact result cites by index came through: all four
  // actor types, all four claim kinds and the figure kinds were seen.
  assert.equal(kinds.size, 4 + 4 + 10, [...kinds].sort().join(", "));
});

test("strings: astral characters, a byte-order mark, quotes, control characters and lone surrogates", () => {
  const texts = [
    "\uFEFFJohn Smith said the plan would cost $5 million.",
    "“We will stay,” said Zoë \uD835\uDC09ohansson of the Ünïcode Fund, adding that 40% had left.",
    'Ann "The Hammer" O\'Neil told reporters in Paris that 3\\4 of them \u0001 left on May 3.',
    "Maria Lopez\uD800 said 12 people had died; Pedro \uDC00Ruiz said nothing.",
    "The Ministry of Defence said 1,000 troops, according to the BBC.\u0000 Sarah Connor said so.",
  ];
  for (const text of texts) {
    const doc = annotator.annotate(text);
    assert.equal(doc.error, undefined, JSON.stringify(doc));
    assert.ok(same(doc, annotator.annotateJSON(text)), text);
    assert.ok(same(annotator.annotateBlocks([text, text]), annotator.annotateBlocksJSON([text, text])), text);
    assert.ok(doc.entities.length > 0, `no entity in ${JSON.stringify(text)}`);
  }
});

test("numbers: figures of every size and sign come back as JSON gives them", () => {
  const text = "Prices fell 0% to -0.5%, a loss of $0.1 trillion, then 12,345,678,901,234,567 shares, " +
    "about 1.5e3 tonnes, 1/3 of 7.25 km, between 10 and 20 days, a third of them, hundreds of people.";
  const doc = annotator.annotate(text, { date: "2021-11-20" });
  assert.ok(doc.figures.length >= 6, JSON.stringify(doc.figures));
  assert.ok(same(doc, annotator.annotateJSON(text, { date: "2021-11-20" })));
  for (const f of doc.figures) {
    for (const k of ["number", "min", "max"]) {
      if (k in f.value) assert.ok(f.value[k] === null || !Object.is(f.value[k], -0), `${k} is -0`);
    }
  }
});

test("errors and empty documents", () => {
  for (const [input, options] of [["", undefined], ["no names here.", undefined], ["x", { date: "2021-02-30" }]]) {
    assert.ok(same(annotator.annotate(input, options), annotator.annotateJSON(input, options)), input);
    assert.ok(same(annotator.annotateBlocks([input], options), annotator.annotateBlocksJSON([input], options)), input);
  }
  assert.equal(annotator.annotate("x", { date: "2021-02-30" }).error.code, "invalid_date");
  assert.ok(same(annotator.annotateBlocks([]), annotator.annotateBlocksJSON([])));
  assert.equal(annotator.annotateBlocks("not an array").error.code, "invalid_argument");
  assert.equal(JSON.parse(annotator.annotateBlocksJSON("not an array")).error.code, "invalid_argument");
});
