// panel: the overview of one article's annotations. Renders into any
// container (the extension's side panel page, a widget's shadow root, a
// test page); talks to the page through the handlers it is given.
//
//   const panel = createPanel(container, {
//     onSelect: (itemId) => ...,           // scroll to a span and flash it
//     onToggleLayer: (layer, on) => ...,
//     onExport: (format) => ...,           // 'json' | 'csv' | 'markdown'
//   });
//   panel.update(model, { layers: {actors: true, ...}, current: claimIndex, title,
//                         truncated });   // page.js snapshot().truncated, or null
//
// Sections: a summary line ("12 claims from 7 sources, 3 unsourced"), a
// line saying when the run stopped early ("Stopped after 2.0 s: annotated
// the first 312 of 4,870 paragraphs"),
// per-layer toggles, previous/next claim (buttons, or j/k and n/p keys),
// export, claims grouped by source, entities grouped by type with mention
// counts (each click goes to the next mention), figures in reading order
// with those outside any attributed claim marked "no source given".

import { h } from './dom.js';
import { ACTOR_TYPES, TYPE_LABELS, CLAIM_KIND_LABELS, LAYERS, truncationText } from './model.js';

export const PANEL_CSS = `
.panel { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff;
  padding: 10px 12px; box-sizing: border-box; }
.panel h1 { font-size: 15px; margin: 0 0 2px; }
.panel .summary { font-weight: 600; margin: 0 0 8px; }
.panel .title { color: #5b5b60; margin: 0 0 8px; font-size: 12px; }
.panel .truncated { margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid #e69f00; background: #fff6e0; }
.panel fieldset { border: 0; padding: 0; margin: 0 0 8px; display: flex; gap: 12px; flex-wrap: wrap; }
.panel legend { font-weight: 600; padding: 0; margin-bottom: 2px; }
.panel .row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; margin: 0 0 8px; }
.panel button { font: inherit; padding: 3px 8px; border: 1px solid #b0b0b5; border-radius: 5px; background: #f5f5f7;
  color: inherit; cursor: pointer; }
.panel button:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
.panel details { margin: 8px 0; }
.panel summary { font-weight: 600; cursor: pointer; }
.panel h3 { font-size: 12px; margin: 8px 0 2px; text-transform: uppercase; letter-spacing: 0.04em; color: #5b5b60; }
.panel ul, .panel ol { margin: 2px 0; padding-left: 0; list-style: none; }
.panel li { margin: 1px 0; }
.panel li > button.item { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 3px 6px;
  border-radius: 4px; cursor: pointer; }
.panel li > button.item:hover, .panel li > button.item:focus-visible { background: #e8f2fb; outline: 2px solid #0072b2; }
.panel li > button.item[aria-current="true"] { background: #d4e9f8; }
.panel .count { color: #5b5b60; font-variant-numeric: tabular-nums; }
.panel .badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 8px; background: #fde4d6;
  color: #8a2f00; margin-left: 4px; }
.panel .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.panel .empty { color: #5b5b60; font-style: italic; }
@media (prefers-color-scheme: dark) {
  .panel { color: #f2f2f7; background: #1c1c1e; }
  .panel button { background: #2c2c2e; border-color: #545458; }
  .panel .title, .panel h3, .panel .count, .panel .empty { color: #aeaeb2; }
  .panel li > button.item:hover, .panel li > button.item:focus-visible { background: #2c3a47; outline-color: #6cc4ff; }
  .panel li > button.item[aria-current="true"] { background: #23415a; }
  .panel .badge { background: #5a2a12; color: #ffd2bb; }
  .panel .truncated { background: #3a2e10; }
}`;

