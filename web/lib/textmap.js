// textmap: the page's text as blocks, and the way back from block offsets
// to DOM Ranges.
//
// A block is a run of inline content between block boundaries: a paragraph,
// a heading, a list item, the text of a <div> around its nested blocks.
// <br> also ends a block. Its text is what a reader sees, with whitespace
// collapsed to single spaces (as CSS renders it), invisible characters
// (zero-width spaces and joiners, soft hyphens, byte-order marks, and the
// bidirectional controls: marks, embeddings, overrides, isolates) dropped and
// no leading or trailing space. That text is what annotateBlocks() receives,
// so every result offset (UTF-16 units of a block) maps back through the
// text map to the live text nodes, whatever invisible characters sit between.
//
//   const blocks = scanBlocks(root, {skip});   // cheap: text nodes only
//   const map = buildTextMap(blocks);          // texts + offset tables
//   map.texts                                  // string[] for annotateBlocks
//   map.rangeFor(block, start, end)            // a live Range, across <a>, <em>, ...
//   map.locate(textNode, offset)               // {block, offset} or null
//
//   buildTextMap(blocks, {maxChars, maxBlocks}) // a prefix: at most that much text
//   map.clipped                                // true when the limits cut it short
//
// The walk is iterative (any nesting depth, no recursion) and resumable:
// scanSteps() is a generator that pauses every few hundred nodes, so a
// caller can spread a large page over several tasks and stop it at a time
// budget (page.js); scanBlocks() runs it to the end at once.
//
// Nothing here changes the DOM.

// Elements that start and end a block of text.
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'body', 'menu', 'legend', 'option',
]);

// Elements whose content is never article text.
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'select', 'textarea', 'input', 'button', 'math', 'head', 'title', 'meta', 'link', 'img',
  'picture', 'source', 'map', 'dialog', 'frameset', 'frame', 'datalist', 'output', 'progress', 'meter',
]);

// One block: the element that opened it and its text nodes, in order.
// chars counts the collapsed characters, linkChars those inside <a>.
function newBlock(container) {
  return { container, nodes: [], chars: 0, linkChars: 0, text: null };
}

// The character classes, as regular-expression class bodies. A block's text
// drops INVISIBLE (see the header) and collapses each run of SPACE to one
// space: what CSS collapses, and the no-break space, which pages use for
// spacing. (isSpace and isInvisible below are the same sets, per character.)
// The scan's estimates (collapsedLength, VISIBLE) take any Unicode space as
// a space: they size blocks and test for visible text, never give offsets.
const INVISIBLE_CLASS = '\\u200b-\\u200f\\u2060\\ufeff\\u00ad\\u061c\\u202a-\\u202e\\u2066-\\u2069';
const SPACE_BUT_U0020 = '\\t\\n\\r\\f\\u00a0';
const SPACE_CLASS = ` ${SPACE_BUT_U0020}`;
const BLANK_CLASS = `\\s\\u00a0${INVISIBLE_CLASS}`;

const WS = new RegExp(`[${BLANK_CLASS}]+`, 'g');
const WS_RUN = new RegExp(`[${BLANK_CLASS}]{2}`);
const VISIBLE = new RegExp(`[^${BLANK_CLASS}]`);

// The length of s with each run of spaces and invisible characters counted
// as one: s.length when there is no run of two (no new string then).
function collapsedLength(s) {
  return WS_RUN.test(s) ? s.replace(WS, ' ').length : s.length;
}

// Walks root and returns its blocks in document order. skip(el) may exclude
// an element and its subtree (navigation, hidden text, ...). Only text is
// read; nothing is computed per character.
export function scanBlocks(root, opts = {}) {
  const steps = scanSteps(root, opts);
  let r = steps.next();
  while (!r.done) r = steps.next(false);
  return r.value.blocks;
}

