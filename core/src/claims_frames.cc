#include "claims_frames.h"

#include "claims_phrases.h"

namespace newsann::claims {

namespace {

bool ends_with_s(const std::string& w) { return w.size() > 2 && w.back() == 's'; }

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class Frames {
 public:
  Frames(const Context& c, uint32_t s, std::vector<Candidate>& out, Introduction& intro)
      : c_(c), s_(c.text.sentences[s]), out_(out), intro_(intro) {
    par_ = c.paragraph_tokens(s_.paragraph);
  }

  void run() {
    for (uint32_t i = s_.first; i < s_.last; ++i) {
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

 private:
  const Context& c_;
  const Sentence& s_;
  TokRange par_;
  std::vector<Candidate>& out_;
  Introduction& intro_;
  mutable int title_case_ = -1;

  // ---- Pieces ---------------------------------------------------------------

  bool is_comma_like(uint32_t i) const {
    return c_.is(i, ",") || c_.is(i, ":") || c_.is(i, "(") || c_.is_dash(i);
  }

  // Nothing (of a clause) follows: end of sentence, or a comma before a
  // split quotation, a participle cue, an adjunct or a coordinated clause.
  bool rest_is_empty(uint32_t r) const {
    if (r >= s_.last || c_.is_final_punct(r)) return true;
    if (c_.closes(r) >= 0) return true;
    // "Climate change is to blame too, scientists think, with ...": after a
    // comma the cue's own clause is over.
    return c_.is(r, ",") || c_.is(r, ";") || c_.is_dash(r);
  }

  // A recipient right after a cue ("told reporters", "told The Telegraph");
  // returns the token after it (or `k` when there is none).
  uint32_t skip_recipient(uint32_t k) const {
    if (k >= s_.last || !c_.is_word(k)) return k;
    if (c_.has(k, kWh) || c_.is(k, "that") || c_.is(k, "if")) return k;
    const std::string& w = c_.low(k);
    if (w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || w == "you") return k + 1;
    if (c_.has(k, kSubj)) return k;
    TokRange np = np_right(c_, k, s_.last);
    if (np.empty() || np.size() > 6) return k;
    return np.e;
  }

  // The candidate's content from the tokens before boundary token b (a comma,
  // dash or closing mark that precedes the source): the clause from the
  // sentence start, or the quotation that closes there.
  bool clause_before(uint32_t b, Candidate* cand) const {
    if (b < par_.b || b >= c_.size()) return false;
    int q = c_.closes(b);
    uint32_t end = b;
    if (q >= 0) {
      end = b + 1;
    } else if (b > par_.b && c_.closes(b - 1) >= 0 && is_comma_like(b)) {
      q = c_.closes(b - 1);
    }
    uint32_t start = s_.first;
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
      for (uint32_t k = end; k-- > start + 1;) {
        if (c_.is_dash(k) && c_.tok(k).has(kSpaceBefore) && k + 1 < end && c_.tok(k + 1).has(kSpaceBefore)) {
          start = k + 1;
          break;
        }
      }
    }
    if (start >= end) return false;
    TokRange r = trim_punct(c_, TokRange{start, end});
    if (count_words(c_, r) < 2) return false;
    cand->content = r;
    cand->kind = has_quote(r) ? ClaimKind::kMixed : ClaimKind::kIndirect;
    return true;
  }

  bool has_quote(TokRange r) const {
    for (uint32_t i = r.b; i < r.e; ++i) {
      if (c_.opens(i) >= 0 || c_.closes(i) >= 0) return true;
    }
    return false;
  }

  // After a quotation that opens at token k, does its clause end (so that
  // the quotation is the whole content)?
  bool quote_is_whole(int q) const {
    const Quote& quote = c_.quotes[q];
    if (!quote.closed) return true;
    uint32_t after = quote.close + 1;
    if (after >= par_.e) return true;
    uint32_t end = c_.sentence_of(quote.close).last;
    if (after >= end || c_.is_final_punct(after) || c_.is(after, ";")) return true;
    if (c_.is(after, ",")) {
      uint32_t k = after + 1, len = 0;
      if (k >= end) return true;
      const CueVerb* v = cue_at(c_, k, end, &len);
      if (v && v->ing) return true;
      if (adjunct_at(c_, k, end, &len)) return true;
      if (c_.opens(k) >= 0) return true;
      if (c_.is_word(k) && c_.has(k, kCoord)) return true;
    }
    return false;
  }

  // The content after a cue (from r, past adverbials): "that ...", a bare
  // clause, a quotation, an object + preposition, a question.
  bool forward(uint32_t r, const CueVerb& v, Candidate* cand) {
    uint32_t last = s_.last, k = r;
    bool that = false, colon = false;
    if (k < last && c_.is(k, ":")) {
      colon = true;
      ++k;
    } else if (k < last && c_.is(k, ",") && k + 1 < last && c_.opens(k + 1) >= 0) {
      ++k;
    }
    if (k < last && c_.is(k, "that")) {
      that = true;
      ++k;
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
        // he was leaving") or a gerund ("reported seeing a flash").
        if (!that && !colon && q < 0 &&
            !(word && c_.has(k, kSubj) && !c_.is(k, "it") && !c_.is(k, "you")) &&
            !(word && !c_.is_capitalized(k) && ends_with(c_.low(k), "ing"))) {
          return false;
        }
        break;
      case CueClass::kWh:
        if (!that && !(word && (c_.has(k, kWh) || c_.is(k, "if") || c_.is(k, "to")))) return false;
        break;
      case CueClass::kObject:
        if (!v.marker.empty() && !marker_follows(k, v.marker)) return false;
        break;
      case CueClass::kTo:
        if (word && c_.is(k, "to")) break;
        [[fallthrough]];
      case CueClass::kSay:
        if (!that && !colon && q < 0) {
          if (!word && c_.tok(k).kind != TokenKind::kNumber) return false;
          if (word && c_.has(k, kStop) && !c_.has(k, kSubj | kWh)) return false;
          // "claimed responsibility, ...", "said yes.": a bare word, no clause.
          uint32_t n = 0;
          for (uint32_t m = k; m < last && !c_.is(m, ",") && !c_.is_final_punct(m) && n < 2; ++m) {
            if (c_.is_word(m) || c_.tok(m).kind == TokenKind::kNumber) ++n;
          }
          if (n < 2) return false;
        }
        break;
    }
    uint32_t e = content_end(c_, k);
    TokRange content = trim_punct(c_, TokRange{k, e});
    if (!content_ok(c_, content)) return false;
    cand->content = content;
    cand->kind = has_quote(content) ? ClaimKind::kMixed : ClaimKind::kIndirect;
    return true;
  }

  // "accuse X of": the preposition within the next few words, before a comma.
  bool marker_follows(uint32_t k, const std::string& marker) const {
    for (uint32_t i = k; i < s_.last && i < k + 25; ++i) {
      if (c_.is_final_punct(i) || c_.is(i, ";")) return false;
      if (c_.low(i) == marker) return i > k;
    }
    return false;
  }

  // The source of a participle or coordinated cue: the previous claim's in
  // this sentence, else the sentence's subject.
  bool shared_source(uint32_t before, Candidate* cand) const {
    for (size_t n = out_.size(); n-- > 0;) {
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

  // A pronoun right after a noun (or a quotation) with no comma or
  // conjunction between opens a relative clause whose object is missing:
  // "the “jobs machine” it thinks it is", "prices it said were ...".
  bool in_reduced_relative(uint32_t pron) const {
    uint32_t b = pron - 1;
    if (c_.closes(b) >= 0) return !quote_ends_clause(b);
    return c_.is_word(b) && !c_.has(b, kStop | kAux) && !c_.is_capitalized(b) &&
           !ends_with(c_.low(b), "ly");
  }

  // "intelligence reports seen by Reuters suggest": the subject is the noun
  // before the participle, not the agent after "by".
  TokRange past_reduced_relative(TokRange subj) const {
    uint32_t b = subj.b;
    if (b < s_.first + 2 || !c_.is(b - 1, "by")) return subj;
    uint32_t v = b - 2;
    const std::string& w = c_.low(v);
    if (!c_.is_word(v) || c_.is_capitalized(v) || !(ends_with(w, "ed") || ends_with(w, "en"))) return subj;
    TokRange np = np_left(c_, v, s_.first);
    return is_source_phrase(c_, np) ? np : subj;
  }

  // "who"/"which" as subject: the noun phrase it stands for.
  TokRange relative_antecedent(TokRange rel) const {
    uint32_t w = rel.b;
    if (w <= s_.first) return {};
    uint32_t end = c_.is(w - 1, ",") ? w - 1 : w;
    TokRange np = np_left(c_, end, s_.first);
    return is_source_phrase(c_, np) && pronoun_of(c_, np) == Referent::kNone ? np : TokRange{};
  }

  // "Eric Reeves, one of the leading ..., said": the subject before the
  // appositive that ends at comma `comma`.
  TokRange appositive_subject(uint32_t comma) const {
    uint32_t seen = 0;
    for (uint32_t k = comma; k > s_.first && comma - k < 30 && seen < 3;) {
      --k;
      if (c_.tok(k).kind == TokenKind::kQuote && c_.closes(k) < 0 && c_.opens(k) < 0) continue;
      if (c_.opens(k) >= 0 || c_.closes(k) >= 0) return {};
      if (!c_.is(k, ",")) continue;
      ++seen;
      TokRange np = np_left(c_, k, s_.first);
      if (!is_source_phrase(c_, np) || pronoun_of(c_, np) == Referent::kRelative) continue;
      uint32_t b = np.b;
      if (b == s_.first || c_.closes(b - 1) >= 0 || is_comma_like(b - 1)) return np;
    }
    return {};
  }

  // After a frame whose content came before its cue, a quotation right after
  // ("“A,” he said, “B.”") is the same speaker's: one more direct claim.
  void split_quote_after(uint32_t r, const Candidate& cand) {
    if (r >= s_.last || !(c_.is(r, ",") || c_.is(r, ":") || c_.is(r, ";"))) return;
    int q = c_.opens(r + 1);
    if (q < 0 || c_.quotes[q].empty()) return;
    Candidate next = cand;
    next.kind = ClaimKind::kDirect;
    next.quote = q;
    next.content = TokRange{c_.quotes[q].first(), c_.quotes[q].last()};
    next.copied_from = static_cast<int>(out_.size()) - 1;
    out_.push_back(next);
  }

  void push(Candidate cand) {
    cand.paragraph = s_.paragraph;
    out_.push_back(cand);
  }

  // ---- Frames ---------------------------------------------------------------

  void cue(uint32_t i, uint32_t len, const CueVerb& v) {
    uint32_t first = s_.first, last = s_.last, after = i + len;
    // A word, not a verb: "United States", "the claims", "counter-terrorism".
    if (c_.is_capitalized(i) && i != first && !title_case()) return;
    if (i > first && c_.is_dash(i - 1) && !c_.tok(i).has(kSpaceBefore)) return;
    if (after < c_.size() && c_.is_dash(after) && !c_.tok(after).has(kSpaceBefore)) return;
    if (i > first && c_.is_word(i - 1) && (c_.has(i - 1, kDet) || c_.is(i - 1, "'s"))) return;
    if (len == 1 && ends_with_s(c_.low(i)) && after < last && starts_verb_group(c_, after)) return;
    if (len == 1 && ends_with_s(c_.low(i)) && i > first && c_.is_word(i - 1) && !c_.is_capitalized(i - 1) &&
        ends_with(c_.low(i - 1), "ed")) {
      return;  // "raised fears that": a noun after a verb
    }

    AuxRun aux = skip_aux_left(c_, i, first);
    if (aux.to) return;
    if (v.needs_have && !aux.have) return;
    bool progressive = v.ing && aux.be;
    if (aux.be && !v.ing && !v.passive_ok) return;  // passive: "was told", "is said"
    uint32_t j = aux.start;

    Candidate cand;
    cand.cue = TokRange{i, after};
    if (v.ing && !progressive) {  // ", adding that ..."
      if (j > first && c_.is(j - 1, ",") && shared_source(j - 1, &cand) &&
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

    TokRange subj;
    bool relative = false, relative_parenthetical = false;
    if (j > first + 1 && c_.is(j - 1, "that") && c_.is_word(j - 2) &&
        c_.words.noun(c_.low(j - 2)) != NounKind::kNone) {
      // "the only finding that suggests ...": "that" as a relative pronoun
      // after a noun that can be a source.
      subj = relative_antecedent(TokRange{j - 1, j});
      if (subj.empty()) return;
      relative = true;
    } else if (j > first && (c_.is_word(j - 1) || c_.tok(j - 1).kind == TokenKind::kNumber)) {
      subj = np_left(c_, j, first);
      if (!is_source_phrase(c_, subj)) {
        subj = {};
      } else if (pronoun_of(c_, subj) == Referent::kRelative) {
        relative_parenthetical = subj.b > first && c_.is(subj.b - 1, ",");
        subj = relative_antecedent(subj);
        relative = true;
      } else if (subj.size() == 1 && (c_.is(subj.b, "i") || c_.is(subj.b, "we"))) {
        return;  // the author's own voice
      } else if (subj.size() == 1 && subj.b > first && in_reduced_relative(subj.b)) {
        return;  // "prices it said were a result of the deal"
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

    if (subj.empty() && !relative && j == i && j > first && !v.recipient &&
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
    cand.source = subj;

    uint32_t before = subj.b;
    bool quote_before = before > first && quote_ends_clause(before - 1);
    bool comma_before = before > first && is_comma_like(before - 1);
    bool quote_after = r + 1 < last && c_.is(r, ",") && c_.opens(r + 1) >= 0;
    if (!relative && !quote_before && comma_before && c_.is(r, ",") && !quote_after &&
        (continues_after_tag(r + 1) || opens_subordinate(first))) {
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
        for (uint32_t k = cand.content.b; k < cand.content.e; ++k) {
          if (c_.is(k, ",") && c_.quote_at(k) < 0) {
            cand.content.e = k;
            break;
          }
        }
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

  // After "X said," the sentence goes on with the rest of the content (a
  // verb, a conjunction: "was its biggest yet", "and three others ..."), not
  // with an adjunct of its own ("with warming ocean temperatures ...").
  bool continues_after_tag(uint32_t k) const {
    if (k >= s_.last || !c_.is_word(k)) return false;
    if (c_.has(k, kCoord | kBe | kHave | kAux | kSubj | kDet)) return true;
    if (c_.has(k, kStop | kPrep | kTime)) return false;
    return !c_.is_capitalized(k);
  }

  // A headline in title case ("Trump Could Address Clean Energy, Lindsey
  // Graham Says."): most words capitalized.
  bool title_case() const {
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

  // The sentence opens with an adverbial or a subordinate clause ("In ...",
  // "If ...", "Within months ...", "Yesterday").
  bool opens_subordinate(uint32_t first) const {
    return c_.is_word(first) && c_.has(first, kStop | kTime | kPrep) && !c_.has(first, kCoord);
  }

  // A quotation that ends right before token b+1 and ends a clause: “...,”
  // or “...”, (not "the “jobs machine” it thinks it is").
  bool quote_ends_clause(uint32_t b) const {
    if (b < par_.b) return false;
    int q = c_.closes(b);
    if (q >= 0) {
      uint32_t in = c_.quotes[q].last() - 1;
      return c_.is_punct(in) || c_.is_dash(in);
    }
    return is_comma_like(b) && b > par_.b && c_.closes(b - 1) >= 0;
  }

  // A source phrase after an inverted cue must end its clause.
  bool ends_phrase(uint32_t k) const {
    if (k >= s_.last) return true;
    if (c_.is(k, ",") || c_.is_final_punct(k) || c_.is(k, ";") || c_.is_dash(k) || c_.is(k, ":") ||
        c_.is(k, "(")) {
      return true;
    }
    if (c_.opens(k) >= 0 || c_.closes(k) >= 0) return true;
    return c_.is_word(k) && (c_.has(k, kPrep | kTime) || c_.has(k, kRel));
  }

  void adjunct(uint32_t i, uint32_t len, const AdjunctCue& a) {
    uint32_t first = s_.first, last = s_.last;
    TokRange src = np_right(c_, i + len, last);
    if (!is_source_phrase(c_, src)) return;
    Candidate cand;
    cand.kind = ClaimKind::kAccordingTo;
    cand.source = src;
    cand.cue = TokRange{i, i + len};
    uint32_t rest = src.e;
    if (rest < last && c_.is(rest, ",")) ++rest;
    bool rest_empty = rest >= last || c_.is_final_punct(rest) || c_.closes(rest) >= 0;
    bool leading = true;
    for (uint32_t k = first; k < i; ++k) {
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
      content = TokRange{first, i};
    } else {
      // Mid-sentence: after a leading adverbial ("In recent months,
      // according to Reuters, ...") the content follows; after a subject
      // ("The company, according to X, has ...") it is the whole sentence.
      // After a whole clause ("November marked ..., according to X, with
      // ...") the content is that clause.
      bool adverbial = c_.is_word(first) && (c_.has(first, kPrep | kTime | kStop));
      if (!adverbial && count_words(c_, TokRange{first, i}) >= 6 && is_comma_like(i - 1)) {
        if (!clause_before(i - 1, &cand)) return;
        cand.kind = ClaimKind::kAccordingTo;
        push(cand);
        return;
      }
      content = TokRange{adverbial ? rest : first, content_end(c_, rest)};
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
};

}  // namespace

bool content_ok(const Context& c, TokRange content) { return count_words(c, content) >= 2; }

void find_frames(const Context& c, uint32_t s, std::vector<Candidate>& out, Introduction& intro) {
  Frames(c, s, out, intro).run();
}

}  // namespace newsann::claims
