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
// ("European Union"): their units are those words, lowercased, keyed here
// as they are read. Start-up adds thousands of names; a Text for each was a
// third of it, and a string per unit most of the rest.
void name_unit_keys(std::string_view name, std::vector<uint64_t>* keys) {
  keys->clear();
  if (!plain_words(name)) {
    for (const std::string& u : name_units_by_text(name)) keys->push_back(word_key(u));
    return;
  }
  uint64_t h = kWordKeySeed;
  for (char c : name) {
    if (c == ' ') {
      keys->push_back(h);
      h = kWordKeySeed;
      continue;
    }
    const auto lowered = static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    h = (h ^ lowered) * 1099511628211ull;  // word_key, one byte on
  }
  keys->push_back(h);
}

// Adds a name's phrase and every prefix of it (the tagger extends a phrase
// unit by unit); the first lexicon to name a phrase decides its kind.
// Returns the name's unit count (0: not added). `units`: scratch.
size_t Gazetteer::insert_phrase(std::string_view name, PhraseKind kind, std::string_view canonical,
                                std::vector<uint64_t>* units) {
  name_unit_keys(name, units);
  if (units->empty() || units->size() > static_cast<size_t>(kMaxPhraseUnits)) return 0;
  uint64_t key = 0;
  for (size_t i = 0; i < units->size(); ++i) {
    key = phrase_extend(key, (*units)[i]);
    uint32_t& index = phrase_table_.slot(key, UINT32_MAX);
    if (index == UINT32_MAX) {
      index = static_cast<uint32_t>(phrase_info_.size());
      phrase_info_.emplace_back();
    }
    PhraseInfo& p = phrase_info_[index];
    if (i + 1 == units->size() && !p.complete) {
      p.complete = true;
      p.kind = kind;
      p.canonical = std::string(canonical.empty() ? name : canonical);
    }
  }
  return units->size();
}

Gazetteer::Gazetteer() {
  // Room for the lexicons' words and phrase prefixes at once (about 4,000
  // and 7,000 today), rather than rehashing as they come.
  std::string low;              // scratch: one allocation for all the words
  std::vector<uint64_t> units;  // scratch for add_phrase
  auto add_word = [&](std::string_view w, uint32_t cls) {
    lower_into(w, &low);
    const uint64_t key = word_key(low);
    word_table_.slot(key) |= cls;
    if (cls & (kGazGroup | kGazDemonymPlural)) group_heads_.add(key);
  };
  auto add_phrase = [&](std::string_view name, PhraseKind kind, std::string_view canonical) {
    return insert_phrase(name, kind, canonical, &units);
  };
  // Three blocks: "=f" (names mostly women's), "=m" (men's), "=u" (the rest).
  uint32_t gender = 0;
  for (const LexiconEntry& e : lexicon_entries("given_names")) {
    if (e.key.size() == 2 && e.key[0] == '=') {
      gender = e.key[1] == 'f' ? kGazFemale : e.key[1] == 'm' ? kGazMale : 0u;
      continue;
    }
    add_word(e.key, kGazGiven | gender);
  }
  for (const LexiconEntry& e : lexicon_entries("person_titles")) {
    const bool honorific = !e.fields.empty() && e.fields[0] == "honorific";
    add_word(e.key, kGazTitle | (honorific ? kGazHonorific : 0u));
  }
  for (const LexiconEntry& e : lexicon_entries("group_nouns")) add_word(e.key, kGazGroup);
  for (const LexiconEntry& e : lexicon_entries("place_words")) add_word(e.key, kGazGeo);
  for (const LexiconEntry& e : lexicon_entries("event_words")) add_word(e.key, kGazEvent);
  for (const LexiconEntry& e : lexicon_entries("org_words")) {
    std::string_view kind = e.fields.empty() ? std::string_view() : e.fields[0];
    // A site is a facility the tagger sees as any other, and whose name
    // the rules then type a place (actors.cc).
    add_word(e.key, kind == "suffix"     ? kGazOrgSuffix
                    : kind == "facility" ? kGazFacility
                    : kind == "site"     ? kGazFacility | kGazSite
                    : kind == "class"    ? kGazOrgClass
                    : kind == "press"    ? kGazOrgClass | kGazPress
                                         : kGazOrgHead);
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
    // A party's adjective is for the rules only: as a demonym (a class the
    // tagger reads, which the model never saw on these words) it unsettled
    // the names around it ("Nevada Democrat" became a place).
    if (e.fields.size() > 2 && e.fields[2] == "party") {
      add_word(e.key, kGazParty);
      continue;
    }
    std::string_view place = e.fields.empty() ? std::string_view() : e.fields[0];
    add_word(e.key, kGazDemonym);
    add_phrase(e.key, PhraseKind::kDemonym, place);
    if (!demonym_place_.find(lower(e.key))) demonym_place_[lower(e.key)] = std::string(place);  // first wins
    if (e.fields.size() > 1 && !e.fields[1].empty()) {
      add_word(e.fields[1], kGazDemonymPlural);
    }
  }
}

}  // namespace newsann
