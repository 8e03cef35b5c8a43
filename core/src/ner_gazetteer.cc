#include "ner_gazetteer.h"

#include "lexicon.h"
#include "ner_units.h"
#include "text.h"

namespace newsann {

const PhraseInfo* Gazetteer::phrase(std::string_view joined) const {
  uint64_t key = 0;
  size_t i = 0;
  while (i <= joined.size()) {
    size_t sp = joined.find(' ', i);
    if (sp == std::string_view::npos) sp = joined.size();
    key = phrase_extend(key, word_key(joined.substr(i, sp - i)));
    i = sp + 1;
  }
  return phrase_hash(key);
}

const Gazetteer& Gazetteer::get() {
  static const Gazetteer g;
  return g;
}

// Splits a lexicon name into units the way the tagger does, so "U.S." or
// "Washington, D.C." match the text's units one for one.
static std::vector<std::string> phrase_units(std::string_view name) {
  std::vector<std::string> out;
  Text t(name);
  std::vector<Unit> units;
  for (const Sentence& s : t.sentences) {
    sentence_units(t, s, &units);
    for (const Unit& u : units) out.push_back(unit_lower(t, u));
  }
  return out;
}

void Gazetteer::add_phrase(std::string_view name, PhraseKind kind, std::string_view canonical) {
  std::vector<std::string> units = phrase_units(name);
  if (units.empty() || units.size() > static_cast<size_t>(kMaxPhraseUnits)) return;
  uint64_t key = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    key = phrase_extend(key, word_key(units[i]));
    PhraseInfo& p = phrases_[key];
    if (i + 1 == units.size()) {
      if (!p.complete) {  // the first lexicon to name a phrase decides its kind
        p.complete = true;
        p.kind = kind;
        p.canonical = std::string(canonical.empty() ? name : canonical);
      }
    }
  }
}

Gazetteer::Gazetteer() {
  auto add_word = [&](std::string_view w, uint32_t cls) { words_[word_key(lower(w))] |= cls; };
  for (const LexiconEntry& e : lexicon_entries("given_names")) add_word(e.key, kGazGiven);
  for (const LexiconEntry& e : lexicon_entries("person_titles")) add_word(e.key, kGazTitle);
  for (const LexiconEntry& e : lexicon_entries("group_nouns")) add_word(e.key, kGazGroup);
  for (const LexiconEntry& e : lexicon_entries("place_words")) add_word(e.key, kGazGeo);
  for (const LexiconEntry& e : lexicon_entries("org_words")) {
    std::string_view kind = e.fields.empty() ? std::string_view() : e.fields[0];
    add_word(e.key, kind == "suffix" ? kGazOrgSuffix : kind == "facility" ? kGazFacility : kGazOrgHead);
  }
  for (const LexiconEntry& e : lexicon_entries("institution_nouns")) {
    institutions_[lower(e.key)] = 1;
    if (e.key.find(' ') == std::string_view::npos) add_word(e.key, kGazInstitution);
  }
  // Organisations before places: "Amazon" the company is more common in news
  // than the river (which places.txt names "Amazon River").
  for (const LexiconEntry& e : lexicon_entries("organizations")) {
    std::string_view canon = e.fields.empty() ? std::string_view() : e.fields[0];
    add_phrase(e.key, PhraseKind::kOrganization, canon);
    if (phrase_units(e.key).size() == 1) add_word(e.key, kGazOrg);
  }
  auto add_places = [&](std::string_view lexicon, uint32_t cls) {
    for (const LexiconEntry& e : lexicon_entries(lexicon)) {
      std::string_view canon = e.fields.empty() || lexicon == "regions" ? std::string_view() : e.fields[0];
      add_phrase(e.key, PhraseKind::kPlace, canon);
      if (phrase_units(e.key).size() == 1) add_word(e.key, cls);
    }
  };
  add_places("places", kGazPlace);
  add_places("countries", kGazPlace | kGazCountry);
  add_places("regions", kGazRegion);
  for (const LexiconEntry& e : lexicon_entries("demonyms")) {
    std::string_view place = e.fields.empty() ? std::string_view() : e.fields[0];
    add_word(e.key, kGazDemonym);
    add_phrase(e.key, PhraseKind::kDemonym, place);
    if (!demonym_place_.find(lower(e.key))) demonym_place_[lower(e.key)] = std::string(place);  // first wins
    if (e.fields.size() > 1 && !e.fields[1].empty()) {
      add_word(e.fields[1], kGazDemonymPlural);
    }
  }
  word_table_ = FlatMap(words_);
  std::unordered_map<uint64_t, uint32_t> index;
  for (auto& [k, info] : phrases_) {
    index.emplace(k, static_cast<uint32_t>(phrase_info_.size()));
    phrase_info_.push_back(info);
  }
  phrase_table_ = FlatMap(index);
}

}  // namespace newsann
