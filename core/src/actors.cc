// Actors: names from the tagger (ner_tagger.h), shaped by the rules of
// GUIDELINES.md, plus groups found by their nouns (actors_groups.cc).
//
// Per sentence:
//   1. the tagger marks runs of units as PER / ORG / LOC / MISC;
//   2. names are trimmed: titles leave a person ("President Barack Obama" ->
//      "Barack Obama"), function words leave either end;
//   3. a place or nationality before a state institution noun makes an
//      organisation ("Polish authorities", "Sudan's government");
//   4. other MISC names (nationalities alone, events, works) are dropped;
//   5. groups: collective nouns with their adjectives ("Polish border guards").
// Then, per document, one name keeps one type (the tagger's most confident
// vote), and a name the tagger found once is found at its other occurrences.
#include "actors.h"

#include <algorithm>
#include <array>
#include <list>
#include <string>
#include <unordered_map>

#include "actors_groups.h"
#include "actors_propagate.h"
#include "actors_rules.h"
#include "claims_words.h"
#include "lexicon.h"
#include "ner_features.h"
#include "ner_gazetteer.h"
#include "ner_tagger.h"
#include "word_table.h"

namespace newsann {

// The lexicons' kind for exactly these units, if any: Gazetteer::phrase()
// of their lowercased text joined by spaces, from the units' keys.
PhraseKind phrase_kind(const SentenceView& v, size_t a, size_t b) {
  if (b - a > static_cast<size_t>(Gazetteer::kMaxPhraseUnits)) return PhraseKind::kNone;
  uint64_t key = 0;
  for (size_t k = a; k < b; ++k) key = Gazetteer::phrase_extend(key, v.info[k].key);
  if (a == b) key = Gazetteer::phrase_extend(0, Gazetteer::word_key(""));
  const PhraseInfo* p = Gazetteer::get().phrase_hash(key);
  return p && p->complete ? p->kind : PhraseKind::kNone;
}

// Month and weekday names (and their abbreviations) are dates, not names;
// ordinals and "Men" / "Women" (headings of results) are no names alone.
bool is_calendar_word(const SentenceView& v, size_t i) {
  static const WordTable<char> kWords = word_set({
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "men", "women", "boys", "girls", "easter", "christmas", "ramadan", "eid",
      "thanksgiving", "hanukkah", "passover", "diwali", "lent", "advent",
      "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"});
  return kWords.contains(v.info[i].low, v.info[i].key);
}

namespace {

bool is_function_word(std::string_view w) {
  return w == "the" || w == "of" || w == "and" || w == "for" || w == "on" || w == "in" ||
         w == "&" || w == "'s" || w == "'" || w == "upon";
}

ActorType type_of(int tag) {
  switch (tag) {
    case kTagPer: return ActorType::kPerson;
    case kTagOrg: return ActorType::kOrganization;
    default: return ActorType::kPlace;
  }
}

// A common noun written in capitals ("TV", "PAC", "ID", "ACA"): alone, no
// actor (common_abbreviations.txt).
bool is_common_abbreviation(const SentenceView& v, size_t i) {
  static const WordSet kWords("common_abbreviations", true);
  return kWords.contains(v.info[i].low, v.info[i].key);
}

// A party and state tag after a legislator's name ("Ted Cruz, R-Texas",
// "John Culberson (R-TX)", "Karen Weaver (D)"): no actor
// (party_letters.txt). A capital letter of the lexicon, alone or with a
// hyphen and a capitalised word, right after a comma or an opening bracket.
bool is_party_tag(const SentenceView& v, size_t i) {
  static const WordSet kLetters("party_letters", true);
  const Unit& u = v.units[i];
  if (i == 0 || !(v.info[i - 1].low == "(" || v.info[i - 1].low == ",") || !u.has(kUnitCap)) return false;
  const Text& t = *v.text;
  if (!kLetters.contains(t.low(u.first), t.key(u.first)) || t.tokens[u.first].e - t.tokens[u.first].b != 1) {
    return false;
  }
  if (u.last == u.first + 1) return true;  // "(D)"
  return u.last == u.first + 3 && t.low(u.first + 1) == "-" && t.tokens[u.first + 2].has(kUpper);
}

// The second initial of a state in a party tag: "R-S.C.", "D-N.Y." (the
// units "R-S", "." and "C.").
bool ends_party_tag(const SentenceView& v, size_t i) {
  return i >= 2 && v.info[i - 1].low == "." && is_party_tag(v, i - 2) && v.info[i].low.size() <= 2;
}

bool title_case(const SentenceView& v);  // below

// Where the tagger saw nothing, names the lexicons know and that cannot be
// common words: several units ("New York", "European Union"), or one unit
// written like a name only ("al-Qaeda", "Zanu-PF", "NATO" in running text).
void gazetteer_backoff(const SentenceView& v, std::vector<uint8_t>* tags) {
  const size_t n = v.units.size();
  for (size_t i = 0; i < n; ++i) {
    const PhraseKind kind = phrase_starting_at(v, i);
    if (kind != PhraseKind::kPlace && kind != PhraseKind::kOrganization) continue;
    size_t e = i + 1;
    while (e < n && (v.info[e].phrase & 1)) ++e;
    bool untagged = true;
    for (size_t k = i; k < e; ++k) untagged = untagged && (*tags)[k] == kTagO;
    if (!untagged) continue;
    const Unit& u = v.units[i];
    std::string_view w = v.info[i].low;
    bool distinctive = e - i >= 2 ||
                       (!v.all_caps && u.has(kUnitAllCaps) && w.size() >= 2) ||
                       (w.find('-') != std::string_view::npos && u.has(kUnitHasUpper)) ||
                       (u.has(kUnitLower) && u.has(kUnitHasUpper)) ||
                       // "told Reuters :": capitalised after a word of a
                       // sentence of prose (not opening it, nor a quotation:
                       // "“Who do they ...”"), and never written in
                       // lowercase in the text.
                       (u.has(kUnitCap) && !u.has(kUnitAllCaps) && i > 0 && v.units[i - 1].has(kUnitWord) &&
                        !(v.info[i].docflags & 1) && !v.all_caps && !title_case(v));
    if (!distinctive || !v.units[e - 1].has(kUnitHasUpper)) continue;
    uint8_t tag = kind == PhraseKind::kPlace ? kTagLoc : kTagOrg;
    for (size_t k = i; k < e; ++k) (*tags)[k] = tag;
  }
}

// A word written with a capital first ("Smith", "Labor"): what the rules
// below take as part of a name the tagger left untagged.
// The lowered text of units [a, b), or an empty view when a unit folded a ’.
std::string_view lowered_units(const SentenceView& v, size_t a, size_t b) {
  return v.text->low_bytes_unfolded(v.units[a].b, v.units[b - 1].e);
}

bool is_compass_point(std::string_view w) {
  return w == "north" || w == "south" || w == "east" || w == "west";
}

// A word shaped as a people's adjective or plural ("Korean", "Dakotans",
// "Vietnamese", "Easterners"), which the lexicons may know only as a phrase.
bool reads_as_a_people(std::string_view w) {
  for (std::string_view end : {"an", "ans", "ese", "ish", "ers"}) {
    if (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end) return true;
  }
  return false;
}

bool is_initial(const SentenceView& v, size_t i) {
  std::string_view w = v.info[i].low;
  return v.units[i].has(kUnitCap) && w.size() >= 2 && w.back() == '.' &&
         w.find('.') == w.size() - 1 && w.size() <= 3;
}

// Initials belong to the name after them: "P. Simmons", "J. R. Jones".
void attach_initials(const SentenceView& v, std::vector<uint8_t>* tags) {
  const size_t n = v.units.size();
  for (size_t i = n; i-- > 0;) {
    if (!is_initial(v, i) || ((*tags)[i] != kTagO && (*tags)[i] != kTagMisc) || i + 1 >= n) continue;
    if ((*tags)[i + 1] == kTagPer) {
      (*tags)[i] = kTagPer;
    } else if ((*tags)[i + 1] == kTagO && capitalised_word(v, i + 1) &&
               !(Gazetteer::get().word_hash(v.info[i + 1].key) & (kGazTitle | kGazOrg | kGazPlace))) {
      (*tags)[i] = (*tags)[i + 1] = kTagPer;  // "H. Morris c Dale b Simmons 13"
    }
  }
}

// "St. Paul", "Mt. Everest", "Ft. Lauderdale": the abbreviated saint,
// mount or fort and its period belong to the name after them, which the
// tagger reads without them (and "St" alone as a name of its own).
void attach_place_abbreviations(const SentenceView& v, std::vector<uint8_t>* tags) {
  static const WordTable<char> kWords = word_set({"st", "mt", "ft"});
  const size_t n = v.units.size();
  for (size_t i = 0; i + 2 < n; ++i) {
    if (!v.units[i].has(kUnitCap) || v.units[i].has(kUnitAllCaps) || v.info[i + 1].low != "." ||
        v.units[i + 1].b != v.units[i].e || !capitalised_word(v, i + 2) || (*tags)[i + 2] == kTagO ||
        !kWords.contains(v.info[i].low, v.info[i].key)) {
      continue;
    }
    (*tags)[i] = (*tags)[i + 1] = (*tags)[i + 2];
  }
}

// A headline in title case ("Voters Worried About Hillary Clinton's Health",
// "Trump Was 'Mocking' Clinton Camp"): its capitals say nothing, and the
// tagger, reading them as a name's, runs names over its words. There, a
// capitalised function word ends a name ("About", "Was", "Won't"; not a
// connector inside one: "Bank Of America"), and a name's first and last
// words need more than a capital: a word the document writes in lowercase
// elsewhere ("Worried", "Asking") stays out unless the lexicons know it as
// part of a name (a given name, a place, an organisation word or phrase).
// (Also "Be" and a negated auxiliary, "Won't", "Aren't"; not a given name:
// "Will Fitzgibbon", "Theresa May".)
bool capitalised_function_word(const SentenceView& v, size_t i) {
  if (!v.units[i].has(kUnitCap) || (v.info[i].gaz & kGazGiven)) return false;
  const std::string_view w = v.info[i].low;
  return (is_sentence_function_word(v, i) && !is_function_word(w)) || w == "be" || w.ends_with("n't");
}

// Most words capitalised, and one of them a function word that does not
// open the sentence: a line of names ("Dean Baker, Center for Economic and
// Policy Research.") is no headline.
// (SentenceView::all_caps also holds for a headline with every word
// capitalised: words in capitals are not counted here.)
bool title_case(const SentenceView& v) {
  // (Most sentences fail at once on prepare_sentence's counts, which also
  // count words in capitals.)
  if (v.words < 4 || v.capwords * 4 < v.words * 3) return false;
  size_t caps = 0;
  bool first = true, function_word = false;
  for (size_t i = 0; i < v.units.size(); ++i) {
    const Unit& u = v.units[i];
    if (!u.has(kUnitWord)) continue;
    if (u.has(kUnitCap) && !u.has(kUnitAllCaps)) ++caps;
    if (!first && !function_word) function_word = capitalised_function_word(v, i);
    first = false;
  }
  return caps * 4 >= v.words * 3 && function_word;
}

void title_case_names(const SentenceView& v, std::vector<uint8_t>* tags) {
  if (!title_case(v)) return;
  const size_t n = v.units.size();
  for (size_t i = 0; i < n; ++i) {
    if ((*tags)[i] != kTagO && capitalised_function_word(v, i)) (*tags)[i] = kTagO;
  }
  // (A given name that is also a function word ends no name: "She Will".)
  auto given_function_word = [&](size_t i) {
    return (v.info[i].gaz & kGazGiven) && is_sentence_function_word(v, i);
  };
  auto unsupported = [&](size_t i) {
    const SentenceView::UnitInfo& in = v.info[i];
    return v.units[i].has(kUnitWord) && (in.docflags & 1) && in.gaz == 0 && in.phrase == 0;
  };
  for (size_t a = 0; a < n;) {
    if ((*tags)[a] == kTagO) {
      ++a;
      continue;
    }
    size_t b = a + 1;
    while (b < n && (*tags)[b] == (*tags)[a]) ++b;
    size_t l = a, r = b;
    while (l < r && unsupported(l)) (*tags)[l++] = kTagO;
    while (r > l && (unsupported(r - 1) || given_function_word(r - 1))) (*tags)[--r] = kTagO;
    a = b;
  }
}

// A site's name written as its address ("SmartAsset.com", "Factcheck.org",
// "MoveOn.org") names an organisation, whatever the tagger read: a
// capitalised word, a period and a top-level domain, without spaces.
bool is_top_level_domain(std::string_view w) {
  static constexpr std::string_view kDomains[] = {"com", "org", "net", "gov", "edu", "io"};
  for (std::string_view d : kDomains) {
    if (w == d) return true;
  }
  return false;
}

void web_address_names(const SentenceView& v, std::vector<uint8_t>* tags) {
  const size_t n = v.units.size();
  for (size_t i = 0; i + 2 < n; ++i) {
    // (Three units without a space between them first: a period followed
    // at once by a word is rare, and the test is two compares.)
    if (v.units[i + 2].b != v.units[i + 1].e || v.units[i + 1].b != v.units[i].e ||
        !v.units[i].has(kUnitCap) || !v.units[i].has(kUnitWord) || v.info[i + 1].low != "." ||
        !v.units[i + 2].has(kUnitLower) || !is_top_level_domain(v.info[i + 2].low)) {
      continue;
    }
    (*tags)[i] = (*tags)[i + 1] = (*tags)[i + 2] = kTagOrg;
    i += 2;
  }
}

// Whether the text has a letter or digit, a period and a top-level domain
// ("SmartAsset.com"): most articles have none, and then no sentence is
// asked (a scan of the periods, not of every unit).
bool may_hold_web_address(std::string_view s) {
  auto alnum = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  for (size_t p = s.find('.'); p != std::string_view::npos; p = s.find('.', p + 1)) {
    if (p == 0 || !alnum(static_cast<unsigned char>(s[p - 1]))) continue;
    size_t e = p + 1;
    while (e < s.size() && e - p <= 4 && s[e] >= 'a' && s[e] <= 'z') ++e;
    if (e == p + 1 || e - p > 4 || (e < s.size() && alnum(static_cast<unsigned char>(s[e])))) continue;
    if (is_top_level_domain(s.substr(p + 1, e - p - 1))) return true;
  }
  return false;
}

// "the Department of Labor", "Bank of England", "University of the West
// Indies", "Center for Health and Human Rights": an institution word, "of"
// or "for", and a name are one organisation, where the tagger often stops
// before "of".
void join_institutions_of(const SentenceView& v, std::vector<uint8_t>* tags) {
  if (!(v.gaz_any & (kGazOrgHead | kGazFacility))) return;
  const size_t n = v.units.size();
  for (size_t i = 0; i + 2 < n; ++i) {
    if (!(v.info[i].gaz & (kGazOrgHead | kGazFacility))) continue;  // most units: one test
    const bool of = v.info[i + 1].low == "of", for_ = v.info[i + 1].low == "for";
    // (A facility "for" a cause is an institution: "Center for Health and
    // Human Rights"; "Center of ..." may be a place, and so is a site: "Fans
    // packed Dodger Stadium for Game Two".)
    const uint32_t heads = for_ ? kGazOrgHead | kGazFacility : kGazOrgHead;
    if (!(v.info[i].gaz & heads) || (for_ && (v.info[i].gaz & kGazSite)) || !v.units[i].has(kUnitCap) ||
        (*tags)[i] == kTagPer || !(of || for_)) {
      continue;
    }
    size_t j = i + 2;
    if (v.info[j].low == "the" && j + 1 < n) ++j;
    // A known organisation after "for" is one of its own ("Edison Research
    // for the Associated Press").
    if (for_ && phrase_starting_at(v, j) == PhraseKind::kOrganization) continue;
    // The name: capitalised words, none the tagger calls a person ("...
    // of Immigrant Affairs Clinton said"); "and" is left to the tagger
    // after "of" ("University of Zurich and Gordon Hanson"), but joins the
    // fields of a "for" ("Center for Health and Human Rights").
    size_t e = j;
    while (e < n && e - j < 6) {
      if (capitalised_word(v, e) && (*tags)[e] != kTagPer) {
        ++e;
      } else if (for_ && e > j && e + 1 < n && v.info[e].low == "and" && capitalised_word(v, e + 1) &&
                 (*tags)[e + 1] != kTagPer) {
        e += 2;
      } else {
        break;
      }
    }
    if (e == j) continue;
    // The name before the head is the organisation's too ("François-Xavier
    // Bagnoud Center for ...", which the tagger had as a place).
    size_t b = i;
    while (b > 0 && (*tags)[b - 1] != kTagO && (*tags)[b - 1] != kTagPer && capitalised_word(v, b - 1)) --b;
    for (size_t k = b; k < e; ++k) (*tags)[k] = kTagOrg;
    i = e - 1;
  }
}

// A name found in one sentence: units [a, b) with a tag.
struct Name {
  size_t a, b;
  int tag;
  float confidence;
};

// Trims a name's units; false if nothing is left.
bool trim(const SentenceView& v, const std::vector<uint8_t>& tags, Name* n) {
  const Gazetteer& gz = Gazetteer::get();
  while (n->a < n->b && (is_function_word(v.info[n->a].low) || v.units[n->a].has(kUnitPunct))) ++n->a;
  while (n->b > n->a && (is_function_word(v.info[n->b - 1].low) || v.units[n->b - 1].has(kUnitPunct) ||
                         v.units[n->b - 1].has(kUnitPossessive))) {
    --n->b;
  }
  if (n->tag == kTagLoc || n->tag == kTagOrg) {
    // A title between a place or an institution and a person's name is the
    // person's, not part of the name ("Texas Sen. Ted Cruz", "Treasury
    // Secretary Steven Mnuchin"): GUIDELINES.md rule 1 keeps the place
    // alone. Only before a person's name: "Islamic State militants",
    // "Democratic National Convention" keep theirs.
    auto name_follows = [&](size_t k) {
      if (k < v.units.size() && v.info[k].low == ".") ++k;
      return k < v.units.size() && tags[k] == kTagPer;
    };
    auto person_title = [&](size_t k) {  // a title, not an institution or a place
      const uint32_t gaz = gz.word_hash(v.info[k].key);
      return (gaz & kGazTitle) && !(gaz & (kGazOrgHead | kGazPlace));
    };
    while (n->b - n->a >= 2 && person_title(n->b - 1) && name_follows(n->b)) {
      --n->b;
      while (n->b > n->a && v.units[n->b - 1].has(kUnitPunct)) --n->b;
    }
  }
  if (n->tag == kTagPer) {
    // Titles and roles before a name are not part of it ("Mr", "President",
    // "Foreign Minister"), nor is a party's adjective ("Republican Donald
    // Trump"); a name of titles only is no name.
    while (n->a < n->b && (gz.word_hash(v.info[n->a].key) & (kGazTitle | kGazParty)) &&
           !(gz.word_hash(v.info[n->a].key) & kGazGiven && n->b - n->a <= 2)) {
      ++n->a;
      while (n->a < n->b && v.units[n->a].has(kUnitPunct)) ++n->a;  // "Mr." -> "."
    }
  }
  return n->a < n->b;
}

// The end of an institution noun phrase that starts within two modifier
// words of unit k ("border service", "security services", "government"),
// or 0 if there is none.
size_t institution_after(const SentenceView& v, size_t k) {
  const Gazetteer& gz = Gazetteer::get();
  const size_t n = v.units.size();
  if (k < n && v.units[k].has(kUnitPossessive)) ++k;
  thread_local std::string key;  // no allocation per call
  for (size_t start = k; start < n && start <= k + 2; ++start) {
    // Longest institution phrase at start.
    key.clear();
    size_t best = 0;
    for (size_t e = start; e < n && e - start < static_cast<size_t>(Gazetteer::kMaxInstitutionWords); ++e) {
      if (!v.units[e].has(kUnitWord)) break;
      if (e > start) key += ' ';
      key += v.info[e].low;
      if (gz.institution(key)) best = e + 1;
    }
    if (best) {
      // The words skipped before it must be modifiers ("state", "military-dominated").
      for (size_t m = k; m < start; ++m) {
        if (!is_group_modifier(v, m)) return 0;
      }
      return best;
    }
    if (!v.units[start].has(kUnitWord) || !is_group_modifier(v, start)) break;
  }
  return 0;
}

bool is_demonym_name(const SentenceView& v, const Name& n) {
  const Gazetteer& gz = Gazetteer::get();
  if (n.b - n.a == 1) return (v.info[n.a].gaz & kGazDemonym) != 0;
  // The whole name is the phrase ("North Korean"), keyed by its lowered
  // text (the first word's alone, "north", is no demonym).
  constexpr uint8_t kStart = static_cast<uint8_t>(PhraseKind::kDemonym) * 2;
  return v.info[n.a].phrase == kStart && v.info[n.b - 1].phrase == kStart + 1 &&
         gz.demonym_place(lowered_units(v, n.a, n.b)) != nullptr;
}

void add(std::vector<Mention>* out, const SentenceView& v, size_t a, size_t b, ActorType type) {
  Mention m;
  m.span = ByteSpan{v.units[a].b, v.units[b - 1].e};
  m.type = type;
  out->push_back(m);
}

// Units [a, b) name a place: one unit the lexicons know as a place's name,
// or a lexicon place phrase.
bool is_place_name(const SentenceView& v, size_t a, size_t b) {
  return b - a == 1 ? (v.info[a].gaz & kGazPlaceName) != 0 : phrase_kind(v, a, b) == PhraseKind::kPlace;
}

// If name *n is a place and then an event, a law or a document (its last
// word capitalised, of event_words.txt), or a place and then one party's or
// people's adjective, *n becomes the place alone. The place is the longest
// start of the name that is one (a country, city or region, or a lexicon
// place phrase); a name the lexicons know whole is left alone.
void cut_place_before_event(const SentenceView& v, Name* n) {
  const size_t last = n->b - 1;
  const uint32_t g = v.info[last].gaz;
  const bool event = (g & kGazEvent) && v.units[last].has(kUnitCap) && !v.units[last].has(kUnitAllCaps);
  // (A people's adjective only before a lowercase word it modifies: "a US
  // Spanish-language channel", not the club "London Irish".)
  if (!event && !(g & kGazParty) &&
      !((g & kGazDemonym) && n->b < v.units.size() && !v.units[n->b].has(kUnitCap) &&
        (v.units[n->b].has(kUnitWord) || v.info[n->b].low == "-"))) {
    return;
  }
  if (phrase_kind(v, n->a, n->b) != PhraseKind::kNone) return;
  for (size_t k = n->a; k < last; ++k) {  // "Illinois Board of Elections": an institution's
    if (v.info[k].gaz & (kGazOrgHead | kGazOrgSuffix)) return;
  }
  // (An adjective stands right after the place; an event's noun may end a
  // longer name: "Iran Sanctions Act".)
  for (size_t h = last; h > n->a && (event || h == last); --h) {
    if (is_place_name(v, n->a, h)) {
      n->b = h;
      n->tag = kTagLoc;
      return;
    }
  }
}

// The names of one sentence as mentions; `taken` marks their units.
void sentence_names(const SentenceView& v, const std::vector<uint8_t>& tags,
                    const std::vector<float>& margin, const std::vector<char>& settled,
                    std::vector<Mention>* out, std::vector<float>* confidence, std::vector<char>* taken) {
  const size_t n = v.units.size();
  taken->assign(n, 0);
  thread_local std::vector<NameRun> runs;  // no allocation per sentence
  name_runs(v, tags, margin, &runs);
  for (const NameRun& r : runs) {
    Name nm{r.a, r.b, r.tag, r.confidence};
    if ((*taken)[nm.a] || (*taken)[nm.b - 1]) continue;  // inside an institution already found
    // A person's name holds no possessive: "Clinton's White House", "NBC's
    // Chuck Todd", "Ted Cruz's Super Tuesday" are two things, one of them
    // the other's, unless the lexicons know the whole ("Martha's Vineyard").
    // Each side is what the lexicons know it as; if they do not, the owner
    // is a person, and what it owns one only with a given name first.
    if (nm.tag == kTagPer && phrase_kind(v, nm.a, nm.b) == PhraseKind::kNone) {
      for (size_t k = nm.a + 1; k + 1 < nm.b; ++k) {
        if (!v.units[k].has(kUnitPossessive)) continue;
        auto type_of_side = [&](size_t a, size_t b, bool owner) {
          const PhraseKind kind = phrase_kind(v, a, b);
          if (kind == PhraseKind::kOrganization) return kTagOrg;
          if (kind == PhraseKind::kPlace) return kTagLoc;
          if (owner || (Gazetteer::get().word_hash(v.info[a].key) & kGazGiven)) return kTagPer;
          return kTagO;
        };
        // Titles are no part of the name owned ("NASA's Administrator Jim
        // Bridenstine").
        size_t from = k + 1;
        while (from + 1 < nm.b && (Gazetteer::get().word_hash(v.info[from].key) & kGazTitle)) ++from;
        const int owned = type_of_side(from, nm.b, false);
        if (owned != kTagO) {
          add(out, v, from, nm.b, type_of(owned));
          confidence->push_back(nm.confidence);
          for (size_t j = k + 1; j < nm.b; ++j) (*taken)[j] = 1;
        }
        nm.tag = type_of_side(nm.a, k, true);
        nm.b = k;
        break;
      }
    }
    // "Kenya and Tanzania": two places (or people), unless the lexicons know
    // the whole ("Bosnia and Herzegovina"). Organisations split only after a
    // complete name ("Stanford University and Tyson Foods", not "Procter and
    // Gamble" or "Department of Health and Human Services").
    if (phrase_kind(v, nm.a, nm.b) == PhraseKind::kNone) {
      for (size_t k = nm.a + 1; k + 1 < nm.b; ++k) {
        if (v.info[k].low != "and" && v.info[k].low != "&") continue;
        if (nm.tag == kTagOrg && !(v.info[k - 1].gaz & (kGazOrgHead | kGazOrgSuffix)) &&
            phrase_kind(v, nm.a, k) == PhraseKind::kNone) {
          continue;
        }
        if (nm.tag == kTagMisc) continue;
        {
          Name left{nm.a, k, nm.tag, nm.confidence};
          if (trim(v, tags, &left) && !(left.b - left.a == 1 && is_calendar_word(v, left.a))) {
            add(out, v, left.a, left.b, type_of(left.tag));
            confidence->push_back(left.confidence);
            for (size_t m = left.a; m < left.b; ++m) (*taken)[m] = 1;
          }
          nm.a = k + 1;
        }
      }
    }
    if (!trim(v, tags, &nm)) continue;
    // A company suffix alone ("Marzotti [SpA]", "Kessler [AG]") names the
    // company with the capitalised words before it that the tagger left
    // out; with none, it is no name ("the AG said": an attorney general).
    if (nm.b - nm.a == 1 && (v.info[nm.a].gaz & kGazOrgSuffix)) {
      size_t a = nm.a;
      while (a > 0 && nm.a - a < 3 && tags[a - 1] == kTagO && !(*taken)[a - 1] && v.units[a - 1].has(kUnitCap) &&
             v.units[a - 1].has(kUnitWord) && !is_function_word(v.info[a - 1].low)) {
        --a;
      }
      if (a == nm.a) continue;
      nm.a = a;
      nm.tag = kTagOrg;
    }
    if (nm.b - nm.a == 1 && (is_calendar_word(v, nm.a) || is_common_abbreviation(v, nm.a) || is_party_tag(v, nm.a) ||
                             ends_party_tag(v, nm.a))) {
      continue;
    }
    // Titles alone before a capitalised word, or ending a title ("of"
    // after a title), name no one, whatever the tagger read ("Former [Vice]
    // President Al Gore", "Secretary of [State]"); a person's lose them in
    // trim(). (Elsewhere a title word may be a name: "The Forward", "turned
    // over to State last year".)
    {
      constexpr uint32_t kOther = kGazOrg | kGazOrgHead | kGazPlaceName | kGazGiven;
      const bool in_title = (nm.b < v.units.size() && capitalised_word(v, nm.b)) ||
                            (nm.a >= 2 && v.info[nm.a - 1].low == "of" && (v.info[nm.a - 2].gaz & kGazTitle));
      bool titles = !settled[nm.a] && in_title;
      for (size_t k = nm.a; k < nm.b && titles; ++k) titles = (v.info[k].gaz & kGazTitle) && !(v.info[k].gaz & kOther);
      if (titles && phrase_kind(v, nm.a, nm.b) == PhraseKind::kNone) continue;
    }
    // "on Super Tuesday", "Black Friday sales": a word the lexicons do not
    // know, before a weekday or a month, names the day with it (not "in
    // Miami Tuesday", "told CNN Monday": names they know; nor a person's
    // name as the tagger read it, "Cruz Wednesday announced", unless an
    // article or a preposition stands before it).
    if (nm.b - nm.a == 1 && nm.b < v.units.size() && capitalised_word(v, nm.b) && is_calendar_word(v, nm.b) &&
        v.info[nm.a].gaz == 0 && v.info[nm.a].phrase == 0 && !v.units[nm.a].has(kUnitAllCaps) && !settled[nm.a]) {
      const bool function_word_before =
          nm.a > 0 && !v.units[nm.a - 1].has(kUnitCap) &&
          (claims::Words::get().roles(v.info[nm.a - 1].low) & (claims::kDet | claims::kStop)) != 0;
      if (nm.tag != kTagPer || function_word_before) continue;
    }
    // A lexicon name the tagger stopped inside runs on to its end ("Yahoo
    // Finance", "Whole Foods Market"), when the tagger left the rest of it
    // untagged: the phrase codes of prepare_sentence mark its words (odd:
    // inside a phrase, of the same kind as the word before).
    if (v.info[nm.b - 1].phrase != 0) {
      size_t pe = nm.b;
      while (pe < v.units.size() && (v.info[pe].phrase & 1) && v.info[pe].phrase / 2 == v.info[nm.b - 1].phrase / 2 &&
             tags[pe] == kTagO) {
        ++pe;
      }
      if (pe > nm.b && !(pe < v.units.size() && (v.info[pe].phrase & 1))) nm.b = pe;
    }
    // "Bering Sea", "Stewart Island": a name ending in a geographic head word
    // (taken along when the tagger stopped before it) is a place.
    // Not a person a rule settled ("Anthony Hill ( Australia )").
    const bool settled_person = nm.tag == kTagPer && settled[nm.a];
    if (nm.tag != kTagMisc && !settled_person && nm.b < v.units.size() && (v.info[nm.b].gaz & kGazGeo) &&
        v.units[nm.b].has(kUnitCap) && tags[nm.b] == kTagO && !v.all_caps) {
      ++nm.b;
      nm.tag = kTagLoc;
    }
    if (nm.tag != kTagLoc && !settled_person && nm.b - nm.a >= 2 && (v.info[nm.b - 1].gaz & kGazGeo) &&
        !(v.info[nm.b - 1].gaz & (kGazOrgHead | kGazOrgSuffix))) {
      nm.tag = kTagLoc;
    }
    // "Stanford University", "Tyson Foods", "Acme Ltd": a name ending in an
    // institution or company word names an organisation.
    if (nm.tag != kTagOrg && nm.tag != kTagMisc && !settled_person && nm.b - nm.a >= 2 &&
        (v.info[nm.b - 1].gaz & (kGazOrgHead | kGazOrgSuffix)) &&
        phrase_kind(v, nm.a, nm.b) != PhraseKind::kPlace) {
      nm.tag = kTagOrg;
    }
    // "Cleveland Indians", "San Diego Padres", "Bangladesh Lamps": a place
    // and then a capitalised plural that makes no place (not a geographic
    // head: "Golan Heights", "Gulf States") names a club or a company from
    // its home, where the tagger, seeing the place, read one, or read the
    // place alone. (A people's plural in the tagger's name is a club's too,
    // "Cleveland Indians"; one the tagger left out is not: "in Texas
    // Democrats"; nor, in a title-case headline, a verb: "U.S. Nominates".)
    if (nm.tag == kTagLoc && !v.all_caps && !(v.info[nm.a].gaz & kGazGeo)) {
      auto plural_name = [&](size_t k) {
        const std::string_view w = v.info[k].low;
        return v.units[k].has(kUnitCap) && plural_shape(w) && !(v.info[k].gaz & (kGazGeo | kGazPlaceName | kGazDemonym));
      };
      if (nm.b - nm.a >= 2 && plural_name(nm.b - 1) && is_place_name(v, nm.a, nm.b - 1) &&
          phrase_kind(v, nm.a, nm.b) == PhraseKind::kNone) {
        nm.tag = kTagOrg;
      } else if (nm.b < v.units.size() && tags[nm.b] == kTagO && plural_name(nm.b) &&
                 !(v.info[nm.b].gaz & (kGazDemonymPlural | kGazGroup | kGazParty)) &&
                 !v.units[nm.b].has(kUnitAllCaps) && is_place_name(v, nm.a, nm.b) &&
                 phrase_kind(v, nm.a, nm.b + 1) == PhraseKind::kNone && !title_case(v)) {
        ++nm.b;
        nm.tag = kTagOrg;
      }
    }
    // "New Zealand Department of Conservation", "University of Texas": an
    // institution word before "of" inside the name, whatever the place
    // names around it.
    if (nm.tag != kTagOrg && nm.tag != kTagMisc && nm.b - nm.a >= 3 &&
        phrase_kind(v, nm.a, nm.b) != PhraseKind::kPlace) {
      for (size_t k = nm.a; k + 2 < nm.b; ++k) {
        if ((v.info[k].gaz & kGazOrgHead) && v.info[k + 1].low == "of") {
          nm.tag = kTagOrg;
          break;
        }
      }
    }
    // "Iraq War", "Iran Sanctions Act", "U.S. Constitution", "Tokyo
    // Olympics": a place, then words ending in an event's, a law's or a
    // document's noun (event_words.txt), name no actor, but the place is a
    // place mention (GUIDELINES.md ruling 1: "Iran" in "Iran nuclear deal").
    // So is a place the tagger ran into a party's or a people's adjective
    // after it ("U.S. Democratic presidential candidate", "a US
    // Spanish-language channel").
    if (!settled[nm.a] && nm.b - nm.a >= 2) cut_place_before_event(v, &nm);
    // "May" the month, unless the tagger is sure of a person (Theresa May).
    if (nm.b - nm.a == 1 && nm.tag != kTagPer && v.info[nm.a].low == "may") continue;
    // An organisation the lexicons know is one, whatever its context
    // ("the White House said", "Reuters reported"), unless a rule settled
    // the name ("Mr. Ford").
    if ((nm.tag == kTagLoc || nm.tag == kTagMisc || (nm.tag == kTagPer && !settled[nm.a])) &&
        phrase_kind(v, nm.a, nm.b) == PhraseKind::kOrganization) {
      nm.tag = kTagOrg;
    }
    // "Heathrow Airport", "Yankee Stadium", "Evin Prison": a name ending in
    // a site noun is a named location, a place, even where the tagger read
    // an organisation ("Bank of America Stadium") or a person ("Stamford
    // Bridge"). A given name and one word stay a person ("Grace Park").
    if ((nm.tag == kTagOrg || nm.tag == kTagPer) && !settled[nm.a] && nm.b - nm.a >= 2 &&
        (v.info[nm.b - 1].gaz & kGazSite) && v.units[nm.b - 1].has(kUnitCap) &&
        !(nm.tag == kTagPer && nm.b - nm.a == 2 && (v.info[nm.a].gaz & kGazGiven)) &&
        phrase_kind(v, nm.a, nm.b) != PhraseKind::kOrganization) {
      nm.tag = kTagLoc;
    }
    // "South Taranaki", "West Roxbury", "North Charleston": a compass point
    // and a name is a part of a place, where the tagger, not knowing the
    // name, read an organisation or a person. Not a people's adjective or
    // plural ("North Korean", "South Dakotans": the rules below).
    if ((nm.tag == kTagOrg || nm.tag == kTagPer) && !settled[nm.a] && nm.b - nm.a == 2 &&
        v.units[nm.a].has(kUnitCap) && !v.units[nm.a].has(kUnitAllCaps) && is_compass_point(v.info[nm.a].low) &&
        !(v.info[nm.a + 1].gaz & (kGazOrgHead | kGazOrgSuffix | kGazFacility | kGazTitle | kGazDemonym)) &&
        !reads_as_a_people(v.info[nm.a + 1].low) && phrase_kind(v, nm.a, nm.b) != PhraseKind::kOrganization) {
      nm.tag = kTagLoc;
    }
    // A place is a place also when it acts ("Tunisia said"): GUIDELINES.md.
    // A team named by its city, typed by the results rules, is a club.
    if (nm.tag == kTagOrg && !settled[nm.a] && phrase_kind(v, nm.a, nm.b) == PhraseKind::kPlace) {
      nm.tag = kTagLoc;
    }
    // "the Obama administration", "the Assad regime": the person's government.
    if ((nm.tag == kTagPer || (nm.tag == kTagOrg && nm.b - nm.a <= 2)) && nm.b < v.units.size()) {
      if (heads_a_government(v, nm.b)) {
        add(out, v, nm.a, nm.b + 1, ActorType::kOrganization);
        confidence->push_back(nm.confidence);
        for (size_t k = nm.a; k <= nm.b; ++k) (*taken)[k] = 1;
        continue;
      }
    }
    // A nationality adjective alone is no actor (GUIDELINES.md), also where
    // the tagger read an organisation or a person: "the American people",
    // "Saudi officials" (a group, found next), "the North Korean army". Not
    // a place's name ("New Zealand") nor a name a rule settled ("Mr. English").
    // A party's adjective alone is none either: "the Republican nominee",
    // "Democrat Hillary Clinton" (the person without it).
    const bool party = nm.b - nm.a == 1 && (v.info[nm.a].gaz & kGazParty);
    if ((nm.tag == kTagOrg || nm.tag == kTagPer || (party && nm.tag == kTagLoc)) && !settled[nm.a] &&
        (party || is_demonym_name(v, nm)) &&
        !(v.info[nm.a].gaz & (kGazPlace | kGazCountry)) && phrase_kind(v, nm.a, nm.b) != PhraseKind::kPlace) {
      nm.tag = kTagMisc;
    }
    // A people's plural is a group ("seen by many Africans as a hero",
    // "New Yorkers"), also where the tagger read a person or an
    // organisation. (A plural of two words is keyed by its lowered text.)
    // (So is a capitalised collective noun of the lexicons: "Millennials",
    // "Evangelicals"; not a party's name, "Republicans", an organisation.)
    if ((nm.tag == kTagOrg || nm.tag == kTagPer) && !settled[nm.a] && nm.b - nm.a <= 2 &&
        (nm.b - nm.a == 1
             ? (v.info[nm.a].gaz & kGazDemonymPlural) != 0 ||
                   ((v.info[nm.a].gaz & kGazGroup) && !(v.info[nm.a].gaz & kGazOrg) && plural_shape(v.info[nm.a].low))
             : (Gazetteer::get().word_hash(word_key(lowered_units(v, nm.a, nm.b))) & kGazDemonymPlural) != 0)) {
      add(out, v, nm.a, nm.b, ActorType::kGroup);
      confidence->push_back(nm.confidence);
      for (size_t k = nm.a; k < nm.b; ++k) (*taken)[k] = 1;
      continue;
    }
    bool demonym = nm.tag == kTagMisc && is_demonym_name(v, nm);
    if (nm.tag == kTagLoc || demonym) {
      size_t end = institution_after(v, nm.b);
      if (end) {  // "Polish authorities", "Sudan's government"
        add(out, v, nm.a, end, ActorType::kOrganization);
        confidence->push_back(nm.confidence);
        for (size_t k = nm.a; k < end; ++k) (*taken)[k] = 1;
        continue;
      }
    }
    if (nm.tag == kTagMisc) continue;  // nationalities alone, events, works: not actors
    add(out, v, nm.a, nm.b, type_of(nm.tag));
    out->back().settled = (nm.tag == kTagOrg || nm.tag == kTagPer) && settled[nm.a];
    confidence->push_back(nm.confidence);
    for (size_t k = nm.a; k < nm.b; ++k) (*taken)[k] = 1;
  }
}

// One name, one type per document: the type with the most confidence summed
// over its mentions wins. Names are keyed by their lowercased text. A settled
// name (a team, a person after an honorific) votes but keeps its type:
// "NEW YORK 74 59" is the club, the dateline's "NEW YORK" the city.
void harmonise_types(const Text& text, const DocStats& stats, std::vector<Mention>* mentions,
                     const std::vector<float>& confidence) {
  // Distinct names in order of first sight, in an open-addressing table of
  // views (into the Text's lowered bytes, or into `folded` for the few names
  // whose ’ lower() folds): no string is copied per name.
  const size_t n = mentions->size();
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  // Each array sized once (a name per mention at most), and a list for the
  // folded names (stable addresses, and no allocation when there are none,
  // where a deque allocates on construction): 5 allocations a document
  // instead of about 22.
  std::vector<uint32_t> slots(cap, UINT32_MAX);
  std::vector<std::string_view> names;
  std::vector<uint64_t> hashes;
  std::list<std::string> folded;  // stable addresses for the views
  std::vector<std::array<float, 3>> votes;
  names.reserve(n);
  hashes.reserve(n);
  votes.reserve(n);
  std::vector<uint32_t> id_of(n, 0);
  // The slot of a name: its own, or the empty one where it would go.
  auto slot_of = [&](uint64_t h, std::string_view low) {
    size_t p = (h ^ (h >> 29)) & (cap - 1);
    while (slots[p] != UINT32_MAX && !(hashes[slots[p]] == h && names[slots[p]] == low)) p = (p + 1) & (cap - 1);
    return p;
  };
  const Gazetteer& gz = Gazetteer::get();
  const int person = static_cast<int>(ActorType::kPerson), organization = static_cast<int>(ActorType::kOrganization),
            place = static_cast<int>(ActorType::kPlace);
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = (*mentions)[i];
    if (m.type == ActorType::kGroup) continue;
    // lower() of the mention: the Text's lowered bytes unless a ’ was folded
    // (a mention is never empty: an empty view means folded).
    std::string_view low = text.low_bytes_unfolded(m.span.b, m.span.e);
    if (low.empty()) {
      folded.push_back(lower(text.str(m.span.b, m.span.e)));
      low = folded.back();
    }
    const uint64_t h = word_key(low);
    const size_t p = slot_of(h, low);
    if (slots[p] == UINT32_MAX) {
      slots[p] = static_cast<uint32_t>(names.size());
      names.push_back(low);
      hashes.push_back(h);
      votes.push_back({0.0f, 0.0f, 0.0f});
    }
    const uint32_t id = slots[p];
    id_of[i] = id;
    votes[id][static_cast<int>(m.type)] += 1.0f + std::min(confidence[i], 10.0f);
    // A word the lexicons know as a place, and as no given name or
    // organisation, votes place once more per mention: the tagger's person
    // in "the Paris attackers" does not make every "Paris" of the text a
    // person.
    const uint32_t g = gz.word_hash(h);
    if ((g & kGazPlaceName) && !(g & (kGazGiven | kGazOrg))) votes[id][place] += 11.0f;
  }
  // Names whose type the document settles, whatever the votes (-1: none).
  // A company named with its legal suffix ("Pirelli SpA", "Ericsson AB",
  // "Cofinec S.A.") makes its bare name an organisation throughout the
  // document, whatever the tagger read in each sentence ("Pirelli said").
  std::vector<int8_t> settled_type(names.size(), -1);
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = (*mentions)[i];
    if (m.type != ActorType::kOrganization || m.settled) continue;
    const std::string_view name = names[id_of[i]];
    const size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos || sp == 0 || !(gz.word(name.substr(sp + 1)) & kGazOrgSuffix)) continue;
    const std::string_view bare = name.substr(0, sp);
    const size_t p = slot_of(word_key(bare), bare);
    if (slots[p] != UINT32_MAX) settled_type[slots[p]] = static_cast<int8_t>(ActorType::kOrganization);
  }
  // A person named in full (two or three words, a given name first) makes
  // the surname alone that person ("Wade Bassi ... Bassi said", "Paul
  // Manafort ... Manafort"), where the tagger reads an unknown surname by
  // its letters ("-fort": a place). Not a word the lexicons know as
  // anything but a given name ("George Washington ... Washington"), nor
  // one the text also writes in lowercase: the tail of a name run on too
  // far ("Clinton White House", "Ted Cruz's Super").
  constexpr uint32_t kNamesOtherThings = ((1u << kGazClassCount) - 1) & ~kGazGiven;
  for (uint32_t id = 0; id < names.size(); ++id) {
    const auto& v = votes[id];
    if (!(v[person] > v[organization] && v[person] > v[place])) continue;
    const std::string_view name = names[id];
    const size_t first_sp = name.find(' ');
    if (first_sp == std::string_view::npos || first_sp == 0) continue;  // most names: one word
    const size_t sp = name.rfind(' ');
    if (sp + 1 == name.size() || std::count(name.begin(), name.end(), ' ') > 2) continue;
    if (name.find("'s ") != std::string_view::npos) continue;
    // (A given name first, or one the lexicons do not know as anything
    // else: "Merrick Garland ... Garland".)
    // (Then not over a surname the votes read as a place: "Rotor
    // Volgograd", a club the tagger read as a person, "... the Volgograd
    // side".)
    const uint32_t first_word = gz.word(name.substr(0, first_sp));
    const bool given = (first_word & kGazGiven) != 0;
    if (!given && (first_word & kNamesOtherThings)) continue;
    // The surname, and without an Arabic article ("Bashar al-Assad ...
    // Assad").
    const std::string_view surname_forms[2] = {name.substr(sp + 1), without_arabic_article(name.substr(sp + 1))};
    for (std::string_view surname : surname_forms) {
      if (surname.empty()) break;
      const size_t p = slot_of(word_key(surname), surname);
      if (slots[p] == UINT32_MAX) continue;
      const uint32_t id_surname = slots[p];
      const auto& sv = votes[id_surname];
      if (settled_type[id_surname] >= 0 || (gz.word_hash(hashes[id_surname]) & kNamesOtherThings) ||
          stats.seen_lower(hashes[id_surname]) || (!given && sv[place] > sv[person] && sv[place] > sv[organization])) {
        continue;
      }
      settled_type[id_surname] = static_cast<int8_t>(person);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    Mention& m = (*mentions)[i];
    if (m.type == ActorType::kGroup || m.settled) continue;
    if (settled_type[id_of[i]] >= 0) {
      m.type = static_cast<ActorType>(settled_type[id_of[i]]);
      continue;
    }
    const auto& v = votes[id_of[i]];
    int best = static_cast<int>(m.type);
    for (int t = 0; t < 3; ++t) {
      if (v[t] > v[best]) best = t;
    }
    m.type = static_cast<ActorType>(best);
  }
}

}  // namespace