// The same walk as a generator: it yields (the number of nodes visited so
// far) every `every` nodes; the caller answers each yield with true to stop
// it there. Returns {blocks, stopped, nodes}: stopped is null after a full
// walk, 'time' when the caller stopped it, 'size' past maxNodes nodes. The
// blocks of a stopped walk are the whole blocks of the part of the page
// before the point it reached, in order (the block it was in is left out).
//
// Between two steps the page may change (its scripts run while the caller
// yields): the walk then follows the nodes' current siblings and parents,
// which may skip or repeat a little of the page, never fail; the caller
// walks again after a change anyway.
export function* scanSteps(root, { skip = () => false, maxNodes = Infinity, every = 256 } = {}) {
  const blocks = [];
  let cur = null;
  const flush = () => {
    if (cur) blocks.push(cur);  // a block starts only at visible text
    cur = null;
  };
  if (!root) return { blocks, stopped: null, nodes: 0 };
  // The elements entered and not yet left: an array, not the call stack, so
  // a page nested 100,000 deep is walked like any other.
  const open = [{ el: root, container: root, inLink: false, block: true }];
  let node = root.firstChild;
  let nodes = 0, stopped = null;
  while (open.length) {
    if (node === null) {  // past the last child of the innermost open element
      const done = open.pop();
      if (!open.length) break;
      if (done.block) flush();
      node = done.el.nextSibling;
      continue;
    }
    if (++nodes % every === 0 && (yield nodes)) { stopped = 'time'; break; }
    if (nodes > maxNodes) { stopped = 'size'; break; }
    const type = node.nodeType;
    const top = open[open.length - 1];
    if (type === 3) {  // Text
      const data = node.data;
      if (cur || VISIBLE.test(data)) {
        if (!cur) cur = newBlock(top.container);
        const n = collapsedLength(data);
        cur.nodes.push(node);
        cur.chars += n;
        if (top.inLink) cur.linkChars += n;
      }
    } else if (type === 1) {  // Element
      const tag = node.localName;
      const isBlock = BLOCK_TAGS.has(tag);
      // An element with no children adds no text whatever skip() says (its
      // visibility test is the dearest part of the walk): only a <br>'s
      // matters, a hidden one ending no block.
      if (SKIP_TAGS.has(tag) || ((node.firstChild !== null || tag === 'br') && skip(node))) {
        if (isBlock) flush();
      } else if (tag === 'br') {
        flush();
      } else {
        if (isBlock) flush();
        open.push({ el: node, container: isBlock ? node : top.container, inLink: top.inLink || tag === 'a', block: isBlock });
        node = node.firstChild;
        continue;
      }
    }
    node = node.nextSibling;
  }
  // A walk stopped inside a block leaves that block out: what was walked is
  // given as whole blocks.
  if (!stopped) flush();
  return { blocks, stopped, nodes };
}

// The visible text of a scanned block (collapsed whitespace, trimmed).
export function blockText(block) {
  if (block.text === null) block.text = normalize(block.nodes, Infinity, false).text;
  return block.text;
}

