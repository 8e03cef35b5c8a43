// content: finds a news page's article (title and body) on the live DOM.
//
//   const article = findArticle(document);
//   article.title        // the headline element, or null
//   article.root         // the element holding the body, or null
//   article.blocks       // scanned blocks (textmap.scanBlocks), title first if any
//   article.titleBlocks  // how many of article.blocks belong to the title (0 or 1+)
//   findPublicationDate(document)  // "2021-11-18" or null
//   articleIn(element)   // the same shape, for an element a shell names as
//                        // the article (a widget's target, a reading view)
//
//   findArticleSteps(document, {maxNodes}) / articleInSteps(element, {maxNodes})
//     the same work as generators that pause every few hundred nodes (see
//     textmap.scanSteps): answer a pause with true to stop there. They return
//     the article of the part of the page walked, with
//     stopped: null | 'time' | 'size' and nodes (how many were walked).
//     page.js runs them in time slices, within a budget.
//
// Hostile pages: walks are iterative (any depth); every climb from a block
// up its ancestors stops after MAX_CLIMB levels, so a block 5,000 levels
// deep costs MAX_CLIMB steps, not 5,000; text being edited (contenteditable)
// is not article text; shadow trees and frames are not entered (closed ones
// cannot be, and frames are documents of their own).
//
// Works on an inert document too (DOMParser, no browsing context): nothing
// is rendered there, so visibility is not tested.
//
// Read-only: it reads text, attributes and computed visibility, never
// changes a node. The method follows the classic readability scoring:
// every paragraph-like block of 25+ characters gives points (1, +1 per
// comma, +1 per 100 characters up to 3) to its parent, half to the
// grandparent and a third and less further up; class/id names like
// "article"/"content" add weight, "comment"/"sidebar"/"related" remove it; the
// score is scaled by (1 - link density). The best element, with siblings
// that score close to it, is the article; inside it, blocks that are mostly
// links, navigation, captions, bylines or hidden are dropped.

import { scanBlocks, scanSteps, blockText } from './textmap.js';

// Class and id fragments of boilerplate: readability's list, and a longer
// one with news-site furniture (share bars, newsletters, recirculation, ...)
// that the first, strict pass uses.
const UNLIKELY_CLASSIC = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const UNLIKELY = /-ad-|\bads?\b|adslot|advert|ai2html|banner|breadcrumb|byline|caption|combx|comment|community|consent|cookie|cover-wrap|credit|disqus|dateline|extra|footer|gdpr|header|legends|masthead|menu|modal|more-stories|most-popular|newsletter|outbrain|pager|pagination|paywall|popup|promo|recirc|recommend|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|taboola|tags?\b|teaser|toolbar|topics|trending|tweet|widget|yom-remote|sr-only|visually-?hidden|screen-?reader|offscreen|timestamp|author-info|bio\b/i;
const MAYBE = /and|article|body|column|content|main|shadow|story|post-?text|entry/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|caption|credit|newsletter|recirc|teaser/i;
// Landmark roles and elements that never hold the article body.
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar',
  'search', 'dialog', 'alertdialog', 'toolbar', 'tablist', 'note']);
const SKIP_ELEMENTS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'label', 'time', 'address']);
const NOT_PARAGRAPHS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'dt', 'caption', 'legend', 'summary']);
// Whole blocks that are furniture whatever their element.
const FURNITURE = /^(advertisement|advertisment|ad|sponsored|sponsored content|read more|more|related|related articles|related stories|share|share this|share this article|comments?|click here|subscribe|sign up|follow us|loading\.*|skip to content|skip to main content|image|photo|video|watch|listen|close|menu|top stories|recommended|most read|most popular|trending|story continues below( advertisement)?|continue reading( below)?|article continues below|\W*)$/i;

function classAndId(el) {
  const c = el.getAttribute('class') || '';
  return el.id ? `${c} ${el.id}` : c;
}

function classWeight(el) {
  const s = classAndId(el);
  if (!s) return 0;
  let w = 0;
  if (NEGATIVE.test(s)) w -= 25;
  if (POSITIVE.test(s)) w += 25;
  return w;
}

