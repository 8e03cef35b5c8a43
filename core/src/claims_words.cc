#include "claims_words.h"

#include <algorithm>

#include "lexicon.h"

namespace newsann::claims {

namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t sp = s.find(' ', i);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > i) out.emplace_back(s.substr(i, sp - i));
    i = sp + 1;
  }
  return out;
}

uint32_t role_bit(std::string_view name) {
  static const std::pair<std::string_view, uint32_t> kNames[] = {
      {"det", kDet},   {"stop", kStop}, {"aux", kAux},   {"be", kBe},
      {"have", kHave}, {"time", kTime}, {"prep", kPrep}, {"wh", kWh},
      {"subj", kSubj}, {"coord", kCoord}, {"rel", kRel}, {"quant", kQuant},
      {"link", kLink}, {"finite", kFinite}, {"day", kDay},
      {"tdet", kTimeDet}, {"approx", kApprox}};
  for (const auto& [n, bit] : kNames) {
    if (n == name) return bit;
  }
  return 0;
}

CueClass cue_class(std::string_view s, std::string* marker) {
  if (s == "that") return CueClass::kThat;
  if (s == "to") return CueClass::kTo;
  if (s == "wh") return CueClass::kWh;
  if (s.substr(0, 4) == "obj:") {
    *marker = std::string(s.substr(4));
    return CueClass::kObject;
  }
  return CueClass::kSay;
}

}  // namespace

Words::Words() {
  WordTable<uint32_t> roles;
  WordTable<Referent> pronouns;
  WordTable<Gender> genders;
  WordTable<NounKind> nouns;
  for (const LexiconEntry& e : lexicon_entries("claim_function_words")) {
    uint32_t bits = 0;
    for (std::string_view f : e.fields) {
      for (const std::string& r : split_words(f)) bits |= role_bit(r);
    }
    roles[e.key] |= bits;
  }
  for (const LexiconEntry& e : lexicon_entries("claim_cue_verbs")) {
    CueVerb v;
    v.words = split_words(e.key);
    if (v.words.empty()) continue;
    if (!e.fields.empty()) v.cls = cue_class(e.fields[0], &v.marker);
    if (e.fields.size() > 1) {
      std::string_view flags = e.fields[1];
      v.recipient = flags.find('r') != std::string_view::npos;
      v.quote_only = flags.find('q') != std::string_view::npos;
      v.needs_have = flags.find('n') != std::string_view::npos;
      v.passive_ok = flags.find('p') != std::string_view::npos;
      v.base = flags.find('b') != std::string_view::npos;
      v.plural_noun = flags.find('s') != std::string_view::npos;
    }
    const std::string& head = v.words[0];
    v.ing = head.size() > 4 && head.compare(head.size() - 3, 3, "ing") == 0;
    cues_[head].push_back(std::move(v));
  }
  for (auto& [w, list] : cues_.entries()) {
    std::stable_sort(list.begin(), list.end(), [](const CueVerb& a, const CueVerb& b) {
      return a.words.size() > b.words.size();
    });
  }
  for (const LexiconEntry& e : lexicon_entries("claim_adjunct_cues")) {
    AdjunctCue a;
    a.words = split_words(e.key);
    if (a.words.empty()) continue;
    a.content_after = e.fields.empty() || e.fields[0] != "before";
    adjuncts_[a.words[0]].push_back(std::move(a));
  }
  for (auto& [w, list] : adjuncts_.entries()) {
    std::stable_sort(list.begin(), list.end(), [](const AdjunctCue& a, const AdjunctCue& b) {
      return a.words.size() > b.words.size();
    });
  }
  for (const LexiconEntry& e : lexicon_entries("claim_pronouns")) {
    std::string_view k = e.fields.empty() ? "" : e.fields[0];
    Referent r = k == "person"     ? Referent::kPerson
                 : k == "plural"   ? Referent::kPlural
                 : k == "thing"    ? Referent::kThing
                 : k == "relative" ? Referent::kRelative
                                   : Referent::kNone;
    pronouns[e.key] = r;
    if (e.fields.size() > 1) {
      genders[e.key] = e.fields[1] == "female" ? Gender::kFemale
                       : e.fields[1] == "male" ? Gender::kMale
                                               : Gender::kUnknown;
    }
  }
  for (const LexiconEntry& e : lexicon_entries("claim_source_nouns")) {
    std::string_view k = e.fields.empty() ? "" : e.fields[0];
    NounKind n = k == "person"         ? NounKind::kPerson
                 : k == "group"        ? NounKind::kGroup
                 : k == "organization" ? NounKind::kOrganization
                 : k == "document"     ? NounKind::kDocument
                                       : NounKind::kNone;
    nouns[e.key] = n;
  }
  // One table of everything, for one lookup per token.
  for (const auto& [w, bits] : roles.entries()) info_[w].roles = bits;
  for (const auto& [w, list] : cues_.entries()) info_[w].cues = &list;
  for (const auto& [w, list] : adjuncts_.entries()) info_[w].adjuncts = &list;
  for (const auto& [w, r] : pronouns.entries()) info_[w].pronoun = r;
  for (const auto& [w, g] : genders.entries()) info_[w].gender = g;
  for (const auto& [w, n] : nouns.entries()) info_[w].noun = n;
  std::vector<std::string> words;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> word_roles;
  std::vector<uint8_t> opens_cue;
  for (const auto& [w, info] : info_.entries()) {
    words.push_back(w);
    keys.push_back(word_key(w));
    word_roles.push_back(info.roles);
    opens_cue.push_back(info.cues || info.adjuncts ? 1 : 0);
    infos_.push_back(info);
    listed_.add(keys.back());
  }
  index_.build(words, keys, word_roles, opens_cue);
}

const Words& Words::get() {
  static const Words words;
  return words;
}

uint32_t Words::roles(std::string_view w) const {
  const WordInfo* i = info(w);
  return i ? i->roles : 0;
}

const std::vector<CueVerb>* Words::cues(std::string_view w) const {
  const WordInfo* i = info(w);
  return i ? i->cues : nullptr;
}

const std::vector<AdjunctCue>* Words::adjuncts(std::string_view w) const {
  const WordInfo* i = info(w);
  return i ? i->adjuncts : nullptr;
}

Referent Words::pronoun(std::string_view w) const {
  const WordInfo* i = info(w);
  return i ? i->pronoun : Referent::kNone;
}

NounKind Words::noun(std::string_view w) const {
  const WordInfo* i = info(w);
  return i ? i->noun : NounKind::kNone;
}

}  // namespace newsann::claims
