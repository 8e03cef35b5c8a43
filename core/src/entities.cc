// Entity linking in linear time: every lookup is a hash map keyed by a
// normalised name, a surname or an acronym; no mention is compared with all
// others.
//
// Named mentions (person, organisation, place), in two passes:
//   1. names of two or more words make or join an entity under their
//      normalised key ("alexander lukashenko") or their canonical name from
//      the lexicons ("U.S." and "United States" -> "united states"; "EU" ->
//      "european union"); each registers its surname (people: the last word)
//      and its acronym (organisations and places: "European Union" -> "eu");
//   2. one-word names join the entity with the same key or canonical name,
//      else the person whose surname they are ("Lukashenko", after titles were
//      trimmed from "Mr Lukashenko"), else the organisation or place whose
//      acronym they are; else they start an entity of their own.
// Groups: one entity per head noun ("border guards" after "Polish border
// guards"), named by their longest mention.
// Pronouns (pronoun = true, added by claims.cc): the entity of their
// antecedent, followed through pronoun chains. A pronoun whose antecedent is
// -1 (unresolved) gets NO entity: its Mention::entity stays -1, so the
// document leaves it out of its actors (newsann.h: pronoun mentions appear
// only when resolved) and a claim with that source has no source entity.
//
// An entity's name is the longest name used for it; its type is the most
// common type among its mentions.
#include "entities.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>

#include "ner_flat_map.h"
#include "ner_gazetteer.h"
#include "ner_units.h"

namespace newsann {

namespace {

// Lowercased, without periods, a leading "the" or a trailing possessive.
// Written into *out (replacing it): lower_into() dropping periods, in one
// pass over s, then the trims; no allocation once *out is big enough.
void normalise_into(std::string_view s, std::string* out) {
  lower_into(s, out, /*drop_periods=*/true);
  char* o = out->data();
  size_t n = out->size();
  // (Byte tests rather than compare(): no memcmp call per mention.)
  if (n >= 4 && o[0] == 't' && o[1] == 'h' && o[2] == 'e' && o[3] == ' ') {
    std::memmove(o, o + 4, n - 4);
    n -= 4;
  }
  if (n > 2 && o[n - 2] == '\'' && o[n - 1] == 's') n -= 2;
  out->resize(n);
  while (!out->empty() && (out->back() == '\'' || out->back() == ' ')) out->pop_back();
}

// A name normalised (normalise_into), as its word_key(): the tables below
// are keyed by that alone, so a mention keeps no string of its own.
struct NameKey {
  bool empty = true;
  uint64_t key = 0;
};

// The NameKey of s, normalised in *buf (scratch).
NameKey name_key(std::string_view s, std::string* buf) {
  normalise_into(s, buf);
  return NameKey{buf->empty(), word_key(*buf)};
}

// What linking needs of a mention's units: how many, the last one
// lowercased (as its word_key) and the lexicons' canonical name for the
// whole (empty if they have none).
struct MentionUnits {
  size_t count = 0;
  uint64_t last = 0;  // word_key of the last unit (count > 0)
  uint64_t last_bare = 0;  // the same without an Arabic article ("al-assad" -> "assad"), or 0
  NameKey canonical;
};

// The first token starting at or after byte b: Text::token_at(b), walking on
// from *hint (the previous answer) when b lies a few tokens ahead of it, as
// it does for mentions in reading order; a binary search otherwise.
size_t token_at_from(const Text& text, uint32_t b, size_t* hint) {
  const size_t n = text.tokens.size();
  size_t k = *hint;
  if (k <= n && (k == 0 || text.tokens[k - 1].b < b)) {
    // Every token before k starts before b: the answer is k or after it.
    for (int steps = 0; k < n && text.tokens[k].b < b; ++k) {
      if (++steps == 32) {
        k = text.token_at(b);
        break;
      }
    }
  } else {
    k = text.token_at(b);
  }
  *hint = k;
  return k;
}

// `buf`: scratch.
MentionUnits mention_units(const Text& text, ByteSpan span, std::vector<Unit>* units,
                           std::string* buf, size_t* hint) {
  MentionUnits out;
  size_t first = token_at_from(text, span.b, hint);
  size_t last = first;
  while (last < text.tokens.size() && text.tokens[last].e <= span.e) ++last;
  if (last == first) return out;
  Sentence s;
  s.first = static_cast<uint32_t>(first);
  s.last = static_cast<uint32_t>(last);
  sentence_units(text, s, units);
  out.count = units->size();
  const Gazetteer& gz = Gazetteer::get();
  // Fold the units' keys, with and without a leading "the".
  uint64_t all = 0, without_the = 0;
  bool leading_the = false;
  for (size_t i = 0; i < units->size(); ++i) {
    // unit_lower(): a unit's tokens are written without spaces, so its
    // lowercase text is theirs run together (Text::low, Text::key).
    const Unit& u = (*units)[i];
    std::string_view w;
    uint64_t k;
    if (u.last == u.first + 1) {
      w = text.low(u.first);
      k = text.key(u.first);
    } else {
      buf->clear();
      for (uint32_t t = u.first; t < u.last; ++t) buf->append(text.low(t));
      w = *buf;
      k = Gazetteer::word_key(w);
    }
    all = Gazetteer::phrase_extend(all, k);
    if (i == 0) leading_the = w == "the";
    if (i > 0 || !leading_the) without_the = Gazetteer::phrase_extend(without_the, k);
    if (i + 1 == units->size()) {
      out.last = k;
      const std::string_view bare = without_arabic_article(w);
      if (!bare.empty()) out.last_bare = Gazetteer::word_key(bare);
    }
  }
  const PhraseInfo* p = gz.phrase_hash(all);
  if ((!p || !p->complete || p->kind == PhraseKind::kDemonym) && leading_the && units->size() > 1) {
    p = gz.phrase_hash(without_the);
  }
  if (p && p->complete && p->kind != PhraseKind::kDemonym) out.canonical = name_key(p->canonical, buf);
  return out;
}

bool is_connector(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "&" || w == "de" ||
         w == "on" || w == "in";
}

// "european union" -> "eu"; "" for fewer than two capitalised words.
std::string acronym(const Text& text, ByteSpan span) {
  std::string out;
  int words = 0;
  size_t i = text.token_at(span.b);
  for (; i < text.tokens.size() && text.tokens[i].e <= span.e; ++i) {
    const Token& t = text.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    std::string_view w = text.str(t);
    if (is_connector(text.low(i))) continue;  // text.low(i) == lower(w)
    if (!t.has(kUpper)) return "";
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (c >= 0x80) return "";
    out.push_back(static_cast<char>(c | 0x20));
    ++words;
  }
  return words >= 2 ? out : "";
}

bool is_named(ActorType t) { return t != ActorType::kGroup; }

class Linker {
 public:
  Linker(const Text& text, std::vector<Mention>& mentions) : text_(text), mentions_(mentions) {}

