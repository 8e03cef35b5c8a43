// Browser tests of the page-side library (web/lib) on a fixture article,
// loaded as ES modules from the test server in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launch } from './support/launch.mjs';
import { HIGHLIGHT_PROBE } from './support/visit.mjs';

let server, browser, page;
const errors = [];

before(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '/fixtures/article.html') {
  await page.goto(server.origin + path);
  await page.waitForFunction(() => window.newsannTest);
}

// Annotates the fixture with the spec document; resolves when painted.
async function annotateFixture(opts = {}) {
  return page.evaluate(async (opts) => {
    const T = window.newsannTest;
    // The fixture's spans, or (after the article changed) no spans at all.
    const annotate = async (texts) => {
      try { return T.buildDoc(texts); } catch { return { schema: 1, entities: [], actors: [], figures: [], claims: [] }; }
    };
    window.pa = T.page.createPageAnnotator({ annotate, ...opts });
    await window.pa.run();
    return window.pa.snapshot();
  }, opts);
}

test('content detection finds the title and body, skipping nav, related links, comments, footer', async () => {
  await open();
  const r = await page.evaluate(() => {
    const { content, textmap } = window.newsannTest;
    const a = content.findArticle(document);
    return { title: a.title && a.title.textContent, titleBlocks: a.titleBlocks,
      texts: a.blocks.map(textmap.blockText), date: content.findPublicationDate(document) };
  });
  assert.equal(r.title, 'Port Elwyn council approves £4.2m flood barrier');
  assert.equal(r.titleBlocks, 1);
  assert.equal(r.date, '2024-03-14');
  const all = r.texts.join('\n');
  for (const s of ['Harbour Council in Port Elwyn voted', 'said council leader Maria Okafor.', '12,000 residents']) {
    assert.ok(all.includes(s), s);
  }
  for (const s of ['Home', 'Related stories', 'dredging', 'Great news', 'All rights reserved', 'Staff Reporter']) {
    assert.ok(!all.includes(s), `should skip ${s}`);
  }
  assert.equal(r.texts.length, 8);  // title + 7 paragraphs
});

test('content detection drops a media player\'s controls, not a body that holds a video', async () => {
  await open('/fixtures/players.html');
  const r = await page.evaluate(() => {
    const { content, textmap } = window.newsannTest;
    const texts = (id) => content.articleIn(document.getElementById(id)).blocks.map(textmap.blockText);
    return { page: content.findArticle(document).blocks.map(textmap.blockText), one: texts('one'), two: texts('two') };
  });
  for (const texts of [r.page, r.one]) {
    const all = texts.join('\n');
    assert.ok(all.includes('The morning ferry to Port Elwyn sailed again'));
    assert.ok(all.includes('Harbour master Idris Penhale said'));
    for (const s of ['Play', 'Current Time', 'Duration Time', 'Loaded', 'Fullscreen']) assert.ok(!all.includes(s), `should skip ${s}`);
  }
  assert.equal(r.two.length, 3);
  assert.ok(r.two[1].startsWith('The footage recorded by the divers'));
});