std::vector<Mention> find_actors(const Text& text) {
  std::vector<Mention> out;
  std::vector<float> confidence;
  if (text.sentences.empty()) return out;
  DocStats stats(text);
  const NerTagger& tagger = NerTagger::get();
  SentenceView v;
  std::vector<uint8_t> tags;
  std::vector<float> margin;
  std::vector<char> taken;
  std::vector<char> settled;  // per unit: typed by a rule that is sure of it
  // The rules that settle a name's type over the sentence's tags: honorifics
  // and bracketed nationalities (a person), the results rules (teams before
  // scores, standings tables). They mark the units they type in `settled`.
  const std::vector<char> rows = table_rows(text);
  const bool web_addresses = may_hold_web_address(text.s);
  auto settle = [&](size_t sentence) {
    settle_names(v, rows[sentence] != 0, &tags, &margin, &settled);
  };
  auto mentions_of = [&](size_t sentence, std::vector<Mention>* into, std::vector<float>* conf,
                         std::vector<uint32_t>* from) {
    size_t before = into->size();
    sentence_names(v, tags, margin, settled, into, conf, &taken);
    find_groups(v, tags, taken, into);
    conf->resize(into->size(), 0.0f);
    from->resize(into->size(), static_cast<uint32_t>(sentence));
    (void)before;
  };
  // Pass 1: tag every sentence, find its actors, remember the names found
  // and keep what pass 2 needs of each unit.
  NameMemory memory;
  std::vector<UnitKey> keys;
  std::vector<uint8_t> all_tags;
  std::vector<float> all_margins;
  std::vector<uint32_t> first_unit, from;
  keys.reserve(text.tokens.size());
  all_tags.reserve(text.tokens.size());
  all_margins.reserve(text.tokens.size());
  first_unit.reserve(text.sentences.size() + 1);
  // News text has about one actor per ten tokens: room for that at once
  // rather than growing by doubling (the vectors grow further if needed).
  out.reserve(text.tokens.size() / 10 + 8);
  confidence.reserve(text.tokens.size() / 10 + 8);
  from.reserve(text.tokens.size() / 10 + 8);
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    prepare_sentence(text, text.sentences[si], stats, &v);
    tagger.tag(v, &tags, &margin);
    gazetteer_backoff(v, &tags);
    attach_initials(v, &tags);
    attach_place_abbreviations(v, &tags);
    join_institutions_of(v, &tags);
    title_case_names(v, &tags);
    if (web_addresses) web_address_names(v, &tags);
    settle(si);
    memory.record(v, tags, margin);
    first_unit.push_back(static_cast<uint32_t>(keys.size()));
    for (size_t i = 0; i < v.units.size(); ++i) keys.push_back(unit_key(v, i));
    all_tags.insert(all_tags.end(), tags.begin(), tags.end());
    all_margins.insert(all_margins.end(), margin.begin(), margin.end());
    mentions_of(si, &out, &confidence, &from);
  }
  first_unit.push_back(static_cast<uint32_t>(keys.size()));
  // Pass 2: sentences where a name known from elsewhere in the document
  // changes a tag are analysed again.
  std::vector<char> redone(text.sentences.size(), 0);
  std::vector<Mention> out2;
  std::vector<float> confidence2;
  std::vector<uint32_t> from2;
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    size_t a = first_unit[si], n = first_unit[si + 1] - a;
    if (!memory.apply(keys.data() + a, n, all_tags.data() + a)) continue;
    redone[si] = 1;
    prepare_sentence(text, text.sentences[si], stats, &v);
    margin.assign(all_margins.begin() + static_cast<long>(a), all_margins.begin() + static_cast<long>(a + n));
    tags.assign(all_tags.begin() + static_cast<long>(a), all_tags.begin() + static_cast<long>(a + n));
    settle(si);
    mentions_of(si, &out2, &confidence2, &from2);
  }
  size_t kept = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (redone[from[i]]) continue;
    out[kept] = out[i];
    confidence[kept] = confidence[i];
    ++kept;
  }
  out.resize(kept);
  confidence.resize(kept);
  out.insert(out.end(), out2.begin(), out2.end());
  confidence.insert(confidence.end(), confidence2.begin(), confidence2.end());
  harmonise_types(text, stats, &out, confidence);
  std::stable_sort(out.begin(), out.end(),
                   [](const Mention& a, const Mention& b) { return a.span.b < b.span.b; });
  return out;
}

}  // namespace newsann
