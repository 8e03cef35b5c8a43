#include "claims_phrases.h"

#include <algorithm>

namespace newsann::claims {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A time word that ends a source phrase ("Thursday officials said"), but not
// the modifiers that can sit inside one ("the late president").
bool breaks_phrase_as_time(const Context& c, uint32_t i) {
  if (!c.has(i, kTime)) return false;
  std::string_view w = c.low(i);
  return !(w == "late" || w == "early" || w == "last" || w == "next");
}

// "Mr.", "Dr.", "U.S.", "Gen.": a period that belongs to an abbreviation.
bool abbreviation_period(const Context& c, uint32_t i) {
  if (!c.is(i, ".") || c.tok(i).has(kSpaceBefore) || i == 0 || !c.is_word(i - 1)) return false;
  const Token& prev = c.tok(i - 1);
  if (!prev.has(kUpper) || prev.e - prev.b > 4) return false;
  // The period that ends the sentence ends it ("said Mr. Hale."), unless it
  // follows an initial ("U.S.").
  return i + 1 < c.sentence_of(i).last || prev.e - prev.b == 1;
}

bool attached_both_sides(const Context& c, uint32_t i) {
  return !c.tok(i).has(kSpaceBefore) && i + 1 < c.size() && !c.tok(i + 1).has(kSpaceBefore);
}

// "officials’ statement": a possessive after a plural, not a closing mark.
bool plural_possessive(const Context& c, uint32_t i) {
  return c.tok(i).kind == TokenKind::kQuote && !c.tok(i).has(kSpaceBefore) && i > 0 &&
         c.is_word(i - 1) && ends_with(c.low(i - 1), "s") && c.closes(i) < 0 && c.opens(i) < 0;
}

bool is_object_pronoun(const Context& c, uint32_t i) {
  std::string_view w = c.low(i);
  return w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || w == "you";
}

// Walks a short noun phrase after a preposition ("an interview", "the BBC",
// "Thursday", "Fox News's"); returns its end, or `i` when there is none.
uint32_t pp_object_end(const Context& c, uint32_t i, uint32_t ceil) {
  if (i >= ceil) return i;
  int q = c.opens(i);
  if (q >= 0) {  // a title in quotation marks: on “Fox and Friends”
    const Quote& quote = c.quotes[q];
    if (quote.closed && quote.close < ceil && quote.close - quote.open <= 8 &&
        c.is_capitalized(quote.first())) {
      return quote.close + 1;
    }
    return i;
  }
  if (c.is_word(i) && is_object_pronoun(c, i)) return i + 1;
  uint32_t j = i;
  if (c.is_word(j) && c.has(j, kDet)) ++j;
  if (c.is_word(j) && c.has(j, kDet) && j > i) ++j;  // "the other hand"
  uint32_t start = j;
  while (j < ceil && j - start < 5) {
    if (c.is_word(j)) {
      if (c.has(j, kDet | kStop | kSubj | kAux) && !c.is(j, "'s")) break;
    } else if (c.tok(j).kind == TokenKind::kNumber) {
    } else if (abbreviation_period(c, j) || (c.is_dash(j) && attached_both_sides(c, j))) {
    } else {
      break;
    }
    ++j;
  }
  return j > start ? j : i;
}

// A word that joins two noun phrases into one source: "secretary of the
// ministry", "spokesman for the family", "Google and Yahoo", "officials in
// Kabul", "observers in Virginia and around the country", and "to" after a
// role noun ("advisers to Mr. Obama").
bool links_noun_phrases(const Context& c, uint32_t j) {
  // "of", "for", "and", "in", "at", "from", "with", "around", "across",
  // "near", "inside", "outside", "within", "throughout"; by length first
  // (asked of most words of a phrase: one compare, not fourteen).
  const std::string_view w = c.low(j);
  switch (w.size()) {
    case 2:
      return w == "of" || w == "in" || w == "at" || (w == "to" && j > 0 && c.noun(j - 1) != NounKind::kNone);
    case 3: return w == "for" || w == "and";
    case 4: return w == "from" || w == "with" || w == "near";
    case 6: return w == "around" || w == "across" || w == "inside" || w == "within";
    case 7: return w == "outside";
    case 10: return w == "throughout";
    default: return false;
  }
}

}  // namespace

