// Bytes as ASCII text that gzip compresses about as well as the bytes
// themselves: how the single-file builds carry the .wasm.
//
// Base64 packs 3 bytes into 4 characters, so a byte sequence that repeats in
// the .wasm no longer repeats in the text unless it repeats at the same
// position modulo 3, and gzip finds a third of the matches: the .wasm's 287 KB
// gzip became 387 KB as base64. This code keeps one byte, one symbol: each
// byte value gets a symbol of one character (the 90 most frequent values) or
// of two (an escape character, then one more), so every repeat of bytes is a
// repeat of text. gzip -9 of the text comes within 1% of gzip -9 of the bytes.
//
// The alphabet is printable ASCII without `"`, `\` (the text sits in a
// double-quoted literal) and `<` (no "</script" in a page that inlines it).
// The file stays ASCII, so the page's charset cannot garble it.
//
//   const { text, order } = encodeBytes(bytes);   // at build time
//   decodeBytes(text, order, bytes.length)         // in the reader's browser
//
// `order` lists the byte values by their symbol's rank, as a 512-character
// hex string. decodeBytes is inlined into the builds by its source
// (decodeBytes.toString()), so it uses nothing outside itself.

export const ALPHABET = (() => {
  let s = "";
  for (let c = 0x20; c < 0x7f; ++c) if (c !== 0x22 && c !== 0x5c && c !== 0x3c) s += String.fromCharCode(c);
  return s;
})();
// Two escape characters: 90 one-character symbols and 2 x 92 two-character
// ones cover the 256 byte values (one escape would leave 91 + 92 < 256).
export const ESCAPES = 2;

export function encodeBytes(bytes) {
  const n = ALPHABET.length, single = n - ESCAPES;
  const freq = new Array(256).fill(0);
  for (const b of bytes) freq[b]++;
  // Most frequent first; ties by value, so the output is deterministic.
  const order = [...Array(256).keys()].sort((a, b) => freq[b] - freq[a] || a - b);
  const symbol = new Array(256);
  order.forEach((b, rank) => {
    if (rank < single) {
      symbol[b] = ALPHABET[rank];
    } else {
      const k = rank - single;
      symbol[b] = ALPHABET[single + Math.floor(k / n)] + ALPHABET[k % n];
    }
  });
  const parts = new Array(bytes.length);
  for (let i = 0; i < bytes.length; ++i) parts[i] = symbol[bytes[i]];
  return { text: parts.join(""), order: order.map((b) => b.toString(16).padStart(2, "0")).join("") };
}

// The inverse of encodeBytes. Throws on text that encodeBytes cannot have
// written (a character outside the alphabet, a dangling escape, a length
// other than `length`): a corrupted build fails loudly, not as a wasm
// compile error about some byte.
export function decodeBytes(text, order, length) {
  const alphabet = [];
  for (let c = 0x20; c < 0x7f; ++c) if (c !== 0x22 && c !== 0x5c && c !== 0x3c) alphabet.push(c);
  const n = alphabet.length, single = n - 2;
  const rankOf = new Int16Array(128).fill(-1);
  for (let r = 0; r < n; ++r) rankOf[alphabet[r]] = r;
  const byteOf = new Uint8Array(256);
  for (let r = 0; r < 256; ++r) byteOf[r] = parseInt(order.substr(2 * r, 2), 16);
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i < text.length; ++i) {
    let r = rankOf[text.charCodeAt(i) & 127];
    if (r < 0 || text.charCodeAt(i) > 127) throw new Error("newsann: the embedded module is corrupt");
    if (r >= single) {
      const k = ++i < text.length && text.charCodeAt(i) < 128 ? rankOf[text.charCodeAt(i)] : -1;
      r = single + (r - single) * n + k;
      if (k < 0 || r > 255) throw new Error("newsann: the embedded module is corrupt");
    }
    if (o === length) throw new Error("newsann: the embedded module is corrupt");
    out[o++] = byteOf[r];
  }
  if (o !== length) throw new Error("newsann: the embedded module is corrupt");
  return out;
}
