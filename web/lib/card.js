// card: the small card shown for a highlight on hover or keyboard focus.
//   actor   the entity (canonical name, type) and its other mentions, each a
//           button that jumps to it;
//   figure  the normalised value, and the claim it is part of or
//           "no source given";
//   claim   its kind, source (and the entity it resolves to), cue and content.
// Renders into any container (a shadow root on a page, a widget, a test
// page): no extension API here.
//
//   const card = createCard(container, { onJump: (itemId) => ..., doc });
//   card.show(items, model, rect)   // items: innermost first
//   card.hide()

import { h } from './dom.js';
import { CLAIM_KIND_LABELS, context } from './model.js';

export const CARD_CSS = `
.card { position: fixed; max-width: 360px; min-width: 220px; box-sizing: border-box; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #ffffff;
  border: 1px solid #c7c7cc; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); z-index: 2147483647;
  text-align: left; white-space: normal; letter-spacing: normal; }
.card[hidden] { display: none; }
.card h2 { font-size: 14px; margin: 0 0 4px; font-weight: 600; }
.card .kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #5b5b60; margin: 0 0 2px; }
.card p { margin: 4px 0; }
.card .label { color: #5b5b60; }
.card .quote { border-left: 3px solid #56b4e9; padding-left: 8px; margin: 6px 0; max-height: 7.5em; overflow: hidden; }
.card ul { list-style: none; margin: 4px 0 0; padding: 0; max-height: 11em; overflow: auto; }
.card li button { all: unset; display: block; cursor: pointer; padding: 2px 4px; border-radius: 4px; font-size: 12px; }
.card li button:hover, .card li button:focus-visible { background: #e8f2fb; outline: 2px solid #0072b2; }
.card mark { background: none; color: inherit; font-weight: 600; }
.card .unsourced { color: #a33b00; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .card { color: #f2f2f7; background: #1f1f22; border-color: #48484a; }
  .card .kind, .card .label { color: #aeaeb2; }
  .card li button:hover, .card li button:focus-visible { background: #2c3a47; outline-color: #6cc4ff; }
  .card .unsourced { color: #ffb08a; }
}`;

const TYPE_NAMES = { person: 'Person', organization: 'Organisation', place: 'Place', group: 'Group' };

function snippet(model, item) {
  const c = context(model.texts, item, 40);
  return [c.before, h('mark', {}, c.text), c.after];
}

function claimLine(model, claim) {
  if (!claim) return h('p', { class: 'unsourced' }, 'No source given');
  if (!claim.source) return h('p', {}, h('span', { class: 'unsourced' }, 'No source given'), ` (${CLAIM_KIND_LABELS[claim.kind] || claim.kind})`);
  return h('p', {}, h('span', { class: 'label' }, 'In a claim by '), claim.sourceLabel,
    ` (${CLAIM_KIND_LABELS[claim.kind] || claim.kind})`);
}

function actorCard(model, item, onJump) {
  const ent = model.entities.find((e) => e.id === item.entity);
  const others = ent ? ent.mentions.filter((m) => m !== item) : [];
  return [
    h('p', { class: 'kind' }, TYPE_NAMES[item.type] || item.type, item.pronoun ? ' · pronoun' : ''),
    h('h2', {}, ent ? ent.name : item.text),
    item.pronoun ? h('p', {}, `“${item.text}” refers to ${ent ? ent.name : 'an unresolved actor'}`) : null,
    h('p', { class: 'label' }, ent ? `${ent.mentions.length} mention${ent.mentions.length === 1 ? '' : 's'}` : ''),
    model.claims.filter((c) => c.source === item).map((c) =>
      h('p', {}, `Source of a claim (${CLAIM_KIND_LABELS[c.kind] || c.kind})`)),
    others.length ? h('ul', { 'aria-label': 'Other mentions' }, others.slice(0, 30).map((m) =>
      h('li', {}, h('button', { type: 'button', onclick: () => onJump(m.id) }, snippet(model, m))))) : null,
  ];
}

function figureCard(model, item) {
  const f = item.figureRef;
  return [
    h('p', { class: 'kind' }, 'Figure · ', f ? f.kind : ''),
    h('h2', {}, item.text),
    f && f.valueText ? h('p', {}, h('span', { class: 'label' }, 'Value: '), f.valueText) : null,
    f && f.sourced ? claimLine(model, f.claim) : h('p', { class: 'unsourced' }, 'No source given'),
  ];
}

function claimCard(model, claim) {
  const ent = claim.entity;
  return [
    h('p', { class: 'kind' }, 'Claim · ', CLAIM_KIND_LABELS[claim.kind] || claim.kind),
    claim.source
      ? h('p', {}, h('span', { class: 'label' }, 'Source: '), claim.source.text,
        ent && ent.name !== claim.source.text ? ` → ${ent.name}` : '')
      : h('p', { class: 'unsourced' }, 'No source given'),
    claim.cue ? h('p', {}, h('span', { class: 'label' }, 'Cue: '), claim.cue.text) : null,
    h('div', { class: 'quote' }, claim.item.text.length > 280 ? `${claim.item.text.slice(0, 280)}…` : claim.item.text),
  ];
}

export function createCard(container, { onJump = () => {}, doc = document } = {}) {
  const el = doc.createElement('div');
  el.className = 'card';
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-live', 'polite');
  el.setAttribute('aria-label', 'Annotation');
  el.hidden = true;
  container.appendChild(el);
  let current = null;

  return {
    element: el,
    get current() { return current; },
    // items: the spans under the pointer or focus, innermost first.
    show(items, model, rect) {
      if (!items.length) return this.hide();
      const prevDoc = h.doc;
      h.doc = doc;
      try {
        const main = items[0];
        const claimItem = items.find((i) => i.layer === 'claims');
        const claim = claimItem ? model.claims[claimItem.claim] : null;
        let parts;
        if (main.layer === 'actors') parts = [actorCard(model, main, onJump), claim ? claimLine(model, claim) : null];
        else if (main.layer === 'figures') parts = figureCard(model, main);
        else parts = claimCard(model, claim);
        el.replaceChildren(...parts.flat(2).filter(Boolean));
      } finally {
        h.doc = prevDoc;
      }
      current = items[0].id;
      el.hidden = false;
      const view = doc.defaultView;
      const w = el.offsetWidth, ht = el.offsetHeight;
      let left = Math.min(Math.max(4, rect.left), view.innerWidth - w - 4);
      let top = rect.bottom + 6;
      if (top + ht > view.innerHeight - 4) top = Math.max(4, rect.top - ht - 6);
      el.style.left = `${Math.max(4, left)}px`;
      el.style.top = `${top}px`;
    },
    hide() { el.hidden = true; current = null; },
    contains(node) { return el.contains(node); },
  };
}