test('text map: collapsed text, and ranges across inline elements give back the exact span text', async () => {
  await open();
  const r = await page.evaluate(() => {
    const { content, textmap, buildDoc } = window.newsannTest;
    const map = textmap.buildTextMap(content.findArticle(document).blocks);
    const doc = buildDoc(map.texts);
    const spans = [...doc.actors, ...doc.figures, ...doc.claims.flatMap((c) => [c.source, c.cue, c.content].filter(Boolean))];
    const mismatches = spans.filter((s) => map.rangeFor(s.block, s.start, s.end).toString().replace(/\s+/g, ' ') !==
                                           map.texts[s.block].slice(s.start, s.end));
    // locate() inverts rangeFor() at every character of the first paragraph.
    let inverse = 0;
    const b = 1;
    for (let i = 0; i < map.texts[b].length; i++) {
      const rg = map.rangeFor(b, i, i + 1);
      const at = map.locate(rg.startContainer, rg.startOffset);
      if (!at || at.block !== b || at.offset !== i) inverse++;
    }
    const okafor = doc.actors[3];
    const rg = map.rangeFor(okafor.block, okafor.start, okafor.end);
    return { texts: map.texts, spans: spans.length, mismatches: mismatches.length, inverse,
      crosses: rg.startContainer.parentElement.localName + '>' + rg.endContainer.parentElement.localName,
      outOfBounds: map.rangeFor(1, 0, 100000) };
  });
  assert.match(r.texts[1], /^The Harbour Council in Port Elwyn voted on Tuesday to spend £4\.2 million on a new flood barrier, after/);
  assert.ok(!/\s{2}|\n/.test(r.texts.join('')), 'whitespace collapsed');
  assert.ok(r.texts[3].includes('about 20 cm'), 'nbsp read as a space');
  assert.equal(r.spans, 8 + 9 + 6 + 5 + 5);
  assert.equal(r.mismatches, 0);
  assert.equal(r.inverse, 0);
  assert.equal(r.crosses, 'em>a');
  assert.equal(r.outOfBounds, null);
});

test('highlights: one Highlight per layer and type, page DOM unchanged, toggles', async () => {
  await open();
  const before = await page.evaluate(() => {
    window.__mutations = [];
    new MutationObserver((rs) => window.__mutations.push(...rs.map((r) => r.type))).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    return document.documentElement.outerHTML;
  });
  await annotateFixture();
  const r = await page.evaluate(() => {
    const sizes = {};
    for (const [name, h] of CSS.highlights) sizes[name] = h.size;
    return { sizes, html: document.documentElement.outerHTML, mutations: window.__mutations.length,
      sheets: document.adoptedStyleSheets.length, timing: window.pa.timing };
  });
  assert.deepEqual(r.sizes, { 'newsann-claim': 6, 'newsann-claim-cue': 5, 'newsann-actor-place': 2,
    'newsann-actor-organization': 2, 'newsann-actor-person': 3, 'newsann-actor-group': 1, 'newsann-figure': 9 });
  assert.equal(r.html, before, 'DOM unchanged');
  assert.equal(r.mutations, 0, 'no mutation of the page');
  assert.equal(r.sheets, 1);
  assert.ok(r.timing.spans >= 28);

  await page.evaluate(() => window.pa.setLayer('figures', false));
  assert.equal(await page.evaluate(() => CSS.highlights.has('newsann-figure')), false);
  assert.equal(await page.evaluate(() => CSS.highlights.has('newsann-actor-person')), true);
  await page.evaluate(() => window.pa.setLayer('figures', true));
  assert.equal(await page.evaluate(() => CSS.highlights.get('newsann-figure').size), 9);
  await page.evaluate(() => window.pa.stop());
  assert.equal(await page.evaluate(() => CSS.highlights.size + document.adoptedStyleSheets.length), 0);
});

