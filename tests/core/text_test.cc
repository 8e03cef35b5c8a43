#include "text.h"

#include <gtest/gtest.h>

namespace newsann {
namespace {

std::vector<std::string> words(const Text& t) {
  std::vector<std::string> out;
  for (const Token& k : t.tokens) out.emplace_back(t.str(k));
  return out;
}

TEST(Text, TokenizesWordsNumbersPossessivesAndQuotes) {
  Text t("“We’re here,” said Clinton’s aide on Sept. 11, 2001, paying $1,234.50.");
  std::vector<std::string> want = {"“", "We’re", "here", ",", "”", "said", "Clinton", "’s",
                                   "aide", "on", "Sept", ".", "11", ",", "2001", ",", "paying",
                                   "$", "1,234.50", "."};
  EXPECT_EQ(words(t), want);
  EXPECT_EQ(t.tokens[0].kind, TokenKind::kQuote);
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kQuote);
  EXPECT_EQ(t.tokens[18].kind, TokenKind::kNumber);
  EXPECT_TRUE(t.tokens[6].has(kUpper));
}

// Runs of lowercase letters are scanned eight bytes at a time: a word must
// end (or go on) at the same byte wherever in those eight its run stops.
TEST(Text, LongLowercaseRunsEndWhereverTheirEightByteBlockStops) {
  Text t("abcdefghijklmnopq, abcdefgH abcdefghé abcdefgh1 abcdefg_x internationalisation");
  std::vector<std::string> want = {"abcdefghijklmnopq", ",", "abcdefgH", "abcdefghé", "abcdefgh",
                                   "1", "abcdefg", "_", "x", "internationalisation"};
  EXPECT_EQ(words(t), want);
  EXPECT_TRUE(t.tokens[2].has(kInnerCap));   // the capital after seven lowercase letters
  EXPECT_FALSE(t.tokens[2].has(kAllCaps));
  EXPECT_TRUE(t.tokens[3].has(kNonAscii));   // é right after an eight-byte block
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kWord);
  EXPECT_EQ(t.tokens[5].kind, TokenKind::kNumber);
  EXPECT_EQ(t.low(9), "internationalisation");
  Text caps("ABCDEFGHIJ Xabcdefghijk");
  EXPECT_TRUE(caps.tokens[0].has(kAllCaps));
  EXPECT_FALSE(caps.tokens[1].has(kAllCaps));
}

TEST(Text, SplitsSentencesButNotAfterAbbreviationsOrInitials) {
  Text t("Mr. Smith met J. R. Jones in the U.S. on Friday. They talked! Did it work? Yes.");
  ASSERT_EQ(t.sentences.size(), 4u);
  EXPECT_EQ(t.str(t.sentences[0].b, t.sentences[0].e),
            "Mr. Smith met J. R. Jones in the U.S. on Friday.");
  EXPECT_EQ(t.str(t.sentences[3].b, t.sentences[3].e), "Yes.");
}

TEST(Text, AnInitialsPeriodEndsTheSentenceBeforeAPronounOrThe) {
  // "the U.S. They ...": a capitalised pronoun or "The" never continues a
  // name after an initial, so the period there ends a sentence; a name still
  // continues ("J. R. Jones", "U.S. Senate"), and so does a title ("vs. The
  // State": "vs" is an abbreviation, not an initial).
  Text t("Few enter the U.S. They wait. He met J. R. Jones at the U.S. Senate in Washington D.C. The end. "
         "Das Volk vs. The State.");
  ASSERT_EQ(t.sentences.size(), 5u);
  EXPECT_EQ(t.str(t.sentences[0].b, t.sentences[0].e), "Few enter the U.S.");
  EXPECT_EQ(t.str(t.sentences[2].b, t.sentences[2].e), "He met J. R. Jones at the U.S. Senate in Washington D.C.");
  EXPECT_EQ(t.str(t.sentences[4].b, t.sentences[4].e), "Das Volk vs. The State.");
}