TokRange np_left(const Context& c, uint32_t end, uint32_t floor) {
  if (end <= floor || end > c.size()) return {};
  uint32_t last = end - 1;
  if (c.is_word(last) && c.has(last, kSubj | kRel)) {
    if (c.is(last, "there") || c.is(last, "you")) return {};
    return {last, end};
  }
  uint32_t i = end, steps = 0;
  bool opened = false;  // a determiner was taken: the phrase starts there
  while (i > floor && steps < kMaxSourceTokens) {
    uint32_t j = i - 1;
    bool take = false;
    const Token& t = c.tok(j);
    if (opened && !(c.is_word(j) && links_noun_phrases(c, j))) break;
    if (c.is(j, ")") && i == end) {
      // "Rep. John Mica (R-Fla.) said": a short parenthesis after the name.
      uint32_t k = j;
      while (k > floor && j - k < 8 && !c.is(k - 1, "(")) --k;
      if (k > floor + 1 && c.is(k - 1, "(") && c.is_word(k - 2)) {
        i = k - 1;
        steps += j - k + 2;
        continue;
      }
      break;
    }
    if (t.kind == TokenKind::kWord) {
      uint32_t r = c.roles(j);
      uint32_t len = 0;
      if (r & (kSubj | kRel)) break;
      // Another verb of saying: "Obama said Putin said" (a lowercase cue
      // word can still be the head: "news reports", or a possessor: "the
      // state's campaign chairman").
      // (Not a base form that modifies the head noun right after it, after
      // a determiner or a conjunction: "federal and state officials", "the
      // state police"; but "no mention of Jeb Bush announced".)
      if (j + 1 < end && !c.is_capitalized(j) && !c.is(j + 1, "'s")) {
        const CueVerb* v = cue_at(c, j, end, &len);
        const bool modifier = v && v->base && len == 1 && j + 2 == end && !c.is_capitalized(j + 1) &&
                              j > floor && c.is_word(j - 1) && c.has(j - 1, kDet | kCoord);
        if (v && !modifier) break;
      }
      if (r & kStop) {
        bool inner = i < end && j > floor && c.is_word(j - 1) && !c.has(j - 1, kStop | kDet | kAux);
        // "One of the attorneys", "some of his aides": a determiner before
        // "of" is a quantity word that opens the phrase (not "reeks of some
        // of the greatest fear").
        bool part_of = i < end && j > floor && quantity_of(c, j) &&
                       !(j - 1 > floor && c.is_word(j - 2) && links_noun_phrases(c, j - 2));
        take = (inner && links_noun_phrases(c, j)) || part_of;
      } else if (r & kAux) {
        take = false;
      } else if (breaks_phrase_as_time(c, j)) {
        take = false;
      } else {
        take = true;
      }
    } else if (t.kind == TokenKind::kNumber) {
      // "two officials", not the year in "In 1997 President Clinton said".
      take = i < end && c.is_word(i) && !c.is_capitalized(i);
    } else if (t.kind == TokenKind::kPunct) {
      take = ((c.is_dash(j) || c.is(j, "/")) && attached_both_sides(c, j) && i < end) ||
             abbreviation_period(c, j) || c.is(j, "&");
    } else {
      take = i < end && plural_possessive(c, j);
    }
    if (!take) break;
    if (c.is_word(j) && c.has(j, kDet)) opened = true;
    if (c.is_word(j) && links_noun_phrases(c, j)) opened = false;
    i = j;
    ++steps;
  }
  TokRange r{i, end};
  uint32_t cue_len = 0;
  // "Republicans said they are convinced the Justice Department mishandled
  // the investigation and Democrats accused the GOP": a phrase right after a
  // lowercase past tense of no role (a verb, not a cue: "said his focus
  // groups and other research show"; not a noun: "In an interview the
  // senator and his wife said") is that verb's object, and the
  // subject of the verb after it is the conjunct after its last "and". (Not
  // "both X and Y", and not an antecedent: "worried some analysts and
  // activists, who pointed out": the relative's subject is the object.)
  if (opened && i > floor && c.is_word(i - 1) && c.roles(i - 1) == 0 && !c.is_capitalized(i - 1) &&
      ends_with(c.low(i - 1), "ed") && !c.has(i, kQuant) && end < c.size() && c.is_word(end) &&
      !c.has(end, kRel) && !cue_at(c, i - 1, end, &cue_len)) {
    for (uint32_t k = end - 1; k > i; --k) {
      if (c.is(k - 1, "and")) {
        r.b = k;
        break;
      }
    }
  }
  // No phrase opens with a preposition, nor with a participle and its
  // preposition: "An earlier report in a New Hampshire paper said" (the
  // walk stopped at "report", a cue word) gives "a New Hampshire paper";
  // "compared with 64 percent who say" gives "64 percent". Unless a
  // relative clause holds them ("executives who have worked with Lachlan
  // Murdoch say", "a study that appeared in the journal found"): its
  // antecedent is the subject, and the phrase stays as it is, overlapping
  // the subject at least.
  // (A participle and its preposition only before a number: "compared
  // with 64 percent", "compared to the 30 percent"; "a lawsuit considered
  // in San Diego accused" is a reduced relative's.)
  auto compared_with = [&](uint32_t k) {
    if (k + 2 >= r.e || c.roles(k) != 0 || c.is_capitalized(k) || !ends_with(c.low(k), "ed") || !c.has(k + 1, kStop)) {
      return false;
    }
    const uint32_t n = c.is_word(k + 2) && c.has(k + 2, kDet) ? k + 3 : k + 2;
    return n < r.e && c.tok(n).kind == TokenKind::kNumber;
  };
  bool in_relative = false;
  for (uint32_t k = r.b > floor + 5 ? r.b - 5 : floor; k < r.b && !in_relative; ++k) {
    in_relative = c.is_word(k) && (c.has(k, kRel) || c.is(k, "that"));
  }
  while (!r.empty() &&
         (c.is(r.b, "of") || c.is(r.b, "and") || !c.is_word(r.b) ||
          (!in_relative && (c.has(r.b, kStop) || compared_with(r.b))))) {
    if (c.tok(r.b).kind == TokenKind::kNumber && r.b + 1 < r.e) break;
    ++r.b;
  }
  return r;
}

