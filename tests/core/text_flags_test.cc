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

// Case flags against a reference that reads each ASCII word's letters here:
// words that are one lowercase run after their first letter (the
// tokenizer's short cut) and words that go on past it (a capital, an
// apostrophe, a letter outside ASCII), at the end of the text too.
TEST(TextFlags, CaseFlagsOfAsciiWordsWithAndWithoutTheShortCut) {
  const std::string texts[] = {
      "the Trump US A a eBay McDonald iPhone NATO's don't O'Brien cafés Ünited x",
      "Abc. aBC, ABC; abcdefghijK abcdefghij ABCDEFGHIJ Aé aé AB", "z", "Z", "ZZ", "zZ"};
  for (const std::string& s : texts) {
    Text t(s);
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      const std::string_view w = t.str(i);
      const bool letter_first = (w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z');
      if (t.tokens[i].kind != TokenKind::kWord || !letter_first) continue;  // (a possessive 's)
      int letters = 0, uppers = 0;
      bool inner = false, high = false;
      for (size_t k = 0; k < w.size(); ++k) {
        const char c = w[k];
        high = high || static_cast<unsigned char>(c) >= 0x80;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
        if (c >= 'A' && c <= 'Z') {
          ++uppers;
          inner = inner || k > 0;
        }
      }
      if (high) continue;  // letters outside ASCII: counted by the tokenizer's own tables
      const bool first_upper = w[0] >= 'A' && w[0] <= 'Z';
      EXPECT_EQ(t.tokens[i].has(kUpper), first_upper) << w << " in " << s;
      EXPECT_EQ(t.tokens[i].has(kLower), !first_upper) << w << " in " << s;
      EXPECT_EQ(t.tokens[i].has(kAllCaps), letters >= 2 && uppers == letters) << w << " in " << s;
      EXPECT_EQ(t.tokens[i].has(kInnerCap), inner) << w << " in " << s;
    }
  }
}

}  // namespace
}  // namespace newsann
