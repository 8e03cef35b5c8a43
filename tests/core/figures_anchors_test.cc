// The anchor rules (figures_anchors.h) against the anchor pattern itself:
// on every token of news text and of generated text full of the cases the
// rules must get right (Kelvin sign and long s, which (?i) folds to k and s;
// underscores and digits around \b; apostrophes in both forms; phrases run
// together; whitespace RE2's \s does not know), a token is an anchor for the
// rules exactly when an anchored match of the pattern covers it.
#include "figures_anchors.h"

#include <gtest/gtest.h>

#include <filesystem>
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
      // Inner apostrophes: phrase heads ("valentine", "o") and words no
      // phrase runs through; one-byte symbols and other punctuation.
      "valentine's", "valentine\xE2\x80\x99sday", "o\xE2\x80\x99" "clock", "O'Clock", "o'", "I'm",
      "presidents'", "president's", "mother's", "Day's", "rock'n'roll", "wo\xE2\x84\xAA'n",
      "\xC5\xBF't", "#", "%", "+", "&", "(", "US$", "$$",
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

// The rules on lexicons made up for the cases today's lexicons lack: a
// literal that runs on from letters into a digit ("h1n1"), a symbol of two
// characters whose first is no symbol ("€m"). Expectations by hand: RE2 is
// asked (kAsk) where the pattern could run on, never a wrong yes or no.
TEST(FigureAnchors, MadeUpLexiconsRunOnOnlyThroughWhatTheyHave) {
  AnchorRules rules({"h1n1", "\xE2\x82\xAC" "m", "\xC2\xA3"}, {{"presidents", "'", "day"}}, {}, {}, {});
  auto at = [&](const std::string& s) {
    Text text(s);
    return rules.at(text, 0, text.tokens.back().e);
  };
  using A = AnchorRules::Answer;
  EXPECT_EQ(at("h1n1 cases"), A::kAsk);   // "h" runs on into "h1n1" through the digit
  EXPECT_EQ(at("h, then"), A::kNo);       // ... not through a comma
  EXPECT_EQ(at("president\xE2\x80\x99s day"), A::kNo);  // the phrase has an "s" after "president"
  EXPECT_EQ(at("\xC2\xA3" "5"), A::kYes);  // a symbol of its own
  EXPECT_EQ(at("\xE2\x82\xAC" "5"), A::kAsk);  // only the start of "€m"
  EXPECT_EQ(at("don't"), A::kNo);         // no phrase runs through "don'"
}

// Real news: every text of the annotated sets beside the repository (the
// apostrophes, dollar signs and dates of hundreds of articles).
TEST(FigureAnchors, AgreeWithThePatternOnNewsArticles) {
  const std::string shared = std::string(NEWSANN_SOURCE_DIR) + "/../shared/eval/";
  Tally tally;
  size_t texts = 0;
  for (const char* set : {"dev", "polnear-dev"}) {
    std::error_code ec;  // a missing folder is an empty one (no exceptions in wasm)
    for (const auto& entry : std::filesystem::directory_iterator(shared + set, ec)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      std::stringstream ss;
      ss << in.rdbuf();
      compare(ss.str(), &tally);
      ++texts;
    }
  }
  if (texts == 0) GTEST_SKIP() << "no texts in " << shared;
  EXPECT_EQ(tally.mismatches, 0u) << tally.first_mismatch;
  EXPECT_GT(texts, 80u);
  EXPECT_LT(tally.asked * 200, tally.tokens) << tally.asked << " of " << tally.tokens << " tokens asked";
}

}  // namespace
}  // namespace newsann::fig
