// The tokenizer sets kNonAscii and kApostrophe while it scans (Text's
// lowercasing relies on them); they must say exactly what the bytes say.
#include <gtest/gtest.h>

#include <string>

#include "text.h"

namespace newsann {
namespace {

void expect_flags_match_bytes(const std::string& s) {
  Text t(s);
  ASSERT_FALSE(t.tokens.empty());
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    std::string_view w = t.str(i);
    bool high = false;
    for (unsigned char c : w) high = high || c >= 0x80;
    bool apostrophe = w.find('\'') != std::string_view::npos ||
                      w.find("\xE2\x80\x99") != std::string_view::npos;
    EXPECT_EQ(t.tokens[i].has(kNonAscii), high) << "token '" << w << "' in: " << s;
    EXPECT_EQ(t.tokens[i].has(kApostrophe), apostrophe) << "token '" << w << "' in: " << s;
    // low() is lower() of the token, and key() its word_key().
    EXPECT_EQ(t.low(i), lower(w)) << w;
    EXPECT_EQ(t.key(i), word_key(lower(w))) << w;
  }
}

// low_bytes() over whole tokens and the spaces between them is lower() of
// the range when no ’ was folded.
TEST(TextFlags, LowBytesOfARangeWithoutCurlyApostrophe) {
  const std::string s = "The U.S. Senate voted 52-48 on Tuesday; Zürich's MAYOR\tsaid NO.\n\nNew PARAGRAPH here";
  Text t(s);
  ASSERT_GT(t.tokens.size(), 10u);
  for (size_t a = 0; a < t.tokens.size(); a += 3) {
    for (size_t b = a; b < t.tokens.size(); b += 4) {
      const uint32_t from = t.tokens[a].b, to = t.tokens[b].e;
      EXPECT_EQ(t.low_bytes(from, to), lower(t.str(from, to))) << a << ".." << b;
    }
  }
}

TEST(TextFlags, ApostrophesAndNonAsciiBytes) {
  expect_flags_match_bytes("Don't say O'Brien's café isn’t naïve, ’twas 'quoted' “really” — Ålesund’s.");
  expect_flags_match_bytes("The Smiths' car; rock 'n' roll; ' alone ’ alone; l’Oréal and d'Artagnan.");
  expect_flags_match_bytes("ÉCOLE Zürich 1,234.5 €20 ½ 9:30 ВЛАДИМИР Путин ∑x eBay");
  expect_flags_match_bytes("'s ’s x's y’S 'S");
}

}  // namespace
}  // namespace newsann