function tagWeight(tag) {
  switch (tag) {
    case 'div': case 'article': case 'main': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

const VISIBILITY_OPTIONS = { checkVisibilityCSS: true, visibilityProperty: true };
// Ancestors looked at above a block (statistics, cleaning). News pages nest
// their text 10 to 40 levels deep; the cap bounds the work on pages nested
// thousands deep.
const MAX_CLIMB = 256;
// Headline candidates looked at.
const MAX_HEADINGS = 500;

// Not rendered: checkVisibility() is false for display: contents too, whose
// children are rendered (wrappers of web-component pages), so that case is
// told apart; getComputedStyle runs only for elements that failed the first
// test.
function notRendered(el) {
  if (!el.checkVisibility || el.checkVisibility(VISIBILITY_OPTIONS)) return false;
  const view = el.ownerDocument.defaultView;
  return !(view && view.getComputedStyle(el).display === 'contents');
}

// An editable region (contenteditable, plaintext-only): what a reader is
// typing is not the article, and highlights there would stale at each key.
// Read from the attribute: isContentEditable climbs every ancestor, which on
// a page nested thousands deep costs more than the whole walk.
const isEditableRoot = (el) => {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
};

// The predicate that drops boilerplate and hidden subtrees while scanning.
// byClass: drop subtrees whose class/id reads like boilerplate (2: the long
// list, 1: readability's, 0: none); visibility: drop subtrees that are not
// rendered.
export function boilerplateFilter({ byClass = 2, visibility = true } = {}) {
  const unlikely = byClass >= 2 ? UNLIKELY : UNLIKELY_CLASSIC;
  return (el) => {
    const tag = el.localName;
    if (SKIP_ELEMENTS.has(tag)) return true;
    // Every test but the last reads an attribute; most elements of an
    // article have none (one call instead of six).
    if (el.hasAttributes()) {
      if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
      const role = el.getAttribute('role');
      if (role && SKIP_ROLES.has(role)) return true;
      if (byClass && tag !== 'body' && tag !== 'article' && tag !== 'main' && tag !== 'a') {
        const s = classAndId(el);
        if (s && unlikely.test(s) && !MAYBE.test(s)) return true;
      }
      if (isEditableRoot(el)) return true;
    }
    if (visibility && notRendered(el)) return true;
    return false;
  };
}

const countCommas = (s) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0x060c || c === 0xfe50 || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
};

// Sums of block characters per ancestor, for link density.
function aggregate(blocks, stop) {
  const stats = new Map();
  for (const b of blocks) {
    let climb = 0;
    for (let el = b.container; el && el !== stop && climb < MAX_CLIMB; el = el.parentElement, climb++) {
      let s = stats.get(el);
      if (!s) stats.set(el, (s = { chars: 0, linkChars: 0, blocks: 0 }));
      s.chars += b.chars;
      s.linkChars += b.linkChars;
      s.blocks += 1;
    }
  }
  return stats;
}

function linkDensity(stats, el) {
  const s = stats.get(el);
  return s && s.chars ? s.linkChars / s.chars : 0;
}

// Readability's candidate scoring over scanned blocks.
function scoreCandidates(blocks) {
  const scores = new Map();
  const init = (el) => {
    let s = scores.get(el);
    if (s === undefined) {
      s = tagWeight(el.localName) + classWeight(el);
      scores.set(el, s);
    }
    return s;
  };
  for (const b of blocks) {
    if (NOT_PARAGRAPHS.has(b.container.localName)) continue;
    const text = blockText(b);
    if (text.length < 25) continue;
    const points = 1 + countCommas(text) + Math.min(Math.floor(text.length / 100), 3);
    let el = b.container.localName === 'p' || b.container.localName === 'pre' || b.container.localName === 'li'
      ? b.container.parentElement : b.container;
    for (let level = 0; el && level < 5; level++, el = el.parentElement) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, init(el) + points / divider);
      if (el.localName === 'body') break;
    }
  }
  return scores;
}

