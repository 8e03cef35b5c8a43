// Inputs that must finish fast, stay bounded and never cross a paragraph.
#include "claims.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "claims_test_util.h"

namespace newsann {
namespace {

using testing::read_claims;
using testing::ReadClaim;

// A one-million-character line: no sentence or paragraph end anywhere.
std::string long_line(const std::string& unit) {
  std::string s;
  s.reserve(1000000 + unit.size());
  while (s.size() < 1000000) s += unit;
  return s;
}

void expect_fast_and_bounded(const std::string& s) {
  auto start = std::chrono::steady_clock::now();
  std::vector<ReadClaim> c = read_claims(s);
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_LT(took, std::chrono::seconds(5)) << s.substr(0, 40);
  for (const ReadClaim& r : c) {
    // A content is one clause or one quotation, never the whole line.
    EXPECT_LT(r.content.size(), 5000u) << s.substr(0, 40);
  }
}

TEST(ClaimsRobustness, MillionCharacterLinesWithoutPunctuation) {
  expect_fast_and_bounded(long_line("word "));
  expect_fast_and_bounded(long_line("said "));
  expect_fast_and_bounded(long_line("the officials said that "));
  expect_fast_and_bounded(long_line("according to officials "));
  expect_fast_and_bounded(long_line("Smith told reporters he "));
  expect_fast_and_bounded(long_line("he said, "));
  expect_fast_and_bounded(long_line("\" said he \" "));
  expect_fast_and_bounded(long_line("“ "));
  expect_fast_and_bounded("He said “" + long_line("and "));
}

TEST(ClaimsRobustness, ManySentencesInOneParagraph) {
  std::string s;
  while (s.size() < 300000) s += "The plan failed, officials said. ";
  auto start = std::chrono::steady_clock::now();
  std::vector<ReadClaim> c = read_claims(s);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].content, "The plan failed");
  EXPECT_EQ(c.back().source, "officials");
}

TEST(ClaimsRobustness, ClaimsNeverCrossAParagraph) {
  std::string s =
      "Officials said that\n\nthe bridge was closed.\n\n"
      "“It started here\n\nand ended there,” she said.\n\n"
      "According to\n\npolice, nothing happened.";
  Text text(s);
  std::vector<Mention> mentions;
  for (const ClaimMention& c : find_claims(text, mentions)) {
    bool inside = false;
    for (const Paragraph& p : text.paragraphs) inside |= c.content.b >= p.b && c.content.e <= p.e;
    EXPECT_TRUE(inside) << testing::slice(s, c.content);
    if (c.source) {
      bool source_inside = false;
      for (const Paragraph& p : text.paragraphs) {
        source_inside |= c.source->b >= p.b && c.source->e <= p.e;
      }
      EXPECT_TRUE(source_inside);
    }
  }
}

TEST(ClaimsRobustness, EmptyBlankAndOddInputs) {
  EXPECT_TRUE(read_claims("").empty());
  EXPECT_TRUE(read_claims("\n\n \t\n").empty());
  EXPECT_TRUE(read_claims("said").empty());
  EXPECT_TRUE(read_claims(", said .").empty());
  EXPECT_TRUE(read_claims("according to").empty());
  EXPECT_TRUE(read_claims("According to ,").empty());
  EXPECT_TRUE(read_claims("\" ,\" said").empty());
  std::string nul("He said\0 that it\0 worked.", 25);
  read_claims(nul);  // must not crash
}

}  // namespace
}  // namespace newsann
