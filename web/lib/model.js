// model: an annotation document (docs/schema.md) read against the block
// texts it came from, in the shapes the highlights, card, panel and export
// need. Pure data: no DOM.
//
//   const m = buildModel(doc, texts);
//   highlightSpans(doc)  the items' spans alone ({id, layer, type, block, start, end}),
//                      cheap: what is painted first, the model being built after
//   m.items            every highlightable span: {id, layer, type, block, start, end, text}
//   m.byId             id -> item ("a3" actor, "f0" figure, "c2" claim content,
//                      "c2s" its source, "c2q" its cue)
//   m.entities         [{id, name, type, mentions: [actor item]}]
//   m.entitiesByType   {person: [...], organization: [...], place: [...], group: [...]}
//   m.claims           [{index, kind, content, source, cue, entity, sourceLabel, item}]
//   m.claimGroups      [{key, label, entity, claims: [claim]}], sources first, unsourced last
//   m.figures          [{index, kind, value, valueText, item, claim, sourced}]
//   m.summary          {claims, sources, unsourced, text: "12 claims from 7 sources, 3 unsourced"}
//   truncationText(snapshot.truncated)   "Stopped after 2.0 s: annotated the first ..." or null

export const LAYERS = ['actors', 'figures', 'claims'];
export const ACTOR_TYPES = ['person', 'organization', 'place', 'group'];
export const TYPE_LABELS = { person: 'People', organization: 'Organisations', place: 'Places', group: 'Groups' };
export const CLAIM_KIND_LABELS = {
  direct: 'direct quote', indirect: 'reported speech', according_to: '“according to”', mixed: 'quote in reported speech',
};

const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them)$/i;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function formatNumber(x) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return String(x);
  return x.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

// A figure's normalised value in words a reader checks at a glance:
// "≈ 200–999", "USD 5,000,000", "2021-11-18", "≥ 8 year".
export function formatValue(kind, v) {
  if (!v) return '';
  if (v.iso) return v.iso;
  let n;
  if (v.number !== undefined && v.number !== null) n = formatNumber(v.number);
  else if (v.min !== undefined && v.max !== undefined) n = `${formatNumber(v.min)}–${formatNumber(v.max)}`;
  else if (v.min !== undefined) n = `≥ ${formatNumber(v.min)}`;
  else if (v.max !== undefined) n = `≤ ${formatNumber(v.max)}`;
  else n = '';
  let s = n;
  if (v.unit) {
    if (kind === 'money') s = `${v.unit} ${n}`;
    else if (v.unit === '%') s = `${n}%`;
    else s = `${n} ${v.unit}`;
  }
  return v.approx ? `≈ ${s}` : s;
}

// The spans a document highlights, with the ids and types buildModel()
// gives its items (unsorted): what the page paints before the rest of the
// model is needed. {id, layer, type, block, start, end}; a claim's source
// that is an actor mention is left out (highlighted once, as the actor).
export function highlightSpans(doc) {
  const out = [];
  const span = (id, layer, type, s) => ({ id, layer, type, block: s.block ?? 0, start: s.start, end: s.end });
  const actorAt = new Set();
  (doc.actors || []).forEach((a, i) => {
    out.push(span(`a${i}`, 'actors', a.type, a));
    actorAt.add(`${a.block ?? 0}:${a.start}:${a.end}`);
  });
  (doc.claims || []).forEach((c, i) => {
    out.push(span(`c${i}`, 'claims', 'claim', c.content));
    if (c.source && !actorAt.has(`${c.source.block ?? 0}:${c.source.start}:${c.source.end}`)) out.push(span(`c${i}s`, 'claims', 'source', c.source));
    if (c.cue) out.push(span(`c${i}q`, 'claims', 'cue', c.cue));
  });
  (doc.figures || []).forEach((f, i) => out.push(span(`f${i}`, 'figures', 'figure', f)));
  return out;
}

