#include "claims_genders.h"

#include <string>
#include <string_view>

#include "ner_gazetteer.h"

namespace newsann::claims {

namespace {

constexpr uint8_t kFemaleBit = 1, kMaleBit = 2;

// The gender bits of a first name (given_names.txt), 0 when not marked.
uint8_t first_name_bits(std::string_view word, std::string* low) {
  lower_into(word, low);
  const uint32_t cls = Gazetteer::get().word(*low);
  return static_cast<uint8_t>(((cls & kGazFemale) ? kFemaleBit : 0) | ((cls & kGazMale) ? kMaleBit : 0));
}

Gender gender_of_bits(uint8_t bits) {
  return bits == kFemaleBit ? Gender::kFemale : bits == kMaleBit ? Gender::kMale : Gender::kUnknown;
}

}  // namespace

MentionGenders::MentionGenders(const Text& text, const std::vector<Mention>& mentions) : text_(text) {
  std::string low;
  for (const Mention& m : mentions) {
    if (m.pronoun || m.type != ActorType::kPerson) continue;
    const std::string_view name = text.str(m.span.b, m.span.e);
    const size_t first_space = name.find(' '), last_space = name.rfind(' ');
    if (first_space == std::string_view::npos) continue;  // a full name only
    const uint8_t bits = first_name_bits(name.substr(0, first_space), &low);
    if (bits == 0) continue;
    lower_into(name.substr(last_space + 1), &low);
    *surnames_.try_emplace(low, word_key(low), 0).first |= static_cast<char>(bits);
  }
}

Gender MentionGenders::of(const Mention& m) const {
  if (m.pronoun || m.type != ActorType::kPerson) return Gender::kUnknown;
  const std::string_view name = text_.str(m.span.b, m.span.e);
  std::string low;
  const size_t first_space = name.find(' ');
  if (first_space != std::string_view::npos) {
    return gender_of_bits(first_name_bits(name.substr(0, first_space), &low));
  }
  // One word: a surname of the article's full names first ("Clinton" after
  // "Hillary Clinton"), else a first name ("Hillary").
  lower_into(name, &low);
  if (const char* surname = surnames_.find(low)) return gender_of_bits(static_cast<uint8_t>(*surname));
  return gender_of_bits(first_name_bits(name, &low));
}

}  // namespace newsann::claims
