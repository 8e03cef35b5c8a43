// wasm/bytes_text.mjs: the ASCII text the single-file builds carry the
// .wasm in. It must give back every byte exactly, stay within its alphabet,
// refuse what it cannot have written, and keep gzip's matches (the reason it
// exists instead of base64).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";

import { ALPHABET, decodeBytes, encodeBytes } from "../../wasm/bytes_text.mjs";
import { distDir } from "./paths.mjs";

const roundTrip = (bytes) => {
  const { text, order } = encodeBytes(bytes);
  assert.deepEqual(decodeBytes(text, order, bytes.length), Uint8Array.from(bytes));
  return text;
};

test("the alphabet is printable ASCII without the characters a literal or a page would trip on", () => {
  assert.equal(ALPHABET.length, 92);
  for (const c of ALPHABET) {
    assert.ok(c >= " " && c <= "~", JSON.stringify(c));
    assert.ok(!'"\\<'.includes(c), c);
  }
});

test("every byte value round-trips, whichever rank its frequency gives it", () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  roundTrip(all);
  roundTrip(all.slice().reverse());
  // Skewed: value v occurs v + 1 times (so 255 is the most frequent), then
  // the other way round; each puts different values on two characters.
  for (const weight of [(v) => v + 1, (v) => 256 - v]) {
    const bytes = [];
    for (let v = 0; v < 256; ++v) for (let k = 0; k < weight(v); ++k) bytes.push(v);
    roundTrip(bytes);
  }
  // Pseudo-random bytes (a fixed LCG).
  let x = 12345;
  const random = Uint8Array.from({ length: 100000 }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
  roundTrip(random);
  assert.equal(roundTrip(new Uint8Array(0)), "");
});

test("the frequent values take one character, the rest two", () => {
  const bytes = [];
  for (let v = 0; v < 256; ++v) for (let k = 0; k < 1000 - v; ++k) bytes.push(v);  // 0 most frequent
  const { text } = encodeBytes(bytes);
  let expected = 0;
  for (let v = 0; v < 256; ++v) expected += (1000 - v) * (v < 90 ? 1 : 2);
  assert.equal(text.length, expected);
});

test("the built .wasm round-trips, and its text gzips within 2% of the bytes (base64: +30%)", () => {
  const wasm = readFileSync(join(distDir, "newsann.wasm"));
  const text = roundTrip(wasm);
  for (const c of new Set(text)) assert.ok(ALPHABET.includes(c), JSON.stringify(c));
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const ratio = gz(Buffer.from(text)) / gz(wasm);
  assert.ok(ratio < 1.02, `text/bytes gzip ratio ${ratio.toFixed(3)}`);
  assert.ok(gz(Buffer.from(wasm.toString("base64"))) / gz(wasm) > 1.2, "base64 is the worse code (sanity)");
});

test("text it cannot have written is refused, not decoded into wrong bytes", () => {
  const { text, order } = encodeBytes(Uint8Array.from({ length: 256 }, (_, i) => i));
  const corrupt = /embedded module is corrupt/;
  assert.throws(() => decodeBytes(text, order, 255), corrupt);  // longer than said
  assert.throws(() => decodeBytes(text, order, 257), corrupt);  // shorter than said
  assert.throws(() => decodeBytes(text + "\\", order, 256), corrupt);  // outside the alphabet
  assert.throws(() => decodeBytes(text + "é", order, 257), corrupt);  // not ASCII
  assert.throws(() => decodeBytes(text + ALPHABET[91], order, 257), corrupt);  // a dangling escape
  assert.throws(() => decodeBytes(ALPHABET[91] + ALPHABET[91], order, 1), corrupt);  // rank past 255
});

test("the single-file builds carry the .wasm in this code, not base64", () => {
  const wasm = readFileSync(join(distDir, "newsann.wasm"));
  const { text } = encodeBytes(wasm);
  for (const f of ["newsann.single.js", "newsann.single.mjs"]) {
    const src = readFileSync(join(distDir, f), "utf8");
    assert.ok(src.includes(`"${text}"`), `${f} holds the encoded .wasm`);
    assert.ok(!src.includes(wasm.toString("base64").slice(0, 64)), `${f} holds no base64 copy`);
    assert.ok(/^[\x09\x0a\x0d\x20-\x7e]*$/.test(src), `${f} is ASCII`);
  }
});
