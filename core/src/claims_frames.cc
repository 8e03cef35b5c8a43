#include "claims_frames_impl.h"

#include <algorithm>

namespace newsann::claims {

void Frames::run() {
  // Most words open no cue and no adjunct: jump from one that does to the next.
  for (uint32_t i = c_.next_cue_word(s_.first); i < s_.last; i = c_.next_cue_word(i + 1)) {
    if (c_.quote_at(i) >= 0) continue;  // a quotation and its marks
    uint32_t len = 0;
    if (const AdjunctCue* a = adjunct_at(c_, i, s_.last, &len)) {
      adjunct(i, len, *a);
      i += len - 1;
      continue;
    }
    if (const CueVerb* v = cue_at(c_, i, s_.last, &len)) cue(i, len, *v);
  }
}

void Frames::cue(uint32_t i, uint32_t len, const CueVerb& v) {
  uint32_t first = s_.first, last = s_.last, after = i + len;
  if (i == first && said_name_colon(i, len, v)) return;
  // A word, not a verb: "United States", "the claims", "counter-terrorism".
  if (c_.is_capitalized(i) && i != first && !title_case()) return;
  if (i > first && c_.is_dash(i - 1) && !c_.tok(i).has(kSpaceBefore)) return;
  if (after < c_.size() && c_.is_dash(after) && !c_.tok(after).has(kSpaceBefore)) return;
  // (Not a floating quantifier after a subject before a verb that is no
  // plural noun: "the candidates all agreed", "they both insisted"; but
  // "All claims", "both reports".)
  if (i > first && c_.is_word(i - 1) &&
      (c_.has(i - 1, kDet) || (c_.is(i - 1, "'s") && !contracted_aux(c_, i - 1, first))) &&
      !(c_.has(i - 1, kQuant) && i - 1 > first && c_.is_word(i - 2) && !c_.has(i - 2, kDet | kStop) &&
        !ends_with_s(c_.low(i)))) {
    return;
  }
  if (len == 1 && ends_with_s(c_.low(i)) && after < last && starts_verb_group(c_, after)) return;
  if (len == 1 && ends_with_s(c_.low(i)) && i > first && c_.is_word(i - 1) && !c_.is_capitalized(i - 1) &&
      ends_with(c_.low(i - 1), "ed")) {
    return;  // "raised fears that": a noun after a verb
  }

  // "cameras, dubbed “Hebron Smart City”": a participle modifying a noun,
  // not an object verb with a subject.
  // (Unless a subject opens the sentence before an appositive: "Alverson,
  // who has ..., described it as ...".)
  if (v.cls == CueClass::kObject && i > first && c_.is(i - 1, ",")) {
    TokRange a = appositive_subject(i - 1);
    if (a.empty() || !(a.b == first || c_.closes(a.b - 1) >= 0 || after_connective(a.b))) return;
  }
  AuxRun aux = skip_aux_left(c_, i, first);
  if (aux.to) return;
  if (v.needs_have && !aux.have) return;
  bool progressive = v.ing && aux.be;
  if (aux.be && !v.ing && !v.passive_ok) return;  // passive: "was told", "is said"
  uint32_t j = aux.start;

  Candidate cand;
  cand.cue = TokRange{i, after};
  if (v.ing && !progressive) {  // ", adding that ...", "by saying ..."
    bool participle = j > first && c_.is(j - 1, ",");
    // A gerund after "by", "for", "after", "before": "saying", or any verb
    // followed by "that" or a quotation ("for claiming that ...").
    bool gerund = j > first + 1 && j == i && c_.is_word(j - 1) &&
                  (c_.is(j - 1, "by") || c_.is(j - 1, "for") || c_.is(j - 1, "after") ||
                   c_.is(j - 1, "before"));
    if (gerund && !(c_.is(i, "saying") || c_.is(i, "telling"))) {
      uint32_t k = skip_adverbials(c_, after, last);
      gerund = c_.is(k, "that") || c_.is(k, ":") || c_.opens(k) >= 0 || c_.opens(k + 1) >= 0;
    }
    if ((participle || gerund) && shared_source(j - 1, &cand) &&
        forward(skip_adverbials(c_, after, last), v, &cand)) {
      push(cand);
    }
    return;
  }
  if (j > first && c_.is_word(j - 1) && c_.has(j - 1, kCoord)) {  // "but insisted"
    if (shared_source(j - 1, &cand) && forward(skip_adverbials(c_, after, last), v, &cand)) {
      push(cand);
    }
    return;
  }

  // A base form ("say", "stress") needs an auxiliary ("will say") or a
  // plural subject ("officials say"): "stress disorder" is no verb.
  // (A time adjunct is no auxiliary: "his TBS late night show".)
  bool base_needs_plural = v.base && !aux.verbal;
  TokRange subj;
  bool relative = false, relative_parenthetical = false;
  if (j > first + 1 && c_.is(j - 1, "that") && c_.is_word(j - 2) &&
      c_.noun(j - 2) != NounKind::kNone) {
    // "the only finding that suggests ...": "that" as a relative pronoun
    // after a noun that can be a source.
    subj = relative_antecedent(TokRange{j - 1, j});
    if (subj.empty()) return;
    relative = true;
  } else if (j > first && (c_.is_word(j - 1) || c_.tok(j - 1).kind == TokenKind::kNumber ||
                           c_.is(j - 1, ")"))) {
    subj = np_left(c_, j, first);
    if (!is_source_phrase(c_, subj)) {
      subj = {};
    } else if (pronoun_of(c_, subj) == Referent::kRelative) {
      relative_parenthetical = subj.b > first && c_.is(subj.b - 1, ",");
      subj = relative_antecedent(subj);
      relative = true;
    } else if (subj.size() == 1 && (c_.is(subj.b, "i") || c_.is(subj.b, "we"))) {
      return;  // the author's own voice
    } else if (subj.b > first && (c_.has(subj.b - 1, kRel) || c_.is(subj.b - 1, "that") ||
                                  (subj.size() == 1 && in_reduced_relative(subj.b)))) {
      // "a program which Amazon founder Jeff Bezos said last year had
      // surpassed 100 million members", "prices it said were a result of the
      // deal": the relative pronoun (or the gap) is the subject of what was
      // said, so the content is the verb group after the cue. ("that" may
      // also be a conjunction: "reported that Trump said he would ...".)
      // A base form after a name is a noun more often than not ("claims
      // that the State IG report could not corroborate", "New York state is
      // shortchanging"); after a plural ("Democrats say") it is a verb.
      const uint32_t head = head_of(c_, subj);
      const bool base_ok = !base_needs_plural ||
                           (plural_subject(c_, subj) && !(c_.is_capitalized(head) && !ends_with_s(c_.low(head))));
      Candidate gapped = cand;
      gapped.source = subj;
      if (base_ok && gapped_clause(after, v, &gapped)) {
        push(gapped);
        return;
      }
      if (subj.size() == 1 && in_reduced_relative(subj.b)) return;  // "the “jobs machine” it thinks it is"
      subj = past_reduced_relative(subj);
    } else {
      subj = past_reduced_relative(subj);
    }
  }
  uint32_t r = skip_adverbials(c_, after, last);
  bool right_empty = rest_is_empty(r);
  if (!right_empty && v.recipient) {
    uint32_t m = skip_recipient(r);
    if (m > r) right_empty = rest_is_empty(skip_adverbials(c_, m, last));
  }

  // Inversion is for verbs of saying in a finite form ("said", "adds"),
  // not "described Trump's approach" or "state Del. Spruill".
  bool invertible = !v.recipient && !v.base && !v.ing &&
                    (v.cls == CueClass::kSay || v.cls == CueClass::kThat || v.cls == CueClass::kWh);
  if (subj.empty() && !relative && j > first && c_.is(j - 1, ",")) {
    // "Donna Rawlings, 59, of Ashton, Md., who ..., said the event ...": a
    // subject that opens the sentence before the commas.
    TokRange a = appositive_subject(j - 1);
    if (!a.empty() && (a.b == first || c_.closes(a.b - 1) >= 0 || after_connective(a.b))) subj = a;
  }
  if (subj.empty() && !relative && j == i && j > first && invertible &&
      (c_.is(j - 1, ",") || c_.closes(j - 1) >= 0 || c_.is_dash(j - 1))) {
    // "“...,” said Mr. Reeves, a senior fellow ..."
    TokRange src = np_right(c_, after, last);
    if (is_source_phrase(c_, src) && ends_phrase(src.e)) {
      cand.source = src;
      if (clause_before(j - 1, &cand)) {
        push(cand);
        split_quote_after(skip_adverbials(c_, src.e, last), cand);
        return;
      }
    }
  }
  if (subj.empty() && !relative && j > first && c_.is(j - 1, ",")) subj = appositive_subject(j - 1);
  if (subj.empty()) return;
  if (base_needs_plural && !plural_subject(c_, subj)) return;
  // "more ambiguous remarks a few weeks ago", "recent comments he made",
  // "battleground states", "setting rules": a cue that is also a common
  // plural noun, right after a phrase that ends in no subject (no name,
  // pronoun, plural or source noun) and opens with no determiner or
  // possessive, is the noun.
  if (v.plural_noun && j == i && !relative) {
    const uint32_t h = subj.e - 1;
    bool determined = c_.is_word(subj.b) && c_.has(subj.b, kDet);
    for (uint32_t k = subj.b; k < subj.e && !determined; ++k) determined = c_.is(k, "'s");
    if (c_.is_word(h) && !may_end_subject(c_, h) && !determined) return;
  }
  cand.source = subj;

  uint32_t before = subj.b;
  bool quote_before = before > first && quote_ends_clause(before - 1);
  bool comma_before = before > first && is_comma_like(before - 1);
  bool quote_after = r + 1 < last && c_.is(r, ",") && c_.opens(r + 1) >= 0;
  // After a recipient: "The difference now, he told me on Friday, is ..."
  uint32_t rt = r;
  if (v.recipient && !c_.is(r, ",")) rt = skip_adverbials(c_, skip_recipient(r), last);
  // ("And yet, Mrs. Clinton's aides say, Syria remains ...", "But
  // ultimately, other experts say, she and her aides weren't ...": a
  // connective alone before the tag, two words at most, none of which can
  // be a subject; not "And that, Mr. Manafort said, was in the works".)
  bool connective = comma_before && before - 1 > first && before - 1 - first <= 2 &&
                    c_.has(first, kCoord | kStop | kPrep | kTime);
  for (uint32_t k = first; connective && k + 1 < before; ++k) {
    const bool lower_after_first = k == first || !c_.is_capitalized(k);
    connective = c_.is_word(k) && lower_after_first && !c_.has(k, kSubj | kDet | kRel | kTimeDet);
  }
  if (!relative && !quote_before && comma_before && c_.is(rt, ",") && !quote_after && connective) {
    Candidate after_tag = cand;
    if (forward(rt + 1, v, &after_tag)) {
      push(after_tag);
      return;
    }
  }
  if (!relative && !quote_before && comma_before && c_.is(rt, ",") && !quote_after &&
      (continues_after_tag(rt + 1) || opens_subordinate(first))) {
    r = rt;
    if (opens_subordinate(first)) {
      // "Within months of the acquisition, Forte said, Whole Foods was ...",
      // "If producers are squeezed too much, he noted, they may ...": the
      // main clause follows the tag.
      if (forward(r + 1, v, &cand)) push(cand);
      return;
    }
    // "The latest test, North Korea said, was its biggest yet": the tag
    // sits inside the content, which spans both sides.
    Candidate whole = cand;
    if (clause_before(before - 1, &whole) && whole.kind != ClaimKind::kDirect) {
      whole.content.e = content_end(c_, r + 1);
      if (has_quote(whole.content)) whole.kind = ClaimKind::kMixed;
      push(whole);
      return;
    }
  }
  if (!relative && quote_before && !right_empty) {
    // "On “The Morning Show,” the nominee said she wanted ...": when the
    // quotation does not open the sentence, a complement after the cue
    // wins over it (a quotation that opens it is what was said: "“...,”
    // she said after reading the outline").
    Candidate inv = cand;
    bool opens_sentence = clause_before(before - 1, &inv) && inv.kind == ClaimKind::kDirect;
    Candidate fwd = cand;
    if (!opens_sentence && forward(r, v, &fwd)) {
      push(fwd);
      return;
    }
  }
  if (!relative && (quote_before || (comma_before && right_empty && !quote_after))) {
    if (clause_before(before - 1, &cand)) {
      push(cand);
      uint32_t rr = r;
      if (v.recipient && !c_.is(rr, ",")) rr = skip_adverbials(c_, skip_recipient(rr), last);
      split_quote_after(rr, cand);
    }
    return;
  }
  if (forward(r, v, &cand)) {
    if (relative && relative_parenthetical) {  // ", who said ..., told": ends with the clause
      const uint32_t limit = std::min(cand.content.e, cand.content.b + kMaxContentTokens);
      const uint32_t comma = first_open_comma(cand.content.b, limit);
      if (comma < limit) cand.content.e = comma;
      if (!content_ok(c_, cand.content)) return;
    }
    push(cand);
    return;
  }
  // "“We are Slavs.” Lukashenko said." (no comma: the quote ends the sentence before)
  if (right_empty && before == first && first > par_.b && c_.closes(first - 1) >= 0 &&
      clause_before(first - 1, &cand)) {
    push(cand);
  }
}

// "Said Ellis: “...”": a cue opening the sentence, a name, a colon (or
// comma) and the quotation.
bool Frames::said_name_colon(uint32_t i, uint32_t len, const CueVerb& v) {
  if (v.base || v.ing || v.recipient || !(v.cls == CueClass::kSay || v.cls == CueClass::kThat)) {
    return false;
  }
  TokRange src = np_right(c_, i + len, s_.last);
  if (!is_source_phrase(c_, src) || !c_.is_capitalized(src.e - 1)) return false;
  uint32_t k = src.e;
  if (!(c_.is(k, ":") || c_.is(k, ","))) return false;
  int q = c_.opens(k + 1);
  if (q < 0 || c_.quotes[q].empty()) return false;
  Candidate cand;
  cand.kind = ClaimKind::kDirect;
  cand.source = src;
  cand.cue = TokRange{i, i + len};
  cand.quote = q;
  cand.content = TokRange{c_.quotes[q].first(), c_.quotes[q].last()};
  push(cand);
  return true;
}

void Frames::adjunct(uint32_t i, uint32_t len, const AdjunctCue& a) {
  uint32_t first = s_.first, last = s_.last;
  TokRange src = np_right(c_, i + len, last);
  if (!is_source_phrase(c_, src)) return;
  // "citing" and "quoting" (the adjuncts after their content) also give a
  // reason: "declined, citing legal risks", "citing fears of terrorism".
  // Their object is a source when its head is a name or a noun for a
  // source ("citing Reuters", "citing internal documents", "citing an
  // anonymous government source").
  // (Any source noun of the phrase will do: "citing people familiar with
  // the matter"; and a plural of one: "citing polls".)
  if (!a.content_after) {
    const uint32_t h = head_of(c_, src);
    bool names_source = c_.is_capitalized(h) || c_.has(h, kSubj);
    for (uint32_t k = src.b; k < src.e && !names_source; ++k) names_source = c_.noun(k) != NounKind::kNone;
    const std::string_view hw = c_.low(h);
    if (!names_source && ends_with(hw, "s") && c_.words.noun(hw.substr(0, hw.size() - 1)) != NounKind::kNone) {
      names_source = true;
    }
    if (!names_source) return;
  }
  Candidate cand;
  cand.kind = ClaimKind::kAccordingTo;
  cand.source = src;
  cand.cue = TokRange{i, i + len};
  // The adjunct runs on to the next comma ("according to a poll released
  // last week, ..."): its source is the noun phrase, the rest modifies it.
  uint32_t rest = src.e;
  for (uint32_t k = rest; k < last && k < rest + 10 && c_.is_word(k) && !c_.is_capitalized(k) &&
                          !c_.has(k, kSubj | kCoord);
       ++k) {
    if (k + 1 >= last || c_.is(k + 1, ",") || c_.is_final_punct(k + 1)) rest = k + 1;
  }
  if (rest < last && c_.is(rest, ",")) ++rest;
  bool rest_empty = rest >= last || c_.is_final_punct(rest) || c_.closes(rest) >= 0;
  bool leading = i <= first + 4;  // nothing but a connective before: "But, according to"
  for (uint32_t k = first; k < i && leading; ++k) {
    if (!(c_.is(k, ",") || (c_.is_word(k) && c_.has(k, kStop) && k == first))) leading = false;
  }
  TokRange content;
  if (leading) {
    if (rest_empty) return;
    content = TokRange{rest, content_end(c_, rest)};
  } else if (rest_empty || !a.content_after) {
    if (i > first && is_comma_like(i - 1)) {
      if (!clause_before(i - 1, &cand)) return;
      cand.kind = ClaimKind::kAccordingTo;
      push(cand);
      return;
    }
    content = TokRange{clause_start(i), i};
  } else {
    // Mid-sentence: after a leading adverbial ("In recent months,
    // according to Reuters, ...") the content follows; after a subject
    // ("The company, according to X, has ...") it is the whole sentence.
    // After a whole clause ("November marked ..., according to X, with
    // ...") the content is that clause.
    bool adverbial = c_.is_word(first) && (c_.has(first, kPrep | kTime | kStop)) &&
                     count_words(c_, TokRange{first, i}) < 6;
    if (!adverbial && count_words(c_, TokRange{first, i}) >= 6 && is_comma_like(i - 1)) {
      if (!clause_before(i - 1, &cand)) return;
      cand.kind = ClaimKind::kAccordingTo;
      push(cand);
      return;
    }
    content = TokRange{adverbial ? rest : clause_start(i), content_end(c_, rest)};
  }
  content = trim_punct(c_, content);
  int q = content.empty() ? -1 : c_.opens(content.b);
  if (q >= 0 && c_.quotes[q].closed && c_.quotes[q].close + 1 >= content.e) {
    content = TokRange{c_.quotes[q].first(), c_.quotes[q].last()};
  }
  if (!content_ok(c_, content)) return;
  cand.content = content;
  push(cand);
}

// Whether `part` (a source or a cue; empty: none) lies apart from the
// content or strictly inside it ("The company, according to X, has ...").
static bool apart_or_inside(TokRange part, TokRange content) {
  if (part.empty()) return true;
  if (part.e <= content.b || part.b >= content.e) return true;
  return content.b < part.b && part.e < content.e;
}

void Frames::push(Candidate cand) {
  // Every claim keeps this (fuzz/check.cc asserts it): a malformed sentence
  // could trim a content onto its own adjunct ("-According to y-" gave the
  // content "According to y").
  if (!apart_or_inside(cand.source, cand.content) || !apart_or_inside(cand.cue, cand.content)) return;
  cand.paragraph = s_.paragraph;
  out_.push_back(cand);
}

bool content_ok(const Context& c, TokRange content) { return count_words(c, content) >= 2; }

void find_frames(const Context& c, uint32_t s, std::vector<Candidate>& out, Introduction& intro) {
  Frames(c, s, out, intro).run();
}

}  // namespace newsann::claims
