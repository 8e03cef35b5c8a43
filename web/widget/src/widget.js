// widget: annotate(element, options) — highlights the actors, figures and
// claims of the article in `element`, with a panel (drawer or inline
// summary) in a shadow root. Returns a controller at once; annotation runs
// when the WebAssembly module is ready.
//
//   const c = annotate(document.querySelector('article'), {
//     layers: ['actors', 'claims'] | { figures: false },
//     colors: { person: '#0072b2', figure: '#e69f00' },
//     panel: 'right' | 'left' | 'inline' | 'none',
//     open: false, date: '2024-03-14', wasm: '/static/newsann.wasm',
//   });
//   c.addEventListener('annotated', (e) => e.detail.summary.text);
//   c.addEventListener('select', (e) => e.detail.id);
//   await c.ready;   c.select('c0');   c.destroy();

import { createPageAnnotator } from '../../lib/page.js';
import { exportAs, download } from '../../lib/export.js';
import { LAYERS } from '../../lib/model.js';
import { findPublicationDate } from '../../lib/content.js';
import { loadEngine, describeLoadError } from './engine.js';
import { createWidgetUi, POSITIONS } from './ui.js';

const COLOR_KEYS = ['person', 'organization', 'place', 'group', 'figure', 'claim', 'claim-cue', 'claim-source'];
const instances = new WeakMap();  // element -> controller
let counter = 0;

// {actors, figures, claims} from an array of names, an object, or a
// space-separated string; unknown names ignored, missing ones on.
export function parseLayers(value) {
  const out = { actors: true, figures: true, claims: true };
  if (value === undefined || value === null || value === '') return out;
  if (typeof value === 'string') value = value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) {
    for (const l of LAYERS) out[l] = value.includes(l);
  } else if (typeof value === 'object') {
    for (const l of LAYERS) if (l in value) out[l] = !!value[l];
  }
  return out;
}

// Only #rrggbb colours for known keys: the values end up in a stylesheet.
export function parseColors(value) {
  if (typeof value === 'string') {
    try { value = JSON.parse(value); } catch { return {}; }
  }
  const out = {};
  if (!value || typeof value !== 'object') return out;
  for (const k of COLOR_KEYS) {
    if (typeof value[k] === 'string' && /^#[0-9a-f]{6}$/i.test(value[k].trim())) out[k] = value[k].trim();
  }
  return out;
}

const validDate = (d) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);

// The event detail for a selected item: plain data, no DOM.
function selectDetail(item, model) {
  const d = { id: item.id, layer: item.layer, type: item.type, text: item.text, block: item.block, start: item.start, end: item.end };
  if (item.entity) {
    const e = model && model.entities.find((x) => x.id === item.entity);
    d.entity = { id: item.entity, name: e ? e.name : null };
  }
  if (item.layer === 'figures' && item.figureRef) {
    d.value = item.figureRef.value;
    d.sourced = item.figureRef.sourced;
  }
  if (item.claim !== undefined && model) {
    const c = model.claims[item.claim];
    d.claim = { index: c.index, kind: c.kind, source: c.sourceLabel || null };
  }
  return d;
}

export function annotate(element, options = {}) {
  if (!element || element.nodeType !== 1) throw new TypeError('annotate(element, options): element must be an Element');
  const existing = instances.get(element);
  if (existing) existing.destroy();
  const doc = element.ownerDocument;
  const o = options || {};
  const position = POSITIONS.includes(o.panel) ? o.panel : 'right';
  const layers = parseLayers(o.layers);
  const colors = parseColors(o.colors);
  const events = new EventTarget();
  const prefix = `newsann-w${++counter}`;
  let pa = null, destroyed = false, lastDetail = null;
  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  ready.catch(() => {});  // an unobserved failure is reported as an 'error' event

  const emit = (type, detail) => {
    const e = new CustomEvent(type, { detail });
    events.dispatchEvent(e);
    if (o.eventTarget) o.eventTarget.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  };
  const meta = () => ({ url: doc.defaultView.location.href, title: (pa && pa.article && pa.article.title
    ? pa.article.title.textContent.trim() : doc.title) || doc.title, date: validDate(o.date) || findPublicationDate(doc) });

  const ui = createWidgetUi({
    doc, position, open: !!o.open, anchor: element, shadow: o.shadow || null,
    onSelect: (id) => { if (pa) pa.select(id); },
    onToggleLayer: (layer, on) => { if (pa) pa.setLayer(layer, on); },
    onExport: (format) => { if (pa && pa.model) download(exportAs(format, pa.model, meta()), doc); },
  });

  const fail = (message) => {
    ui.showError(message);
    emit('error', { message });
  };

  (async () => {
    let engine;
    try {
      engine = await loadEngine(o.wasm || null, doc);
    } catch (e) {
      const message = describeLoadError(e);
      fail(message);
      rejectReady(new Error(message));
      return;
    }
    if (destroyed) return;
    // One 'annotated' per (re)annotation: page.js calls onUpdate after each
    // run (also on selections and toggles: pa.runs tells them apart).
    let runs = 0;
    const report = (p) => {
      if (destroyed || p.runs === runs) return;
      runs = p.runs;
      const m = p.model;
      lastDetail = {
        summary: m ? { ...m.summary } : { claims: 0, sources: 0, unsourced: 0, text: 'No article text found.' },
        counts: m ? { entities: m.entities.length, actors: m.items.filter((i) => i.layer === 'actors').length,
          figures: m.figures.length, claims: m.claims.length } : { entities: 0, actors: 0, figures: 0, claims: 0 },
        document: m ? m.doc : null,
        texts: m ? [...m.texts] : [],
        timing: p.timing ? { ...p.timing } : null,
      };
      emit('annotated', lastDetail);
      resolveReady(lastDetail);
    };
    pa = createPageAnnotator({
      doc, root: element, layers, colors, highlightPrefix: prefix,
      annotate: async (texts, opts) => engine.annotateBlocks(texts, { date: validDate(o.date) || opts.date || undefined }),
      onUpdate: (p) => {
        const snap = p.snapshot();
        ui.update(p.model, { layers: snap.layers, current: snap.current, title: meta().title, truncated: snap.truncated });
        report(p);
      },
      onSelect: (item) => emit('select', selectDetail(item, pa.model)),
      onError: (e) => {
        const message = `newsann: ${e && e.message || e}`;
        fail(message);
        rejectReady(new Error(message));
      },
    });
    await pa.run();
  })();

  const controller = {
    ready,
    element,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    get model() { return pa ? pa.model : null; },
    get document() { return pa && pa.model ? pa.model.doc : null; },
    get summary() { return lastDetail ? lastDetail.summary : null; },
    get panel() { return ui; },
    get pageAnnotator() { return pa; },
    select(id) { return pa ? pa.select(id) : false; },
    nextClaim(dir = 1) { return pa ? pa.nextClaim(dir) : false; },
    setLayer(layer, on) { if (pa) pa.setLayer(layer, on); },
    setColors(next) { if (pa) pa.setColors(parseColors(next)); },
    openPanel() { ui.setOpen(true); },
    closePanel() { ui.setOpen(false); },
    refresh() { return pa ? pa.run() : ready; },
    export(format) { return pa && pa.model ? exportAs(format, pa.model, meta()) : null; },
    destroy() {
      destroyed = true;
      if (pa) pa.stop();
      ui.destroy();
      if (instances.get(element) === controller) instances.delete(element);
    },
  };
  instances.set(element, controller);
  return controller;
}