TokRange np_right(const Context& c, uint32_t begin, uint32_t ceil) {
  if (begin >= ceil || ceil > c.size()) return {};
  if (c.is_word(begin) && c.has(begin, kSubj)) {
    if (c.is(begin, "there") || c.is(begin, "you")) return {};
    return {begin, begin + 1};
  }
  uint32_t i = begin, steps = 0;
  while (i < ceil && steps < kMaxSourceTokens) {
    bool take = false;
    const Token& t = c.tok(i);
    if (t.kind == TokenKind::kWord) {
      uint32_t r = c.roles(i);
      if (r & kDet) {
        take = i == begin || c.is(i - 1, "of") || c.is(i - 1, "and") || c.is(i - 1, "'s");
      } else if (r & (kSubj | kRel)) {
        take = false;
      } else if (r & kStop) {
        bool next_word = i + 1 < ceil && (c.is_word(i + 1) || c.tok(i + 1).kind == TokenKind::kNumber);
        if (c.is(i, "of") || c.is(i, "for")) {
          take = i > begin && next_word && (c.is(i, "of") || c.has(i + 1, kDet));
        } else if (c.is(i, "and")) {
          take = i > begin && next_word && c.is_capitalized(i - 1) &&
                 (c.is_capitalized(i + 1) || c.has(i + 1, kDet));
        }
      } else if (r & kAux) {
        take = false;
      } else if (breaks_phrase_as_time(c, i) || (c.has(i, kTime) && c.has(i + 1, kTime))) {
        take = false;  // "Thursday", "last week"
      } else if (i > begin && !c.is_capitalized(i) && c.low(i).size() > 4 &&
                 c.low(i).compare(c.low(i).size() - 2, 2, "ed") == 0 && c.is_word(i - 1) &&
                 !c.has(i - 1, kDet | kStop)) {
        take = false;  // "a poll released last week": a participle after the noun
      } else {
        // A verb of saying ends the phrase: "the military said it ...".
        uint32_t len = 0;
        // A cue word can still end the phrase as a noun ("local news
        // reports.", "the ruling,") or be part of a compound ("post-debate").
        // (Those asked only of a cue word: most words are none.)
        take = i == begin || c.is_capitalized(i) || !cue_at(c, i, ceil, &len);
        if (!take) {
          std::string_view w = c.low(i);
          bool next_word = i + 1 < ceil && (c.is_word(i + 1) || c.tok(i + 1).kind == TokenKind::kNumber);
          bool noun_like = (w.size() > 3 && w.back() == 's') || c.noun(i) != NounKind::kNone ||
                           (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0);
          bool compound = i + 1 < ceil && c.is_dash(i + 1) && attached_both_sides(c, i + 1);
          take = !next_word && (noun_like || compound);
        }
      }
    } else if (t.kind == TokenKind::kNumber) {
      take = true;
    } else if (t.kind == TokenKind::kPunct) {
      take = ((c.is_dash(i) || c.is(i, "/")) && attached_both_sides(c, i) && i > begin) ||
             abbreviation_period(c, i) || (c.is(i, "&") && i > begin);
    } else {
      take = i > begin && plural_possessive(c, i);
    }
    if (!take) break;
    ++i;
    ++steps;
  }
  // "Rep. Joseph Crowley (D-N.Y.)": a short parenthesis after the name.
  if (i > begin && i < ceil && c.is(i, "(")) {
    uint32_t k = i + 1;
    while (k < ceil && k - i < 8 && !c.is(k, ")")) ++k;
    if (k < ceil && c.is(k, ")")) i = k + 1;
  }
  TokRange r{begin, i};
  while (!r.empty() && (c.is(r.e - 1, "of") || c.is(r.e - 1, "and") || c.is(r.e - 1, "for") ||
                        (c.is_punct(r.e - 1) && !c.is(r.e - 1, ")")))) {
    if (abbreviation_period(c, r.e - 1)) break;
    --r.e;
  }
  return r;
}

