#include "ner_gazetteer.h"

#include <algorithm>

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

std::vector<std::string> name_units_by_text(std::string_view name) {
  std::vector<std::string> out;
  Text t(name);
  std::vector<Unit> units;
  for (const Sentence& s : t.sentences) {
    sentence_units(t, s, &units);
    for (const Unit& u : units) out.push_back(unit_lower(t, u));
  }
  return out;
}

// Most lexicon names are ASCII letters in words between single spaces
// ("European Union"): their units are those words, lowercased. Start-up adds
// thousands of names, and a Text for each was a third of it.
std::vector<std::string> name_units(std::string_view name) {
  bool plain = !name.empty() && name.front() != ' ' && name.back() != ' ';
  for (size_t i = 0; plain && i < name.size(); ++i) {
    char c = name[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    plain = letter || (c == ' ' && name[i - 1] != ' ');
  }
  if (!plain) return name_units_by_text(name);
  std::vector<std::string> out;
  for (size_t i = 0; i <= name.size();) {
    size_t sp = std::min(name.find(' ', i), name.size());
    std::string& w = out.emplace_back(name.substr(i, sp - i));
    for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    i = sp + 1;
  }
  return out;
}

size_t Gazetteer::add_phrase(std::string_view name, PhraseKind kind, std::string_view canonical) {
  std::vector<std::string> units = name_units(name);
  if (units.empty() || units.size() > static_cast<size_t>(kMaxPhraseUnits)) return 0;
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
  return units.size();
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
    if (add_phrase(e.key, PhraseKind::kOrganization, canon) == 1) add_word(e.key, kGazOrg);
  }
  auto add_places = [&](std::string_view lexicon, uint32_t cls) {
    for (const LexiconEntry& e : lexicon_entries(lexicon)) {
      std::string_view canon = e.fields.empty() || lexicon == "regions" ? std::string_view() : e.fields[0];
      if (add_phrase(e.key, PhraseKind::kPlace, canon) == 1) add_word(e.key, cls);
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
