#include "ner_features.h"

#include <cstring>

#include "ner_gazetteer.h"
#include "word_table.h"

namespace newsann {

std::string_view ner_tag_name(int tag) {
  static constexpr std::string_view kNames[kNerTags] = {"O", "PER", "ORG", "LOC", "MISC"};
  return tag >= 0 && tag < kNerTags ? kNames[tag] : "<s>";
}

uint64_t feature_hash_of_name(std::string_view name) {
  size_t eq = name.find('=');
  if (eq == std::string_view::npos) return 0;
  uint64_t h = fnv1a(name.substr(0, eq));
  std::string_view rest = name.substr(eq + 1);
  size_t i = 0;
  while (true) {
    size_t sp = rest.find(' ', i);
    std::string_view part = rest.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    h = feature_combine(h, fnv1a(part));
    if (sp == std::string_view::npos) break;
    i = sp + 1;
  }
  return h ^ (h >> 31);
}

std::string feature_name(const FeatTemplate& t, const FeatPart& a, const FeatPart& b,
                         const FeatPart& c) {
  std::string out(t.s);
  out += '=';
  out += a.s;
  if (b.present) out.append(" ").append(b.s);
  if (c.present) out.append(" ").append(c.s);
  return out;
}

uint64_t hash_lower(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0x99) {
      c = '\'';
      i += 2;
    }
    h = (h ^ c) * 1099511628211ull;
  }
  return h;
}

DocStats::DocStats(const Text& text) {
  for (const Sentence& s : text.sentences) {
    // Headlines in capitals say nothing about how a word is normally written.
    bool caps_line = true;
    int words = 0;
    for (uint32_t i = s.first; i < s.last && caps_line; ++i) {
      const Token& t = text.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      ++words;
      if (t.has(kLower)) caps_line = false;
    }
    if (caps_line && words >= 2) continue;
    for (uint32_t i = s.first; i < s.last; ++i) {
      const Token& t = text.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      if (t.has(kLower)) {
        uint64_t h = text.key(i);  // hash_lower(text.str(t))
        lower_.set(h & kMask);
        lower_.set((h >> 20) & kMask);
      } else if (t.has(kUpper) && i > s.first && text.tokens[i - 1].kind != TokenKind::kQuote) {
        uint64_t h = text.key(i);
        cap_.set(h & kMask);
        cap_.set((h >> 20) & kMask);
      }
    }
  }
}

void prepare_sentence(const Text& text, const Sentence& sentence, const DocStats& stats,
                      SentenceView* v) {
  const Gazetteer& gz = Gazetteer::get();
  v->text = &text;
  sentence_units(text, sentence, &v->units);
  const size_t n = v->units.size();
  v->info.assign(n, SentenceView::UnitInfo{});
  // Only the length needs a value: 0xFF marks the shape not yet computed.
  // One byte stored per unit: assign(n, unset) copied a 24-byte struct that
  // GCC kept on the stack, rewriting its last byte and reading it back for
  // each unit, a store-forwarding stall that showed as 2% of all time.
  v->shapes.resize(n);
  for (SentenceView::Shape& sh : v->shapes) sh.len = 0xFF;
  // Each unit's lowercase text and word key: a token's come from the Text;
  // a unit of several tokens (written without spaces) is their bytes in the
  // Text's lowered buffer, unless one of them folded a ’ and so is shorter.
  v->lowbuf.clear();
  v->lowbuf.reserve(sentence.e - sentence.b + 1);  // views into it stay valid
  int words = 0, capwords = 0;
  uint32_t gaz_any = 0;
  for (size_t i = 0; i < n; ++i) {
    const Unit& u = v->units[i];
    if (u.last == u.first + 1) {
      v->info[i].low = text.low(u.first);
      v->info[i].key = text.key(u.first);
    } else {
      size_t len = 0;
      for (uint32_t k = u.first; k < u.last; ++k) len += text.low(k).size();
      std::string_view w;
      if (len == u.e - u.b) {
        w = text.low_bytes(u.b, u.e);
      } else {
        size_t at = v->lowbuf.size();
        for (uint32_t k = u.first; k < u.last; ++k) v->lowbuf.append(text.low(k));
        w = std::string_view(v->lowbuf).substr(at);
      }
      v->info[i].low = w;
      v->info[i].key = Gazetteer::word_key(w);
    }
    if (u.has(kUnitWord)) {
      ++words;
      if (!u.has(kUnitLower)) ++capwords;
    }
    // Gazetteer classes and document flags: only capitalised units are
    // ever candidates or read for them.
    if (u.has(kUnitHasUpper)) {
      const uint64_t h = v->info[i].key;
      v->info[i].gaz = gz.word_hash(h);
      gaz_any |= v->info[i].gaz;
      v->info[i].docflags = static_cast<uint8_t>((stats.seen_lower(h) ? 1 : 0) | (stats.seen_cap_mid(h) ? 2 : 0));
    }
  }
  v->all_caps = words >= 2 && capwords == words;
  v->words = static_cast<uint32_t>(words);
  v->capwords = static_cast<uint32_t>(capwords);
  v->gaz_any = gaz_any;
  // Gazetteer phrases: longest match from each capitalised unit, left to right.
  for (size_t i = 0; i < n;) {
    if (!v->units[i].has(kUnitHasUpper)) {
      ++i;
      continue;
    }
    size_t best = 0;
    PhraseKind kind = PhraseKind::kNone;
    uint64_t key = 0;
    for (size_t k = i; k < n && k - i < static_cast<size_t>(Gazetteer::kMaxPhraseUnits); ++k) {
      key = Gazetteer::phrase_extend(key, v->info[k].key);
      const PhraseInfo* p = gz.phrase_hash(key);
      if (!p) break;
      if (p->complete && v->units[k].has(kUnitHasUpper)) {
        best = k - i + 1;
        kind = p->kind;
      }
    }
    if (best == 0) {
      ++i;
      continue;
    }
    uint8_t base = static_cast<uint8_t>(static_cast<int>(kind) * 2);
    for (size_t k = i; k < i + best; ++k) v->info[k].phrase = static_cast<uint8_t>(base + (k > i ? 1 : 0));
    i += best;
  }
}