bool is_source_phrase(const Context& c, TokRange np) {
  if (np.empty()) return false;
  uint32_t h = np.e - 1;
  if (c.is(h, ")")) {  // "Rep. Gwen Moore (D-Wis.)": the head is before the parenthesis
    while (h > np.b && !c.is(h, "(")) --h;
    if (h == np.b) return false;
    --h;
  }
  if (c.is(h, ".") && h > np.b) --h;  // "Jr."
  if (!c.is_word(h)) return false;
  if (c.has(h, kSubj | kRel)) return !(c.is(h, "there") || c.is(h, "you"));
  if (c.has(h, kStop | kAux | kDet)) return false;
  if (breaks_phrase_as_time(c, h)) return false;
  // A participle of a cue opening a phrase is no source: ", citing fears of
  // terrorism" (the verb "fears" after it); a noun is ("the only finding
  // that suggests").
  if (np.size() == 1 && c.next_cue_word(h) == h && ends_with(c.low(h), "ing") && h > 0 && !c.is_word(h - 1)) {
    return false;
  }
  return true;
}

uint32_t head_of(const Context& c, TokRange np) {
  for (uint32_t k = np.b + 1; k < np.e; ++k) {
    if (quantity_of(c, k)) continue;  // "many of her aides": the aides
    if (c.is_word(k) && !c.is(k, "and") && c.has(k, kStop) && links_noun_phrases(c, k)) return k - 1;
  }
  return np.e - 1;
}

Referent pronoun_of(const Context& c, TokRange np) {
  if (np.size() != 1 || !c.is_word(np.b)) return Referent::kNone;
  return c.pronoun(np.b);
}

bool contracted_aux(const Context& c, uint32_t k, uint32_t floor) {
  return c.is(k, "'s") && k > floor && c.is_word(k - 1) && c.has(k - 1, kSubj) && !c.is(k - 1, "it") &&
         !c.is(k - 1, "there") && !c.is(k - 1, "that");
}

