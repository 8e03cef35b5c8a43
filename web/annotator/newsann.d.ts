// TypeScript declarations for the newsann JavaScript API, for every build:
// newsann.mjs (+ newsann.wasm), newsann.single.mjs, and newsann.single.js
// (whose global `newsann` has this module's exports).
//
// The documents are docs/schema.md (schema 1), the same JSON the native CLI
// prints, as objects. Offsets are UTF-16 code units: JavaScript string
// indices, `text.slice(span.start, span.end)`.

/** The schema version of every document (docs/schema.md). */
export const SCHEMA_VERSION: 1;

export type ActorType = "person" | "organization" | "place" | "group";
export type FigureKind =
  | "count" | "money" | "percent" | "quantity" | "date" | "time"
  | "duration" | "age" | "range" | "ordinal";
export type ClaimKind = "direct" | "indirect" | "according_to" | "mixed";

/** [start, end) in UTF-16 code units. From annotateBlocks, relative to `block`. */
export interface Span {
  start: number;
  end: number;
  /** Index of the block the span lies in; present (always) from annotateBlocks. */
  block?: number;
}

export interface Entity {
  /** "e1", "e2", ... in order of first mention. */
  id: string;
  /** Canonical name: the longest proper name used for the referent. */
  name: string;
  type: ActorType;
  /** Indices into Annotation.actors, in reading order. */
  mentions: number[];
}

export interface Actor extends Span {
  type: ActorType;
  /** An Entity id. */
  entity: string;
  /** Present and true for a pronoun that is a claim's source. */
  pronoun?: true;
}

/** Which fields are set depends on the kind: docs/schema.md. */
export interface FigureValue {
  number?: number;
  min?: number;
  max?: number;
  approx?: true;
  /** ISO 4217 code (money), "%", a unit symbol ("km"), or "year"/"day"/... */
  unit?: string;
  /** Dates "2021-11-18", "2021-11", "2021", "--11-18"; times "09:30". */
  iso?: string;
}

export interface Figure extends Span {
  kind: FigureKind;
  value: FigureValue;
}

export interface ClaimSource extends Span {
  /** An Entity id, or null when the source could not be linked. */
  entity: string | null;
}

export interface Claim {
  kind: ClaimKind;
  /** Who said it; null for an unsourced quote. */
  source: ClaimSource | null;
  /** The attribution word or phrase; null for a quote continuing into a new paragraph. */
  cue: Span | null;
  /** What was said. */
  content: Span;
}

/** The annotation of one text (annotate) or of a list of blocks (annotateBlocks). */
export interface Annotation {
  schema: 1;
  /** Number of blocks; present (always) from annotateBlocks. */
  blocks?: number;
  entities: Entity[];
  actors: Actor[];
  figures: Figure[];
  claims: Claim[];
  error?: never;
}

export type ErrorCode =
  /** A non-string text or block, a non-array of blocks, options not an object. */
  | "invalid_argument"
  /** options.date is not a valid "YYYY-MM-DD" date. */
  | "invalid_date"
  /** Invalid UTF-8 (cannot come from a JavaScript string). */
  | "invalid_utf8"
  /** More than 256 MiB of text, or a result too long for a JavaScript string. */
  | "too_large"
  /** The input needed more memory than maxMemory; the annotator has been restarted. */
  | "out_of_memory"
  /** A failure inside the module (a bug; the annotator has been restarted), or a closed annotator. */
  | "internal";

/** What a call returns instead of an Annotation when it cannot annotate. */
export interface AnnotationFailure {
  schema: 1;
  error: {
    code: ErrorCode;
    /** One line, for a person. */
    message: string;
    /** The byte offset of invalid input, where there is one; else 0. */
    byte_offset: number;
  };
}

export type AnnotateResult = Annotation | AnnotationFailure;

export interface AnnotateOptions {
  /**
   * Publication date "YYYY-MM-DD", to resolve relative dates ("November 18",
   * "last Tuesday"). Absent or "": unknown.
   */
  date?: string | null;
}

export interface Annotator {
  /** 1: the schema of the documents. */
  readonly schema: 1;
  /** Bytes of memory the current wasm instance holds. */
  readonly memoryBytes: number;

  /**
   * Annotates one article. Paragraphs are separated by blank lines; nothing
   * runs across one. Never throws: bad input returns an AnnotationFailure
   * (test with `"error" in result`), and the annotator keeps working.
   */
  annotate(text: string, options?: AnnotateOptions): AnnotateResult;

  /** annotate() as the JSON text (exactly what the native CLI prints), unparsed. */
  annotateJSON(text: string, options?: AnnotateOptions): string;

  /**
   * Annotates text as a page gives it: headings, paragraphs, list items,
   * captions, one string each. No sentence, actor, figure or claim runs
   * across two blocks. Every span has `block` and offsets relative to the
   * start of that block's string. Never throws.
   */
  annotateBlocks(blocks: readonly string[], options?: AnnotateOptions): AnnotateResult;

  /** annotateBlocks() as the JSON text (what the native annotate_blocks() writes), unparsed. */
  annotateBlocksJSON(blocks: readonly string[], options?: AnnotateOptions): string;

  /** Releases the instance; later calls return an "internal" error. */
  close(): void;
}

export interface CreateAnnotatorOptions {
  /**
   * Where the wasm is: a URL (or a path, in Node), its bytes, or a compiled
   * module. Default: newsann.wasm beside newsann.mjs, or the bytes inside a
   * single-file build.
   */
  wasm?: string | URL | ArrayBuffer | ArrayBufferView | WebAssembly.Module;
  /** Most memory one instance may take, in bytes: 32 MiB to 2 GiB (default). */
  maxMemory?: number;
  /** After a call leaves the heap above this many bytes (default 64 MiB), start a fresh instance. */
  retainMemory?: number;
  /**
   * Annotate a short sentence before resolving (default true): builds the
   * lexicons and warms the compiled code, so that the first real call is as
   * fast as the rest (else it takes ~0.2 s more).
   */
  warm?: boolean;
}

/**
 * Loads and instantiates the module (compiled once per wasm source, however
 * many annotators). Rejects only when the wasm cannot be loaded or compiled,
 * or on invalid options.
 */
export function createAnnotator(options?: CreateAnnotatorOptions): Promise<Annotator>;
