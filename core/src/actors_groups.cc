#include "actors_groups.h"

#include <string_view>

#include "word_table.h"

#include "ner_gazetteer.h"

namespace newsann {

namespace {


bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
}

// Words that never modify a group noun, whatever their ending.
bool is_stop(std::string_view w, uint64_t key) {
  static const WordTable<char> kWords = word_set({"the", "a", "an", "some", "many", "several", "few", "all", "both", "each", "every",
                "more", "most", "other", "such", "these", "those", "this", "that", "their", "his",
                "her", "its", "our", "your", "my", "no", "any", "of", "and", "or", "by", "for",
                "with", "to", "from", "at", "in", "on", "as", "than", "about", "said", "says",
                "told", "which", "who", "whom", "whose", "what", "also", "only", "even", "not",
                "were", "was", "are", "is", "be", "been", "had", "has", "have", "will", "would",
                "could", "should", "may", "might", "must", "can", "did", "do", "does", "original",
                "general", "individual", "total", "usual", "special", "actual", "final", "real"});
  return kWords.contains(w, key);
}

// Nouns that commonly modify a noun for people ("border guards", "aid workers").
bool is_modifier_noun(std::string_view w, uint64_t key) {
  static const WordTable<char> kWords = word_set({"border", "security", "aid", "police", "health", "government", "opposition",
                "rebel", "militia", "army", "state", "party", "union", "family", "community",
                "rescue", "emergency", "relief", "trade", "business", "industry", "fishing",
                "farm", "coal", "oil", "tech", "news", "media", "rights", "election", "defense",
                "defence", "intelligence", "senior", "top", "young", "old", "local", "foreign",
                "key", "former", "chief", "civil", "human", "ordinary", "fellow", "government",
                "opposition", "church", "school", "hospital", "prison", "camp", "airline",
                "company", "bank", "city", "county", "town", "village", "world", "team",
                "transition", "recovery", "volunteer", "advocacy", "campaign", "pro-democracy",
                "democracy", "peace", "climate", "animal", "labour", "labor", "tribal", "elite",
                "front-line", "frontline", "anti-government", "pro-government", "law",
                "enforcement", "immigration", "customs", "coast", "fire", "medical", "military",
                "naval", "air", "ground", "special", "junior", "veteran", "leading", "remaining",
                "fighting", "striking", "visiting", "ruling", "governing", "working", "voting",
                "protesting", "surviving", "travelling", "traveling", "armed", "masked",
                "detained", "injured", "wounded", "elected", "unidentified", "displaced",
                "stranded", "disabled", "retired", "unarmed", "trained", "skilled", "concerned",
                "affected", "undocumented", "unaccompanied", "suspected", "alleged", "accused",
                "convicted", "jailed", "imprisoned", "kidnapped", "abducted", "unnamed",
                "anonymous", "independent", "recent", "current", "prominent", "violent",
                "militant", "dissident", "resident", "indigenous", "hard-line", "hardline",
                "radical", "moderate", "conservative", "liberal", "leftist", "rightist",
                "secular", "religious", "wealthy", "rich", "poor", "elderly", "young", "older",
                "younger", "new", "key", "top", "low-income", "high-ranking", "senior",
                "mid-level", "low-level", "rank-and-file", "would-be", "fellow", "rival"});
  return kWords.contains(w, key);
}

bool is_adjective_like(std::string_view w) {
  if (w.find('-') != std::string_view::npos) return true;  // "bikini-clad", "hard-line"
  // Views built when compiled (an initializer list of C strings took a
  // strlen per suffix per call).
  static constexpr std::string_view kSuffixes[] = {"al",  "ic",  "ian", "ish", "ive",  "ous",  "ful", "less",
                                                   "ary", "ory", "ese", "ist", "ern", "able", "ible"};
  for (std::string_view s : kSuffixes) {
    if (ends_with(w, s)) return true;
  }
  return false;
}

// Singular collectives that are often the first half of a compound
// ("police station", "family members", "public opinion").
bool compound_follows(const SentenceView& v, size_t h) {
  if (h + 1 >= v.units.size()) return false;
  const Unit& nx = v.units[h + 1];
  if (!nx.has(kUnitLower)) return false;
  std::string_view w = v.info[h + 1].low;
  if (Gazetteer::get().word_hash(v.info[h + 1].key) & kGazGroup) return true;
  std::string_view head = v.info[h].low;
  bool collective = !head.empty() && head.back() != 's';
  if (!collective && head != "police" && head != "people") return false;
  static const WordTable<char> kWords = word_set({"station", "chief", "department", "force", "forces", "car", "cars", "report",
                "opinion", "health", "sector", "service", "services", "spending", "meeting",
                "leader", "home", "life", "officer", "spokesman", "spokeswoman", "spokesperson",
                "custody", "commissioner", "headquarters", "statement", "source", "sources",
                "investigation", "transport", "money", "funds", "debt", "interest", "school",
                "schools", "event", "events", "member", "friend", "friends", "name", "business",
                "doctor", "court", "union", "unions", "pressure", "support", "record", "records",
                "history", "tree", "planning", "affairs", "relations", "debate", "policy",
                "safety", "order", "body", "bodies", "ties", "law", "laws", "vote", "votes",
                "figure", "figures", "building", "office", "offices", "chemistry", "size",
                "man", "woman", "members", "leaders", "memory"});
  return kWords.contains(w, v.info[h + 1].key);
}

}  // namespace

bool is_group_modifier(const SentenceView& v, size_t k) {
  const Unit& u = v.units[k];
  if (!u.has(kUnitWord)) return false;
  std::string_view w = v.info[k].low;
  if (u.has(kUnitCap) && (Gazetteer::get().word_hash(v.info[k].key) & (kGazDemonym | kGazParty))) return true;
  // Otherwise lowercase, or capitalised only by the start of a sentence
  // ("Local people said...").
  bool sentence_cap = u.has(kUnitCap) && !u.has(kUnitAllCaps) &&
                      (u.has(kUnitFirst) || v.units[k - 1].has(kUnitQuote));
  if ((!u.has(kUnitLower) && !sentence_cap) || is_stop(w, v.info[k].key)) return false;
  return is_modifier_noun(w, v.info[k].key) || is_adjective_like(w);
}

void find_groups(const SentenceView& v, const std::vector<uint8_t>& tags,
                 const std::vector<char>& taken, std::vector<Mention>* out) {
  const Gazetteer& gz = Gazetteer::get();
  const size_t n = v.units.size();
  for (size_t h = 0; h < n; ++h) {
    const Unit& u = v.units[h];
    if (!u.has(kUnitWord) || taken[h]) continue;
    if (tags[h] != kTagO && tags[h] != kTagMisc) continue;
    if (!gz.maybe_group_head(v.info[h].key)) continue;
    uint32_t cls = gz.word_hash(v.info[h].key);
    bool head = (cls & kGazGroup) != 0;
    // A people's plural ("Tunisians", "Americans"); "French" or "Chinese"
    // alone are more often adjectives.
    if (!head && (cls & kGazDemonymPlural) && u.has(kUnitCap) && !(cls & kGazDemonym)) head = true;
    if (!head) continue;
    if (compound_follows(v, h)) continue;
    size_t a = h;
    while (a > 0 && h - a < 3 && !taken[a - 1] && is_group_modifier(v, a - 1)) --a;
    if (v.info[h].low == "people" && a == h) continue;  // "8 people died": generic people
    Mention m;
    m.span = ByteSpan{v.units[a].b, u.e};
    m.type = ActorType::kGroup;
    out->push_back(m);
  }
}

}  // namespace newsann