namespace {

// A short time adjunct that ends at token `end` and stands between a subject
// and its verb: "Sanders on Tuesday said", "the senator last week said",
// "Cruz Wednesday announced", "who in 2010 said", "surveys late last month
// indicated". Returns its first token, or `end` when there is none. Alone
// (no "on", "this" ...), one time word must be a weekday: "the year said"
// holds none. A participle before it belongs to it ("a poll
// released Tuesday found"), so that the subject is the noun.
uint32_t time_adjunct_left(const Context& c, uint32_t end, uint32_t floor) {
  if (end <= floor + 1) return end;  // a subject must stay before it
  const uint32_t k = end - 1;
  uint32_t b = end;
  if (c.tok(k).kind == TokenKind::kNumber) {  // "in 2010"
    if (!(is_year(c, k) && k - 1 > floor && c.is(k - 1, "in"))) return end;
    b = k - 1;
  } else {
    if (!c.is_word(k) || !c.has(k, kTime)) return end;
    b = k;
    while (b - 1 > floor && k - b < 2 && c.is_word(b - 1) && c.has(b - 1, kTime)) --b;  // "late last month"
    const bool on = b - 1 > floor && c.is(b - 1, "on");
    if (on || (b - 1 > floor && c.has(b - 1, kTimeDet))) {
      --b;  // "on Tuesday", "this week"
    } else if (c.has(k, kDay) && c.is_capitalized(k) && b >= floor + 3 && c.is(b - 2, "on") &&
               c.is_capitalized(b - 1)) {
      b -= 2;  // "on Super Tuesday": the day's name is one
    } else if (b == k && !(c.has(k, kDay) && c.is_capitalized(k))) {
      return end;  // alone, only a weekday: "Cruz Wednesday announced"
    }
  }
  if (b - 1 > floor && c.is_word(b - 1) && !c.is_capitalized(b - 1) && c.roles(b - 1) == 0 &&
      ends_with(c.low(b - 1), "ed")) {
    --b;  // "released Tuesday", "conducted last week"
  }
  // Not after the verb of a relative clause: "Lawmakers who met Tuesday
  // said", where "met" would be taken for the source.
  const bool relative_verb = b >= floor + 2 && !may_end_subject(c, b - 1) && c.is_word(b - 2) &&
                             (c.has(b - 2, kRel | kSubj) || c.is(b - 2, "that"));
  return relative_verb ? end : b;
}

}  // namespace

AuxRun skip_aux_left(const Context& c, uint32_t cue, uint32_t floor) {
  AuxRun a;
  uint32_t j = cue, steps = 0;
  while (j > floor && steps < 6) {
    if (const uint32_t t = time_adjunct_left(c, j, floor); t < j) {
      j = t;
      ++steps;
      continue;
    }
    uint32_t k = j - 1;
    if (!c.is_word(k)) break;
    uint32_t r = c.roles(k);
    if (c.is(k, "to")) {
      a.to = true;
      break;
    }
    if (r & kBe) {
      a.be = true;
    } else if (r & kHave) {
      a.have = true;
    } else if (r & kAux) {
    } else if (contracted_aux(c, k, floor)) {
      // "he's claiming", "she's said": after a subject pronoun, "'s" is
      // "is" before a present participle and "has" before anything else.
      const std::string_view cw = c.low(cue);
      const bool ing = cw.size() > 4 && ends_with(cw, "ing");
      (ing ? a.be : a.have) = true;
    } else if ((r & kQuant) && k > floor && c.is_word(k - 1) && !c.has(k - 1, kDet | kStop)) {
      // "the candidates all said": the quantifier floats after the subject
    } else {
      std::string_view w = c.low(k);
      bool adverb = !c.is_capitalized(k) && w.size() > 4 && ends_with(w, "ly") &&
                    c.noun(k) == NounKind::kNone && !(k > floor && c.has(k - 1, kDet));
      if (!adverb) break;
    }
    j = k;
    a.verbal = true;
    ++steps;
  }
  a.start = j;
  return a;
}

