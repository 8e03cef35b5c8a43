// Same answers as native: the wasm module, through the JavaScript API, must
// return byte for byte the JSON the native CLI prints, on every text of
// ../shared/eval and every article body of ../shared/corpus (corpus.mjs).
//
// The native side runs once over all texts as a JSONL corpus
// (annotate --format jsonl); the wasm side calls annotateJSON() per text.
// Also checked on every document: each span lies inside its text.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { loadTexts } from "./corpus.mjs";
import { distDir, nativeCli } from "./paths.mjs";

const { createAnnotator } = await import(join(distDir, "newsann.mjs"));

// Runs the native CLI over all texts; returns each document's raw JSON.
function nativeJSON(texts) {
  const dir = mkdtempSync(join(tmpdir(), "newsann-identity-"));
  try {
    const corpus = join(dir, "corpus.jsonl");
    writeFileSync(corpus, texts.map((t, i) => JSON.stringify({ id: i, text: t.text, date: t.date })).join("\n") + "\n");
    const out = execFileSync(nativeCli, ["--format", "jsonl", corpus], {
      maxBuffer: 1 << 30, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
    });
    const docs = new Array(texts.length);
    for (const line of out.split("\n")) {
      if (!line) continue;
      // {"id":N,"result":DOC}: the document is spliced in verbatim by the CLI.
      const m = /^\{"id":(\d+),"result":/.exec(line);
      assert.ok(m, `unexpected CLI output line: ${line.slice(0, 200)}`);
      docs[Number(m[1])] = line.slice(m[0].length, -1);
    }
    return docs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spans(doc) {
  const out = [...doc.actors, ...doc.figures];
  for (const c of doc.claims) out.push(...[c.source, c.cue, c.content].filter(Boolean));
  return out;
}

test("wasm and native CLI give identical JSON on every shared text", { timeout: 900_000 }, async (t) => {
  if (!existsSync(nativeCli)) {
    assert.fail(`native CLI not built: ${nativeCli} (run scripts/build.sh)`);
  }
  const texts = loadTexts();
  assert.ok(texts.length > 1000, `expected the whole shared corpus, found ${texts.length} texts`);
  const native = nativeJSON(texts);
  const annotator = await createAnnotator();
  let bytes = 0;
  let differing = [];
  for (let i = 0; i < texts.length; ++i) {
    const { id, text, date } = texts[i];
    bytes += Buffer.byteLength(text);
    const json = annotator.annotateJSON(text, { date });
    if (json !== native[i]) {
      differing.push(id);
      if (differing.length <= 3) {
        let k = 0;
        while (k < json.length && json[k] === native[i]?.[k]) ++k;
        t.diagnostic(`${id}: first difference at char ${k}:\n  wasm:   ${json.slice(Math.max(0, k - 80), k + 120)}\n` +
                     `  native: ${(native[i] ?? "(missing)").slice(Math.max(0, k - 80), k + 120)}`);
      }
      continue;
    }
    const doc = JSON.parse(json);
    assert.equal(doc.error, undefined, `${id}: ${json.slice(0, 200)}`);
    for (const s of spans(doc)) {
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end &&
                s.end <= text.length, `${id}: span ${JSON.stringify(s)} outside a text of ${text.length} units`);
    }
  }
  t.diagnostic(`${texts.length} texts, ${(bytes / 1e6).toFixed(1)} MB, ${texts.length - differing.length} identical`);
  assert.deepEqual(differing, [], `${differing.length} texts differ`);
});