async function hoverText(text, near = text) {
  const box = await page.evaluate(({ text, near }) => {
    const map = window.pa.map;
    const b = map.texts.findIndex((t) => t.includes(near));
    const t = map.texts[b], n = t.indexOf(near);
    let i = -1;  // the occurrence of text nearest to near
    for (let j = t.indexOf(text); j >= 0; j = t.indexOf(text, j + 1)) if (i < 0 || Math.abs(j - n) < Math.abs(i - n)) i = j;
    const r = map.rangeFor(b, i + 1, i + 2).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, { text, near });
  await page.evaluate(() => window.pa.card && window.pa.card.hide());
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(() => window.pa.card && !window.pa.card.element.hidden);
  return page.evaluate(() => window.pa.card.element.innerText);
}

test('hover card: entity with its other mentions, figure value, claim source/cue/kind', async () => {
  await open();
  await annotateFixture();
  let text = await hoverText('Okafor', 'finished by 2027');
  assert.match(text, /PERSON/i);
  assert.match(text, /Maria Okafor/);
  assert.match(text, /3 mentions/);
  assert.match(text, /Source of a claim \(reported speech\)/);
  text = await hoverText('Port Elwyn', 'voted on Tuesday');
  assert.match(text, /Place/i);
  assert.match(text, /2 mentions/);
  assert.match(text, /council approves/);
  text = await hoverText('about 20 cm');
  assert.match(text, /Value: ≈ 20 cm/);
  assert.match(text, /In a claim by Environment Agency/);
  text = await hoverText('12,000');
  assert.match(text, /No source given/);
  text = await hoverText('finished');
  assert.match(text, /reported speech/i);
  assert.match(text, /Source: Okafor → Maria Okafor/);
  assert.match(text, /Cue: said/);
  // A mention in the card jumps there.
  await hoverText('Maria Okafor');
  const jumped = await page.evaluate(() => {
    window.pa.card.element.querySelector('li button').click();
    return CSS.highlights.has('newsann-flash');
  });
  assert.ok(jumped);
  // The card lives in a shadow root on one host element; nothing else was added.
  const hosts = await page.evaluate(() => document.querySelectorAll('newsann-ui').length);
  assert.equal(hosts, 1);
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => window.pa.card.element.hidden);
});

test('keyboard: Alt+Shift+N / Alt+Shift+P move between claims and show their card', async () => {
  await open();
  await annotateFixture();
  await page.keyboard.press('Alt+Shift+KeyN');
  let s = await page.evaluate(() => ({ cur: window.pa.snapshot().current, card: window.pa.card.element.innerText,
    focus: CSS.highlights.get('newsann-focus') && [...CSS.highlights.get('newsann-focus')][0].toString() }));
  assert.equal(s.cur, 0);
  assert.match(s.card, /direct quote/i);
  assert.equal(s.focus, 'We cannot wait for the next storm,');
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.keyboard.press('Alt+Shift+KeyN');
  s = await page.evaluate(() => window.pa.snapshot().current);
  assert.equal(s, 2);
  await page.keyboard.press('Alt+Shift+KeyP');
  s = await page.evaluate(() => window.pa.snapshot().current);
  assert.equal(s, 1);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => window.pa.card.element.hidden), true);
});

test('fallback without the Highlight API wraps spans in <newsann-mark> and unwraps them', async () => {
  await open();
  const before = await page.evaluate(() => document.querySelector('article').outerHTML);
  await annotateFixture({ useFallback: true });
  const r = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('newsann-mark')];
    const okafor = marks.filter((m) => m.dataset.ids.split(' ').includes('a3')).map((m) => m.textContent).join('');
    return { n: marks.length, okafor, text: document.querySelector('article').textContent, cssHighlights: CSS.highlights.size };
  });
  assert.ok(r.n > 20);
  assert.equal(r.okafor, 'Maria Okafor');
  assert.equal(r.cssHighlights, 0);
  await page.evaluate(() => window.pa.stop());
  assert.equal(await page.evaluate(() => document.querySelector('article').outerHTML), before);
});

