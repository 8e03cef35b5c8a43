// TypeScript declarations for newsann-widget (dist/newsann-widget.js).
// The annotation document's types are the annotator's (annotator.d.ts,
// docs/schema.md of the newsann repository): offsets are UTF-16 code units
// into the block texts, `texts[span.block].slice(span.start, span.end)`.
import type { Annotation, FigureValue, ClaimKind } from './annotator.js';

export type { Annotation } from './annotator.js';

export type Layer = 'actors' | 'figures' | 'claims';
export type PanelPosition = 'right' | 'left' | 'inline' | 'none';
export type ExportFormat = 'json' | 'csv' | 'markdown';

/** Highlight colours, "#rrggbb" only; other values are ignored. */
export interface WidgetColors {
  person?: string;
  organization?: string;
  place?: string;
  group?: string;
  figure?: string;
  claim?: string;
  'claim-source'?: string;
  'claim-cue'?: string;
}

export interface WidgetOptions {
  /** The visible layers: names (`['actors', 'claims']`), flags (`{figures: false}`) or `"actors claims"`. Default: all. */
  layers?: readonly Layer[] | Partial<Record<Layer, boolean>> | string;
  colors?: WidgetColors | string;
  /** Where the panel goes. Default 'right' (a drawer opened by a tab at the right edge). */
  panel?: PanelPosition;
  /** Drawer or inline details open at first. Default false. */
  open?: boolean;
  /** Publication date "YYYY-MM-DD" for relative dates; default: the page's metadata (article:published_time, …). */
  date?: string;
  /** URL of newsann.wasm. Default: beside newsann-widget.js. */
  wasm?: string | URL;
}

export interface AnnotatedDetail {
  /** e.g. {claims: 12, sources: 7, unsourced: 3, text: "12 claims from 7 sources, 3 unsourced"} */
  summary: { claims: number; sources: number; unsourced: number; text: string };
  counts: { entities: number; actors: number; figures: number; claims: number };
  /** The annotation document (annotateBlocks over `texts`); null when the element has no text. */
  document: Annotation | null;
  /** The article's text blocks, as annotated. */
  texts: string[];
  timing: Record<string, number> | null;
}

export interface SelectDetail {
  /** "a3" actor, "f0" figure, "c2" claim content, "c2s" its source, "c2q" its cue. */
  id: string;
  layer: Layer;
  /** Actor type, figure kind, or 'claim' | 'source' | 'cue'. */
  type: string;
  text: string;
  block: number;
  start: number;
  end: number;
  entity?: { id: string; name: string | null };
  value?: FigureValue;
  sourced?: boolean;
  claim?: { index: number; kind: ClaimKind; source: string | null };
}

export interface ErrorDetail {
  /** For a person, e.g. that the page's CSP does not allow WebAssembly. */
  message: string;
}

export interface WidgetEventMap {
  annotated: CustomEvent<AnnotatedDetail>;
  select: CustomEvent<SelectDetail>;
  error: CustomEvent<ErrorDetail>;
}

export interface WidgetController {
  /** Resolves after the first annotation is painted; rejects when the module cannot load. */
  readonly ready: Promise<AnnotatedDetail>;
  readonly element: Element;
  readonly document: Annotation | null;
  readonly summary: AnnotatedDetail['summary'] | null;
  addEventListener<K extends keyof WidgetEventMap>(type: K, listener: (ev: WidgetEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof WidgetEventMap>(type: K, listener: (ev: WidgetEventMap[K]) => void,
    options?: boolean | EventListenerOptions): void;
  /** Scrolls to an item, flashes it and shows its card; fires 'select'. */
  select(id: string): boolean;
  /** The next (1) or previous (-1) claim. */
  nextClaim(direction?: 1 | -1): boolean;
  setLayer(layer: Layer, visible: boolean): void;
  setColors(colors: WidgetColors): void;
  openPanel(): void;
  closePanel(): void;
  /** Annotates again (the widget also does when the article's text changes). */
  refresh(): Promise<void | AnnotatedDetail>;
  /** The annotations as a file's text; null before the first annotation. */
  export(format: ExportFormat): { filename: string; mime: string; text: string } | null;
  /** Removes highlights, panel and listeners. */
  destroy(): void;
}

/** Annotates the article in `element`. Returns at once; listen for 'annotated' or await `ready`. */
export function annotate(element: Element, options?: WidgetOptions): WidgetController;

/** <article-annotator>: attributes for, panel, layers, colors, date, wasm, open. */
export class ArticleAnnotatorElement extends HTMLElement {
  readonly controller: WidgetController | null;
  addEventListener<K extends keyof WidgetEventMap>(type: K, listener: (this: ArticleAnnotatorElement, ev: WidgetEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: ArticleAnnotatorElement, ev: HTMLElementEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** Defines the element under another name (done for 'article-annotator' on import). */
export function defineElement(name?: string, registry?: CustomElementRegistry): CustomElementConstructor | null;

export function parseLayers(value: WidgetOptions['layers']): Record<Layer, boolean>;
export function parseColors(value: WidgetColors | string | null | undefined): WidgetColors;

declare global {
  interface HTMLElementTagNameMap {
    'article-annotator': ArticleAnnotatorElement;
  }
}