uint32_t skip_adverbials(const Context& c, uint32_t i, uint32_t ceil) {
  uint32_t steps = 0, len_unused = 0;
  while (i < ceil && steps < 6) {
    ++steps;
    if (!c.is_word(i)) break;
    if (c.has(i, kTime) && !c.is(i, "again")) {
      ++i;
      continue;
    }
    // "complain bitterly that", "said repeatedly"
    std::string_view w = c.low(i);
    if (!c.is_capitalized(i) && w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 &&
        c.noun(i) == NounKind::kNone && (c.has(i + 1, kStop) || !c.is_word(i + 1))) {
      ++i;
      continue;
    }
    // "this week", "last month", "each day"
    if (c.has(i, kDet) && i + 1 < ceil && c.is_word(i + 1) && c.has(i + 1, kTime)) {
      i += 2;
      continue;
    }
    if (c.has(i, kPrep) || (c.is(i, "of") && i > 0 && cue_at(c, i - 1, i, &len_unused))) {
      if (approximate_subject(c, i, ceil)) break;
      uint32_t k = i + 1;
      if (c.is(i, "to") && !(k < ceil && (c.has(k, kDet) || c.is_capitalized(k) ||
                                          is_object_pronoun(c, k) || c.noun(k) != NounKind::kNone))) {
        break;  // "vowed to keep": an infinitive, not a phrase
      }
      uint32_t e = pp_object_end(c, k, ceil);
      if (e == k) break;
      i = e;
      continue;
    }
    break;
  }
  return i;
}

bool approximate_subject(const Context& c, uint32_t k, uint32_t ceil) {
  if (!c.has(k, kApprox)) return false;
  uint32_t m = k + 1;
  const bool bound = c.is(m, "least") || c.is(m, "most");  // "at least 8"
  if (c.is(k, "at") && !bound) return false;                 // "said at 10 a.m."
  if (bound) ++m;
  if (m >= ceil || c.tok(m).kind != TokenKind::kNumber) return false;
  // The number's phrase, then a verb: an auxiliary, or a past tense that
  // the phrase left out ("about 20 people have", "over 100 were"); not the
  // subject of a clause after a time phrase ("said over 100 times he would
  // win", "said about 2 weeks ago he would sue").
  const TokRange np = np_right(c, m, ceil);
  if (np.empty() || np.e >= ceil || !c.is_word(np.e)) return false;
  const uint32_t v = np.e;
  if (c.has(v, kAux | kBe | kHave | kFinite)) return true;
  return !c.is_capitalized(v) && !c.has(v, kStop | kDet | kSubj | kTime) && ends_with(c.low(v), "ed");
}

namespace {

// "but the BBC's North America editor Jon Sopel said", "and he noted", "but
// insisted": a clause with a cue of its own starts at token k (a
// coordinator, or with `tag` the comma of an inverted tag: ", a source
// said.", or of a named speaker's own clause: ", Ham also noted ...").
bool clause_with_cue(const Context& c, uint32_t k, uint32_t end, bool tag) {
  uint32_t m = k + 1;
  if (m >= end || !(c.is_word(m) || c.tok(m).kind == TokenKind::kNumber)) return false;
  // The cue comes after a subject of at most kMaxSubject tokens and at most
  // kMaxAux auxiliaries: without a cue word that close, no need to parse the
  // subject (asked of every comma and coordinator).
  constexpr uint32_t kMaxSubject = 10, kMaxAux = 3;
  if (c.next_cue_word(m) >= std::min(end, m + kMaxSubject + kMaxAux + 1)) return false;
  uint32_t len0 = 0;
  const CueVerb* direct = cue_at(c, m, end, &len0);
  bool named = false;  // the subject is a pronoun or a short name
  TokRange subj{m, m};  // the subject, empty when the clause names none of its own
  if (c.has(m, kSubj)) {
    if (c.is(m, "there") || c.is(m, "it")) return false;
    named = true;
    subj = TokRange{m, m + 1};
    ++m;
  } else if (!tag && (c.has(m, kAux) || (direct && !direct->base && !c.is_capitalized(m)))) {
    // "but insisted", "but has warned": no subject of its own (not "and
    // state law", a base form)
  } else {
    TokRange np = np_right(c, m, end);
    if (np.empty() || np.size() > kMaxSubject) return false;
    named = np.size() <= 4 && c.is_capitalized(np.e - 1);
    subj = np;
    m = np.e;
    if (tag && m < end && c.is(m, ",")) return false;  // an appositive: not a tag
  }
  const uint32_t before_aux = m;
  for (uint32_t s = 0; s < kMaxAux && m < end && c.is_word(m) && c.has(m, kAux); ++s) ++m;
  uint32_t len = 0;
  const CueVerb* v = m < end ? cue_at(c, m, end, &len) : nullptr;
  if (!v || v->ing || v->needs_have) return false;
  // A base form right after a singular subject is a noun: "and his rubble
  // comment was instead ..." ("and officials say", "and he will say" are
  // clauses).
  if (v->base && m == before_aux && !subj.empty() && !plural_subject(c, subj)) return false;
  // "and refused to drop the gun": a commitment or an action belongs to the
  // content; a verb of saying or thinking starts a new attribution, and so
  // does a verb of judging, the source's next act ("said he respects Clinton
  // and calls her 'an extremely intelligent woman'") or another's ("... and
  // Democrats accused the GOP of stoking the issue"). A commitment with a
  // subject of its own after a comma is the author's next clause, not the
  // content's: "said 20 people have shown interest, but he refuses to
  // discuss them" ("that the firm failed and it refused to pay" stays).
  const bool own_clause = !tag && !subj.empty() && k > 0 && c.is(k - 1, ",");
  if (v->cls == CueClass::kTo && !own_clause) return false;
  if (!tag) return true;
  if (named && !v->base) return true;
  uint32_t r = skip_adverbials(c, m + len, end);
  if (v->recipient && r < end && c.is_word(r)) {
    TokRange rc = np_right(c, r, end);
    if (!rc.empty() && rc.size() <= 6) r = skip_adverbials(c, rc.e, end);
  }
  return r >= end || c.is_final_punct(r) || c.closes(r) >= 0;
}

}  // namespace