function textLengthOf(stats, el) {
  const s = stats.get(el);
  return s ? s.chars : 0;
}

// The article root: the best candidate, lifted to a parent that holds
// several near-best candidates, as readability does.
function pickRoot(blocks) {
  const scores = scoreCandidates(blocks);
  const stats = aggregate(blocks, null);
  let top = null, topScore = -Infinity;
  const finals = new Map();
  for (const [el, s] of scores) {
    const f = s * (1 - linkDensity(stats, el));
    finals.set(el, f);
    if (f > topScore) { top = el; topScore = f; }
  }
  if (!top) return { root: null, finals, stats };
  // Several good candidates under one ancestor: the ancestor is the article.
  const good = [...finals].filter(([el, f]) => el !== top && f >= topScore * 0.75).map(([el]) => el);
  if (good.length >= 2) {
    let climb = 0;
    for (let p = top.parentElement; p && p.localName !== 'body' && climb < MAX_CLIMB; p = p.parentElement, climb++) {
      if (good.filter((g) => p.contains(g)).length >= 2) { top = p; break; }
    }
  }
  // A parent whose score keeps up holds more of the article.
  let last = finals.get(top) ?? topScore;
  let climb = 0;
  for (let p = top.parentElement; p && p.localName !== 'body' && climb < MAX_CLIMB; p = p.parentElement, climb++) {
    const ps = finals.get(p);
    if (ps === undefined) continue;
    if (ps < last / 3) break;
    if (ps > last) { top = p; }
    last = ps;
  }
  while (top.parentElement && top.parentElement.localName !== 'body' &&
         top.parentElement.children.length === 1) top = top.parentElement;
  top = widen(top, blocks, stats);
  return { root: top, finals, stats };
}

// Prose: characters of <p> (and quote, pre) blocks of 25+ characters with
// few links, under each element. List items are left out: tickers and
// teaser lists are lists.
function proseStats(blocks) {
  const prose = new Map();
  for (const b of blocks) {
    const tag = b.container.localName;
    if (b.chars < 25 || b.linkChars > b.chars * 0.3 || (tag !== 'p' && tag !== 'blockquote' && tag !== 'pre')) continue;
    let climb = 0;
    for (let el = b.container; el && climb < MAX_CLIMB; el = el.parentElement, climb++) prose.set(el, (prose.get(el) || 0) + b.chars);
  }
  return prose;
}

// A body split into chunks (between ads, in grid cells): climb while the
// parent holds clearly more prose than the root and is not link-heavy.
function widen(root, blocks, stats) {
  const prose = proseStats(blocks);
  let top = root;
  let climb = 0;
  for (let p = top.parentElement; p && p.localName !== 'body' && p.localName !== 'html' && climb < MAX_CLIMB; p = p.parentElement, climb++) {
    const mine = prose.get(top) || 0, theirs = prose.get(p) || 0;
    if (theirs >= mine * 1.5 && linkDensity(stats, p) < 0.25 && classWeight(p) >= 0) top = p;
    else if (theirs > mine) break;  // more prose up there, but not article-like: stop
  }
  return top;
}

// Siblings of the root that belong to the article too (a split body).
function withSiblings(root, finals, stats) {
  const parts = [root];
  const rootScore = finals.get(root) ?? 0;
  const threshold = Math.max(10, rootScore * 0.2);
  const cls = root.getAttribute('class');
  const parent = root.parentElement;
  if (!parent) return parts;
  for (const sib of parent.children) {
    if (sib === root) continue;
    let bonus = 0;
    if (cls && sib.getAttribute('class') === cls) bonus += rootScore * 0.2;
    const s = finals.get(sib);
    if (s !== undefined && s + bonus >= threshold) { parts.push(sib); continue; }
    if (sib.localName === 'p') {
      const len = textLengthOf(stats, sib);
      const ld = linkDensity(stats, sib);
      if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(sib.textContent))) parts.push(sib);
    }
  }
  return parts;
}

function metaContent(doc, selector) {
  const m = doc.querySelector(selector);
  return m ? (m.getAttribute('content') || '').trim() : '';
}

const tokens = (s) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);

