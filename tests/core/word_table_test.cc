// WordTable: a lookup finds a word only when the words are equal, not just
// their keys. Exhaustive over word lengths around the compare's 4- and
// 8-byte steps, with one byte changed at every position under the same key.
#include "word_table.h"

#include <gtest/gtest.h>

#include <string>

namespace newsann {
namespace {

TEST(WordTable, EqualKeysFindOnlyEqualWords) {
  WordTable<int> table;
  std::vector<std::string> words;
  for (size_t n = 0; n <= 24; ++n) {
    std::string w;
    for (size_t i = 0; i < n; ++i) w += static_cast<char>('a' + (i * 7 + n) % 26);
    words.push_back(w);
    table[w] = static_cast<int>(n) + 1;
  }
  for (const std::string& w : words) {
    const uint64_t key = word_key(w);
    const int* hit = table.find(w, key);
    ASSERT_NE(hit, nullptr) << w;
    EXPECT_EQ(*hit, static_cast<int>(w.size()) + 1);
    for (size_t i = 0; i < w.size(); ++i) {
      std::string other = w;
      other[i] = static_cast<char>(other[i] ^ 0x20);  // same length, one byte off
      EXPECT_EQ(table.find(other, key), nullptr) << w << " at " << i;
    }
    // A word of another length under the same key is another word too.
    EXPECT_EQ(table.find(w + "x", key), nullptr) << w;
  }
}

}  // namespace
}  // namespace newsann