export function buildModel(doc, texts) {
  const items = [];
  const byId = new Map();
  const textOf = (span) => {
    const t = texts[span.block ?? 0];
    return typeof t === 'string' ? t.slice(span.start, span.end) : '';
  };
  const add = (id, layer, type, span, extra = {}) => {
    const item = { id, layer, type, block: span.block ?? 0, start: span.start, end: span.end, text: textOf(span), ...extra };
    items.push(item);
    byId.set(id, item);
    return item;
  };
  const actors = doc.actors || [], figuresIn = doc.figures || [], claimsIn = doc.claims || [];
  const entityById = new Map();
  const entities = (doc.entities || []).map((e) => {
    const ent = { id: e.id, name: e.name, type: e.type, mentions: [] };
    entityById.set(e.id, ent);
    return ent;
  });
  const actorKey = new Map();  // "block:start:end" -> actor item
  actors.forEach((a, i) => {
    const item = add(`a${i}`, 'actors', a.type, a, { entity: a.entity ?? null, pronoun: !!a.pronoun });
    actorKey.set(`${item.block}:${a.start}:${a.end}`, item);
    const ent = entityById.get(a.entity);
    if (ent) ent.mentions.push(item);
  });
  for (const ent of entities) ent.mentions.sort((x, y) => x.block - y.block || x.start - y.start);

  const claims = claimsIn.map((c, i) => {
    const item = add(`c${i}`, 'claims', 'claim', c.content, { claim: i });
    let source = null, cue = null;
    if (c.source) {
      const actor = actorKey.get(`${c.source.block ?? 0}:${c.source.start}:${c.source.end}`);
      // A source that is already an actor mention is highlighted once, as the actor.
      source = actor || add(`c${i}s`, 'claims', 'source', c.source, { claim: i });
    }
    if (c.cue) cue = add(`c${i}q`, 'claims', 'cue', c.cue, { claim: i });
    const ent = c.source && c.source.entity ? entityById.get(c.source.entity) || null : null;
    // A pronoun source with no antecedent (docs/schema.md): say so.
    const sourceLabel = ent ? ent.name : source ? (PRONOUN.test(source.text) ? `“${source.text}” (not resolved)` : source.text) : null;
    return { index: i, kind: c.kind, item, source, cue, entity: ent, sourceLabel };
  });
  claims.forEach((c) => { c.item.claimRef = c; });

  const figures = figuresIn.map((f, i) => {
    const item = add(`f${i}`, 'figures', 'figure', f, { kind: f.kind, value: f.value || {} });
    const b = f.block ?? 0;
    const inside = claims.find((c) => c.item.block === b && c.item.start <= f.start && f.end <= c.item.end) || null;
    const fig = { index: i, kind: f.kind, value: f.value || {}, valueText: formatValue(f.kind, f.value), item,
      claim: inside, sourced: !!(inside && inside.source) };
    item.figureRef = fig;
    return fig;
  });

  // Claims grouped by who made them: an entity, else the source's words.
  const groups = new Map();
  for (const c of claims) {
    const key = c.entity ? `entity:${c.entity.id}` : c.source ? `text:${c.source.text.toLowerCase()}` : 'unsourced';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: c.sourceLabel || 'No source given', entity: c.entity, claims: [] }));
    g.claims.push(c);
  }
  const claimGroups = [...groups.values()].sort((a, b) =>
    (a.key === 'unsourced') - (b.key === 'unsourced') || b.claims.length - a.claims.length);
  const sources = claimGroups.filter((g) => g.key !== 'unsourced').length;
  const unsourced = groups.get('unsourced')?.claims.length || 0;

  const entitiesByType = Object.fromEntries(ACTOR_TYPES.map((t) => [t,
    entities.filter((e) => e.type === t).sort((a, b) => b.mentions.length - a.mentions.length)]));

  items.sort((x, y) => x.block - y.block || x.start - y.start || y.end - x.end);
  return {
    doc, texts, items, byId, entities, entitiesByType, claims, claimGroups, figures,
    summary: { claims: claims.length, sources, unsourced,
      text: `${plural(claims.length, 'claim')} from ${plural(sources, 'source')}, ${unsourced} unsourced` },
  };
}

// A run cut short (page.js snapshot().truncated) in words for a panel:
// "Stopped after 2.0 s: annotated the first 312 of 4,870 paragraphs";
// null when the run was complete.
export function truncationText(t) {
  if (!t) return null;
  const n = (x) => Number(x).toLocaleString('en-US');
  const of = t.blocksTotal ? `the first ${n(t.blocksDone)} of ${n(t.blocksTotal)} paragraphs`
    : `the first ${n(t.blocksDone)} paragraphs (the rest of the page was not read)`;
  const why = t.reason === 'time' ? `Stopped after ${(t.elapsedMs / 1000).toFixed(1)} s`
    : `Stopped at the size limit (${n(t.charsDone)} characters)`;
  return `${why}: annotated ${of}`;
}

// A short excerpt of a block around a span, for cards, panels and export.
export function context(texts, item, radius = 60) {
  const t = texts[item.block] || '';
  const a = Math.max(0, item.start - radius), b = Math.min(t.length, item.end + radius);
  return { before: (a > 0 ? '…' : '') + t.slice(a, item.start), text: t.slice(item.start, item.end),
    after: t.slice(item.end, b) + (b < t.length ? '…' : '') };
}
