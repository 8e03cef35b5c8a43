// export: one article's annotations as JSON, CSV or Markdown, and a
// download that needs no network (a Blob URL and <a download>).
//
//   const files = exportAs('csv', model, { url, title, date });  // {filename, mime, text}
//   download(files, document);

import { CLAIM_KIND_LABELS, TYPE_LABELS, ACTOR_TYPES, context } from './model.js';

// JSON: the annotation document itself (docs/schema.md) with the block
// texts it indexes and where they came from.
export function toJSON(model, meta = {}) {
  return JSON.stringify({ source: { url: meta.url || null, title: meta.title || null, date: meta.date || null },
    texts: model.texts, annotation: model.doc }, null, 2);
}

// A CSV cell; cells a spreadsheet would run as a formula get a leading '.
function cell(v) {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// CSV: one row per span, in reading order.
export function toCSV(model) {
  const rows = [['layer', 'type', 'block', 'start', 'end', 'text', 'entity', 'entity_name', 'value', 'claim',
    'claim_kind', 'claim_source', 'sourced']];
  const ents = new Map(model.entities.map((e) => [e.id, e]));
  for (const it of model.items) {
    const claim = it.claim !== undefined ? model.claims[it.claim] : it.figureRef?.claim || null;
    const ent = it.entity ? ents.get(it.entity) : null;
    rows.push([it.layer, it.layer === 'figures' ? it.kind : it.type, it.block, it.start, it.end, it.text,
      it.entity || '', ent ? ent.name : '', it.figureRef ? it.figureRef.valueText : '',
      claim ? `c${claim.index}` : '', claim ? claim.kind : '', claim ? claim.sourceLabel || '' : '',
      it.layer === 'figures' ? (it.figureRef.sourced ? 'yes' : 'no') : '']);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

// Markdown special characters in page text are escaped, so the page's words
// stay words.
const md = (s) => String(s ?? '').replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();

export function toMarkdown(model, meta = {}) {
  const out = [];
  out.push(`# ${md(meta.title || 'Article')}`, '');
  if (meta.url) out.push(`Source: <${String(meta.url).replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  out.push(`**${md(model.summary.text)}**`, '');
  out.push('## Claims by source', '');
  if (!model.claimGroups.length) out.push('_No claims found._', '');
  for (const g of model.claimGroups) {
    out.push(`### ${md(g.label)} (${g.claims.length})`, '');
    for (const c of g.claims) {
      const cue = c.cue ? ` — cue “${md(c.cue.text)}”` : '';
      out.push(`- *${md(CLAIM_KIND_LABELS[c.kind] || c.kind)}*${cue}: ${md(c.item.text)}`);
    }
    out.push('');
  }
  out.push('## Actors', '');
  for (const t of ACTOR_TYPES) {
    const list = model.entitiesByType[t];
    if (!list.length) continue;
    out.push(`### ${TYPE_LABELS[t]}`, '', '| name | mentions |', '| --- | ---: |');
    for (const e of list) out.push(`| ${md(e.name)} | ${e.mentions.length} |`);
    out.push('');
  }
  out.push('## Figures', '');
  if (!model.figures.length) out.push('_No figures found._');
  model.figures.forEach((f, i) => {
    const c = context(model.texts, f.item, 30);
    const where = f.sourced ? `claim by ${md(f.claim.sourceLabel)}` : '**no source given**';
    out.push(`${i + 1}. ${md(f.item.text)} (${md(f.kind)}${f.valueText ? `: ${md(f.valueText)}` : ''}) — ${where} — “${md(c.before)}${md(c.text)}${md(c.after)}”`);
  });
  out.push('');
  return out.join('\n');
}

function slug(s) {
  return (String(s || 'article').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60)) || 'article';
}

export function exportAs(format, model, meta = {}) {
  const base = `newsann-${slug(meta.title)}`;
  if (format === 'json') return { filename: `${base}.json`, mime: 'application/json', text: toJSON(model, meta) };
  if (format === 'csv') return { filename: `${base}.csv`, mime: 'text/csv', text: toCSV(model) };
  if (format === 'markdown') return { filename: `${base}.md`, mime: 'text/markdown', text: toMarkdown(model, meta) };
  throw new Error(`unknown export format ${format}`);
}

// Saves a file through a Blob URL: no request leaves the browser.
export function download({ filename, mime, text }, doc = document) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();  // a detached anchor: nothing is added to the page
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