test('panel: summary, groups, toggles, navigation keys, entity clicks cycle through mentions', async () => {
  await open();
  await annotateFixture();
  const r = await page.evaluate(() => {
    const T = window.newsannTest;
    const calls = [];
    const box = document.createElement('div');
    const shadow = box.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = T.panel.PANEL_CSS;
    shadow.appendChild(style);
    document.body.appendChild(box);
    const p = T.panel.createPanel(shadow, { onSelect: (id) => calls.push(['select', id]),
      onToggleLayer: (l, on) => calls.push(['layer', l, on]), onExport: (f) => calls.push(['export', f]) });
    p.update(window.pa.model, { title: document.title });
    window.__panel = { p, shadow, calls };
    const el = p.element;
    return {
      summary: el.querySelector('.summary').textContent,
      groups: [...el.querySelectorAll('.claims h3')].map((x) => x.textContent),
      types: [...el.querySelectorAll('.entities h3')].map((x) => x.textContent),
      okafor: el.querySelector('[data-entity="e3"]').textContent,
      badges: el.querySelectorAll('.figures .badge').length,
      figures: el.querySelectorAll('.figures li').length,
    };
  });
  assert.equal(r.summary, '6 claims from 3 sources, 1 unsourced');
  assert.deepEqual(r.groups, ['Maria Okafor (3)', 'Environment Agency (1)', 'Critics (1)', 'No source given (1)']);
  assert.deepEqual(r.types, ['People', 'Organisations', 'Places', 'Groups']);
  assert.equal(r.okafor, 'Maria Okafor ×3');
  assert.equal(r.figures, 9);
  assert.equal(r.badges, 5);  // £4.2m, Tuesday, £4.2 million, more than 300, 12,000
  const calls = await page.evaluate(() => {
    const { p, calls } = window.__panel;
    const el = p.element;
    const ent = el.querySelector('[data-entity="e3"]');
    ent.click(); ent.click(); ent.click(); ent.click();
    el.querySelector('input[data-key="layer-figures"]').click();
    el.querySelector('[data-key="export-csv"]').click();
    el.querySelector('[data-key="next"]').focus();
    for (const key of ['j', 'j', 'k']) el.querySelector('[data-key="next"]').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    return calls;
  });
  assert.deepEqual(calls, [['select', 'a3'], ['select', 'a5'], ['select', 'a6'], ['select', 'a3'],
    ['layer', 'figures', false], ['export', 'csv'], ['select', 'c0'], ['select', 'c1'], ['select', 'c0']]);
});

test('export: JSON round-trips, CSV quotes and defuses formulas, Markdown escapes page text', async () => {
  await open();
  await annotateFixture();
  const r = await page.evaluate(() => {
    const { exporter, model } = window.newsannTest;
    const m = window.pa.model;
    const meta = { url: location.href, title: 'Port *Elwyn* | test', date: '2024-03-14' };
    const json = JSON.parse(exporter.exportAs('json', m, meta).text);
    const csv = exporter.exportAs('csv', m, meta);
    const md = exporter.exportAs('markdown', m, meta);
    const evil = model.buildModel({ schema: 1, entities: [], actors: [], figures: [], claims: [
      { kind: 'direct', source: null, cue: null, content: { start: 0, end: 12 } }] }, ['=HYPERLINK(1)']);
    return { json, csvName: csv.filename, csv: csv.text, md: md.text, mdName: md.filename,
      evil: exporter.toCSV(evil), items: m.items.length };
  });
  assert.equal(r.json.annotation.schema, 1);
  assert.equal(r.json.texts.length, 8);
  assert.equal(r.json.annotation.claims.length, 6);
  assert.equal(r.csvName, 'newsann-port-elwyn-test.csv');
  const lines = r.csv.trim().split('\r\n');
  assert.equal(lines.length, r.items + 1);
  assert.ok(lines.some((l) => l.startsWith('figures,money,') && l.includes('GBP 4,200,000')));
  assert.ok(r.csv.includes('"We cannot wait for the next storm,"'));
  assert.ok(r.evil.includes("'=HYPERLINK(1"));
  assert.ok(r.md.startsWith('# Port \\*Elwyn\\* \\| test'));
  assert.ok(r.md.includes('**6 claims from 3 sources, 1 unsourced**'));
  assert.ok(r.md.includes('### Maria Okafor (3)'));
  assert.match(r.md, /12,000 \(count: 12,000\) — \*\*no source given\*\*/);
});