bool starts_new_attribution(const Context& c, uint32_t i) {
  // Only ";", a comma, an em dash or a coordinator can start one, and the
  // question is asked of every token: most leave here.
  if (!may_start_new_attribution(c, i)) return false;
  uint32_t end = c.sentence_of(i).last;
  if (c.is(i, ";")) return true;
  // " — a metaphor for ...": a spaced em dash, not one of a pair around an
  // inserted phrase ("— from Italy, Poland and Spain —"), opens the author's
  // aside (a hyphen used as a dash is too often part of the content).
  if (c.is(i, "\xE2\x80\x94") && c.tok(i).has(kSpaceBefore) && i + 1 < end && c.tok(i + 1).has(kSpaceBefore)) {
    return c.first_spaced_dash(i + 1, end) < 0 && c.last_spaced_dash(c.sentence_of(i).first, i) < 0;
  }
  // ", though a review of records indicates ...": a concession of the author's.
  if (c.is(i, ",") && (c.is(i + 1, "though") || c.is(i + 1, "although") || c.is(i + 1, "whereas"))) {
    return true;
  }
  // ", which he said were at his side": a relative clause with its own cue.
  if (c.is(i, ",") && c.has(i + 1, kRel) && clause_with_cue(c, i + 1, end, false)) return true;
  // ", but stopped short of ...": the source's own next action, not the content.
  if (c.is(i, ",") && c.has(i + 1, kCoord) && i + 2 < end && c.is_word(i + 2) &&
      !c.is_capitalized(i + 2) && !c.has(i + 2, kDet | kSubj) &&
      ((c.low(i + 2).size() > 4 && c.low(i + 2).compare(c.low(i + 2).size() - 2, 2, "ed") == 0) ||
       c.has(i + 2, kHave | kBe) || c.is(i + 2, "will") || c.is(i + 2, "would"))) {
    return true;
  }
  // ", and want more government funding": the source's next act, a cue verb
  // right after the coordinator, with no subject of its own.
  if (c.is(i, ",") && c.has(i + 1, kCoord) && i + 2 < end && c.is_word(i + 2) && !c.is_capitalized(i + 2)) {
    uint32_t len = 0;
    if (cue_at(c, i + 2, end, &len)) return true;
  }
  if (c.is(i, ",") && i + 1 < end) {
    uint32_t len = 0;
    const CueVerb* v = cue_at(c, i + 1, end, &len);
    if (v && v->ing) return true;                      // ", adding that ..."
    if (adjunct_at(c, i + 1, end, &len)) return true;  // ", according to ..."
    if (clause_with_cue(c, i, end, true)) return true; // ", a source said."
  }
  return c.is_word(i) && c.has(i, kCoord) && clause_with_cue(c, i, end, false);
}

