#include "claims_frames_impl.h"

namespace newsann::claims {

// Could the phrase be the subject of a base-form verb ("officials say",
// "they think", "Google and Yahoo say")? (claims_phrases.h)
bool plural_subject(const Context& c, TokRange np) {
  uint32_t h = head_of(c, np);
  std::string_view w = c.low(h);
  if (w == "they" || w == "we" || w == "i" || w == "you" || w == "who" || w == "which") return true;
  if (c.pronoun(h) != Referent::kNone) return false;
  // "Google and Yahoo say", "22 percent say" (a number but one or a year:
  // not "the 2009 cancellation of his show").
  for (uint32_t k = np.b; k < np.e; ++k) {
    if (c.is(k, "and") || (c.tok(k).kind == TokenKind::kNumber && !c.is(k, "1") && !is_year(c, k))) return true;
  }
  if (c.is_capitalized(h)) return true;  // a name can be collective: "Ngātiwai believe"
  if (c.noun(h) == NounKind::kGroup) return true;
  return plural_shape(w) && !ends_with(w, "'s");
}

// (Declared in claims_phrases.h beside the phrase walks that use them;
// defined here, in a file the wasm build compiles for size: each runs once
// per cue or per stop word of a subject, not per token, and at -O3 they cost
// 0.6 KB of the download.)
bool may_end_subject(const Context& c, uint32_t k) {
  if (!c.is_word(k)) return c.tok(k).kind == TokenKind::kNumber || c.is(k, ")");
  return c.is_capitalized(k) || c.pronoun(k) != Referent::kNone || c.noun(k) != NounKind::kNone ||
         ends_with_s(c.low(k));
}

bool quantity_of(const Context& c, uint32_t k) {
  return k > 0 && c.is(k, "of") && c.is_word(k - 1) && c.has(k - 1, kDet) && !c.has(k - 1, kStop | kAux);
}

// The source of a participle or coordinated cue: the previous claim's in
// this sentence, else the sentence's subject.
bool Frames::shared_source(uint32_t before, Candidate* cand) const {
  for (size_t n = out_.size(), steps = 0; n-- > 0 && steps < 16; ++steps) {
    const Candidate& prev = out_[n];
    if (prev.cue.empty() || prev.cue.b < s_.first) break;
    if (prev.cue.b < before && !prev.source.empty()) {
      cand->source = prev.source;
      cand->copied_from = static_cast<int>(n);
      return true;
    }
  }
  TokRange np = np_right(c_, s_.first, before);
  if (!is_source_phrase(c_, np)) {
    np = {};
    for (uint32_t m = s_.first; m < before && m < s_.first + 12; ++m) {
      if (c_.is(m, ",")) {
        np = np_right(c_, m + 1, before);
        break;
      }
    }
    if (!is_source_phrase(c_, np)) return false;
  }
  cand->source = np;
  return true;
}

// A recipient right after a cue ("told reporters", "told The Telegraph");
// returns the token after it (or `k` when there is none).
uint32_t Frames::skip_recipient(uint32_t k) const {
  if (k >= s_.last || !c_.is_word(k)) return k;
  if (c_.has(k, kWh) || c_.is(k, "that") || c_.is(k, "if")) return k;
  std::string_view w = c_.low(k);
  if (w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || w == "you") return k + 1;
  if (c_.has(k, kSubj)) return k;
  TokRange np = np_right(c_, k, s_.last);
  if (np.empty() || np.size() > 6) return k;
  return np.e;
}

uint32_t Frames::first_open_comma(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k) {
    if (c_.is(k, ",") && c_.quote_at(k) < 0) return k;
  }
  return e;
}

// "who"/"which" as subject: the noun phrase it stands for.
TokRange Frames::relative_antecedent(TokRange rel) const {
  uint32_t w = rel.b;
  if (w <= s_.first) return {};
  uint32_t end = c_.is(w - 1, ",") ? w - 1 : w;
  TokRange np = np_left(c_, end, s_.first);
  return is_source_phrase(c_, np) && pronoun_of(c_, np) == Referent::kNone ? np : TokRange{};
}

// "intelligence reports seen by Reuters suggest": the subject is the noun
// before the participle, not the agent after "by".
TokRange Frames::past_reduced_relative(TokRange subj) const {
  uint32_t b = subj.b;
  if (b < s_.first + 2 || !c_.is(b - 1, "by")) return subj;
  uint32_t v = b - 2;
  std::string_view w = c_.low(v);
  if (!c_.is_word(v) || c_.is_capitalized(v) || !(ends_with(w, "ed") || ends_with(w, "en"))) return subj;
  TokRange np = np_left(c_, v, s_.first);
  return is_source_phrase(c_, np) ? np : subj;
}

// A pronoun right after a noun (or a quotation) with no comma or
// conjunction between opens a relative clause whose object is missing:
// "the “jobs machine” it thinks it is", "prices it said were ...".
bool Frames::in_reduced_relative(uint32_t pron) const {
  uint32_t b = pron - 1;
  if (c_.closes(b) >= 0) return !quote_ends_clause(b);
  return c_.is_word(b) && !c_.has(b, kStop | kAux) && !c_.is_capitalized(b) &&
         !ends_with(c_.low(b), "ly");
}