const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
const isInvisible = (c) => (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad || c === 0x061c ||
  (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
// The same classes for whole strings: native regular expressions, not a
// loop over characters (the content script's first run is not yet compiled
// to machine code, and every block of the page is read while detecting).
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CLASS}]+`, 'g');
const SPACES = new RegExp(`[${SPACE_CLASS}]+`, 'g');
const SPACES_TO_COLLAPSE = new RegExp(`[${SPACE_BUT_U0020}]| {2}`);

// The node offsets of a segment's characters: offs[i] is the node offset of
// block character start + i. Computed when first asked for (a range or a hit
// test needs a few segments, not every one), from the node's text as it was
// when mapped; lastSpace: whether the block's text before the segment ended
// in a space (a leading space of the node is then dropped).
function nodeOffsets(s, lastSpace, n) {
  const offs = [];
  for (let i = 0; i < s.length && offs.length < n; i++) {
    const c = s.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    offs.push(i);
  }
  return offs;
}

// Text with nothing to collapse or drop (no invisible character, no space
// but single U+0020): its node offsets are its block offsets, shifted by one
// when a leading space is dropped.
const NOT_PLAIN = new RegExp(`[${SPACE_BUT_U0020}${INVISIBLE_CLASS}]| {2}`);

// One text node's part of a block: block characters [start, end) are the
// node's, from its text as it was when mapped (data). offAt(i) is the node
// offset of block character start + i; offs the whole table.
class Segment {
  constructor(node, data, start, end, lastSpace) {
    this.node = node;
    this.start = start;
    this.end = end;
    this.data = data;
    this.lastSpace = lastSpace;  // the block's text before ended in a space
    this.shift = undefined;      // node offset - block offset for plain text, else -1
    this.table = null;
  }

  get offs() {
    if (!this.table || this.table.length !== this.end - this.start) {
      this.table = nodeOffsets(this.data, this.lastSpace, this.end - this.start);
    }
    return this.table;
  }

  offAt(i) {
    if (this.shift === undefined) {
      this.shift = NOT_PLAIN.test(this.data) ? -1 : (this.lastSpace && this.data.charCodeAt(0) === 32 ? 1 : 0);
    }
    return this.shift >= 0 ? i + this.shift : this.offs[i];
  }
}

// Builds one block's text and, per text node, a segment whose offs table
// goes from block offsets to node offsets (above). At most `limit`
// characters: a longer block is cut there (cut: true when visible text was
// left out). withSegments false: the text only.
function normalize(nodes, limit = Infinity, withSegments = true) {
  let out = '';
  const segments = [];
  let lastSpace = true;  // no leading space
  let cut = false;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    const s = node.data;
    const start = out.length;
    const room = limit - start;
    // Invisible characters dropped, each run of spaces one space, none at
    // the start of the block or after a space.
    let piece = INVISIBLE.test(s) ? s.replace(INVISIBLE_ALL, '') : s;
    if (SPACES_TO_COLLAPSE.test(piece)) piece = piece.replace(SPACES, ' ');
    if (lastSpace && piece.charCodeAt(0) === 32) piece = piece.slice(1);
    let full = true;
    if (piece.length > room) {
      full = false;
      cut = VISIBLE.test(piece.slice(room));
      piece = piece.slice(0, room);
    }
    const before = lastSpace;
    if (piece.length) {
      out += piece;
      lastSpace = piece.charCodeAt(piece.length - 1) === 32;
      if (withSegments) segments.push(new Segment(node, s, start, out.length, before));
    }
    if (out.length >= limit) {
      if (full) cut = false;
      cut = cut || nodes.slice(k + 1).some((n) => VISIBLE.test(n.data));
      break;
    }
  }
  // No trailing space: drop it from the segment that produced it.
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    if (withSegments) {
      const last = segments[segments.length - 1];
      last.end -= 1;
      if (last.end === last.start) segments.pop();
    }
  }
  return { text: out, segments, cut };
}

// First index in sorted segments whose end is > offset (start) or >= offset (end).
function findSegment(segments, offset, isEnd) {
  let lo = 0, hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = segments[mid].end;
    if (isEnd ? e >= offset : e > offset) hi = mid; else lo = mid + 1;
  }
  return segments[lo];
}

// The text map of `blocks`, or of their first part: at most maxBlocks blocks
// and maxChars characters in all, in whole blocks (the first block alone is
// cut at maxChars when it is longer). map.blocks are the blocks mapped;
// map.clipped says whether the limits left text out.
export function buildTextMap(blocks, { maxChars = Infinity, maxBlocks = Infinity } = {}) {
  const texts = [];
  const perBlock = [];
  const byNode = new Map();  // text node -> {block, segment}
  let room = maxChars, clipped = false;
  const mapped = [];
  for (const b of blocks) {
    if (mapped.length >= maxBlocks || room <= 0) { clipped = true; break; }
    const bi = mapped.length;
    const { text, segments, cut } = normalize(b.nodes, room);
    if (cut) {
      clipped = true;
      // Whole blocks only, but for a first block too long on its own: a
      // sentence cut in two would be annotated as if it ended there.
      if (bi > 0) break;
    } else {
      b.text = text;  // blockText() keeps whole blocks only
    }
    room -= text.length;
    mapped.push(b);
    texts.push(text);
    perBlock.push(segments);
    for (const seg of segments) byNode.set(seg.node, { block: bi, segment: seg });
    if (clipped) break;
  }

  return {
    texts,
    blocks: mapped,
    clipped,
    // A Range over [start, end) of block `block`, or null when out of bounds
    // (or when the page changed the text node since: a page's script may
    // rewrite text while the annotator works).
    rangeFor(block, start, end) {
      const segs = perBlock[block];
      if (!segs || !segs.length || start < 0 || end <= start || end > texts[block].length) return null;
      const a = findSegment(segs, start, false);
      const b = findSegment(segs, end, true);
      const from = a.offAt(start - a.start), to = b.offAt(end - 1 - b.start) + 1;
      if (from > a.node.length || to > b.node.length) return null;
      const doc = a.node.ownerDocument;
      const r = doc.createRange();
      try {
        r.setStart(a.node, from);
        r.setEnd(b.node, to);
      } catch {
        return null;  // a node moved into a doctype or similar: no range
      }
      return r;
    },
    // The block offset of a DOM position inside a mapped text node.
    locate(node, offset) {
      const hit = byNode.get(node);
      if (!hit) return null;
      const { segment } = hit;
      const offs = segment.offs;
      let lo = 0, hi = offs.length - 1;
      if (offset <= offs[0]) return { block: hit.block, offset: segment.start };
      while (lo < hi) {  // last i with offs[i] <= offset
        const mid = (lo + hi + 1) >> 1;
        if (offs[mid] <= offset) lo = mid; else hi = mid - 1;
      }
      return { block: hit.block, offset: segment.start + lo + (offs[lo] < offset ? 1 : 0) };
    },
    // The text-node segments of a block: {node, start, end, offs}.
    segmentsOf(block) { return perBlock[block] || []; },
    // Every mapped text node (to tell whether a mutation touched the article).
    hasNode(node) { return byNode.has(node); },
  };
}