TEST(Text, NoBeforeANumberIsNoSentenceEnd) {
  // "No." numbers what follows; a lowercase "no." still ends a sentence.
  Text t("Cornyn, the No. 2 Republican, agreed. He said no. 2 more came.");
  ASSERT_EQ(t.sentences.size(), 3u);
  EXPECT_EQ(t.str(t.sentences[0].b, t.sentences[0].e), "Cornyn, the No. 2 Republican, agreed.");
  EXPECT_EQ(t.str(t.sentences[1].b, t.sentences[1].e), "He said no.");
}

TEST(Text, BlankLinesArePargraphBoundariesThatSentencesNeverCross) {
  Text t("First paragraph has no final stop\n\nSecond one.\nThird line.");
  ASSERT_EQ(t.paragraphs.size(), 2u);
  ASSERT_EQ(t.sentences.size(), 3u);
  EXPECT_EQ(t.sentences[0].paragraph, 0u);
  EXPECT_EQ(t.sentences[1].paragraph, 1u);
  EXPECT_TRUE(t.tokens[t.sentences[1].first].has(kParagraphStart));
}

TEST(Text, ControlCharactersAndNulSeparateTokens) {
  std::string s("a\0b\x01" "c", 5);
  Text t(s);
  EXPECT_EQ(words(t), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(Text, NonLatinLettersFormWords) {
  Text t("Łukaszenka i Лукашенко 習近平.");
  EXPECT_EQ(words(t), (std::vector<std::string>{"Łukaszenka", "i", "Лукашенко", "習近平", "."}));
  EXPECT_TRUE(t.tokens[0].has(kUpper));
  EXPECT_TRUE(t.tokens[2].has(kUpper));
}

TEST(Text, EmptyAndBlankInputs) {
  EXPECT_TRUE(Text("").tokens.empty());
  EXPECT_TRUE(Text(" \n\n\t ").sentences.empty());
  EXPECT_TRUE(Text(" \n\n\t ").paragraphs.empty());
}

// lower_into() lowers eight bytes a step until a byte outside ASCII (or a
// period to drop): every case at every position of strings of every length
// up to 24, against a byte-by-byte reference written here.
TEST(Text, LowerIntoMatchesByteByByteLoweringAtEveryPosition) {
  auto reference = [](const std::string& s, bool drop_periods) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '.' && drop_periods) continue;
      if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
        out += '\'';
        i += 2;
        continue;
      }
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return out;
  };
  const std::string specials[] = {".", "\xE2\x80\x99", "\xC3\x89", "Z", "@", "[", "`", "{"};
  std::string out;
  for (size_t len = 0; len <= 24; ++len) {
    for (size_t at = 0; at <= len; ++at) {
      for (const std::string& special : specials) {
        std::string s;
        for (size_t k = 0; k < len; ++k) s += static_cast<char>((k % 2 ? 'A' : 'a') + k % 26);
        if (at < len) s.replace(at, 1, special);
        for (bool drop : {false, true}) {
          lower_into(s, &out, drop);
          ASSERT_EQ(out, reference(s, drop)) << s << " drop " << drop;
        }
      }
    }
  }
}

// token_at(b) is the first token starting at or after b: against a scan,
// for every byte of texts of several lengths (an even and an odd number of
// tokens, one token, none) and past the end.
TEST(Text, TokenAtIsTheFirstTokenStartingAtOrAfterAByte) {
  const std::string texts[] = {"", "x", "a b", "Mr. Smith, 52, said: “no.”", "one two three four five"};
  for (const std::string& s : texts) {
    Text t(s);
    for (uint32_t b = 0; b <= s.size() + 2; ++b) {
      size_t want = 0;
      while (want < t.tokens.size() && t.tokens[want].b < b) ++want;
      EXPECT_EQ(t.token_at(b), want) << "byte " << b << " of '" << s << "'";
    }
  }
}

}  // namespace
}  // namespace newsann