test('single-page apps: changed article text and in-page navigation re-annotate', async () => {
  await open();
  await annotateFixture({ debounceMs: 50 });
  const runs0 = await page.evaluate(() => window.pa.runs);
  await page.evaluate(() => {
    document.querySelector('.story-body p:last-child').append(' Okafor visited on Friday.');
  });
  await page.waitForFunction((n) => window.pa.runs > n, runs0);
  let r = await page.evaluate(() => window.pa.model.texts.some((t) => t.endsWith('Okafor visited on Friday.')));
  assert.ok(r);
  // An unrelated change elsewhere does not re-run.
  const runs1 = await page.evaluate(() => window.pa.runs);
  await page.evaluate(() => { document.querySelector('footer p').textContent = 'changed'; });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.pa.runs), runs1);
  // pushState to a new article.
  await page.evaluate(() => {
    history.pushState({}, '', '/fixtures/article.html?next');
    const body = document.querySelector('.story-body');
    body.replaceChildren(...['First new paragraph, with enough words to count as an article paragraph here.',
      'Second new paragraph of the next story, also long enough to be scored as body text.'].map((t) => {
      const p = document.createElement('p'); p.textContent = t; return p;
    }));
  });
  await page.waitForFunction((n) => window.pa.runs > n, runs1);
  r = await page.evaluate(() => window.pa.snapshot());
  assert.ok(r.url.endsWith('?next'));
  assert.ok(r.texts.some((t) => t.startsWith('First new paragraph')));
  assert.deepEqual(errors, []);
});

test('a real core document (native CLI on the article text) maps onto the page, highlights and summarises', async () => {
  const fs = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const text = fs.readFileSync(`${dir}article.txt`, 'utf8');
  const whole = JSON.parse(fs.readFileSync(`${dir}article.annotation.json`, 'utf8'));
  await open();
  const r = await page.evaluate(async (whole) => {
    const T = window.newsannTest;
    let texts = null;
    window.pa = T.page.createPageAnnotator({ annotate: async (t) => { texts = t; return T.toBlockDoc(whole, t); } });
    await window.pa.run();
    const m = window.pa.model;
    const spans = m.items.map((it) => ({ id: it.id, dom: window.pa.map.rangeFor(it.block, it.start, it.end).toString().replace(/\s+/g, ' '), text: it.text }));
    let ranges = 0;
    for (const [k, h] of CSS.highlights) if (k.startsWith('newsann-')) ranges += h.size;
    const box = document.createElement('div');
    const p = T.panel.createPanel(box, {});
    p.update(m, {});
    return { joined: texts.join('\n\n'), spans, ranges, summary: box.querySelector('.summary').textContent };
  }, whole);
  // The page's blocks are the text the CLI annotated.
  assert.equal(r.joined + '\n', text);
  // Every span of the core's document is highlighted on exactly its words.
  const expected = whole.actors.map((a) => text.slice(a.start, a.end))
    .concat(whole.figures.map((f) => text.slice(f.start, f.end)));
  for (const s of r.spans) assert.equal(s.dom, s.text, s.id);
  for (const e of expected) assert.ok(r.spans.some((s) => s.text === e), e);
  assert.equal(r.ranges, r.spans.length);
  // The summary counts what the document says.
  const sources = new Set(whole.claims.filter((c) => c.source).map((c) => c.source.entity || text.slice(c.source.start, c.source.end).toLowerCase()));
  const unsourced = whole.claims.filter((c) => !c.source).length;
  const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
  assert.equal(r.summary, `${plural(whole.claims.length, 'claim')} from ${plural(sources.size, 'source')}, ${unsourced} unsourced`);
  assert.ok(whole.actors.length && whole.figures.length && whole.claims.length, 'the fixture has all three layers');
});

