// Gazetteers for the name tagger and the actor rules: what the embedded
// lexicons say about a word or a phrase.
//
//   word classes   one lowercased word -> bits (given name, place, title, ...)
//   phrases        a run of units ("new york", "european union", "u.s.") ->
//                  place or organisation, with its canonical name
//
// Lexicons (core/lexicons): given_names, countries, regions, places,
// demonyms, person_titles, org_words, place_words, organizations, group_nouns,
// institution_nouns. Built once, on first use; read-only afterwards.
#ifndef NEWSANN_NER_GAZETTEER_H_
#define NEWSANN_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "key_filter.h"
#include "ner_flat_map.h"
#include "word_table.h"

namespace newsann {

enum GazClass : uint32_t {
  kGazGiven = 1u << 0,        // a given name ("Anna")
  kGazPlace = 1u << 1,        // a country, city or region name of one word
  kGazRegion = 1u << 2,       // an ISO 3166-2 subdivision
  kGazCountry = 1u << 3,      // an ISO 3166-1 country
  kGazDemonym = 1u << 4,      // a nationality adjective ("Polish")
  kGazDemonymPlural = 1u << 5,// a people's plural ("Poles", "Americans")
  kGazTitle = 1u << 6,        // a title or role before a name ("president", "mr")
  kGazOrgHead = 1u << 7,      // an institution head noun ("Ministry", "University")
  kGazOrgSuffix = 1u << 8,    // a company suffix ("Inc", "Ltd")
  kGazOrg = 1u << 9,          // a known organisation of one word ("Reuters", "NATO")
  kGazGroup = 1u << 10,       // a noun for a collective of people ("migrants")
  kGazInstitution = 1u << 11, // a state institution noun ("authorities", "police")
  kGazFacility = 1u << 12,    // a building or site noun ("Hospital", "Airport")
  kGazGeo = 1u << 13,         // a geographic name head ("Sea", "Island", "River")
  // Not a feature of the tagger (past kGazClassCount): read by rules only.
  kGazHonorific = 1u << 14,   // a title only a person's name follows ("Mr", "Dr", "Sir")
  kGazSite = 1u << 15,        // a facility noun whose name is a place ("Airport", "Stadium")
  kGazParty = 1u << 16,       // a party's adjective ("Republican", "Democratic")
  kGazFemale = 1u << 17,      // a given name mostly women's ("Amanda")
  kGazMale = 1u << 18,        // a given name mostly men's ("Patrick")
  kGazOrgClass = 1u << 19,    // a kind of organisation, lowercase ("agency", "firm")
  kGazPress = 1u << 20,       // one that is a publication ("newspaper", "tabloid")
  kGazEvent = 1u << 21,       // an event's, law's or document's last word ("War", "Act")
};
inline constexpr int kGazClassCount = 14;  // the classes the tagger sees as features
// A place's name of one word, of any kind: a city, a country or a region.
inline constexpr uint32_t kGazPlaceName = kGazPlace | kGazCountry | kGazRegion;
// Short names of the classes, for features: "giv", "plc", ...
constexpr std::string_view gaz_class_name(int bit) {
  constexpr std::string_view kNames[kGazClassCount] = {"giv", "plc", "reg", "cty", "dem", "dpl", "ttl",
                                                       "ohd", "osf", "org", "grp", "ins", "fac", "geo"};
  return bit >= 0 && bit < kGazClassCount ? kNames[bit] : "?";
}

enum class PhraseKind : uint8_t { kNone, kPlace, kOrganization, kDemonym };

struct PhraseInfo {
  PhraseKind kind = PhraseKind::kNone;
  bool complete = false;     // false: only a prefix of longer phrases
  std::string canonical;     // canonical name ("European Union"), for linking
};

class Gazetteer {
 public:
  // Built on first use (thread-safe); inline, as the rules ask for it in
  // their inner loops.
  static const Gazetteer& get() {
    static const Gazetteer g;
    return g;
  }

  // Classes of one lowercased word (0 if none).
  uint32_t word(std::string_view lower) const { return word_hash(word_key(lower)); }
  // The same by the word's key (word_key of the lowercased word).
  uint32_t word_hash(uint64_t key) const { return word_table_.find(key); }
  // False when the word (by key) is certainly no group head (kGazGroup or
  // kGazDemonymPlural): asked of every word of a text (find_groups), which
  // rarely is one, before the table.
  bool maybe_group_head(uint64_t key) const { return group_heads_.maybe(key); }
  static uint64_t word_key(std::string_view lower) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : lower) h = (h ^ c) * 1099511628211ull;
    return h;
  }
  // The phrase entry for lowercased units joined by single spaces, or null.
  const PhraseInfo* phrase(std::string_view joined) const;
  // The same by key: phrase_extend folded over the units' word_keys, from 0.
  const PhraseInfo* phrase_hash(uint64_t key) const {
    uint32_t i = phrase_table_.find(key, UINT32_MAX);
    return i == UINT32_MAX ? nullptr : &phrase_info_[i];
  }
  static uint64_t phrase_extend(uint64_t h, uint64_t unit_key) {
    return (h ^ unit_key) * 0x9E3779B97F4A7C15ull + 7;
  }
  // The place a nationality adjective refers to ("polish" -> "Poland"), or null.
  const std::string* demonym_place(std::string_view lower) const { return demonym_place_.find(lower); }
  // Whether a lowercased phrase (words joined by spaces) is an institution noun phrase.
  bool institution(std::string_view key) const { return institutions_.contains(key); }
  static constexpr int kMaxPhraseUnits = 7;
  static constexpr int kMaxInstitutionWords = 3;

 private:
  Gazetteer();
  // Returns the name's unit count (0: not added).
  // `units`: scratch for the name's unit keys. Returns the name's unit
  // count (0: not added).
  size_t insert_phrase(std::string_view name, PhraseKind kind, std::string_view canonical,
                       std::vector<uint64_t>* units);
  WordTable<std::string> demonym_place_;
  WordTable<char> institutions_;
  // Word classes by word key, and the index in phrase_info_ of every phrase
  // and prefix of one by phrase key.
  FlatMap word_table_, phrase_table_;
  KeyFilter group_heads_;  // the keys of kGazGroup and kGazDemonymPlural words
  std::vector<PhraseInfo> phrase_info_;
};

// The lowercased units of a lexicon name, split the way the tagger splits
// text, so that "U.S." or "Washington, D.C." match the text's units one for
// one (through a Text).
std::vector<std::string> name_units_by_text(std::string_view name);
// The word_key of each of those units, into *keys, with a short cut for
// names of plain ASCII words (the tests check that the two agree on every
// name of every lexicon).
void name_unit_keys(std::string_view name, std::vector<uint64_t>* keys);

}  // namespace newsann

#endif  // NEWSANN_NER_GAZETTEER_H_
