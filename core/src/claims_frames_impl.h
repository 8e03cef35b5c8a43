// The frame matcher of one sentence: the internals of claims_frames.h,
// shared by the files that implement it (not part of the claims interface).
//
//   claims_frames.cc          the patterns: cue frames, adjuncts, "Said X:"
//   claims_frame_content.cc   where a content starts and ends
//   claims_frame_clauses.cc   subjects, appositives, tags and clause edges
#ifndef NEWSANN_CLAIMS_FRAMES_IMPL_H_
#define NEWSANN_CLAIMS_FRAMES_IMPL_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims_frames.h"
#include "claims_phrases.h"

namespace newsann::claims {

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
inline bool ends_with_s(std::string_view w) { return w.size() > 2 && w.back() == 's'; }

class Frames {
 public:
  Frames(const Context& c, uint32_t s, std::vector<Candidate>& out, Introduction& intro)
      : c_(c), s_(c.text.sentences[s]), out_(out), intro_(intro) {
    par_ = c.paragraph_tokens(s_.paragraph);
  }

  // Finds the frames of the sentence, outside quotations.
  void run();

 private:
  const Context& c_;
  const Sentence& s_;
  TokRange par_;
  std::vector<Candidate>& out_;
  Introduction& intro_;
  mutable int title_case_ = -1;

  // ---- The patterns (claims_frames.cc) -------------------------------------

  // A cue verb at tokens [i, i + len): its subject, its side of the content.
  void cue(uint32_t i, uint32_t len, const CueVerb& v);
  // "Said Ellis: “...”": a cue opening the sentence, a name, a colon (or
  // comma) and the quotation.
  bool said_name_colon(uint32_t i, uint32_t len, const CueVerb& v);
  // "According to X, ...", "..., citing X".
  void adjunct(uint32_t i, uint32_t len, const AdjunctCue& a);
  void push(Candidate cand);

  // ---- Contents (claims_frame_content.cc) ----------------------------------

  // The content after a cue (from r, past adverbials): "that ...", a bare
  // clause, a quotation, an object + preposition, a question.
  bool forward(uint32_t r, const CueVerb& v, Candidate* cand);
  // The candidate's content from the tokens before boundary token b (a comma,
  // dash or closing mark that precedes the source): the clause from the
  // sentence start, or the quotation that closes there.
  bool clause_before(uint32_t b, Candidate* cand) const;
  // Where a clause that ends at token `end` starts: the sentence start, but
  // at most kMaxContentTokens back (bounds every content and the work per cue).
  uint32_t clause_start(uint32_t end) const;
  // After a quotation that opens at token k, does its clause end (so that
  // the quotation is the whole content)?
  bool quote_is_whole(int q) const;
  // "accuse X of": the preposition within the next few words, before a comma.
  bool marker_follows(uint32_t k, const std::string& marker) const;
  // After a frame whose content came before its cue, a quotation right after
  // ("“A,” he said, “B.”") is the same speaker's: one more direct claim.
  void split_quote_after(uint32_t r, const Candidate& cand);
  // A subject and then a verb start at k ("Trump would actually raise",
  // "Clinton was the winner"), not "this by taking ...".
  bool clause_follows(uint32_t k) const;
  // A small clause starts at k: a noun phrase and a present participle
  // ("shows Clinton leading Trump", "shows Democratic groups outpacing
  // Republicans"), not a participle as an adjective ("shows a growing gap").
  bool participle_clause_follows(uint32_t k) const;
  // As strictly as a verb that takes noun objects needs it: a subject and a
  // finite auxiliary start at k ("announced it would get rid of ...",
  // "found the United States was in breach"), not "announced the arrest".
  bool finite_clause_follows(uint32_t k) const;
  // "Alverson summed up the journey from ... buying and selling: “It’s
  // Seattle old school meets Seattle new school”": an object (no clause
  // after the cue at k: clause_follows() says no, also of "there's a simple
  // explanation: “...”"), then a colon and the quotation it introduces, up
  // to e: the quotation is what was said (a direct claim).
  bool quotation_after_colon(uint32_t k, uint32_t e, Candidate* cand) const;
  // Is the cue a verb after its subject, not a noun inside a longer noun
  // phrase ("the RNC's powerful rules committee has", "New York state
  // attorney general is", "incendiary comments online have")? The word
  // before it must end a subject: a name, a pronoun, a plural, a source
  // noun; before a base form, not a name in the singular.
  bool cue_is_verb(const Candidate& cand, const CueVerb& v) const;
  // The content of a cue inside a relative clause whose subject is the
  // relative pronoun ("which Bezos said [had surpassed 100 million
  // members]"): a verb group opening with a finite auxiliary right after the
  // cue (and its adverbials), to the end of the relative clause.
  bool gapped_clause(uint32_t after, const CueVerb& v, Candidate* cand) const;
  // A report, study, poll, document ... as the source.
  bool document_source(TokRange src) const;
  bool has_quote(TokRange r) const { return c_.has_mark(r); }