test('colours: distinct underline style per type (not colour alone); lighter tints on a dark page', async () => {
  await open();
  const light = await page.evaluate(() => window.newsannTest.highlight.highlightCss('newsann', { dark: false }));
  const styleOf = (css, name) => (new RegExp(`::highlight\\(newsann-${name}\\) \\{[^}]*underline (\\w+)`).exec(css) || [])[1];
  const styles = ['actor-person', 'actor-organization', 'actor-place', 'actor-group', 'figure'].map((n) => styleOf(light, n));
  assert.deepEqual(styles, ['solid', 'double', 'dotted', 'dashed', 'wavy']);
  // A dark page: the highlighter picks the dark palette by itself.
  await page.evaluate(() => { document.body.style.background = '#121212'; document.body.style.color = '#eee'; });
  await annotateFixture();
  const css = await page.evaluate(() => [...document.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join('\n'));
  assert.match(css, /newsann-actor-person[^}]*rgb\(108, 196, 255\)/);  // #6cc4ff
  assert.doesNotMatch(css, /newsann-actor-person[^}]*rgb\(0, 114, 178\)/);
  // The page's text colour is kept: no highlight sets color except the short flash.
  assert.doesNotMatch(css.replace(/::highlight\(newsann-flash\)[^}]*\}/, ''), /[^-]color:/);
});

test('highlight rules are written on anchors near the article (no whole-page restyle) and style every highlighted text', async () => {
  await open();
  await annotateFixture();
  const r = await page.evaluate((probe) => ({ ...eval(probe),
    selectors: [...document.adoptedStyleSheets[0].cssRules].map((x) => x.selectorText),
    scope: window.pa.highlighter.scope.selectors }), HIGHLIGHT_PROBE);
  assert.ok(r.ranges >= 28);
  assert.equal(r.unstyled, 0);
  assert.deepEqual(r.scope, ['.headline', '.story-body']);
  assert.ok(r.selectors.every((x) => !x.startsWith('::highlight')), 'no rule for every element');
  // The page renames an anchor's class: the rules follow, the text stays styled.
  const after = await page.evaluate(async (probe) => {
    document.querySelector('.story-body').className = 'renamed-body';
    await new Promise((res) => setTimeout(res, 50));
    return { ...eval(probe), scope: window.pa.highlighter.scope.selectors };
  }, HIGHLIGHT_PROBE);
  assert.equal(after.unstyled, 0);
  assert.deepEqual(after.scope, ['.headline', '.renamed-body']);
});

test('highlight scope: a class many elements share is passed for a rarer ancestor, kept only when there is none', async () => {
  await open();
  const r = await page.evaluate(() => {
    const { highlight } = window.newsannTest;
    const box = document.createElement('div');
    document.body.append(box);
    // A page builder's markup: every widget has the same class.
    const widget = (text) => `<div class="widget-container"><p>${text}</p></div>`;
    const run = (html, pick) => {
      box.innerHTML = html;
      const scope = highlight.highlightScope([...box.querySelectorAll(pick)]);
      return scope && scope.selectors;
    };
    const out = {
      rareAncestor: run(`<div class="row"><div id="post-body">${widget('One.')}${widget('Two.')}</div></div>` +
        widget('Sidebar.') + widget('Footer.') + widget('Promo.'), '#post-body p'),
      onlyShared: run(`<div>${widget('One.')}${widget('Two.')}</div>${widget('Three.')}${widget('Four.')}${widget('Five.')}`,
        'p'),
      // The first block falls back to its shared box; the second, outside
      // that box, must not inherit it from the elements climbed above it
      // (it has no anchor at all: rules for every element).
      fallbackNotInherited: run(`<section>${widget('One.')}<p>Two.</p></section>` +
        widget('A.') + widget('B.') + widget('C.') + widget('D.'), 'section p'),
    };
    box.remove();
    return out;
  });
  assert.deepEqual(r.rareAncestor, ['#post-body']);
  assert.deepEqual(r.onlyShared, ['.widget-container']);
  assert.equal(r.fallbackNotInherited, null);
});

