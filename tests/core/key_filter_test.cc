// KeyFilter (key_filter.h): never says no to a key it holds, and says no to
// most others, the short function words included (FNV-1a's top bits alone
// are nearly the same for "in", "is", "of", "he": a filter on them would
// let all of those through).
#include "key_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text.h"

namespace newsann {
namespace {

TEST(KeyFilter, HoldsEveryKeyAdded) {
  KeyFilter f;
  std::vector<std::string> words;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) words.push_back(std::string{a, b, 'x'});
  }
  for (const std::string& w : words) f.add(word_key(w));
  for (const std::string& w : words) EXPECT_TRUE(f.maybe(word_key(w))) << w;
}

TEST(KeyFilter, TellsShortWordsApart) {
  KeyFilter f;
  f.add(word_key("in"));
  EXPECT_TRUE(f.maybe(word_key("in")));
  int passed = 0;
  for (const char* w : {"is", "of", "he", "it", "on", "at", "to", "an", "as", "if", "or", "be", "we"}) {
    passed += f.maybe(word_key(w)) ? 1 : 0;
  }
  EXPECT_EQ(passed, 0);
}

TEST(KeyFilter, LetsFewOthersThrough) {
  KeyFilter f;
  for (int i = 0; i < 1000; ++i) f.add(word_key("word" + std::to_string(i)));
  int passed = 0;
  for (int i = 0; i < 10000; ++i) passed += f.maybe(word_key("other" + std::to_string(i))) ? 1 : 0;
  EXPECT_LT(passed, 1000);  // about 6% expected with 1,000 keys in 16K bits
}

}  // namespace
}  // namespace newsann