static bool is_connector(const SentenceView& v, size_t i) {
  static const WordTable<char> kConnectors = word_set({"of", "the", "and", "de", "du", "des", "la", "le", "van",
                                            "von", "der", "den", "al", "el", "bin", "ibn", "da",
                                            "di", "do", "dos", "das", "for", "on", "&", "y", "du",
                                            "upon", "in", "'s", "\xE2\x80\x99s"});
  return kConnectors.contains(v.info[i].low, v.info[i].key);
}

// Function words that are capitalised only because they start a sentence;
// not tagged there unless a capitalised word follows ("The Hague").
bool is_sentence_function_word(const SentenceView& v, size_t i) {
  static const WordTable<char> kWords = word_set({
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so",
      "in", "on", "at", "for", "to", "of", "by", "with", "from", "as", "if", "when", "while",
      "after", "before", "this", "that", "these", "those", "there", "here", "his", "her", "its",
      "their", "our", "my", "what", "who", "how", "why", "where", "it's", "i'm", "we're",
      "however", "also", "yet", "still", "then", "now", "some", "many", "most", "all", "one",
      "no", "not", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
      "could", "should", "may", "might", "do", "does", "did", "said", "says", "according",
      // Adverbs and conjunctions that open sentences ("Among those who...",
      // "Until then", "Soon after", "See the results"), read as names.
      "among", "until", "soon", "see", "since", "although", "though", "because", "unless",
      "whether", "despite", "during", "without", "within", "instead", "meanwhile", "even", "only",
      "perhaps", "maybe", "indeed", "once", "every", "each", "both", "either", "neither", "such",
      "much", "more", "less", "over", "under", "about", "against", "between", "through", "amid",
      "unlike", "like", "just", "already", "again", "yes", "well",
      // A page's link labels: "Read more:", "Watch: ...", "Listen here".
      "read", "watch", "listen", "click", "subscribe"});
  return kWords.contains(v.info[i].low, v.info[i].key);
}

// The function words above that may open a name before a capitalised word
// ("The Hague", "One Nation", "All Progressives Congress", and a given name:
// "Will Smith"); the others stay out of the name after them ("Why Tunisia",
// "Like Trump", "Among Democrats").
static bool may_open_a_name(const SentenceView& v, size_t i) {
  static const WordTable<char> kWords = word_set({"the", "a", "an", "one", "all", "our", "my"});
  return (v.info[i].gaz & kGazGiven) || kWords.contains(v.info[i].low, v.info[i].key);
}

// The pronoun "I" and its contractions, capitalised wherever they stand:
// never a name ("And I've not had an audience..."), though a numeral "I"
// may end one ("World War I", "Elizabeth I").
static bool is_first_person(const SentenceView& v, size_t i, int prev_tag) {
  static const WordTable<char> kWords = word_set({"i'm", "i've", "i'd", "i'll"});
  const std::string_view w = v.info[i].low;
  return w.size() == 1 ? prev_tag == kTagO : kWords.contains(w, v.info[i].key);
}

bool is_candidate(const SentenceView& v, size_t i, int prev_tag) {
  const Unit& u = v.units[i];
  if (u.has(kUnitHasUpper)) {
    // (The first letter first: this is asked of every capitalised unit.)
    const std::string_view w = v.info[i].low;
    if (!w.empty() && w[0] == 'i' && w.size() <= 4 && u.has(kUnitCap) && !v.all_caps &&
        is_first_person(v, i, prev_tag)) {
      return false;
    }
    // "the No. 2 Republican": the abbreviation of "number".
    if (w == "no" && i + 2 < v.units.size() && v.info[i + 1].low == "." &&
        v.units[i + 2].has(kUnitNumber)) {
      return false;
    }
    if (v.all_caps || !u.has(kUnitCap) || u.has(kUnitAllCaps)) return true;
    bool opens = u.has(kUnitFirst) || v.units[i - 1].has(kUnitQuote) || v.info[i - 1].low == ":";
    if (!opens || !is_sentence_function_word(v, i)) return true;
    return i + 1 < v.units.size() && v.units[i + 1].has(kUnitCap) && may_open_a_name(v, i);
  }
  if (prev_tag == kTagO || i + 1 >= v.units.size()) return false;
  return v.units[i + 1].has(kUnitHasUpper) && is_connector(v, i);
}

