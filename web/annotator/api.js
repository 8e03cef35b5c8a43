// The newsann JavaScript API: createAnnotator() and the annotator it returns.
// Types: newsann.d.ts. Manual: README.md in this folder.
//
// This file is not loaded on its own. wasm/assemble.mjs places it after
//   - a prelude defining newsannWasmSource(): where the wasm bytes are, a URL
//     beside the script (standard build) or a promise of the bytes, unpacked
//     from the script itself (single-file builds), and
//   - the Emscripten glue, which defines the factory NewsannModule,
// and before the lines that export createAnnotator (ES module) or set the
// global `newsann` (classic script). So it uses no import, no export and
// no import.meta, and runs unchanged in a page, a worker, an extension
// service worker and Node.
//
// The module's C ABI (wasm/abi.h) takes and returns UTF-8 in its own heap;
// this file moves strings in and results out (JSON text, or for the calls
// that return objects the compact layout of wasm/compact.h), and owns every
// buffer it allocates there: each is freed before the call returns,
// whatever happens.
//
// Robustness. The core never throws; bad input comes back as an error
// document. The one failure it cannot report is running out of memory
// (C++'s operator new then aborts, which traps). A trap leaves that
// instance's heap in an unknown state, so the annotator drops it and
// carries on with a fresh instance of the already-compiled module; the call
// that trapped returns an error ("out_of_memory" or "internal"). The same
// mechanism returns memory: wasm memory never shrinks, so after an input
// that grew the heap past `retainMemory` the instance is replaced too.

const SCHEMA_VERSION = 1;

const newsannLimits = {
  page: 65536,
  initialMemory: 16 * 1024 * 1024, // the glue's INITIAL_MEMORY: the module's minimum
  maxMemory: 2 * 1024 * 1024 * 1024, // the link's MAXIMUM_MEMORY
  defaultRetainMemory: 64 * 1024 * 1024,
};

// ---- errors ------------------------------------------------------------------

// An error document, shaped like the core's error_json().
function newsannError(code, message, byteOffset = 0) {
  return { schema: SCHEMA_VERSION, error: { code, message, byte_offset: byteOffset } };
}

function newsannDescribe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

// Reads {date} from the per-call options; returns [date, error].
function newsannCallOptions(options) {
  if (options === undefined || options === null) return ["", null];
  if (typeof options !== "object") {
    return ["", newsannError("invalid_argument", `options must be an object, got ${newsannDescribe(options)}`)];
  }
  const date = options.date;
  if (date === undefined || date === null || date === "") return ["", null];
  if (typeof date !== "string") {
    return ["", newsannError("invalid_argument",
                             `options.date must be a "YYYY-MM-DD" string, got ${newsannDescribe(date)}`)];
  }
  return [date, null];
}

// ---- loading the wasm --------------------------------------------------------

const newsannIsNode = typeof process === "object" && process !== null &&
                      typeof process.versions === "object" && typeof process.versions.node === "string";

// Compiled modules by source, so that many annotators (and every instance
// replacement) compile the wasm once.
const newsannCompiled = new Map();

