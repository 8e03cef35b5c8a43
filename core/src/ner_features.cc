#include "ner_features.h"

#include "ner_gazetteer.h"

namespace newsann {

const char* ner_tag_name(int tag) {
  static const char* const kNames[kNerTags] = {"O", "PER", "ORG", "LOC", "MISC"};
  return tag >= 0 && tag < kNerTags ? kNames[tag] : "<s>";
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
        uint64_t h = hash_lower(text.str(t));
        lower_.set(h & kMask);
        lower_.set((h >> 20) & kMask);
      } else if (t.has(kUpper) && i > s.first && text.tokens[i - 1].kind != TokenKind::kQuote) {
        uint64_t h = hash_lower(text.str(t));
        cap_.set(h & kMask);
        cap_.set((h >> 20) & kMask);
      }
    }
  }
}

// Phrase codes: kind * 2 + (inside ? 1 : 0), 0 for none.
const char* phrase_code_name(uint8_t code) {
  static const char* const kNames[] = {"-",     "-",     "PLC-B", "PLC-I",
                                       "ORG-B", "ORG-I", "DEM-B", "DEM-I"};
  return code < 8 ? kNames[code] : "?";
}

void prepare_sentence(const Text& text, const Sentence& sentence, const DocStats& stats,
                      SentenceView* v) {
  const Gazetteer& gz = Gazetteer::get();
  v->text = &text;
  sentence_units(text, sentence, &v->units);
  const size_t n = v->units.size();
  v->low.resize(n);
  v->gaz.assign(n, 0);
  v->phrase.assign(n, 0);
  v->docflags.assign(n, 0);
  int words = 0, capwords = 0;
  for (size_t i = 0; i < n; ++i) {
    const Unit& u = v->units[i];
    v->low[i] = unit_lower(text, u);
    if (u.has(kUnitWord)) {
      ++words;
      if (!u.has(kUnitLower)) ++capwords;
    }
  }
  v->all_caps = words >= 2 && capwords == words;
  for (size_t i = 0; i < n; ++i) {
    const Unit& u = v->units[i];
    if (!u.has(kUnitHasUpper)) continue;
    v->gaz[i] = gz.word(v->low[i]);
    uint64_t h = hash_lower(text.str(u.b, u.e));
    v->docflags[i] = static_cast<uint8_t>((stats.seen_lower(h) ? 1 : 0) | (stats.seen_cap_mid(h) ? 2 : 0));
  }
  // Gazetteer phrases: longest match from each capitalised unit, left to right.
  std::string key;
  for (size_t i = 0; i < n;) {
    if (!v->units[i].has(kUnitHasUpper)) {
      ++i;
      continue;
    }
    size_t best = 0;
    PhraseKind kind = PhraseKind::kNone;
    key.clear();
    for (size_t k = i; k < n && k - i < static_cast<size_t>(Gazetteer::kMaxPhraseUnits); ++k) {
      if (k > i) key += ' ';
      key += v->low[k];
      const PhraseInfo* p = gz.phrase(key);
      if (!p) break;
      if (p->complete && v->units[k].has(kUnitHasUpper) ) {
        best = k - i + 1;
        kind = p->kind;
      }
    }
    if (best == 0) {
      ++i;
      continue;
    }
    uint8_t base = static_cast<uint8_t>(static_cast<int>(kind) * 2);
    for (size_t k = i; k < i + best; ++k) v->phrase[k] = static_cast<uint8_t>(base + (k > i ? 1 : 0));
    i += best;
  }
}

static bool is_connector(std::string_view w) {
  static const char* const kConnectors[] = {"of", "the", "and", "de", "du", "des", "la", "le", "van",
                                            "von", "der", "den", "al", "el", "bin", "ibn", "da",
                                            "di", "do", "dos", "das", "for", "on", "&", "y", "du",
                                            "upon", "in", "'s", "\xE2\x80\x99s"};
  for (const char* c : kConnectors) {
    if (w == c) return true;
  }
  return false;
}

bool is_candidate(const SentenceView& v, size_t i, int prev_tag) {
  const Unit& u = v.units[i];
  if (u.has(kUnitHasUpper)) return true;
  if (prev_tag == kTagO || i + 1 >= v.units.size()) return false;
  return v.units[i + 1].has(kUnitHasUpper) && is_connector(v.low[i]);
}

std::string_view utf8_prefix(std::string_view w, size_t n) {
  size_t i = 0;
  for (size_t chars = 0; i < w.size() && chars < n; ++chars) {
    ++i;
    while (i < w.size() && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) ++i;
  }
  return w.substr(0, i);
}

std::string_view utf8_suffix(std::string_view w, size_t n) {
  size_t i = w.size();
  for (size_t chars = 0; i > 0 && chars < n; ++chars) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) --i;
  }
  return w.substr(i);
}

std::string_view unit_shape(const SentenceView& v, size_t i, std::string* buf) {
  const Text& t = *v.text;
  const Unit& u = v.units[i];
  buf->clear();
  char last = 0;
  int run = 0;
  for (uint32_t k = u.b; k < u.e && buf->size() < 12;) {
    int l;
    char32_t c = decode_utf8(t.s, k, &l);
    k += l;
    char cls = is_upper(c) ? 'X' : is_lower(c) || is_letter(c) ? 'x' : is_digit(c) ? 'd'
               : c < 0x80 ? static_cast<char>(c) : '*';
    if (cls == last) {
      if (++run == 2) buf->push_back(cls);  // runs of 2+ are written twice
      continue;
    }
    last = cls;
    run = 1;
    buf->push_back(cls);
  }
  return *buf;
}

}  // namespace newsann
