// The rules that settle a name's type where the context is sure of it
// (actors_rules.h).
#include "actors_rules.h"

#include <algorithm>
#include <string_view>

#include "claims_words.h"

namespace newsann {

namespace {

// Units [a, b) are a person's name, settled by a rule that is sure of it
// (Mention::settled), with the weight of a confident tag for the name
// memory's and harmonise_types' votes.
void settle_person(size_t a, size_t b, std::vector<uint8_t>* tags, std::vector<float>* margin,
                   std::vector<char>* settled) {
  constexpr float kSure = 10.0f;
  for (size_t k = a; k < b; ++k) {
    (*tags)[k] = kTagPer;
    (*margin)[k] = std::max((*margin)[k], kSure);
    (*settled)[k] = 1;
  }
}

// An honorific is followed by a person's name, whatever the tagger read in
// it: "Mr. Bashir", "Dr Chen", "Sir Alex Ferguson" (a surname alone, after
// "said" or before a verb, is the tagger's weak spot). The name is the
// tagged run after the honorific, or its capitalised words when untagged;
// the honorific itself, if tagged, joins the person (trim() drops it).
void honorific_names(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<float>* margin,
                     std::vector<char>* settled) {
  if (!(v.gaz_any & kGazHonorific)) return;  // most sentences
  const size_t n = v.units.size();
  // (info.gaz holds the gazetteer classes of every capitalised unit.)
  for (size_t i = 0; i + 1 < n; ++i) {
    const Unit& u = v.units[i];
    if (!(v.info[i].gaz & kGazHonorific) || !u.has(kUnitCap) || (u.has(kUnitAllCaps) && !v.all_caps)) {
      continue;
    }
    size_t j = i + 1;
    if (v.info[j].low == "." && j + 1 < n) ++j;
    if (!capitalised_word(v, j) || (v.info[j].gaz & kGazTitle)) {
      continue;  // "Mr. President", "Dr. and Mrs. Smith": nothing to type here
    }
    const uint8_t was = (*tags)[j];
    size_t e = j;
    while (e < n && e - j < 4 && (was != kTagO ? (*tags)[e] == was : capitalised_word(v, e))) ++e;
    size_t from = (*tags)[i] != kTagO ? i : j;
    if (i > 0 && (*tags)[i - 1] != kTagO &&
        ((*tags)[i - 1] != kTagPer || (v.info[i - 1].gaz & kGazPlaceName))) {
      // "Vermont Sen. Bernie Sanders", "Ohio Gov. John Kasich": the place
      // before the title keeps a name of its own.
      for (size_t k = i; k < j; ++k) (*tags)[k] = kTagO;
      from = j;
    }
    settle_person(from, e, tags, margin, settled);
    i = e - 1;
  }
}

// A nationality in brackets follows a person: "Asa Carlsson ( Sweden )",
// "Nele Zilinskiene (Lithuania) 1.91" in results, "Peter Nicol (Scotland)".
// The name is a tagged run of two or three capitalised words that the
// lexicons do not know (one word may be a club: "Dinamo (Russia)"); the
// tagger, seeing a country next to it, often reads an organisation.
void bracketed_nationality_names(const SentenceView& v, std::vector<uint8_t>* tags,
                                 std::vector<float>* margin, std::vector<char>* settled) {
  // (A geographic head may be a surname, "Anthony Hill"; a company suffix
  // only ends a name, "ASA": "Asa Carlsson".)
  constexpr uint32_t kNotAPersonsWord =
      kGazOrgHead | kGazOrg | kGazPlaceName | kGazDemonym | kGazTitle;
  constexpr uint8_t kPlaceStart = static_cast<uint8_t>(PhraseKind::kPlace) * 2;  // a PhraseCode
  const size_t n = v.units.size();
  for (size_t p = 2; p + 2 < n; ++p) {
    if (v.info[p].low != "(") continue;
    const size_t q = p + 1;
    if (!(v.info[q].gaz & kGazCountry) && v.info[q].phrase != kPlaceStart) continue;
    size_t r = q + 1;
    while (r < n && (v.info[r].phrase & 1)) ++r;
    if (r >= n || v.info[r].low != ")") continue;
    size_t a = p;
    while (a > 0 && p - a < 4 && (*tags)[a - 1] != kTagO && capitalised_word(v, a - 1)) --a;
    if (p - a < 2 || p - a > 3 || (a > 0 && (*tags)[a - 1] != kTagO)) continue;
    bool plain = phrase_kind(v, a, p) == PhraseKind::kNone && !(v.info[p - 1].gaz & kGazOrgSuffix);
    for (size_t k = a; k < p; ++k) plain = plain && !(v.info[k].gaz & kNotAPersonsWord) && !(*settled)[k];
    if (plain) settle_person(a, p, tags, margin, settled);
  }
}

// A person's role in apposition follows a person: "Ajmi Lourimi, a member
// of Ennahda's general secretariat", "Wade Bassi, the company's spokesman".
// The name is a tagged run of two or three capitalised words the lexicons
// do not know as a place or an organisation, then a comma, an article and,
// among the four words after it, a title or role (person_titles.txt) or
// "member"; an untagged capitalised word opening the sentence before the
// run is the given name the tagger left out ("Ajmi").
void appositive_role_names(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<float>* margin,
                           std::vector<char>* settled) {
  const Gazetteer& gz = Gazetteer::get();
  const size_t n = v.units.size();
  for (size_t c = 1; c + 2 < n; ++c) {
    if (v.info[c].low != "," || (*tags)[c - 1] == kTagO || (*settled)[c - 1]) continue;
    const std::string_view det = v.info[c + 1].low;
    if (det != "a" && det != "an" && det != "the") continue;
    // The role ends its noun phrase: "a member of", "the company's
    // spokesman,", not "a private investment firm", "an event Obama first
    // organised".
    auto ends_phrase = [&](size_t k) {
      if (k >= n) return true;
      const std::string_view w = v.info[k].low;
      return !v.units[k].has(kUnitWord) || w == "of" || w == "for" || w == "at" || w == "with" ||
             w == "and" || w == "who" || w == "in" || w == "to";
    };
    bool role = false;
    for (size_t k = c + 2; k < n && k < c + 6 && !role; ++k) {
      if (!v.units[k].has(kUnitWord)) break;
      role = (v.info[k].low == "member" ||
              (v.units[k].has(kUnitLower) && (gz.word_hash(v.info[k].key) & kGazTitle))) &&
             ends_phrase(k + 1);
    }
    if (!role) continue;
    const uint8_t tag = (*tags)[c - 1];
    size_t a = c - 1;
    while (a > 0 && (*tags)[a - 1] == tag && c - a < 3) --a;
    if (a > 0 && (*tags)[a - 1] != kTagO) continue;  // a longer run: not a plain name
    // (Not a function word nor a word the text also writes in lowercase:
    // "But Cruz, an ultra-conservative senator", "While Sanders, the".)
    if (a == 1 && v.units[0].has(kUnitFirst) && capitalised_word(v, 0) && !(v.info[0].gaz & ~kGazGiven) &&
        !(v.info[0].docflags & 1) && !is_sentence_function_word(v, 0)) {
      a = 0;
    }
    if (c - a < 2 || phrase_kind(v, a, c) != PhraseKind::kNone) continue;
    bool plain = true;
    for (size_t k = a; k < c; ++k) {
      plain = plain && capitalised_word(v, k) &&
              !(v.info[k].gaz & (kGazOrgHead | kGazOrgSuffix | kGazOrg | kGazPlace | kGazCountry | kGazTitle));
    }
    if (plain) settle_person(a, c, tags, margin, settled);
  }
}

// "the Yugoslav news agency Tanjug", "mineral water firm Multico", "the
// official newspaper Granma": a name right after a noun for a kind of
// organisation (org_words.txt, "class" and "press") is one, whatever the
// tagger read (a person, mostly). Only after a modifier of the noun ("news
// agency", "Polish daily"): after a determiner the name may be a reduced
// relative's subject ("the company Smith founded"). And "Liberte newspaper
// said": a publication's name the tagger read as a person's, right before
// the noun. Not a country: "the team Brazil" is a
// national side, which GUIDELINES.md types by its country.
void class_noun_names(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<char>* settled) {
  const size_t n = v.units.size();
  const Gazetteer& gaz = Gazetteer::get();
  // A modifier: a demonym, or a lowercase word that is no determiner,
  // preposition or other function word (claim_function_words.txt).
  auto modifier = [&](size_t k) {
    if (!v.units[k].has(kUnitWord) || v.units[k].has(kUnitPossessive)) return false;
    if (v.units[k].has(kUnitCap)) return (v.info[k].gaz & kGazDemonym) != 0;
    const std::string_view w = v.info[k].low;
    return w.size() >= 3 && !(claims::Words::get().roles(w) & (claims::kDet | claims::kStop | claims::kAux));
  };
  // Not a person's name: none that opens with a given name ("the private
  // equity firm Mitt Romney founded", "A Rupert Murdoch tabloid"; a
  // participle after the name tells no more: "the news agency Tanjug
  // reported").
  auto type_org = [&](size_t a, size_t b) {
    if (v.info[a].gaz & kGazGiven) return;
    for (size_t k = a; k < b; ++k) {
      if ((*settled)[k] || (v.info[k].gaz & kGazCountry)) return;
    }
    for (size_t k = a; k < b; ++k) (*tags)[k] = kTagOrg, (*settled)[k] = 1;
  };
  for (size_t i = 0; i < n; ++i) {
    // Asked of a lowercase word next to a capitalised one only: the
    // lexicon lookup is the costly part.
    if (!v.units[i].has(kUnitLower) || v.units[i].has(kUnitPossessive)) continue;
    const bool before_name = i + 1 < n && (*tags)[i + 1] != kTagO;
    const bool after_person = i > 0 && (*tags)[i - 1] == kTagPer;
    if (!before_name && !after_person) continue;
    const uint32_t cls = gaz.word_hash(v.info[i].key);
    if (!(cls & kGazOrgClass)) continue;
    if (before_name && i > 0 && modifier(i - 1)) {
      size_t b = i + 2;
      while (b < n && (*tags)[b] == (*tags)[i + 1] && b - i <= 4) ++b;
      if (!(b - i == 2 && is_calendar_word(v, i + 1))) type_org(i + 1, b);
    } else if (after_person && (cls & kGazPress)) {
      size_t a = i - 1;
      while (a > 0 && (*tags)[a - 1] == kTagPer && i - a < 4) --a;
      type_org(a, i);
    }
  }
}

// A cricket scorecard's players, whom the tagger, among the numbers of a
// results line, reads as teams: a name after the notation of a dismissal
// ("Saeed Anwar c Stewart b Gough 33", "lbw b Gough 4", "st"), and a
// bowler's name before an analysis of four numbers ("Gough 8-0-39-3").
void scorecard_players(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<float>* margin,
                       std::vector<char>* settled) {
  const size_t n = v.units.size();
  for (size_t i = 0; i < n; ++i) {
    if (!capitalised_word(v, i) || (*settled)[i]) continue;
    size_t b = i + 1;
    while (b < n && capitalised_word(v, b) && b - i < 3) ++b;
    bool player = false;
    if (i > 0 && v.units[i - 1].has(kUnitLower)) {
      const std::string_view w = v.info[i - 1].low;
      player = w == "b" || w == "c" || w == "st" || w == "lbw";
    }
    if (!player && b < n && v.units[b].has(kUnitNumber)) {
      // (One unit: the tokens of "8-0-39-3" are attached.) Overs, maidens,
      // runs and wickets: at most 2, 2, 3 and 2 digits (overs may have a
      // decimal), wickets at most 10. Not "A 43-year-old-man", nor a
      // phone number: "Lifeline 1-800-273-8255".
      const std::string_view w = v.info[b].low;
      size_t part = 0, digits = 0, value = 0;
      player = true;
      for (size_t j = 0; j <= w.size() && player; ++j) {
        if (j == w.size() || w[j] == '-') {
          static constexpr size_t kMaxDigits[4] = {2, 2, 3, 2};
          player = part < 4 && digits >= 1 && digits <= kMaxDigits[part] && (part != 3 || value <= 10);
          ++part, digits = 0, value = 0;
        } else if (w[j] >= '0' && w[j] <= '9') {
          ++digits, value = value * 10 + static_cast<size_t>(w[j] - '0');
        } else if (!(w[j] == '.' && part == 0)) {
          player = false;
        }
      }
      player = player && part == 4;
    }
    if (player) settle_person(i, b, tags, margin, settled);
    i = b - 1;
  }
}

// Units [a, b) name a team, an organisation (marked in `team`), unless they
// are a country (national teams are named by their country), a person or a
// title: the results rules below share these exceptions.
void type_team(const SentenceView& v, size_t a, size_t b, std::vector<uint8_t>* tags, std::vector<char>* team) {
  bool person = false, country = false;
  for (size_t k = a; k < b; ++k) {
    person = person || (*tags)[k] == kTagPer;
    country = country || (v.info[k].gaz & (kGazCountry | kGazDemonym));
  }
  if (b - a == 1 && (v.info[a].phrase / 2) == static_cast<uint8_t>(PhraseKind::kPlace) && (v.info[a].gaz & kGazCountry)) {
    country = true;
  }
  if (person || country || (Gazetteer::get().word_hash(v.info[a].key) & kGazTitle)) return;
  for (size_t k = a; k < b; ++k) (*tags)[k] = kTagOrg, (*team)[k] = 1;
}

// Results lines ("Pohang 1 Chonbuk 0", "Essex 372 and 226-7"): a name right
// before a score there is a team (type_team).
void type_teams_in_results(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<char>* team) {
  const size_t n = v.units.size();
  // A score ends there: "Pohang 1 Chonbuk 0", "Essex 372 and 226-7",
  // "Jets 2, Predators 1", where "Artemis 2 in 2022" and "Artemis 3
  // mission" number a name.
  auto score_ends = [&](size_t k) {
    return k >= n || !v.units[k].has(kUnitWord) || !v.units[k].has(kUnitLower) || v.info[k].low == "and";
  };
  // A year is no score: "Carter in Iowa 1976 and McCain in New Hampshire".
  auto year = [&](size_t k) {
    const std::string_view w = v.info[k].low;
    return w.size() == 4 && (w.substr(0, 2) == "18" || w.substr(0, 2) == "19" || w.substr(0, 2) == "20");
  };
  // Names (tagged or capitalised words) directly followed by a number.
  std::vector<std::pair<size_t, size_t>> scored;
  for (size_t i = 0; i < n;) {
    if (!capitalised_word(v, i) && (*tags)[i] == kTagO) {
      ++i;
      continue;
    }
    size_t b = i + 1;
    while (b < n && ((*tags)[b] != kTagO || capitalised_word(v, b)) && b - i < 4) ++b;
    if (b < n && v.units[b].has(kUnitNumber) && !year(b) && score_ends(b + 1)) scored.emplace_back(i, b);
    i = b;
  }
  if (scored.size() < 2) return;
  for (auto [a, b] : scored) type_team(v, a, b, tags, team);
}

// Fixtures: "Birmingham v Barnsley", "Postponed : East Fife v Clydebank",
// and a schedule's lines, "KANSAS CITY AT DETROIT" (a whole line: "at" is
// too common a word): the names either side of "v" are teams (type_team),
// and the visitors before "at" (after it, the venue: CoNLL-2003 types it a
// place). Not "v." with its period, a court case's: "Roe v. Wade".
void type_fixtures(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<char>* team) {
  const size_t n = v.units.size();
  auto name_before = [&](size_t k) {  // start of the capitalised words ending before k
    size_t a = k;
    while (a > 0 && k - a < 3 && capitalised_word(v, a - 1)) --a;
    return a;
  };
  auto name_after = [&](size_t k) {  // end of the capitalised words starting at k
    size_t b = k;
    while (b < n && b - k < 3 && capitalised_word(v, b)) ++b;
    return b;
  };
  for (size_t k = 1; k + 1 < n; ++k) {
    const std::string_view w = v.info[k].low;
    const bool versus = (w == "v" || w == "vs") && v.info[k + 1].low != ".";
    const bool at = w == "at" && k + 1 < n && v.units[k].has(kUnitAllCaps);
    if (!versus && !at) continue;
    const size_t a = name_before(k), b = name_after(k + 1);
    if (a == k || b == k + 1) continue;
    if (at && (a != 0 || (b != n && !(b + 1 == n && v.units[b].has(kUnitPunct))))) continue;
    type_team(v, a, k, tags, team);
    if (versus) {
      type_team(v, k + 1, b, tags, team);
    } else {  // after "at", the venue: a place, apart from the team
      (*tags)[k] = kTagO;
      for (size_t j = k + 1; j < b; ++j) (*tags)[j] = kTagLoc, (*team)[j] = 1;
    }
  }
}

// The leading name of a table row is a team (see table_rows).
void type_table_row(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<char>* team) {
  size_t b = 0;
  while (b < v.units.size() && v.units[b].has(kUnitWord)) ++b;
  if (b > 0) type_team(v, 0, b, tags, team);
}

}  // namespace

// Standings tables: lines that are each a name and then only numbers
// ("BALTIMORE 70 63 .526 4", "Leicestershire 17 7 3 ... 215"), three or more
// in a row, list teams (type_team). One such line alone is
// no table ("Dow Jones 5,000"). Returns, per sentence, whether it is a row.
std::vector<char> table_rows(const Text& text) {
  const size_t n = text.sentences.size();
  std::vector<char> row(n, 0);
  for (size_t si = 0; si < n; ++si) {
    const Sentence& s = text.sentences[si];
    // A row is a whole line: the next sentence starts a new line.
    if (si + 1 < n && !text.tokens[text.sentences[si + 1].first].has(kNewlineBefore) &&
        !text.tokens[text.sentences[si + 1].first].has(kParagraphStart)) {
      continue;
    }
    uint32_t k = s.first, words = 0, numbers = 0;
    // Capitalised words, then a space: "M1 63.02 62.83" (a word and a
    // number run together) is a table of money supply, not teams.
    while (k < s.last && text.tokens[k].kind == TokenKind::kWord && text.tokens[k].has(kUpper)) ++k, ++words;
    if (words == 0 || words > 4 || (k < s.last && !text.tokens[k].has(kSpaceBefore))) continue;
    bool only_numbers = true;
    for (; k < s.last && only_numbers; ++k) {
      const Token& t = text.tokens[k];
      if (t.kind == TokenKind::kNumber) {
        ++numbers;
      } else if (t.kind != TokenKind::kPunct) {
        only_numbers = false;
      }
    }
    row[si] = only_numbers && numbers >= 2;
  }
  // Keep runs of three or more consecutive rows (a heading line between two
  // runs, "CENTRAL DIVISION", ends a run).
  for (size_t a = 0; a < n;) {
    if (!row[a]) {
      ++a;
      continue;
    }
    size_t b = a;
    while (b < n && row[b]) ++b;
    if (b - a < 3) std::fill(row.begin() + static_cast<long>(a), row.begin() + static_cast<long>(b), 0);
    a = b;
  }
  return row;
}

void settle_names(const SentenceView& v, bool table_row, std::vector<uint8_t>* tags, std::vector<float>* margin,
                  std::vector<char>* settled) {
  settled->assign(v.units.size(), 0);
  honorific_names(v, tags, margin, settled);
  // Scorecards and fixtures are lines of names, with half their words or
  // more capitalised, where prose has a fifth: most sentences skip the two
  // scans (run on every sentence they cost 1.1% of annotate()'s
  // instructions on the example article, more in wasm).
  const bool name_lines = 2 * v.capwords >= v.words;
  if (name_lines) scorecard_players(v, tags, margin, settled);
  type_teams_in_results(v, tags, settled);
  if (name_lines) type_fixtures(v, tags, settled);
  bracketed_nationality_names(v, tags, margin, settled);
  appositive_role_names(v, tags, margin, settled);
  class_noun_names(v, tags, settled);
  if (table_row) type_table_row(v, tags, settled);
}

}  // namespace newsann
