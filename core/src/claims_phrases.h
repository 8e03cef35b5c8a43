// The edges of the phrases around a cue, found by walking tokens with word
// lists instead of a parser. Every walk is bounded (a source is at most
// kMaxSourceTokens, a content at most kMaxContentTokens), so each cue costs
// constant time and the recognizer stays linear in the input.
#ifndef NEWSANN_CLAIMS_PHRASES_H_
#define NEWSANN_CLAIMS_PHRASES_H_

#include <cstdint>
#include <vector>

#include "claims_context.h"

namespace newsann::claims {

inline constexpr uint32_t kMaxSourceTokens = 14;
inline constexpr uint32_t kMaxContentTokens = 150;

// The noun phrase that ends right before token `end`, not reaching before
// `floor`: "Press secretary of the Polish border service Anna Mikhalska",
// "the BBC's North America editor Jon Sopel", "many refugees", "he".
// A subject pronoun is a phrase on its own. Empty when none.
TokRange np_left(const Context& c, uint32_t end, uint32_t floor);

// The noun phrase that starts at `begin`, not reaching `ceil`: "Reuters",
// "the Polish authorities", "Mr. Reeves" (an appositive after a comma is not
// included). Empty when none.
TokRange np_right(const Context& c, uint32_t begin, uint32_t ceil);

// Could this phrase name who said something? Its last word must be a name,
// a pronoun or a noun (not a function word, number or adverb).
bool is_source_phrase(const Context& c, TokRange np);

// Could token k be the last word of a subject: a name, a pronoun, a source
// noun, a plural, a number ("the two")?
bool may_end_subject(const Context& c, uint32_t k);
// "of" after a quantity word that heads its phrase: "One of the attorneys",
// "many of her aides".
bool quantity_of(const Context& c, uint32_t k);
// A number token that reads as a year: four digits from 1900 to 2099.
inline bool is_year(const Context& c, uint32_t k) {
  const std::string_view y = c.low(k);
  return c.tok(k).kind == TokenKind::kNumber && y.size() == 4 && (y.starts_with("19") || y.starts_with("20"));
}
// Could the phrase be the subject of a base-form verb ("officials say",
// "they think", "Google and Yahoo say"; not "his rubble comment")?
bool plural_subject(const Context& c, TokRange np);

// The head word of a source phrase: its last word, or the last word before a
// linking preposition ("observers" in "Political observers in the state").
uint32_t head_of(const Context& c, TokRange np);

// The subject pronoun or relative pronoun a phrase consists of, if it is one.
Referent pronoun_of(const Context& c, TokRange np);

// What walking left from a cue over auxiliaries and adverbs found: "has
// also said", "did not say", "was told" (passive), "to say" (infinitive).
// A time adjunct may stand there too ("Sanders on Tuesday said", "who in
// 2010 said"): it is skipped, but it is not a verb's word.
struct AuxRun {
  uint32_t start = 0;  // first skipped token (== the cue when none)
  bool have = false, be = false, to = false;
  bool verbal = false;  // an auxiliary or adverb was skipped, not only time words
};
AuxRun skip_aux_left(const Context& c, uint32_t cue, uint32_t floor);
// Token k is "'s" contracted from "is" or "has" after a subject pronoun
// ("he's said", "she's claiming"), not a possessive; not after "it",
// "there" or "that", whose "'s" is mostly "is" before a passive.
bool contracted_aux(const Context& c, uint32_t k, uint32_t floor);

// Skips time words and short prepositional phrases after a cue: "said late
// Thursday", "said in a statement", "said in an interview with the BBC".
// Returns the first token after them (< ceil). A preposition that opens a
// clause's subject is no phrase (approximate_subject).
uint32_t skip_adverbials(const Context& c, uint32_t i, uint32_t ceil);

// A preposition of approximation at k and a number open the subject of a
// clause ("said about 20 people have ...", "said at least 8 were killed",
// "said over 100 were hurt"), not an adverbial or the topic ("said at 10
// a.m. that", "said about the plan").
bool approximate_subject(const Context& c, uint32_t k, uint32_t ceil);

// Where the content that starts at `start` ends (exclusive): the end of its
// sentence, or of the sentence where a quotation that opens in it closes,
// stopping before a new attribution inside it (", adding that", ", according
// to", "but insisted ..."), and without trailing punctuation.
uint32_t content_end(const Context& c, uint32_t start);

// Does a new attribution start at token i, so that a content running
// through it must stop before it (", adding that", ", according to", ", a
// source said.", "but insisted ...", "and he noted ...", ";")? Use
// Context::is_content_stop, which remembers the answer.
bool starts_new_attribution(const Context& c, uint32_t i);
// The tokens starts_new_attribution() can say yes for: a coordinator ("and",
// "but"), a comma, a semicolon or an em dash; for any other it says no. A
// cheap first question, asked of every token (starts_new_attribution asks
// it first too, so the two cannot disagree).
inline bool may_start_new_attribution(const Context& c, uint32_t i) {
  if (i >= c.size()) return false;
  if (c.text.tokens[i].kind == TokenKind::kWord) return c.has(i, kCoord);
  std::string_view w = c.text.low(i);
  return w == "," || w == ";" || w == "\xE2\x80\x94";
}

// Removes leading and trailing commas, dashes, colons and semicolons.
TokRange trim_punct(const Context& c, TokRange r);

// Number of word and number tokens in r, counting no further than `cap`
// (callers compare with small thresholds; this keeps each call bounded).
uint32_t count_words(const Context& c, TokRange r, uint32_t cap = 8);

// Token i is a cue verb, or an auxiliary, that cannot follow a noun-phrase
// subject that is itself a cue-like noun ("reports say").
bool starts_verb_group(const Context& c, uint32_t i);

// The cue verb form that starts at token i (nullptr: none); *len is its
// length in tokens.
// (Inline up to the word's forms: asked of many words, most of which open
// no cue at all.)
const CueVerb* cue_form_at(const Context& c, uint32_t i, uint32_t end, uint32_t* len,
                           const std::vector<CueVerb>& forms);
inline const CueVerb* cue_at(const Context& c, uint32_t i, uint32_t end, uint32_t* len) {
  if (i >= end) return nullptr;
  const std::vector<CueVerb>* forms = c.cue_forms(i);  // nullptr unless a word
  return forms ? cue_form_at(c, i, end, len, *forms) : nullptr;
}
// The adjunct ("according to") that starts at token i.
const AdjunctCue* adjunct_form_at(const Context& c, uint32_t i, uint32_t end, uint32_t* len,
                                  const std::vector<AdjunctCue>& forms);
inline const AdjunctCue* adjunct_at(const Context& c, uint32_t i, uint32_t end, uint32_t* len) {
  if (i >= end) return nullptr;
  const std::vector<AdjunctCue>* forms = c.adjunct_forms(i);
  return forms ? adjunct_form_at(c, i, end, len, *forms) : nullptr;
}

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_PHRASES_H_