const LAYER_LABELS = { actors: 'Actors', figures: 'Figures', claims: 'Claims' };
const SWATCH = { person: '#0072b2', organization: '#d55e00', place: '#009e73', group: '#cc79a7' };
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function createPanel(container, { doc = document, onSelect = () => {}, onToggleLayer = () => {},
                                         onExport = () => {} } = {}) {
  const root = doc.createElement('div');
  root.className = 'panel';
  container.appendChild(root);
  let model = null;
  let state = { layers: { actors: true, figures: true, claims: true }, current: -1, title: '', truncated: null };
  const entityCursor = new Map();

  const selectClaim = (index) => {
    if (!model || !model.claims.length) return;
    const n = model.claims.length;
    state.current = ((index % n) + n) % n;
    render();
    onSelect(`c${state.current}`);
  };
  const next = () => selectClaim(state.current < 0 ? 0 : state.current + 1);
  const previous = () => selectClaim(state.current < 0 ? model.claims.length - 1 : state.current - 1);

  root.addEventListener('keydown', (e) => {
    if (e.target && (e.target.localName === 'input' || e.target.localName === 'textarea') && e.key !== 'Escape') {
      if (e.target.type !== 'checkbox') return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'j' || e.key === 'n') { next(); e.preventDefault(); } else if (e.key === 'k' || e.key === 'p') { previous(); e.preventDefault(); }
  });

  function render() {
    const prev = h.doc;
    h.doc = doc;
    try {
      // Keep keyboard focus on the control that had it across re-renders.
      const focusKey = doc.activeElement && root.contains(doc.activeElement) ? doc.activeElement.dataset.key : null;
      root.replaceChildren(...build());
      if (focusKey) {
        const el = root.querySelector(`[data-key="${CSS.escape(focusKey)}"]`);
        if (el) el.focus();
      }
    } finally {
      h.doc = prev;
    }
  }

  function build() {
    if (!model) return [h('p', { class: 'empty' }, 'No article annotated on this page.')];
    const m = model;
    const out = [];
    out.push(h('h1', {}, 'News annotations'));
    if (state.title) out.push(h('p', { class: 'title' }, clip(state.title, 140)));
    out.push(h('p', { class: 'summary', role: 'status' }, m.summary.text));
    const cut = truncationText(state.truncated);
    if (cut) out.push(h('p', { class: 'truncated', role: 'note' }, cut));
    out.push(h('fieldset', {}, h('legend', {}, 'Layers'), LAYERS.map((layer) => h('label', {},
      h('input', { type: 'checkbox', checked: state.layers[layer] !== false, 'data-key': `layer-${layer}`,
        onchange: (e) => { state.layers[layer] = e.target.checked; onToggleLayer(layer, e.target.checked); } }),
      ` ${LAYER_LABELS[layer]}`))));
    const pos = state.current >= 0 ? `Claim ${state.current + 1} of ${m.claims.length}` : `${m.claims.length} claims`;
    out.push(h('div', { class: 'row', role: 'group', 'aria-label': 'Claim navigation' },
      h('button', { type: 'button', 'data-key': 'prev', 'aria-keyshortcuts': 'k', onclick: previous, disabled: !m.claims.length }, '◀ Previous claim'),
      h('button', { type: 'button', 'data-key': 'next', 'aria-keyshortcuts': 'j', onclick: next, disabled: !m.claims.length }, 'Next claim ▶'),
      h('span', { class: 'count', 'aria-live': 'polite' }, pos)));
    out.push(h('div', { class: 'row', role: 'group', 'aria-label': 'Export' }, 'Export:',
      h('button', { type: 'button', 'data-key': 'export-json', onclick: () => onExport('json') }, 'JSON'),
      h('button', { type: 'button', 'data-key': 'export-csv', onclick: () => onExport('csv') }, 'CSV'),
      h('button', { type: 'button', 'data-key': 'export-markdown', onclick: () => onExport('markdown') }, 'Markdown')));

    // Claims by source.
    out.push(h('details', { open: true, class: 'claims' }, h('summary', {}, `Claims by source (${m.claims.length})`),
      m.claimGroups.length ? m.claimGroups.map((g) => [
        h('h3', {}, g.label, ' ', h('span', { class: 'count' }, `(${g.claims.length})`)),
        h('ul', {}, g.claims.map((c) => h('li', {}, h('button', {
          type: 'button', class: 'item', 'data-key': `c${c.index}`, 'data-item': `c${c.index}`,
          'aria-current': state.current === c.index ? 'true' : 'false',
          onclick: () => { state.current = c.index; render(); onSelect(`c${c.index}`); },
        }, h('span', { class: 'count' }, `${CLAIM_KIND_LABELS[c.kind] || c.kind}: `), clip(c.item.text, 160))))),
      ]) : h('p', { class: 'empty' }, 'No claims found.')));

    // Entities by type.
    out.push(h('details', { open: true, class: 'entities' }, h('summary', {}, `Actors (${m.entities.length})`),
      ACTOR_TYPES.filter((t) => m.entitiesByType[t].length).map((t) => [
        h('h3', {}, h('span', { class: 'swatch', style: `background:${SWATCH[t]}` }), TYPE_LABELS[t]),
        h('ul', {}, m.entitiesByType[t].map((e) => h('li', {}, h('button', {
          type: 'button', class: 'item', 'data-key': `e-${e.id}`, 'data-entity': e.id,
          onclick: () => {
            if (!e.mentions.length) return;
            const k = entityCursor.get(e.id) ?? 0;
            entityCursor.set(e.id, (k + 1) % e.mentions.length);
            onSelect(e.mentions[k].id);
          },
        }, e.name, ' ', h('span', { class: 'count' }, `×${e.mentions.length}`))))),
      ]), m.entities.length ? null : h('p', { class: 'empty' }, 'No actors found.')));

    // Figures in reading order.
    out.push(h('details', { open: true, class: 'figures' }, h('summary', {}, `Figures (${m.figures.length})`),
      m.figures.length ? h('ol', {}, m.figures.map((f) => h('li', {}, h('button', {
        type: 'button', class: 'item', 'data-key': `f${f.index}`, 'data-item': `f${f.index}`,
        onclick: () => onSelect(`f${f.index}`),
      }, clip(f.item.text, 60), f.valueText && f.valueText !== f.item.text ? h('span', { class: 'count' }, ` = ${f.valueText}`) : null,
      f.sourced ? null : h('span', { class: 'badge' }, 'no source given'))))) : h('p', { class: 'empty' }, 'No figures found.')));
    return out;
  }

  render();
  return {
    element: root,
    update(nextModel, nextState = {}) {
      model = nextModel;
      state = { ...state, ...nextState, layers: { ...state.layers, ...(nextState.layers || {}) } };
      if (model && state.current >= model.claims.length) state.current = -1;
      render();
    },
    next, previous,
    get current() { return state.current; },
  };
}
