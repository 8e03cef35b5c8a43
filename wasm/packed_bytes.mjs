// How the single-file builds carry the .wasm: gzip'd by Zopfli, as base64.
//
// A single-file build is text, and whatever serves it gzips it again. So the
// bytes go in already compressed by Zopfli (google/zopfli through the npm
// package @gfx/zopfli, a devDependency: build time only), which finds a
// deflate stream about 6% smaller than gzip -9's, and as base64, whose 64
// symbols the outer gzip codes back to 6 bits each: the outer gzip adds
// well under 1% to the packed bytes. The reader's browser inflates them with
// its own DecompressionStream, so no decompressor ships.
//
// Measured on the .wasm of 2026-11-29 (728 KB): gzip -9 of the bytes
// 296.3 KB; Zopfli 278.3 KB; gzip -9 of its base64 279.4 KB. The code this
// replaced (one text symbol per byte, so that the outer gzip saw the bytes'
// repeats) came to 298.2 KB.
//
//   const text = await packBytes(bytes);       // at build time
//   await unpackBytes(text, bytes.length)      // in the reader's browser
//
// The text is base64: ASCII without `"`, `\` or `<`, so it sits in a
// double-quoted literal, and no "</script" appears in a page that inlines
// it. unpackBytes is inlined into the builds by its source
// (unpackBytes.toString()), so it uses nothing outside itself.
import zopfli from "@gfx/zopfli";

export async function packBytes(bytes) {
  const packed = await zopfli.gzipAsync(Buffer.from(bytes), { numiterations: 15 });
  return Buffer.from(packed).toString("base64");
}

// The inverse of packBytes. Throws a clear error where it cannot give back
// exactly `length` bytes: text packBytes cannot have written (not base64,
// a broken gzip stream, a wrong length: a corrupted build fails loudly, not
// as a wasm compile error about some byte), or an environment without
// DecompressionStream (browsers since 2020-2023, Node 18).
export async function unpackBytes(text, length) {
  const corrupt = (cause) => new Error("newsann: the embedded module is corrupt", { cause });
  if (typeof DecompressionStream !== "function") {
    throw new Error("newsann: this environment has no DecompressionStream to unpack the embedded module; " +
                    "use the standard build (newsann.mjs + newsann.wasm)");
  }
  let binary;
  try {
    binary = atob(text);
  } catch (e) {
    throw corrupt(e);
  }
  const packed = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; ++i) packed[i] = binary.charCodeAt(i);
  // Into an array of the known length, chunk by chunk, through the stream's
  // own reader: in Chromium a third of the time of a Blob or Response
  // around the stream (7 ms against 13 for this .wasm).
  const bytes = new Uint8Array(length);
  let n = 0;
  try {
    const inflate = new DecompressionStream("gzip");
    const writer = inflate.writable.getWriter();
    // Their failure is the reader's too (a broken stream), reported below.
    writer.write(packed).catch(() => {});
    writer.close().catch(() => {});
    const reader = inflate.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value.length > length - n) throw corrupt();
      bytes.set(value, n);
      n += value.length;
    }
  } catch (e) {
    throw corrupt(e);
  }
  if (n !== length) throw corrupt();
  return bytes;
}