function overlap(a, b) {
  if (!a.length || !b.length) return 0;
  const set = new Set(b);
  let hit = 0;
  for (const t of a) if (set.has(t)) hit++;
  const p = hit / a.length, r = hit / b.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

// The headline: the visible h1/h2 (or itemprop=headline) whose words best
// match the page's declared title.
function findTitle(doc, root, rendered = true) {
  const declared = tokens(metaContent(doc, 'meta[property="og:title"]') ||
                          metaContent(doc, 'meta[name="twitter:title"]') || doc.title || '');
  let best = null, bestScore = 0.45;
  const seen = new Set();
  let looked = 0;
  for (const el of doc.querySelectorAll('h1, h2, [itemprop="headline"]')) {
    if (++looked > MAX_HEADINGS) break;
    if (seen.has(el)) continue;
    seen.add(el);
    if (el.closest('nav, aside, footer, [role="navigation"]')) continue;
    if (rendered && notRendered(el)) continue;
    const text = el.textContent.trim();
    if (text.length < 8 || text.length > 300) continue;
    let score = declared.length ? overlap(tokens(text), declared) : 0.5;
    if (el.localName === 'h1') score += 0.25;
    if (root && (root.contains(el) || (el.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING))) score += 0.1;
    if (score > bestScore) { best = el; bestScore = score; }
  }
  return best;
}

// A media player's box: an element with a <video> or <audio> child, whose
// other text is the player's controls ("Play", "Current Time 0:00").
function isMediaBox(el) {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'video' || c.localName === 'audio') return true;
  }
  return false;
}
// Mean characters per block under which a media box is a player's controls.
const PLAYER_LABEL_CHARS = 40;

// Block-level cleaning inside the article: furniture, link lists, media
// player controls, headings that are the title again.
function keepBlock(b, stats, root) {
  const text = blockText(b);
  if (FURNITURE.test(text)) return false;
  const ld = b.chars ? b.linkChars / b.chars : 0;
  if (ld > 0.5) return false;
  // A list or box that is mostly links (related stories, tags).
  let climb = 0;
  for (let el = b.container; el && el !== root && climb < MAX_CLIMB; el = el.parentElement, climb++) {
    const s = stats.get(el);
    if (!s) continue;
    const t = el.localName;
    if ((t === 'ul' || t === 'ol' || t === 'div' || t === 'section' || t === 'table') && s.blocks >= 2 &&
        s.linkChars / s.chars > 0.4) return false;
    if (classWeight(el) < 0 && s.chars < 600) return false;
    // A player's controls are short labels; an article body that holds a
    // video directly averages far longer blocks and is kept.
    if (s.chars < PLAYER_LABEL_CHARS * s.blocks && isMediaBox(el)) return false;
  }
  return true;
}

// Filters from strict to lenient: a page may wrap its whole body in a
// class that reads like boilerplate ("page-ad-margins"), or keep the body
// hidden until its scripts run. As readability does, a lenient pass runs
// when the strict one finds too little.
const PASSES = [{ byClass: 2, visibility: true }, { byClass: 1, visibility: true },
  { byClass: 0, visibility: true }, { byClass: 1, visibility: false }, { byClass: 0, visibility: false }];
const ENOUGH_TEXT = 500;

// One pass: the blocks of the page under `filter`, the root, and the blocks
// of the article.
function* extractSteps(doc, filter, maxNodes) {
  const scan = yield* scanSteps(doc.body, { skip: boilerplateFilter(filter), maxNodes });
  const all = scan.blocks;
  const { root, finals, stats } = pickRoot(all);
  if (!root) return { root: null, body: [], chars: 0, scan };
  const parts = withSiblings(root, finals, stats);
  const partOf = (el) => parts.find((p) => p === el || p.contains(el));
  const body = all.filter((b) => {
    const part = partOf(b.container);
    return part && keepBlock(b, stats, part);
  });
  return { root, body, chars: body.reduce((n, b) => n + b.chars, 0), scan };
}