// The shape character of each ASCII byte: X, x, d, or the byte itself.
struct ShapeClass {
  char cls[128] = {};
  constexpr ShapeClass() {
    for (int b = 0; b < 128; ++b) {
      cls[b] = b >= 'A' && b <= 'Z' ? 'X' : b >= 'a' && b <= 'z' ? 'x' : b >= '0' && b <= '9' ? 'd'
                                                                       : static_cast<char>(b);
    }
  }
};
constexpr ShapeClass kShapeClass;

std::string_view unit_shape(const SentenceView& v, size_t i) {
  if (v.shapes[i].len == 0xFF) compute_unit_shape(v, i);
  return std::string_view(v.shapes[i].s, v.shapes[i].len);
}

// The shapes of the common words, and their hashes, for the short cut below.
struct CommonShape {
  const char* s;
  uint8_t len;
  uint64_t hash;
};
constexpr CommonShape kCommonShape[2][3] = {
    {{"x", 1, fnv1a("x")}, {"xx", 2, fnv1a("xx")}, {"xx", 2, fnv1a("xx")}},      // lowercase
    {{"X", 1, fnv1a("X")}, {"Xx", 2, fnv1a("Xx")}, {"Xxx", 3, fnv1a("Xxx")}}};  // capitalised
constexpr CommonShape kAllCapsShape = {"XX", 2, fnv1a("XX")};
// The hash of each one-byte ASCII shape (a punctuation mark is its own).
struct ByteShapeHashes {
  uint64_t h[128] = {};
  constexpr ByteShapeHashes() {
    for (int b = 0; b < 128; ++b) h[b] = fnv1a(std::string_view(&kShapeClass.cls[b], 1));
  }
};
constexpr ByteShapeHashes kByteShapeHash;

void compute_unit_shape(const SentenceView& v, size_t i) {
  const Text& t = *v.text;
  const Unit& u = v.units[i];
  SentenceView::Shape& sh = v.shapes[i];
  // Most units are one word token of ASCII letters, lowercase after the
  // first: their shape follows from the token's flags and length ("x",
  // "xx"; "X", "Xx", "Xxx": runs of 2+ are written twice), without the
  // walk over its bytes below (about 140 instructions a unit).
  // So are a word in capitals ("XX") and a one-byte ASCII token (its class:
  // "." ",", "d").
  if (u.last == u.first + 1) {
    const Token& tok = t.tokens[u.first];
    const uint32_t n = tok.e - tok.b;
    const CommonShape* c = nullptr;
    if (tok.kind == TokenKind::kWord && !(tok.flags & (kNonAscii | kApostrophe))) {
      if (!(tok.flags & (kInnerCap | kAllCaps)) && (tok.flags & (kUpper | kLower))) {
        c = &kCommonShape[tok.has(kUpper) ? 1 : 0][n >= 3 ? 2 : n - 1];
      } else if (tok.has(kAllCaps)) {
        c = &kAllCapsShape;  // two letters or more, all capitals
      }
    } else if (n == 1 && !(tok.flags & kNonAscii)) {
      const unsigned char b = static_cast<unsigned char>(t.s[tok.b]);
      sh.s[0] = kShapeClass.cls[b];
      sh.len = 1;
      sh.hash = kByteShapeHash.h[b];
      return;
    }
    if (c) {
      std::memcpy(sh.s, c->s, c->len);
      sh.len = c->len;
      sh.hash = c->hash;
      return;
    }
  }
  char* out = sh.s;
  size_t len = 0;
  char last = 0;
  int run = 0;
  for (uint32_t k = u.b; k < u.e && len < SentenceView::kShapeMax;) {
    int l = 1;
    unsigned char byte = static_cast<unsigned char>(t.s[k]);
    char cls;
    if (byte < 0x80) {
      cls = kShapeClass.cls[byte];
    } else {
      char32_t c = decode_utf8(t.s, k, &l);
      cls = is_upper(c) ? 'X' : is_letter(c) ? 'x' : '*';
    }
    k += l;
    if (cls == last) {
      if (++run == 2) out[len++] = cls;  // runs of 2+ are written twice
      continue;
    }
    last = cls;
    run = 1;
    out[len++] = cls;
  }
  sh.len = static_cast<uint8_t>(len);
  sh.hash = fnv1a(std::string_view(out, len));
}

}  // namespace newsann