// "Eric Reeves, one of the leading ..., said": the subject before the
// appositive that ends at comma `comma`.
// A subject that opens its clause (sentence start, after a quotation) wins
// over one after a comma, which may itself be an appositive ("Jean-Marc
// Ayrault, the foreign minister of France, a permanent member ..., said").
TokRange Frames::appositive_subject(uint32_t comma) const {
  uint32_t seen = 0;
  TokRange after_comma;
  for (uint32_t k = comma; k > s_.first && comma - k < 40 && seen < 6;) {
    --k;
    if (c_.tok(k).kind == TokenKind::kQuote && c_.closes(k) < 0 && c_.opens(k) < 0) continue;
    if (c_.opens(k) >= 0 || c_.closes(k) >= 0) break;
    if (!c_.is(k, ",")) continue;
    ++seen;
    TokRange np = np_left(c_, k, s_.first);
    if (!is_source_phrase(c_, np) || pronoun_of(c_, np) == Referent::kRelative) continue;
    uint32_t b = np.b;
    if (b == s_.first || c_.closes(b - 1) >= 0 || c_.is(b - 1, ":") || after_connective(b)) return np;
    if (is_comma_like(b - 1)) after_comma = np;
  }
  return after_comma;
}

// Only a connective or two open the sentence before token b: "Even China,
// ...", "But officials, ...".
bool Frames::after_connective(uint32_t b) const {
  if (b <= s_.first || b > s_.first + 2) return false;
  for (uint32_t k = s_.first; k < b; ++k) {
    if (!(c_.is_word(k) && c_.has(k, kStop | kAux) && !c_.has(k, kPrep))) return false;
  }
  return true;
}

bool Frames::is_comma_like(uint32_t i) const {
  return c_.is(i, ",") || c_.is(i, ":") || c_.is(i, "(") || c_.is_dash(i);
}

// Nothing (of a clause) follows: end of sentence, or a comma before a
// split quotation, a participle cue, an adjunct or a coordinated clause.
bool Frames::rest_is_empty(uint32_t r) const {
  if (r >= s_.last || c_.is_final_punct(r)) return true;
  if (c_.closes(r) >= 0) return true;
  // "Climate change is to blame too, scientists think, with ...": after a
  // comma the cue's own clause is over.
  return c_.is(r, ",") || c_.is(r, ";") || c_.is_dash(r);
}

// A source phrase after an inverted cue must end its clause.
bool Frames::ends_phrase(uint32_t k) const {
  if (k >= s_.last) return true;
  if (c_.is(k, ",") || c_.is_final_punct(k) || c_.is(k, ";") || c_.is_dash(k) || c_.is(k, ":") ||
      c_.is(k, "(")) {
    return true;
  }
  if (c_.opens(k) >= 0 || c_.closes(k) >= 0) return true;
  if (c_.is(k, "to") || c_.is(k, "for")) return false;  // "called on X to ..."
  return c_.is_word(k) && (c_.has(k, kPrep | kTime) || c_.has(k, kRel));
}

// A quotation that ends right before token b+1 and ends a clause: “...,”
// or “...”, (not "the “jobs machine” it thinks it is").
bool Frames::quote_ends_clause(uint32_t b) const {
  if (b < par_.b) return false;
  int q = c_.closes(b);
  if (q >= 0) {
    uint32_t in = c_.quotes[q].last() - 1;
    // "... 'African American outreach,' ": past a nested closing mark
    if (in > c_.quotes[q].first() && c_.tok(in).kind == TokenKind::kQuote) --in;
    return c_.is_punct(in) || c_.is_dash(in);
  }
  return (c_.is(b, ",") || c_.is_dash(b)) && b > par_.b && c_.closes(b - 1) >= 0;  // not "” (Current ..."
}

// After "X said," the sentence goes on with the rest of the content (a
// verb, a conjunction: "was its biggest yet", "and three others ..."), not
// with an adjunct of its own ("with warming ocean temperatures ...").
bool Frames::continues_after_tag(uint32_t k) const {
  if (k >= s_.last || !c_.is_word(k)) return false;
  if (c_.has(k, kCoord | kBe | kHave | kAux | kSubj | kDet)) return true;
  static const char* const kSubordinators[] = {"since", "because", "although", "though", "while",
                                               "until", "unless", "if", "when", "after",
                                               "before", "whereas", "so"};
  for (const char* w : kSubordinators) {
    if (c_.is(k, w)) return true;  // "..., Graham said, since the vast majority ..."
  }
  if (c_.has(k, kStop | kPrep | kTime)) return false;
  return !c_.is_capitalized(k);
}

// The sentence opens with an adverbial or a subordinate clause ("In ...",
// "If ...", "Within months ...", "Yesterday").
bool Frames::opens_subordinate(uint32_t first) const {
  return c_.is_word(first) && c_.has(first, kStop | kTime | kPrep) && !c_.has(first, kCoord);
}

// A headline in title case ("Trump Could Address Clean Energy, Lindsey
// Graham Says."): most words capitalized.
bool Frames::title_case() const {
  if (title_case_ < 0) {
    uint32_t words = 0, caps = 0;
    for (uint32_t k = s_.first; k < s_.last && k < s_.first + 40; ++k) {
      if (!c_.is_word(k)) continue;
      ++words;
      if (c_.is_capitalized(k)) ++caps;
    }
    title_case_ = words >= 4 && caps * 10 >= words * 7 ? 1 : 0;
  }
  return title_case_ == 1;
}

}  // namespace newsann::claims