// Runs a generator of this module (or textmap.scanSteps) to the end at once.
function drain(steps) {
  let r = steps.next();
  while (!r.done) r = steps.next(false);
  return r.value;
}

export function findArticle(doc = document, opts = {}) {
  return drain(findArticleSteps(doc, opts));
}

export function* findArticleSteps(doc = document, { maxNodes = Infinity } = {}) {
  if (!doc.body) return { title: null, root: null, blocks: [], titleBlocks: 0, stopped: null, nodes: 0 };
  const rendered = !doc.body.checkVisibility || doc.body.checkVisibility(VISIBILITY_OPTIONS);
  let best = null, stopped = null, nodes = 0;
  for (const pass of PASSES) {
    if (!rendered && pass.visibility) continue;
    const r = yield* extractSteps(doc, pass, maxNodes - nodes);
    nodes += r.scan.nodes;
    if (!best || r.chars > best.chars * 1.5) best = r;
    // A walk cut short (time, size): no further pass, the part walked is it.
    if (r.scan.stopped) { stopped = r.scan.stopped; break; }
    if (best.chars >= ENOUGH_TEXT) break;
  }
  const title = findTitle(doc, best.root, rendered);
  const titleBlocks = title ? scanBlocks(title, { maxNodes: 10000 }) : [];
  const body = title ? best.body.filter((b) => !title.contains(b.container)) : best.body;
  return { title, root: best.root, blocks: [...titleBlocks, ...body], titleBlocks: titleBlocks.length, stopped, nodes };
}

// An element named as the article by the shell: no search for the body,
// but the same cleaning inside it (navigation, hidden subtrees, share bars,
// link lists, furniture), with the lenient passes when the strict one keeps
// too little. The title is its first heading, when that comes first.
export function articleIn(root, opts = {}) {
  return drain(articleInSteps(root, opts));
}

export function* articleInSteps(root, { maxNodes = Infinity } = {}) {
  if (!root) return { title: null, root: null, blocks: [], titleBlocks: 0, stopped: null, nodes: 0 };
  const rendered = !root.checkVisibility || root.checkVisibility(VISIBILITY_OPTIONS);
  let best = null, stopped = null, nodes = 0;
  for (const pass of PASSES) {
    if (!rendered && pass.visibility) continue;
    const scan = yield* scanSteps(root, { skip: boilerplateFilter(pass), maxNodes: maxNodes - nodes });
    nodes += scan.nodes;
    const all = scan.blocks;
    const stats = aggregate(all, root);
    const body = all.filter((b) => keepBlock(b, stats, root));
    const chars = body.reduce((n, b) => n + b.chars, 0);
    if (!best || chars > best.chars * 1.5) best = { body, chars };
    if (scan.stopped) { stopped = scan.stopped; break; }
    if (best.chars >= ENOUGH_TEXT) break;
  }
  const first = best.body[0];
  const heading = first && first.container.closest('h1, h2, h3, [itemprop="headline"]');
  const title = heading && root.contains(heading) ? heading : null;
  const titleBlocks = title ? best.body.filter((b) => title.contains(b.container)).length : 0;
  return { title, root, blocks: best.body, titleBlocks, stopped, nodes };
}

// The publication date as YYYY-MM-DD, from the page's metadata, or null.
export function findPublicationDate(doc = document) {
  const candidates = [
    metaContent(doc, 'meta[property="article:published_time"]'),
    metaContent(doc, 'meta[itemprop="datePublished"]'),
    metaContent(doc, 'meta[name="pubdate"]'),
    metaContent(doc, 'meta[name="publishdate"]'),
    metaContent(doc, 'meta[name="date"]'),
    metaContent(doc, 'meta[name="dc.date"]'),
    metaContent(doc, 'meta[name="DC.date.issued"]'),
    metaContent(doc, 'meta[property="og:published_time"]'),
  ];
  const el = doc.querySelector('[itemprop="datePublished"][datetime], time[datetime]');
  if (el) candidates.push(el.getAttribute('datetime') || '');
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(s.textContent);
    if (m) { candidates.push(m[1]); break; }
  }
  for (const c of candidates) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(c);
    if (m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