uint32_t content_end(const Context& c, uint32_t start) {
  if (start >= c.size()) return start;
  uint32_t end = c.sentence_of(start).last;
  uint32_t par_end = c.paragraph_tokens(c.sentence_of(start).paragraph).e;
  // At most kMaxContentTokens of the content's own words; quotations it
  // holds are jumped over and add their length.
  uint32_t budget = start + kMaxContentTokens;
  uint32_t i = start;
  for (int hops = 0; i < end && hops < 64; ++hops) {
    int q = c.opens(i);
    if (q >= 0) {
      uint32_t after = c.quotes[q].end();
      if (after > par_end) after = par_end;
      if (after > i + 1) {
        if (after - 1 >= end) end = c.sentence_of(after - 1).last;
        budget += after - i;
        i = after;
        if (i < end && c.is_content_stop(i)) break;  // “depleted” and says ...
        continue;
      }
    }
    uint32_t limit = end < budget ? end : budget;
    uint32_t j = c.next_event(i + 1);
    if (j >= limit) {
      i = limit;
      break;
    }
    i = j;
    if (c.opens(j) < 0) break;  // a stop: a new attribution starts here
  }
  uint32_t e = i;
  while (e > start && (c.is(e - 1, ",") || c.is(e - 1, ".") || c.is(e - 1, ";") ||
                       c.is(e - 1, ":") || c.is_dash(e - 1))) {
    --e;
  }
  if (e > start && c.has(e - 1, kCoord)) --e;  // "..., and" before a stop
  while (e > start && (c.is(e - 1, ",") || c.is_dash(e - 1))) --e;
  return e;
}

TokRange trim_punct(const Context& c, TokRange r) {
  auto junk = [&](uint32_t i) {
    return c.is(i, ",") || c.is(i, ";") || c.is(i, ":") || c.is_dash(i);
  };
  while (!r.empty() && junk(r.b)) ++r.b;
  while (!r.empty() && (junk(r.e - 1) || c.is(r.e - 1, "."))) --r.e;
  return r;
}

uint32_t count_words(const Context& c, TokRange r, uint32_t cap) {
  uint32_t n = 0;
  for (uint32_t i = r.b; i < r.e && n < cap; ++i) {
    if (c.is_word(i) || c.tok(i).kind == TokenKind::kNumber) ++n;
  }
  return n;
}

bool starts_verb_group(const Context& c, uint32_t i) {
  if (i >= c.size() || !c.is_word(i)) return false;
  if (c.has(i, kBe | kHave | kAux) && !c.has(i, kTime)) return true;
  uint32_t len = 0;
  return cue_at(c, i, c.size(), &len) != nullptr;
}

const CueVerb* cue_form_at(const Context& c, uint32_t i, uint32_t end, uint32_t* len,
                           const std::vector<CueVerb>& forms) {
  for (const CueVerb& v : forms) {
    uint32_t n = static_cast<uint32_t>(v.words.size());
    if (i + n > end) continue;
    bool ok = true;
    for (uint32_t k = 1; k < n && ok; ++k) ok = c.is_word(i + k) && c.low(i + k) == v.words[k];
    if (ok) {
      *len = n;
      return &v;
    }
  }
  return nullptr;
}

const AdjunctCue* adjunct_form_at(const Context& c, uint32_t i, uint32_t end, uint32_t* len,
                                  const std::vector<AdjunctCue>& forms) {
  for (const AdjunctCue& a : forms) {
    uint32_t n = static_cast<uint32_t>(a.words.size());
    if (i + n > end) continue;
    bool ok = true;
    for (uint32_t k = 1; k < n && ok; ++k) ok = c.is_word(i + k) && c.low(i + k) == a.words[k];
    if (ok) {
      *len = n;
      return &a;
    }
  }
  return nullptr;
}

}  // namespace newsann::claims