test('highlightSpans (what is painted first) gives the model\'s items: same ids, types and spans', async () => {
  await open();
  const r = await page.evaluate(() => {
    const T = window.newsannTest;
    const key = (it) => `${it.id} ${it.layer} ${it.type} ${it.block}:${it.start}-${it.end}`;
    const a = T.content.findArticle(document);
    const blocks = a.blocks.map(T.textmap.blockText);
    const docs = [T.buildDoc(blocks), { schema: 1, entities: [{ id: 'e1', name: 'Ann Lee', type: 'person', mentions: [0] }],
      actors: [{ block: 0, start: 0, end: 7, type: 'person', entity: 'e1' }], figures: [{ block: 1, start: 0, end: 2, kind: 'count', value: { number: 12 } }],
      claims: [{ kind: 'indirect', source: { block: 0, start: 0, end: 7, entity: 'e1' }, cue: { block: 0, start: 8, end: 12 }, content: { block: 0, start: 13, end: 20 } },
        { kind: 'direct', source: { block: 1, start: 3, end: 6, entity: null }, cue: null, content: { block: 1, start: 8, end: 14 } }] }];
    return docs.map((d) => ({ spans: T.model.highlightSpans(d).map(key).sort(), items: T.model.buildModel(d, blocks).items.map(key).sort() }));
  });
  for (const { spans, items } of r) {
    assert.ok(items.length > 0);
    assert.deepEqual(spans, items);
  }
  assert.ok(!r[1].spans.some((k) => k.startsWith('c0s ')), 'a source that is an actor mention is painted once, as the actor');
  assert.ok(r[1].spans.some((k) => k.startsWith('c1s ')));
});

test('the highlight stylesheet is replaced only when its rules change (each replacement restyles the whole page)', async () => {
  await open();
  await page.evaluate(() => { window.__settings = Promise.resolve({ layers: { figures: true }, colors: {} }); });
  await page.evaluate(async () => {
    const T = window.newsannTest;
    window.pa = T.page.createPageAnnotator({ annotate: async (texts) => T.buildDoc(texts), settings: window.__settings });
    await window.pa.run();
  });
  const r = await page.evaluate(() => {
    const sheet = document.adoptedStyleSheets[0];
    const first = sheet.cssRules[0];
    window.pa.setColors({});          // the colours it has: same rules
    const kept = sheet.cssRules[0] === first;
    window.pa.setColors({ person: '#112233' });
    const replaced = sheet.cssRules[0] !== first && [...sheet.cssRules].some((x) => x.cssText.includes('rgb(17, 34, 51)'));
    return { kept, replaced, sheets: document.adoptedStyleSheets.length };
  });
  assert.equal(r.kept, true, 'same colours: the sheet is left as it is');
  assert.equal(r.replaced, true, 'new colours: new rules');
  assert.equal(r.sheets, 1);
});

test('model: unresolved pronoun sources and unsourced claims are told apart in the summary', async () => {
  await open();
  const r = await page.evaluate(() => {
    const { model } = window.newsannTest;
    const texts = ['He said taxes would rise.', '“No comment,” a spokesman said.', '“It is over.”'];
    const m = model.buildModel({ schema: 1, entities: [], actors: [], figures: [], claims: [
      { kind: 'indirect', source: { block: 0, start: 0, end: 2, entity: null }, cue: { block: 0, start: 3, end: 7 }, content: { block: 0, start: 8, end: 24 } },
      { kind: 'direct', source: { block: 1, start: 14, end: 25, entity: null }, cue: { block: 1, start: 26, end: 30 }, content: { block: 1, start: 1, end: 12 } },
      { kind: 'direct', source: null, cue: null, content: { block: 2, start: 1, end: 12 } }] }, texts);
    return { labels: m.claimGroups.map((g) => g.label), summary: m.summary.text };
  });
  assert.deepEqual(r.labels, ['“He” (not resolved)', 'a spokesman', 'No source given']);
  assert.equal(r.summary, '3 claims from 2 sources, 1 unsourced');
});
