// wasm/packed_bytes.mjs: how the single-file builds carry the .wasm. It must
// give back every byte exactly, refuse what it cannot have written, and be
// smaller after the server's gzip than the .wasm is (the reason it exists).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";

import { packBytes, unpackBytes } from "../../wasm/packed_bytes.mjs";
import { distDir } from "./paths.mjs";

const roundTrip = async (bytes) => {
  const text = await packBytes(bytes);
  assert.match(text, /^[A-Za-z0-9+/]*={0,2}$/);
  assert.deepEqual(await unpackBytes(text, bytes.length), Uint8Array.from(bytes));
  return text;
};

test("every byte value, skewed and random bytes and nothing at all round-trip", async () => {
  await roundTrip(Uint8Array.from({ length: 256 }, (_, i) => i));
  let x = 12345;  // a fixed LCG
  await roundTrip(Uint8Array.from({ length: 100000 }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24));
  await roundTrip(new Uint8Array(50000).fill(7));
  await roundTrip(new Uint8Array(0));
});

test("text it cannot have written is refused, not unpacked into wrong bytes", async () => {
  const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) & 255);
  const text = await packBytes(bytes);
  const corrupt = /embedded module is corrupt/;
  await assert.rejects(unpackBytes(text, bytes.length - 1), corrupt);  // longer than said
  await assert.rejects(unpackBytes(text, bytes.length + 1), corrupt);  // shorter than said
  await assert.rejects(unpackBytes(text + "é", bytes.length), corrupt);  // not base64
  await assert.rejects(unpackBytes(text.slice(0, text.length - 8), bytes.length), corrupt);  // cut short
  // One changed character in the middle: the gzip trailer's CRC catches it.
  const mid = text.length >> 1;
  const flipped = text.slice(0, mid) + (text[mid] === "A" ? "B" : "A") + text.slice(mid + 1);
  await assert.rejects(unpackBytes(flipped, bytes.length), corrupt);
});

test("the single-file builds carry the .wasm packed, and gzip smaller than the .wasm", async () => {
  const wasm = readFileSync(join(distDir, "newsann.wasm"));
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  for (const f of ["newsann.single.js", "newsann.single.mjs"]) {
    const src = readFileSync(join(distDir, f), "utf8");
    const m = /"([A-Za-z0-9+/]{10000,}={0,2})"/.exec(src);  // the one long literal (names are minified)
    assert.ok(m, `${f}: no embedded text`);
    assert.deepEqual(await unpackBytes(m[1], wasm.length), Uint8Array.from(wasm), f);
    assert.ok(/^[\x20-\x7e\n]*$/.test(src), `${f} is not printable ASCII`);
    assert.ok(!src.includes("</script"), `${f} would end an inline script`);
    // The whole file, glue and API included, downloads smaller than the
    // .wasm alone does.
    assert.ok(gz(Buffer.from(src)) < gz(wasm), `${f}: ${gz(Buffer.from(src))} >= ${gz(wasm)} gzip`);
  }
});