  std::vector<EntityInfo> run() {
    const size_t n = mentions_.size();
    keys_.resize(n);
    units_.resize(n);
    entities_.reserve(n);  // at most one entity per mention: never moved
    std::vector<Unit> scratch;
    std::string buf;
    size_t hint = 0;
    for (size_t i = 0; i < n; ++i) {
      Mention& m = mentions_[i];
      m.entity = -1;
      if (m.pronoun || m.span.empty() || m.span.e > text_.s.size()) continue;
      units_[i] = mention_units(text_, m.span, &scratch, &buf, &hint);
      keys_[i] = name_key(text_.str(m.span.b, m.span.e), &buf);
    }
    // Pass 1: names of several units.
    for (size_t i = 0; i < n; ++i) {
      const Mention& m = mentions_[i];
      if (m.pronoun || keys_[i].empty || !is_named(m.type) || units_[i].count < 2) continue;
      int e = entity_for_key(i);
      assign(i, e);
      if (m.type == ActorType::kPerson) {
        emplace(surnames_, units_[i].last, e);  // first full name with a surname keeps it
        if (units_[i].last_bare) emplace(surnames_, units_[i].last_bare, e);
      } else {
        std::string a = acronym(text_, m.span);
        if (!a.empty()) emplace(acronyms_, word_key(a), e);
      }
    }
    // Pass 2: one-unit names.
    for (size_t i = 0; i < n; ++i) {
      const Mention& m = mentions_[i];
      if (m.pronoun || keys_[i].empty || !is_named(m.type) || m.entity >= 0) continue;
      int e = -1;
      e = find(by_key_, linking_key(i));
      if (e < 0 && m.type == ActorType::kPerson) e = find(surnames_, keys_[i].key);
      if (e < 0 && m.type != ActorType::kPerson) e = find(acronyms_, keys_[i].key);
      if (e < 0) e = entity_for_key(i);
      assign(i, e);
    }
    // Groups: by head noun.
    for (size_t i = 0; i < n; ++i) {
      const Mention& m = mentions_[i];
      if (m.pronoun || keys_[i].empty || is_named(m.type)) continue;
      const uint64_t head = units_[i].count == 0 ? keys_[i].key : units_[i].last;
      auto [entity, added] = emplace(group_heads_, head, static_cast<int>(entities_.size()));
      if (added) entities_.emplace_back();
      assign(i, entity);
    }
    // Pronouns: their antecedent's entity.
    for (size_t i = 0; i < n; ++i) {
      if (!mentions_[i].pronoun) continue;
      int a = mentions_[i].antecedent;
      for (int hops = 0; a >= 0 && static_cast<size_t>(a) < n && hops < 16; ++hops) {
        const Mention& ant = mentions_[a];
        if (!ant.pronoun) {
          if (ant.entity >= 0) assign(i, ant.entity);
          break;
        }
        a = ant.antecedent;
      }
    }
    return finish();
  }