async function newsannFetchBytes(url) {
  if (newsannIsNode && url.protocol === "file:") {
    // Node's fetch() cannot read file: URLs. A computed specifier keeps
    // bundlers from trying to resolve a Node built-in for the browser.
    const fsName = "node:fs/promises";
    const fs = await import(fsName);
    return fs.readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function newsannCompile(source) {
  source = await source;  // the single-file builds unpack their bytes first
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
  const base = globalThis.location?.href ?? (newsannIsNode ? `file://${process.cwd()}/` : undefined);
  const url = source instanceof URL ? source : new URL(String(source), base);
  if (typeof WebAssembly.compileStreaming === "function" && url.protocol !== "file:" &&
      typeof fetch === "function") {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
      return await WebAssembly.compileStreaming(response);
    } catch (e) {
      // A server that sends the wrong MIME type fails streaming: fall back
      // to compiling the bytes. Any other failure repeats below and throws.
    }
  }
  return WebAssembly.compile(await newsannFetchBytes(url));
}

function newsannCompiledModule(source) {
  const key = source ?? "default";
  if (typeof key === "object" && !(key instanceof URL)) return newsannCompile(key);
  const id = String(key);
  let promise = newsannCompiled.get(id);
  if (!promise) {
    promise = newsannCompile(source ?? newsannWasmSource());
    promise.catch(() => newsannCompiled.delete(id));  // let a later call retry
    newsannCompiled.set(id, promise);
  }
  return promise;
}

// One instance of the compiled module with its own memory, through the
// Emscripten glue. sync: instantiate now (new WebAssembly.Instance), or
// return null where the environment forbids it (a page's main thread may
// refuse to instantiate large modules synchronously). Otherwise a promise.
function newsannInstantiate(compiled, maxMemory, sync) {
  const memory = new WebAssembly.Memory({
    initial: newsannLimits.initialMemory / newsannLimits.page,
    maximum: maxMemory / newsannLimits.page,
  });
  // Record failed growth, to tell "out of memory" from other traps.
  const state = { memory, growFailed: false };
  const grow = memory.grow.bind(memory);
  memory.grow = (pages) => {
    try {
      return grow(pages);
    } catch (e) {
      state.growFailed = true;
      throw e;
    }
  };
  let failure = null;
  let rejectLater = null;
  const moduleArg = {
    wasmMemory: memory,
    print() {},
    printErr() {},
    instantiateWasm(imports, receive) {
      if (sync) {
        try {
          receive(new WebAssembly.Instance(compiled, imports), compiled);
        } catch (e) {
          failure = e;
        }
      } else {
        WebAssembly.instantiate(compiled, imports).then(
          (instance) => receive(instance, compiled), (e) => rejectLater(e));
      }
      return {};
    },
  };
  if (sync) {
    NewsannModule(moduleArg);
    if (failure || typeof moduleArg._newsann_annotate !== "function") return null;
    state.module = moduleArg;
    return state;
  }
  return new Promise((resolve, reject) => {
    rejectLater = reject;
    NewsannModule(moduleArg).then(() => {
      state.module = moduleArg;
      resolve(state);
    }, reject);
  });
}

// ---- moving strings in and JSON out -----------------------------------------

const newsannEncoder = new TextEncoder();
const newsannDecoder = new TextDecoder();
// wasm/abi.h NEWSANN_COMPACT: the result in the compact layout.
const newsannCompact = 2;

// Writes the strings back to back as UTF-8 into one buffer of the heap.
// Lone surrogates become U+FFFD (one UTF-16 unit for one), so UTF-16
// offsets into the encoded text equal offsets into the JavaScript string.
// Returns {ptr, lengths} (the caller frees ptr) or null when the heap is full.
function newsannWriteStrings(m, strings) {
  let units = 0;
  for (const s of strings) units += s.length;
  // Exact for ASCII-heavy text; grown below when a string needs more
  // (at most 3 bytes per UTF-16 unit).
  let cap = units <= 65536 ? units * 3 + 1 : units + (units >>> 3) + 64;
  let ptr = m._newsann_alloc(cap);
  if (!ptr) return null;
  let at = 0;
  const lengths = new Array(strings.length);
  for (let i = 0; i < strings.length; ++i) {
    let s = strings[i];
    const start = at;
    for (;;) {
      const { read, written } = newsannEncoder.encodeInto(s, m.HEAPU8.subarray(ptr + at, ptr + cap));
      at += written;
      if (read === s.length) break;
      s = s.substring(read);
      let rest = s.length * 3;
      for (let j = i + 1; j < strings.length; ++j) rest += strings[j].length;
      const bigger = m._newsann_alloc(at + rest);
      if (!bigger) {
        m._newsann_free(ptr);
        return null;
      }
      m.HEAPU8.copyWithin(bigger, ptr, ptr + at);
      m._newsann_free(ptr);
      ptr = bigger;
      cap = at + rest;
    }
    lengths[i] = at - start;
  }
  return { ptr, lengths };
}

// Takes the NUL-terminated JSON at ptr and frees it.
function newsannTakeJSON(m, ptr) {
  try {
    const heap = m.HEAPU8;
    const end = heap.indexOf(0, ptr);
    return newsannDecoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
  } finally {
    m._newsann_free(ptr);
  }
}

// JSON.parse that cannot throw: a document too large to hold as objects
// becomes an error document.
function newsannParse(json) {
  try {
    return JSON.parse(json);
  } catch (e) {
    return newsannError("too_large", `the result is too large to return as objects (${e && e.message})`);
  }
}

// A result as objects: the compact layout (wasm/compact.h) read straight
// into the objects JSON.parse would make of the JSON, key for key; an error
// document (JSON, first byte '{') parsed. Frees ptr.
function newsannTakeResult(m, ptr) {
  if (m.HEAPU8[ptr] === 0x7b) return newsannParse(newsannTakeJSON(m, ptr));
  try {
    return newsannReadCompact(m, ptr);
  } finally {
    m._newsann_free(ptr);
  }
}

const newsannStringsDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

function newsannReadCompact(m, ptr) {
  const w = m.HEAPU32;
  const h = ptr >>> 2;
  if (w[h] !== 0x3143414e) throw new Error("not a compact result");
  const perBlock = (w[h + 1] & 1) !== 0;
  const stringsAt = ptr + w[h + 11];
  const strings = newsannStringsDecoder.decode(m.HEAPU8.subarray(stringsAt, stringsAt + w[h + 12]));
  const numbers = new DataView(m.HEAPU8.buffer, ptr + w[h + 9], w[h + 10] * 8);
  let p = h + 13;  // the next word
  let q = 0;       // the next number
  const str = () => {
    const at = w[p];
    p += 2;
    return strings.slice(at, at + w[p - 1]);
  };
  // As JSON has them: non-finite numbers null, -0 as 0.
  const num = () => {
    const x = numbers.getFloat64(8 * q++, true);
    return Number.isFinite(x) ? (x === 0 ? 0 : x) : null;
  };
  const span = () => {
    const s = perBlock ? { block: w[p], start: w[p + 1], end: w[p + 2] } : { start: w[p + 1], end: w[p + 2] };
    p += 3;
    return s;
  };
  const names = [];
  for (let k = 0, at = h + w[h + 3]; k < w[h + 4]; ++k, at += 2) names.push(strings.slice(w[at], w[at] + w[at + 1]));

  const doc = { schema: SCHEMA_VERSION };
  if (perBlock) doc.blocks = w[h + 2];
  const entities = (doc.entities = []);
  for (let k = w[h + 5]; k > 0; --k) {
    const id = str();
    const name = str();
    const type = names[w[p]];
    const mentions = [];
    for (let n = w[p + 1], at = p + 2; n > 0; --n, ++at) mentions.push(w[at]);
    p += 2 + mentions.length;
    entities.push({ id, name, type, mentions });
  }
  const actors = (doc.actors = []);
  for (let k = w[h + 6]; k > 0; --k) {
    const a = span();
    a.type = names[w[p]];
    a.entity = entities[w[p + 1]].id;
    if (w[p + 2]) a.pronoun = true;
    p += 3;
    actors.push(a);
  }
  const figures = (doc.figures = []);
  for (let k = w[h + 7]; k > 0; --k) {
    const f = span();
    f.kind = names[w[p]];
    const has = w[p + 1];
    p += 2;
    const value = {};
    if (has & 1) value.number = num();
    if (has & 2) value.min = num();
    if (has & 4) value.max = num();
    if (has & 8) value.approx = true;
    if (has & 16) value.unit = str();
    if (has & 32) value.iso = str();
    f.value = value;
    figures.push(f);
  }
  const claims = (doc.claims = []);
  for (let k = w[h + 8]; k > 0; --k) {
    const kind = names[w[p++]];
    let source = null;
    if (w[p++]) {
      source = span();
      source.entity = w[p] === 0xffffffff ? null : entities[w[p]].id;
      ++p;
    }
    const cue = w[p++] ? span() : null;
    claims.push({ kind, source, cue, content: span() });
  }
  return doc;
}

// A document as the caller asked for it: objects, or JSON text.
function newsannOut(doc, objects) {
  return objects ? doc : JSON.stringify(doc);
}

// ---- the annotator -------------------------------------------------------------

class NewsannAnnotator {
  #compiled;
  #maxMemory;
  #retainMemory;
  #current = null;      // {module, memory, growFailed}
  #replacing = null;    // promise of the next instance, when done asynchronously
  #closed = false;

  constructor(compiled, first, maxMemory, retainMemory) {
    this.#compiled = compiled;
    this.#current = first;
    this.#maxMemory = maxMemory;
    this.#retainMemory = retainMemory;
  }

  get schema() {
    return SCHEMA_VERSION;
  }

  // Bytes of memory the current instance holds (its heap; it grows, and is
  // returned by replacing the instance once above retainMemory).
  get memoryBytes() {
    return this.#current ? this.#current.memory.buffer.byteLength : 0;
  }

  annotate(text, options) {
    return this.#annotate(text, options, true);
  }

  annotateJSON(text, options) {
    return this.#annotate(text, options, false);
  }

  annotateBlocks(blocks, options) {
    // The core's result carries `blocks` and every span's `block` (docs/schema.md).
    return this.#annotateBlocks(blocks, options, true);
  }

  annotateBlocksJSON(blocks, options) {
    return this.#annotateBlocks(blocks, options, false);
  }

  // objects: return objects (read from the module's compact result) or,
  // false, the JSON text.
  #annotate(text, options, objects) {
    if (text instanceof String) text = String(text);
    if (typeof text !== "string") {
      return newsannOut(newsannError("invalid_argument", `text must be a string, got ${newsannDescribe(text)}`), objects);
    }
    const [date, bad] = newsannCallOptions(options);
    if (bad) return newsannOut(bad, objects);
    return this.#run([text], date, objects, (m, ptr, lengths, datePtr, dateLen, flags) =>
      m._newsann_annotate(ptr, lengths[0], datePtr, dateLen, flags));
  }

  #annotateBlocks(blocks, options, objects) {
    if (!Array.isArray(blocks)) {
      return newsannOut(newsannError("invalid_argument", `blocks must be an array of strings, got ${newsannDescribe(blocks)}`), objects);
    }
    const texts = new Array(blocks.length);
    for (let i = 0; i < blocks.length; ++i) {
      const b = blocks[i];
      if (typeof b === "string" || b instanceof String) {
        texts[i] = String(b);
      } else {
        return newsannOut(newsannError("invalid_argument", `block ${i} must be a string, got ${newsannDescribe(b)}`), objects);
      }
    }
    const [date, bad] = newsannCallOptions(options);
    if (bad) return newsannOut(bad, objects);
    return this.#run(texts, date, objects, (m, ptr, lengths, datePtr, dateLen, flags) => {
      const lengthsPtr = m._newsann_alloc(4 * Math.max(1, lengths.length));
      if (!lengthsPtr) return 0;
      try {
        m.HEAPU32.set(lengths, lengthsPtr >>> 2);
        return m._newsann_annotate_blocks(ptr, lengthsPtr, lengths.length, datePtr, dateLen, flags);
      } finally {
        m._newsann_free(lengthsPtr);
      }
    });
  }

  // Frees the instance. Later calls return an "internal" error.
  close() {
    this.#closed = true;
    this.#current = null;
  }

  // Encodes the texts (and the date, last), calls the module, returns the
  // result as objects or as JSON text.
  #run(texts, date, objects, call) {
    if (this.#closed) return newsannOut(newsannError("internal", "the annotator is closed"), objects);
    let units = 0;
    for (const t of texts) units += t.length;
    const limit = newsannLimits.maxInput;
    if (units > limit) {
      return newsannOut(newsannError("too_large",
        `input of ${units} UTF-16 units exceeds the limit of ${limit} bytes`), objects);
    }
    const instance = this.#instance();
    if (!instance) {
      return newsannOut(newsannError("internal", "the annotator is restarting after a failure; try again"), objects);
    }
    const m = instance.module;
    const stack = m.stackSave();
    instance.growFailed = false;
    let input = null;
    let out = 0;
    let inModule = true;  // false once the result is out of the module
    try {
      input = newsannWriteStrings(m, date ? [...texts, date] : texts);
      if (!input) return newsannOut(this.#outOfMemory(instance, units), objects);
      const lengths = date ? input.lengths.slice(0, -1) : input.lengths;
      let dateAt = 0;
      for (const n of lengths) dateAt += n;
      out = call(m, input.ptr, lengths, date ? input.ptr + dateAt : 0, date ? input.lengths.at(-1) : 0,
                 objects ? newsannCompact : 0);
      if (!out) return newsannOut(this.#outOfMemory(instance, units), objects);
      inModule = false;
      const taken = out;
      out = 0;  // taken frees it, whatever happens
      return objects ? newsannTakeResult(m, taken) : newsannTakeJSON(m, taken);
    } catch (e) {
      if (!inModule) {
        // The result did not fit in a JavaScript string (or, read as
        // objects, in the JavaScript heap); a result that cannot be read at
        // all would be a bug.
        const tooLarge = !objects || e instanceof RangeError;
        return newsannOut(tooLarge ? newsannError("too_large", `the result is too large to return (${e && e.message})`)
          : newsannError("internal", `the result could not be read (${e && e.message})`), objects);
      }
      // A trap inside the module: its heap is in an unknown state.
      const oom = instance.growFailed;
      this.#replace(instance);
      return newsannOut(oom ? this.#outOfMemoryError(units)
        : newsannError("internal", `the annotator failed (${e && e.message}); it has been restarted`), objects);
    } finally {
      if (this.#current === instance) {
        m.stackRestore(stack);
        if (out) m._newsann_free(out);
        if (input) m._newsann_free(input.ptr);
        if (instance.memory.buffer.byteLength > this.#retainMemory) this.#replace(instance);
      }
    }
  }

  #outOfMemoryError(units) {
    return newsannError("out_of_memory",
      `out of memory annotating ${units} UTF-16 units (maxMemory ${this.#maxMemory} bytes)`);
  }

  #outOfMemory(instance, units) {
    // malloc returned NULL: the heap is consistent, but full; start afresh.
    this.#replace(instance);
    return this.#outOfMemoryError(units);
  }

  // Drops `instance` for a fresh one.
  #replace(instance) {
    if (this.#current !== instance) return;
    this.#current = null;
    this.#instance();
  }

  // The current instance, making one if there is none: now where the
  // environment allows synchronous instantiation (Node, workers, Chromium's
  // main thread), else in the background, returning null meanwhile. Never
  // throws: failing to make one (no memory for even the initial heap) only
  // means trying again on the next call.
  #instance() {
    if (this.#current || this.#closed) return this.#current;
    try {
      this.#current = newsannInstantiate(this.#compiled, this.#maxMemory, true);
    } catch {
      this.#current = null;
    }
    if (this.#current || this.#replacing) return this.#current;
    try {
      this.#replacing = newsannInstantiate(this.#compiled, this.#maxMemory, false).then(
        (fresh) => {
          this.#replacing = null;
          if (!this.#closed && !this.#current) this.#current = fresh;
        },
        () => {
          this.#replacing = null;
        });
    } catch {
      this.#replacing = null;
    }
    return null;
  }
}

// A sentence that wakes every recognizer: annotating it once builds the
// lexicons and has the engine compile the hot code, which otherwise lands
// on the first real call (about 0.2 s in V8, against ~10 ms natively).
const newsannWarmUpText =
  "On 3 May 2021, Dr. Jane Smith of the World Health Organization told reporters in Paris that " +
  "25% of the 1,200 people had left, according to officials. \u201cWe will stay,\u201d she said.";

// Creates an annotator. Options (all optional):
//   wasm          where the .wasm is: a URL or path string, an ArrayBuffer or
//                 typed array of its bytes, or a compiled WebAssembly.Module.
//                 Default: newsann.wasm beside this script (standard build),
//                 or the bytes inside it (single-file builds).
//   maxMemory     the most memory one instance may take, in bytes (default
//                 and ceiling 2 GiB; at least 32 MiB). Beyond it a call
//                 returns an "out_of_memory" error.
//   retainMemory  after a call leaves the heap larger than this (bytes,
//                 default 64 MiB), the instance is replaced by a fresh one,
//                 so that one huge page does not hold memory for ever.
//   warm          annotate a short sentence before resolving (default
//                 true), so that the first real call is as fast as the rest.
async function createAnnotator(options = {}) {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`createAnnotator: options must be an object, got ${newsannDescribe(options)}`);
  }
  const page = newsannLimits.page;
  let maxMemory = options.maxMemory ?? newsannLimits.maxMemory;
  if (typeof maxMemory !== "number" || !(maxMemory >= 2 * newsannLimits.initialMemory)) {
    throw new RangeError(`createAnnotator: maxMemory must be a number of bytes >= ${2 * newsannLimits.initialMemory}`);
  }
  maxMemory = Math.min(newsannLimits.maxMemory, Math.floor(maxMemory / page) * page);
  const retainMemory = options.retainMemory ?? newsannLimits.defaultRetainMemory;
  if (typeof retainMemory !== "number" || !(retainMemory >= 0)) {
    throw new RangeError("createAnnotator: retainMemory must be a number of bytes");
  }
  const compiled = await newsannCompiledModule(options.wasm);
  const first = await newsannInstantiate(compiled, maxMemory, false);
  if (newsannLimits.maxInput === undefined) newsannLimits.maxInput = first.module._newsann_max_input_bytes();
  const annotator = new NewsannAnnotator(compiled, first, maxMemory, retainMemory);
  if (options.warm ?? true) annotator.annotateJSON(newsannWarmUpText);
  return annotator;
}
