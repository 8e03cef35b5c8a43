// Quotation marks: pairing, nesting, mismatches, typographic styles, and
// inputs that are mostly or only marks.
#include "claims_quotes.h"

#include <gtest/gtest.h>

#include <chrono>

#include "claims_test_util.h"

namespace newsann {
namespace {

using claims::pair_quotes;
using claims::Quote;
using testing::read_claims;

std::vector<std::string> inner_texts(const std::string& s) {
  Text t(s);
  std::vector<std::string> out;
  if (t.tokens.empty()) return out;
  for (const Quote& q : pair_quotes(t, 0, static_cast<uint32_t>(t.tokens.size()))) {
    out.emplace_back(t.str(t.tokens[q.first()].b, t.tokens[q.last() - 1].e));
  }
  return out;
}

// The form that is given the marks (the claims context's, for the whole
// text) pairs a range the same as the one that finds them, marks before the
// range and after it included in what it is given.
TEST(ClaimsQuotes, GivenTheWholeTextsMarksPairsARangeAsScanningDoes) {
  Text t("“One,” he said. ‘Two’ and \"three\" and ''four'' — “five” ends “six");
  std::vector<uint32_t> marks;
  for (uint32_t i = 0; i < t.tokens.size(); ++i) {
    if (t.tokens[i].kind == TokenKind::kQuote) marks.push_back(i);
  }
  ASSERT_GT(marks.size(), 10u);
  const uint32_t n = static_cast<uint32_t>(t.tokens.size());
  for (uint32_t b = 0; b < n; b += 3) {
    for (uint32_t e = b + 1; e <= n; e += 4) {
      std::vector<Quote> given;
      given.push_back(Quote{});  // appended after what is there
      const uint32_t* from = marks.data();
      while (from != marks.data() + marks.size() && *from < b) ++from;
      pair_quotes(t, b, e, from, static_cast<size_t>(marks.data() + marks.size() - from), &given);
      std::vector<Quote> scanned = pair_quotes(t, b, e);
      ASSERT_EQ(given.size(), scanned.size() + 1) << b << " " << e;
      for (size_t k = 0; k < scanned.size(); ++k) {
        EXPECT_EQ(given[k + 1].open, scanned[k].open);
        EXPECT_EQ(given[k + 1].close, scanned[k].close);
        EXPECT_EQ(given[k + 1].closed, scanned[k].closed);
      }
    }
  }
  EXPECT_EQ(pair_quotes(t, 0, n).size(), 6u);  // every style, and "six" runs to the end
}

TEST(ClaimsQuotes, PairsCurlyAndStraightMarks) {
  EXPECT_EQ(inner_texts("He said “yes” and then \"no\"."),
            (std::vector<std::string>{"yes", "no"}));
}

TEST(ClaimsQuotes, SingleQuotesInsideDoubleOnesBelongToTheOuterQuote) {
  EXPECT_EQ(inner_texts("“He told me ‘never again’ and left,” she said."),
            (std::vector<std::string>{"He told me ‘never again’ and left,"}));
}

TEST(ClaimsQuotes, SingleQuotesAloneAndApostrophesLeftAlone) {
  EXPECT_EQ(inner_texts("The union called it ‘a betrayal of workers’ rights’ on Monday."),
            (std::vector<std::string>{"a betrayal of workers’ rights"}));
  EXPECT_TRUE(inner_texts("The workers’ union and the teachers' union met in the '90s.").empty());
}

TEST(ClaimsQuotes, TwoApostrophesAreADoubleMark) {
  EXPECT_EQ(inner_texts("''It is over,'' said Mr. Hale."), (std::vector<std::string>{"It is over,"}));
  auto c = read_claims("''It is over,'' said Mr. Hale.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, "It is over,");
  EXPECT_EQ(c[0].source, "Mr. Hale");
}

TEST(ClaimsQuotes, UnclosedQuoteRunsToTheEndOfItsParagraph) {
  Text t("She said: “We will fight on and we will win\n\nNext paragraph.");
  std::vector<Quote> q = pair_quotes(t, 0, t.sentences[0].last);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].closed);
  EXPECT_EQ(t.str(t.tokens[q[0].last() - 1]), "win");
  auto c = read_claims("She said: “We will fight on and we will win\n\nNext paragraph.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, "We will fight on and we will win");
}

TEST(ClaimsQuotes, ASecondOpeningMarkEndsAnUnclosedQuote) {
  EXPECT_EQ(inner_texts("“First part “second part” end."),
            (std::vector<std::string>{"First part", "second part"}));
}

TEST(ClaimsQuotes, StrayClosingMarksAreIgnored) {
  EXPECT_TRUE(inner_texts("a review of his systems” including the heart.").empty());
  EXPECT_TRUE(read_claims("a review of his systems” including the heart, doctors said.").size() <= 1);
}

TEST(ClaimsQuotes, TextOfOnlyQuotationMarks) {
  for (const std::string s : {"“”", "\"\"\"\"", "''''''", "“ ” ‘ ’ \" '", "„“«»‹›", "\"", "“"}) {
    EXPECT_TRUE(inner_texts(s).empty()) << s;
    EXPECT_TRUE(read_claims(s).empty()) << s;
  }
  std::string many(200000, '"');
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(read_claims(many).empty());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(ClaimsQuotes, GermanAndFrenchMarks) {
  EXPECT_EQ(inner_texts("Er sagte „nein“ und «oui»."), (std::vector<std::string>{"nein", "oui"}));
}

}  // namespace
}  // namespace newsann
