#include "claims_frames_impl.h"

namespace newsann::claims {

// The content after a cue (from r, past adverbials): "that ...", a bare
// clause, a quotation, an object + preposition, a question.
bool Frames::forward(uint32_t r, const CueVerb& v, Candidate* cand) {
  uint32_t last = s_.last, k = r;
  bool that = false, colon = false;
  if (k < last && c_.is(k, ":")) {
    colon = true;
    ++k;
  } else if (k < last && c_.is(k, ",") && k + 1 < last && c_.opens(k + 1) >= 0) {
    ++k;
  }
  if (k < last && c_.is(k, ",") && !colon) {
    // "said at a campaign stop in Toledo, Ohio, that ...": a place in commas
    for (uint32_t m = k + 1; m < last && m < k + 6; ++m) {
      if (c_.is(m, "that") && c_.is(m - 1, ",")) {
        k = m;
        break;
      }
      if (!(c_.is_word(m) && c_.is_capitalized(m)) && !c_.is(m, ",") && !c_.is(m, ".")) break;
    }
  }
  if (k < last && c_.is(k, "that")) {
    that = true;
    // ("reveal that's untrue": "that" with a contracted "is" is the
    // subject of the clause, which it opens.)
    if (!c_.is(k + 1, "'s")) ++k;
  } else if (v.recipient && !colon) {
    uint32_t m = skip_recipient(k);
    if (m > k) {
      m = skip_adverbials(c_, m, last);
      if (m < last && c_.is(m, "that")) {
        that = true;
        k = m + 1;
      } else if (m < last && c_.is(m, ":")) {
        colon = true;
        k = m + 1;
      } else if (m + 1 < last && c_.is(m, ",") && c_.opens(m + 1) >= 0) {
        k = m + 1;  // "Mook told CBS, “We're really focused ...”"
      } else {
        k = m;
      }
    }
  }
  if (k >= last) {
    if (colon && last == par_.e) {  // "President Obama also said:" ending a paragraph
      intro_.open = true;
      intro_.source = cand->source;
      intro_.cue = cand->cue;
      intro_.paragraph = s_.paragraph;
      intro_.from = cand->copied_from;
    }
    return false;
  }
  int q = c_.opens(k);
  if (q >= 0 && quote_is_whole(q)) {
    const Quote& quote = c_.quotes[q];
    if (quote.empty()) return false;
    cand->kind = ClaimKind::kDirect;
    cand->quote = q;
    cand->content = TokRange{quote.first(), quote.last()};
    return true;
  }
  if (v.quote_only) return false;
  bool word = c_.is_word(k);
  switch (v.cls) {
    case CueClass::kThat:
      // Without "that": a clause opening with a subject pronoun ("confirmed
      // he was leaving") or a gerund ("reported seeing a flash"); after a
      // document ("one study found Trump would ...") any clause.
      if (document_source(cand->source) && (clause_follows(k) || participle_clause_follows(k))) break;
      if (!that && !colon && q < 0 &&
          !(word && c_.has(k, kSubj) && !c_.is(k, "it") && !c_.is(k, "you")) &&
          !(finite_clause_follows(k) && cue_is_verb(*cand, v)) &&
          !(word && !c_.is_capitalized(k) && ends_with(c_.low(k), "ing"))) {
        return false;
      }
      break;
    case CueClass::kWh:
      if (!that && !(word && (c_.has(k, kWh) || c_.is(k, "if")))) return false;
      break;
    case CueClass::kObject:
      if (!word && c_.tok(k).kind != TokenKind::kNumber) return false;  // "brands —": a noun
      // An object, not a passive's agent ("the bureau cited by Trump does
      // not exist") nor the verb after a reduced relative ("the phrase
      // Grassley cited has appeared"); "as" is the object's marker when the
      // object is the relative's ("which they cited as evidence of ...").
      if (word && (c_.has(k, kBe | kHave | kFinite) || (c_.has(k, kPrep) && !c_.is(k, "as")))) return false;
      // Without a marker of its own ("cited"), an object of one word or an
      // article and a noun, then "for", is a ticket's: "cited him for
      // speeding", "cited the driver for failure to yield" (not "cited
      // several factors for the low turnout").
      if (v.marker.empty() && word &&
          (c_.is(k + 1, "for") || ((c_.is(k, "the") || c_.is(k, "a") || c_.is(k, "an")) && c_.is(k + 2, "for")))) {
        return false;
      }
      if (!v.marker.empty() && !marker_follows(k, v.marker)) return false;
      break;
    case CueClass::kTo:
      if (word && c_.is(k, "to")) break;
      // Without "to" or "that", a clause: "vowed the fight would go on",
      // not a noun object ("refused the offer", "vowed revenge").
      if (!that && !colon && q < 0 && !clause_follows(k)) return false;
      [[fallthrough]];
    case CueClass::kSay:
      if (!that && !colon && q < 0) {
        if (!word && c_.tok(k).kind != TokenKind::kNumber) return false;
        if (word && c_.has(k, kStop) && !c_.has(k, kSubj | kWh) && !approximate_subject(c_, k, last)) return false;
        // "claimed responsibility, ...", "said yes.": a bare word, no clause.
        uint32_t n = 0;
        for (uint32_t m = k; m < last && !c_.is(m, ",") && n < 2; ++m) {
          if (c_.is_word(m) || c_.tok(m).kind == TokenKind::kNumber) ++n;
        }
        if (n < 2) return false;
      }
      break;
  }
  uint32_t e = content_end(c_, k);
  if (!that && !colon && q < 0 && word && !clause_follows(k) && quotation_after_colon(k, e, cand)) return true;
  TokRange content = trim_punct(c_, TokRange{k, e});
  if (!content_ok(c_, content)) return false;
  cand->content = content;
  cand->kind = has_quote(content) ? ClaimKind::kMixed : ClaimKind::kIndirect;
  return true;
}

// The candidate's content from the tokens before boundary token b (a comma,
// dash or closing mark that precedes the source): the clause from the
// sentence start, or the quotation that closes there.
bool Frames::clause_before(uint32_t b, Candidate* cand) const {
  if (b < par_.b || b >= c_.size()) return false;
  int q = c_.closes(b);
  uint32_t end = b;
  if (q >= 0) {
    end = b + 1;
  } else if (b > par_.b && c_.closes(b - 1) >= 0 && is_comma_like(b)) {
    q = c_.closes(b - 1);
  }
  uint32_t start = clause_start(end);
  if (q >= 0) {
    const Quote& quote = c_.quotes[q];
    start = c_.sentence_of(quote.open).first;
    if (start == quote.open) {
      cand->kind = ClaimKind::kDirect;
      cand->quote = q;
      cand->content = TokRange{quote.first(), quote.last()};
      return !quote.empty();
    }
  }
  if (q < 0) {
    // "Amazon is finding success — it had more than 100, according to X":
    // a spaced dash starts the clause the tag is about.
    // (Not a pair of dashes around an aside: "The officer - Brentley
    // Vinson, who ... - was not wearing ...".)
    int64_t dash = c_.last_spaced_dash(start + 1, end - 1);
    bool paired = c_.is_dash(b) && c_.tok(b).has(kSpaceBefore);  // "— or flat out wrong —"
    if (dash >= 0 && !paired && c_.last_spaced_dash(start, static_cast<uint32_t>(dash)) < 0) {
      start = static_cast<uint32_t>(dash) + 1;
    }
  }
  if (start >= end) return false;
  TokRange r = trim_punct(c_, TokRange{start, end});
  if (count_words(c_, r) < 2) return false;
  cand->content = r;
  cand->kind = has_quote(r) ? ClaimKind::kMixed : ClaimKind::kIndirect;
  return true;
}

// Where a clause that ends at token `end` starts: the sentence start, but
// at most kMaxContentTokens back (bounds every content and the work per cue).
uint32_t Frames::clause_start(uint32_t end) const {
  return end > s_.first + kMaxContentTokens ? end - kMaxContentTokens : s_.first;
}

// After a quotation that opens at token k, does its clause end (so that
// the quotation is the whole content)?
bool Frames::quote_is_whole(int q) const {
  const Quote& quote = c_.quotes[q];
  if (!quote.closed) return true;
  uint32_t after = quote.close + 1;
  if (after >= par_.e) return true;
  uint32_t end = c_.sentence_of(quote.close).last;
  if (after >= end || c_.is_final_punct(after) || c_.is(after, ";")) return true;
  // The comma may sit inside the marks ("...," adding that) or after them.
  bool comma_inside = c_.is(quote.last() - 1, ",");
  if (c_.is(after, ",") || comma_inside) {
    uint32_t k = c_.is(after, ",") ? after + 1 : after, len = 0;
    if (k >= end) return true;
    const CueVerb* v = cue_at(c_, k, end, &len);
    if (v && v->ing) return true;
    if (adjunct_at(c_, k, end, &len)) return true;
    if (c_.opens(k) >= 0) return true;
    if (c_.is_word(k) && c_.has(k, kCoord)) return true;
  }
  return false;
}

// "accuse X of": the preposition within the next few words, before a comma.
bool Frames::marker_follows(uint32_t k, const std::string& marker) const {
  if (marker == "quote") {  // "called Friday's decision a “huge win”": a quotation soon after
    for (uint32_t i = k + 1; i < s_.last && i < k + 10; ++i) {
      if (c_.opens(i) >= 0) return true;
      if (c_.is(i, ",") || c_.is_final_punct(i)) return false;
    }
    return false;
  }
  for (uint32_t i = k; i < s_.last && i < k + 25; ++i) {
    if (c_.is_final_punct(i) || c_.is(i, ";")) return false;
    // "as" but not "as of" / "as well"
    if (c_.low(i) == marker && !(marker == "as" && (c_.is(i + 1, "of") || c_.is(i + 1, "well")))) {
      return i > k;
    }
  }
  return false;
}

// After a frame whose content came before its cue, a quotation right after
// ("“A,” he said, “B.”") is the same speaker's: one more direct claim.
void Frames::split_quote_after(uint32_t r, const Candidate& cand) {
  if (r >= s_.last || !(c_.is(r, ",") || c_.is(r, ":") || c_.is(r, ";"))) return;
  int q = c_.opens(r + 1);
  if (q < 0 && c_.is(r, ",")) {
    // "“Every time you say that,” Tester said, referring to the excuse,
    // “you give ammunition ...”": past a short phrase to the next comma.
    for (uint32_t k = r + 1; k < s_.last && k < r + 16; ++k) {
      if (c_.quote_at(k) >= 0 || c_.is_final_punct(k)) break;
      if (c_.is(k, ",")) {
        q = c_.opens(k + 1);
        if (q >= 0 && !quote_is_whole(q)) q = -1;
        break;
      }
    }
  }
  if (q < 0 || c_.quotes[q].empty()) return;
  Candidate next = cand;
  next.kind = ClaimKind::kDirect;
  next.quote = q;
  next.content = TokRange{c_.quotes[q].first(), c_.quotes[q].last()};
  next.copied_from = static_cast<int>(out_.size()) - 1;
  out_.push_back(next);
}

// A subject and then a verb start at k ("Trump would actually raise",
// "Clinton was the winner"), not "this by taking ...".
bool Frames::clause_follows(uint32_t k) const {
  TokRange np = np_right(c_, k, s_.last);
  if (np.empty()) return false;
  uint32_t m = np.e;
  if (c_.has(m, kAux | kBe | kHave)) return true;
  return c_.is_word(m) && !c_.has(m, kStop | kDet) && !c_.is_capitalized(m);
}

bool Frames::participle_clause_follows(uint32_t k) const {
  const uint32_t last = s_.last;
  if (k >= last || !c_.is_word(k) || c_.has(k, kStop | kSubj | kAux | kBe | kHave)) return false;
  // (The phrase names someone or something counted: a capitalised word, a
  // number or a noun for people, "Clinton", "Democratic groups", "most
  // voters"; not "record spending in Iowa", "problems involving the agency".)
  bool named = false;
  for (uint32_t m = k + 1; m + 1 < last && m <= k + 4; ++m) {
    const uint32_t prev = m - 1;
    named = named || c_.is_capitalized(prev) || c_.tok(prev).kind == TokenKind::kNumber ||
            c_.noun(prev) != NounKind::kNone;
    if (!c_.is_word(m) || c_.has(m, kStop | kSubj | kAux | kBe | kHave)) return false;
    if (!c_.is_capitalized(m) && ends_with(c_.low(m), "ing")) {
      if (!named) return false;
      // Its object or complement follows: a name, a number, a determiner or
      // a preposition ("leading Trump", "leading by 3 points"), not a noun
      // it modifies ("record spending levels"). ("nothing" is no participle.)
      const uint32_t o = m + 1;
      return !c_.has(m - 1, kDet) && !ends_with(c_.low(m), "thing") &&
             (c_.tok(o).kind == TokenKind::kNumber ||
              (c_.is_word(o) && (c_.is_capitalized(o) || c_.has(o, kDet | kStop))));
    }
  }
  return false;
}

bool Frames::quotation_after_colon(uint32_t k, uint32_t e, Candidate* cand) const {
  for (uint32_t m = k + 1; m + 1 < e && c_.quote_at(m) < 0; ++m) {
    if (!c_.is(m, ":")) continue;
    const int quoted = c_.opens(m + 1);
    if (quoted < 0 || !quote_is_whole(quoted) || c_.quotes[quoted].empty()) return false;
    cand->kind = ClaimKind::kDirect;
    cand->quote = quoted;
    cand->content = TokRange{c_.quotes[quoted].first(), c_.quotes[quoted].last()};
    return true;
  }
  return false;
}

bool Frames::finite_clause_follows(uint32_t k) const {
  const uint32_t last = s_.last;
  if (k >= last || !c_.is_word(k)) return false;
  uint32_t m = k + 1;  // after "it" or "you": either may be an object
  if (!(c_.is(k, "it") || c_.is(k, "you"))) {
    const TokRange np = np_right(c_, k, last);
    if (np.empty() || pronoun_of(c_, np) != Referent::kNone) return false;
    m = np.e;
  }
  return m < last && c_.is_word(m) && c_.has(m, kFinite);
}

bool Frames::cue_is_verb(const Candidate& cand, const CueVerb& v) const {
  if (cand.cue.empty() || cand.source.empty() || c_.is_capitalized(cand.cue.b)) return false;
  const uint32_t h = cand.source.e - 1;  // the word before the cue (or its auxiliaries)
  if (v.base && c_.is_capitalized(h) && !ends_with_s(c_.low(h))) return false;  // "New York state"
  return may_end_subject(c_, h);
}

bool Frames::gapped_clause(uint32_t after, const CueVerb& v, Candidate* cand) const {
  // Verbs of saying and thinking take such a clause; "accused", "asked
  // whether", "adding" do not.
  if (v.ing || !(v.cls == CueClass::kSay || v.cls == CueClass::kThat || v.cls == CueClass::kTo)) return false;
  const uint32_t last = s_.last;
  uint32_t k = skip_adverbials(c_, after, last);
  if (v.recipient) k = skip_adverbials(c_, skip_recipient(k), last);
  if (k >= last || !c_.is_word(k) || !c_.has(k, kFinite)) return false;
  // "Only after large majorities agreed did his critics try ...": an
  // inverted "did" has its own subject after it.
  if ((c_.is(k, "do") || c_.is(k, "does") || c_.is(k, "did")) && k + 1 < last && c_.is_word(k + 1) &&
      c_.has(k + 1, kDet | kSubj)) {
    return false;
  }
  // The relative clause ends at its comma: "The plan, which officials said
  // would cost $2 billion, was approved".
  const uint32_t e = first_open_comma(k, content_end(c_, k));
  TokRange content = trim_punct(c_, TokRange{k, e});
  if (!content_ok(c_, content)) return false;
  cand->content = content;
  cand->kind = has_quote(content) ? ClaimKind::kMixed : ClaimKind::kIndirect;
  return true;
}

// A report, study, poll, document ... as the source.
bool Frames::document_source(TokRange src) const {
  if (src.empty()) return false;
  uint32_t h = src.e - 1;
  return c_.noun(h) == NounKind::kDocument;
}

}  // namespace newsann::claims
