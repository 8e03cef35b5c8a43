// <article-annotator>: the widget as markup.
//
//   <article-annotator panel="inline" layers="actors claims">
//     <article> ... </article>                 wraps the article, or
//   </article-annotator>
//   <article-annotator for="#story" panel="right"></article-annotator>
//
// Attributes: for (a CSS selector for the article; default: the element's
// own content), panel (right | left | inline | none; default right),
// layers (the visible ones, space-separated; default all), colors (JSON,
// e.g. {"person":"#0072b2"}), date (YYYY-MM-DD, else the page's metadata),
// wasm (URL of newsann.wasm, default beside the script), open (drawer or
// details open at first).
// Events, fired on the element (bubbling, composed): 'annotated', 'select',
// 'error' — CustomEvents whose detail is documented in the README.
// Changing an attribute re-creates the widget; .controller is the current
// annotate() controller.

import { annotate } from './widget.js';
import { ELEMENT_HOST_CSS } from './ui.js';
import { addShadowCss } from '../../lib/dom.js';

const ATTRIBUTES = ['for', 'panel', 'layers', 'colors', 'date', 'wasm', 'open'];

export class ArticleAnnotatorElement extends HTMLElement {
  static get observedAttributes() { return ATTRIBUTES; }

  constructor() {
    super();
    this._controller = null;
    this._pending = 0;
    this._shadow = null;
  }

  get controller() { return this._controller; }

  connectedCallback() { this._schedule(); }

  disconnectedCallback() {
    cancelAnimationFrame(this._pending);
    this._pending = 0;
    // Moved within the document: connectedCallback starts again.
    if (this._controller) { this._controller.destroy(); this._controller = null; }
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this.isConnected) this._schedule();
  }

  // Once per frame however many attributes change; after the parser has
  // finished, so a wrapped article is complete.
  _schedule() {
    if (this._pending) return;
    const go = () => {
      this._pending = requestAnimationFrame(() => { this._pending = 0; if (this.isConnected) this._start(); });
    };
    if (this.ownerDocument.readyState === 'loading') {
      this._pending = -1;
      this.ownerDocument.addEventListener('DOMContentLoaded', () => { this._pending = 0; go(); }, { once: true });
    } else go();
  }

  _target() {
    const sel = this.getAttribute('for');
    if (!sel) return this;
    try {
      return this.ownerDocument.querySelector(sel);
    } catch {
      return null;
    }
  }

  _start() {
    if (this._controller) { this._controller.destroy(); this._controller = null; }
    const target = this._target();
    if (!this._shadow) this._shadow = this.attachShadow({ mode: 'open' });
    // A wrapping element shows its article through the slot, the panel
    // (inline) above it; with for=, the inline summary sits where the element is.
    this._shadow.replaceChildren();
    this._shadow.adoptedStyleSheets = [];
    addShadowCss(this._shadow, ELEMENT_HOST_CSS);
    if (target === this) this._shadow.append(this.ownerDocument.createElement('slot'));
    if (!target) {
      this.dispatchEvent(new CustomEvent('error', { bubbles: true, composed: true,
        detail: { message: `newsann: no element matches for="${this.getAttribute('for')}"` } }));
      return;
    }
    const panel = this.getAttribute('panel') || 'right';
    this._controller = annotate(target, {
      panel,
      layers: this.getAttribute('layers') ?? undefined,
      colors: this.getAttribute('colors') || undefined,
      date: this.getAttribute('date') || undefined,
      wasm: this.getAttribute('wasm') || undefined,
      open: this.hasAttribute('open'),
      // Inline panels live in this element's shadow root; drawers go to
      // the end of <html> like annotate()'s.
      shadow: panel === 'inline' ? this._shadow : null,
      eventTarget: this,
    });
  }
}

export function defineElement(name = 'article-annotator', registry = globalThis.customElements) {
  if (registry && !registry.get(name)) registry.define(name, class extends ArticleAnnotatorElement {});
  return registry ? registry.get(name) : null;
}
