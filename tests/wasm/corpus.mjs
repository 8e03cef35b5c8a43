// The texts of ../shared (read at run time, never copied into the repo):
// every evaluation text and every article body of the corpus folders that
// have one. Used by the identity test (native CLI vs wasm) and the
// benchmark.
//
//   loadTexts() -> [{id, text, date?}]
//
// Article bodies, by folder: scrapinghub-aeb (human-annotated articleBody),
// polnear (all splits; date from the file name), newspaper4k-news (txt/),
// re3d (documents.json), gum-news (rebuilt from CoNLL-U: tokens, SpaceAfter,
// # newpar; date from # meta::dateCreated), readability-news (expected.html
// with its tags stripped), conll2003-en and wikigold (token files: tokens
// joined by spaces, one sentence a line, one document each). Folders with
// no body text (trafilatura-eval-news and postlight-parser-news keep only
// snippets; recognizers-text-en and ggt-quote-verbs are not articles) are
// left out.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const sharedDir = resolve(process.env.NEWSANN_SHARED ?? join(repoRoot, "..", "shared"));

const read = (p) => readFileSync(p, "utf8");
const list = (dir, ext) =>
  existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f)) : [];

function evalTexts(out) {
  const root = join(sharedDir, "eval");
  for (const sub of readdirSync(root).sort()) {
    for (const path of list(join(root, sub), ".txt")) {
      out.push({ id: `eval/${sub}/${path.split("/").pop()}`, text: read(path) });
    }
  }
}

function polnear(out) {
  const root = join(sharedDir, "corpus/polnear/data");
  for (const split of ["annotator-training", "dev", "test", "train"]) {
    for (const path of list(join(root, split, "text"), ".txt")) {
      const name = path.split("/").pop();
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
      out.push({ id: `polnear/${split}/${name}`, text: read(path), date });
    }
  }
}

function scrapinghub(out) {
  const truth = JSON.parse(read(join(sharedDir, "corpus/scrapinghub-aeb/ground-truth-news.json")));
  for (const id of Object.keys(truth).sort()) out.push({ id: `scrapinghub-aeb/${id}`, text: truth[id].articleBody });
}

function newspaper4k(out) {
  for (const path of list(join(sharedDir, "corpus/newspaper4k-news/txt"), ".txt")) {
    out.push({ id: `newspaper4k/${path.split("/").pop()}`, text: read(path) });
  }
}

function re3d(out) {
  const root = join(sharedDir, "corpus/re3d");
  for (const sub of readdirSync(root).sort()) {
    const path = join(root, sub, "documents.json");
    if (!existsSync(path)) continue;
    for (const line of read(path).split("\n")) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      out.push({ id: `re3d/${sub}/${doc._id}`, text: doc.text });
    }
  }
}

function gum(out) {
  for (const path of list(join(sharedDir, "corpus/gum-news/dep"), ".conllu")) {
    let text = "";
    let date;
    for (const line of read(path).split("\n")) {
      if (line.startsWith("# meta::dateCreated = ")) date = line.slice(22, 32);
      if (line.startsWith("# newpar") && !line.startsWith("# newpar_") && text) text = text.trimEnd() + "\n\n";
      if (!line || line.startsWith("#")) continue;
      const cols = line.split("\t");
      if (cols[0].includes("-") || cols[0].includes(".")) continue;  // multiword / empty nodes
      text += cols[1] + (cols[9].split("|").includes("SpaceAfter=No") ? "" : " ");
    }
    out.push({ id: `gum-news/${path.split("/").pop()}`, text: text.trimEnd() + "\n", date });
  }
}

const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–",
                   rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", hellip: "…" };
function htmlText(html) {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|div|tr)>|<br\s*\/?>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] !== "#") return entities[e.toLowerCase()] ?? m;
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    })
    .split(/\n\n+/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

function readability(out) {
  const root = join(sharedDir, "corpus/readability-news/pages");
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name, "expected.html.gz");
    if (!existsSync(path)) continue;
    const meta = join(root, name, "expected-metadata.json");
    const published = existsSync(meta) ? JSON.parse(read(meta)).publishedTime : null;
    const date = /^\d{4}-\d{2}-\d{2}/.exec(published ?? "")?.[0];
    out.push({ id: `readability/${name}`, text: htmlText(gunzipSync(readFileSync(path)).toString("utf8")), date });
  }
}

// CoNLL token files: one token a line (token first), blank line between
// sentences, -DOCSTART- between documents.
function conllDocs(out, path, prefix) {
  let doc = [];
  let sentence = [];
  let n = 0;
  const flushSentence = () => {
    if (sentence.length) doc.push(sentence.join(" "));
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (doc.length) out.push({ id: `${prefix}/${++n}`, text: doc.join("\n") + "\n" });
    doc = [];
  };
  for (const line of read(path).split("\n")) {
    const token = line.split(" ")[0];
    if (token === "-DOCSTART-") flushDoc();
    else if (!token) flushSentence();
    else sentence.push(token);
  }
  flushDoc();
}

export function loadTexts() {
  if (!existsSync(join(sharedDir, "eval")) || !existsSync(join(sharedDir, "corpus"))) {
    throw new Error(`shared texts not found in ${sharedDir} (set NEWSANN_SHARED)`);
  }
  const out = [];
  evalTexts(out);
  out.push(...loadArticles());
  conllDocs(out, join(sharedDir, "corpus/conll2003-en/eng.testa"), "conll2003-en/testa");
  conllDocs(out, join(sharedDir, "corpus/wikigold/wikigold.conll.txt"), "wikigold");
  return out;
}

// The article bodies only (no evaluation snippets or token files): what the
// benchmark measures.
export function loadArticles() {
  const out = [];
  scrapinghub(out);
  polnear(out);
  newspaper4k(out);
  re3d(out);
  gum(out);
  readability(out);
  return out;
}