  // ---- Subjects and clause edges (claims_frame_clauses.cc) -----------------

  // The source of a participle or coordinated cue: the previous claim's in
  // this sentence, else the sentence's subject.
  bool shared_source(uint32_t before, Candidate* cand) const;
  // A recipient right after a cue ("told reporters", "told The Telegraph");
  // returns the token after it (or `k` when there is none).
  uint32_t skip_recipient(uint32_t k) const;
  // The first comma outside quotations in [b, e), or e: where a relative
  // clause ends (", who said ..., told", ", which officials said would cost
  // $2 billion, was approved").
  uint32_t first_open_comma(uint32_t b, uint32_t e) const;
  // "who"/"which" as subject: the noun phrase it stands for.
  TokRange relative_antecedent(TokRange rel) const;
  // "intelligence reports seen by Reuters suggest": the subject is the noun
  // before the participle, not the agent after "by".
  TokRange past_reduced_relative(TokRange subj) const;
  // A pronoun right after a noun (or a quotation) with no comma or
  // conjunction between opens a relative clause whose object is missing:
  // "the “jobs machine” it thinks it is", "prices it said were ...".
  bool in_reduced_relative(uint32_t pron) const;
  // "Eric Reeves, one of the leading ..., said": the subject before the
  // appositive that ends at comma `comma`.
  // A subject that opens its clause (sentence start, after a quotation) wins
  // over one after a comma, which may itself be an appositive ("Jean-Marc
  // Ayrault, the foreign minister of France, a permanent member ..., said").
  TokRange appositive_subject(uint32_t comma) const;
  // Only a connective or two open the sentence before token b: "Even China,
  // ...", "But officials, ...".
  bool after_connective(uint32_t b) const;
  bool is_comma_like(uint32_t i) const;
  // Nothing (of a clause) follows: end of sentence, or a comma before a
  // split quotation, a participle cue, an adjunct or a coordinated clause.
  bool rest_is_empty(uint32_t r) const;
  // A source phrase after an inverted cue must end its clause.
  bool ends_phrase(uint32_t k) const;
  // A quotation that ends right before token b+1 and ends a clause: “...,”
  // or “...”, (not "the “jobs machine” it thinks it is").
  bool quote_ends_clause(uint32_t b) const;
  // After "X said," the sentence goes on with the rest of the content (a
  // verb, a conjunction: "was its biggest yet", "and three others ..."), not
  // with an adjunct of its own ("with warming ocean temperatures ...").
  bool continues_after_tag(uint32_t k) const;
  // The sentence opens with an adverbial or a subordinate clause ("In ...",
  // "If ...", "Within months ...", "Yesterday").
  bool opens_subordinate(uint32_t first) const;
  // A headline in title case ("Trump Could Address Clean Energy, Lindsey
  // Graham Says."): most words capitalized.
  bool title_case() const;
};

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_FRAMES_IMPL_H_
