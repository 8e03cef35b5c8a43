// The figure lexicons' keys split into tokens: the short cut for plain keys
// must give what the text tokenizer gives, on every key of every lexicon.
#include "figures_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon.h"

namespace newsann::fig {
namespace {

TEST(FigureLexiconKeys, ShortCutAgreesWithTheTokenizerOnEveryKey) {
  size_t keys = 0, plain = 0;
  for (std::string_view lexicon : lexicon_names()) {
    if (lexicon == "ner_model") continue;  // feature names, no keys
    for (const LexiconEntry& e : lexicon_entries(lexicon)) {
      ++keys;
      bool word_fast = false, word_text = false;
      std::vector<std::string> by_text = key_tokens_by_text(e.key, &word_text);
      EXPECT_EQ(key_tokens(e.key, &word_fast), by_text) << lexicon << ": " << e.key;
      EXPECT_EQ(word_fast, word_text) << lexicon << ": " << e.key;
      plain += e.key.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ") ==
               std::string_view::npos;
    }
  }
  EXPECT_GT(keys, 5000u);
  EXPECT_GT(plain, keys / 3);  // the short cut is well covered
}

TEST(FigureLexiconKeys, OddKeysGoThroughTheTokenizer) {
  bool one_word = false;
  EXPECT_EQ(key_tokens("New Year's Day", &one_word),
            (std::vector<std::string>{"new", "year", "'s", "day"}));
  EXPECT_FALSE(one_word);
  EXPECT_EQ(key_tokens("km/h", &one_word), (std::vector<std::string>{"km", "/", "h"}));
  EXPECT_EQ(key_tokens("Million", &one_word), (std::vector<std::string>{"million"}));
  EXPECT_TRUE(one_word);
  EXPECT_EQ(key_tokens("$", &one_word), (std::vector<std::string>{"$"}));
  EXPECT_FALSE(one_word);  // one token, no word
  for (const char* odd : {"per  cent", " mid", "mid ", "", "a.m.", "\xC2\xA3"}) {
    bool fast = false, text = false;
    EXPECT_EQ(key_tokens(odd, &fast), key_tokens_by_text(odd, &text)) << odd;
    EXPECT_EQ(fast, text) << odd;
  }
}

}  // namespace
}  // namespace newsann::fig