 private:
  // Inserts k -> v unless k (a word_key) is there; the value k has and
  // whether it was added.
  static std::pair<int, bool> emplace(FlatMap& t, uint64_t k, int v) {
    uint32_t& value = t.slot(k, kNoEntity);
    const bool added = value == kNoEntity;
    if (added) value = static_cast<uint32_t>(v);
    return {static_cast<int>(value), added};
  }
  // The entity under k (a word_key) in t, or -1.
  static int find(const FlatMap& t, uint64_t k) {
    const uint32_t e = t.find(k, kNoEntity);
    return e == kNoEntity ? -1 : static_cast<int>(e);
  }

  int new_entity() {
    entities_.emplace_back();
    return static_cast<int>(entities_.size() - 1);
  }

  // The key mention i is linked under: its canonical name's, else its own.
  uint64_t linking_key(size_t i) const {
    const NameKey& canon = units_[i].canonical;
    return canon.empty ? keys_[i].key : canon.key;
  }

  // The entity of a name under its canonical name or its own key.
  int entity_for_key(size_t i) {
    uint32_t& found = by_key_.slot(linking_key(i), kNoEntity);  // one probe to look up and insert
    if (found != kNoEntity) return static_cast<int>(found);
    const int e = new_entity();
    found = static_cast<uint32_t>(e);
    if (!units_[i].canonical.empty) emplace(by_key_, keys_[i].key, e);
    return e;
  }

  // Each mention is assigned once; the entities' lists are filled in
  // finish(), each sized once, rather than grown a push at a time (about a
  // fifth of a document's allocations).
  void assign(size_t i, int e) { mentions_[i].entity = e; }

  // Names, types, reading order.
  std::vector<EntityInfo> finish() {
    std::vector<uint32_t> count(entities_.size(), 0);
    for (const Mention& m : mentions_) {
      if (m.entity >= 0) ++count[m.entity];
    }
    for (size_t e = 0; e < entities_.size(); ++e) entities_[e].mentions.reserve(count[e]);
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (mentions_[i].entity >= 0) entities_[mentions_[i].entity].mentions.push_back(static_cast<int>(i));
    }
    std::vector<uint32_t> first(entities_.size(), UINT32_MAX);
    for (size_t e = 0; e < entities_.size(); ++e) {
      EntityInfo& info = entities_[e];
      std::sort(info.mentions.begin(), info.mentions.end(), [&](int a, int b) {
        return mentions_[a].span.b < mentions_[b].span.b;
      });
      std::array<int, 4> votes{};
      std::string_view best;  // the first of the longest names, copied once
      for (int mi : info.mentions) {
        const Mention& m = mentions_[mi];
        first[e] = std::min(first[e], m.span.b);
        if (m.pronoun) continue;
        ++votes[static_cast<int>(m.type)];
        std::string_view s = text_.str(m.span.b, m.span.e);
        if (s.size() > best.size()) best = s;
      }
      if (!best.empty()) info.name = std::string(best);
      int t = 0;
      for (int k = 1; k < 4; ++k) {
        if (votes[k] > votes[t]) t = k;
      }
      info.type = static_cast<ActorType>(t);
      if (info.name.empty() && !info.mentions.empty()) {
        const Mention& m = mentions_[info.mentions[0]];
        info.name = std::string(text_.str(m.span.b, m.span.e));
      }
    }
    std::vector<int> order(entities_.size());
    for (size_t e = 0; e < order.size(); ++e) order[e] = static_cast<int>(e);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return first[a] < first[b]; });
    std::vector<int> remap(entities_.size(), -1);
    std::vector<EntityInfo> out;
    for (int e : order) {
      if (entities_[e].mentions.empty()) continue;
      remap[e] = static_cast<int>(out.size());
      out.push_back(std::move(entities_[e]));
    }
    for (Mention& m : mentions_) {
      if (m.entity >= 0) m.entity = remap[m.entity];
    }
    return out;
  }

  const Text& text_;
  std::vector<Mention>& mentions_;
  std::vector<NameKey> keys_;
  std::vector<MentionUnits> units_;
  std::vector<EntityInfo> entities_;
  // Entity by normalised text, by its word_key(): looked up and inserted,
  // never iterated. Keyed by the 64-bit hash alone, as the gazetteer's words
  // are: two names of one article colliding is not a risk worth a string
  // compare (and a copy of every name) per look-up.
  static constexpr uint32_t kNoEntity = UINT32_MAX;
  FlatMap by_key_, surnames_, acronyms_, group_heads_;
};

}  // namespace

std::vector<EntityInfo> link_entities(const Text& text, std::vector<Mention>& mentions) {
  return Linker(text, mentions).run();
}

}  // namespace newsann
