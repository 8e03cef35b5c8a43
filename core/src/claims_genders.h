// Gender agreement between a pronoun source and its antecedent: "“...,” she
// tweeted" does not point back to Donald Trump, named last before the
// quotation, but to the woman before him.
//
// A person mention's gender is its first name's, when given_names.txt marks
// that name as mostly women's or men's; a surname alone takes the gender of
// the article's full names that end with it ("Trump" after "Donald Trump";
// unknown when two of them disagree). Unknown when nothing tells: an unknown
// gender agrees with every pronoun.
#ifndef NEWSANN_CLAIMS_GENDERS_H_
#define NEWSANN_CLAIMS_GENDERS_H_

#include <cstdint>
#include <vector>

#include "annotation.h"
#include "claims_words.h"
#include "text.h"
#include "word_table.h"

namespace newsann::claims {

class MentionGenders {
 public:
  // Reads the article's person mentions once (linear in their number).
  MentionGenders(const Text& text, const std::vector<Mention>& mentions);
  Gender of(const Mention& m) const;

 private:
  const Text& text_;
  WordTable<char> surnames_;  // lowercased surname -> bits: 1 female, 2 male
};

// Whether a pronoun of gender `pronoun` may stand for a mention of gender
// `mention`.
inline bool agrees(Gender pronoun, Gender mention) {
  return pronoun == Gender::kUnknown || mention == Gender::kUnknown || pronoun == mention;
}

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_GENDERS_H_
