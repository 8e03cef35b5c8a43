// The anchor rules (figures_anchors.h) against the anchor pattern itself:
// on every token of news text and of generated text full of the cases the
// rules must get right (Kelvin sign and long s, which (?i) folds to k and s;
// underscores and digits around \b; apostrophes in both forms; phrases run
// together; whitespace RE2's \s does not know), a token is an anchor for the
// rules exactly when an anchored match of the pattern covers it.
#include "figures_anchors.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "figures_lexicon.h"
#include "text.h"

namespace newsann::fig {
namespace {

struct Tally {
  size_t tokens = 0, asked = 0, anchors = 0, mismatches = 0;
  std::string first_mismatch;
};

// Compares the rules with the pattern on every token of s.
void compare(const std::string& s, Tally* tally) {
  Text text(s);
  const FigureLexicon& lex = FigureLexicon::get();
  re2::StringPiece whole(text.s.data(), text.s.size()), m;
  for (const Paragraph& para : text.paragraphs) {
    size_t tb = text.sentences[para.first].first, te = text.sentences[para.last - 1].last;
    uint32_t endb = text.tokens[te - 1].e;
    for (size_t ti = tb; ti < te; ++ti) {
      const Token& t = text.tokens[ti];
      ++tally->tokens;
      bool expected = lex.anchors().Match(whole, t.b, endb, RE2::ANCHOR_START, &m, 1) &&
                      (t.kind != TokenKind::kWord ||
                       static_cast<size_t>(m.data() - text.s.data()) + m.size() >= t.e);
      tally->anchors += expected;
      AnchorRules::Answer a = lex.anchor_rules().at(text, ti, endb);
      if (a == AnchorRules::Answer::kAsk) {
        ++tally->asked;
        continue;
      }
      if ((a == AnchorRules::Answer::kYes) != expected) {
        if (tally->mismatches++ == 0) {
          tally->first_mismatch = std::string(text.str(t)) + " in \"" + s + "\"";
        }
      }
    }
  }
}

TEST(FigureAnchors, AgreeWithThePatternOnNews) {
  Tally tally;
  compare(
      "At least 8 people died and tens of thousands fled, officials said on Tuesday. The "
      "company paid $4.5bn (about £3.2bn) in the 1990s, up from a few hundred dollars in "
      "the '90s. In her early sixties, Ms Smith ran 30 km in a day; the end of June saw "
      "more than 500 arrests, nearly 20% of them in the capital. She turned 45 last week "
      "and, at 9:30 GMT, said the fund had risen twofold since mid-March, an estimated "
      "€2m. Half the voters - a third of them under 25 - backed the plan in their thirties.\n\n"
      "April Fools' Day, New Year's Eve and St. Patrick's Day fell on a Monday; a couple of "
      "days later, U.S.$3 bought a dozen eggs. In excess of 12,000 fans, upwards of half, "
      "came, according to the 2021 census. Atleast, morethan and upto are misspellings.",
      &tally);
  std::ifstream in(std::string(NEWSANN_SOURCE_DIR) + "/examples/belarus-border.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  compare(ss.str(), &tally);
  EXPECT_EQ(tally.mismatches, 0u) << tally.first_mismatch;
  EXPECT_GT(tally.anchors, 40u);
  // The rules answer nearly every token themselves.
  EXPECT_LT(tally.asked * 20, tally.tokens);
}

TEST(FigureAnchors, AgreeWithThePatternOnTrickyText) {
  // Pieces that meet at every kind of boundary when joined at random.
  const char* pieces[] = {
      "a", "an", "the", "in", "his", "her", "their", "early", "mid", "sixties", "teens",
      "\xE2\x84\xAA", "\xC5\xBF", "Kies", "wee\xE2\x84\xAA", "s", "k", "week", "weeK", "at",
      "least", "atleast", "more", "than", "one", "ONE", "oNe", "_", "1", "22", "'",
      "\xE2\x80\x99", " ", "  ", "\t", "\n", "\xC2\xA0", "$", "US", "u", ".", "\xE2\x82\xAC",
      "few", "couple", "April", "fools", "day", "new", "year", "o'clock", "don't", "x",
      "\xC3\xA9", "caf\xC3\xA9", "-", "thirties", "my", "eid", "al", "st", "patrick", "zero",
      "THE", "In", "1990s", "'90s", "\xE2\x80\x99" "90s", "r", "c", "hk", "nz", "half",
      "noon", "\xC2\xBD", "x_one", "one_", "one2", "Monday", "monday's", "\xE2\x84\xAA" "m",
      "tomorrow", "million", "5million", "\xE2\x80\x9C", "dozen", "excess", "of", "whit",
  };
  const size_t n = sizeof pieces / sizeof *pieces;
  std::mt19937 rng(20240611);
  Tally tally;
  for (int doc = 0; doc < 20000; ++doc) {
    std::string s;
    for (int k = 1 + static_cast<int>(rng() % 12); k > 0; --k) {
      s += pieces[rng() % n];
      if (rng() % 3) s += ' ';
    }
    compare(s, &tally);
  }
  EXPECT_EQ(tally.mismatches, 0u) << tally.first_mismatch;
  EXPECT_GT(tally.anchors, 10000u);
}

}  // namespace
}  // namespace newsann::fig
