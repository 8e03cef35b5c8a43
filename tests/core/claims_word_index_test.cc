// claims::WordIndex: a lookup finds a word only when the words are equal,
// not just their keys, on both sides of the 16 bytes a slot keeps inline
// (longer words compare against the stored word), and the slot carries the
// roles and cue flag it was built with.
#include "claims_word_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims_words.h"
#include "text.h"

namespace newsann::claims {
namespace {

TEST(ClaimsWordIndex, EqualKeysFindOnlyEqualWords) {
  std::vector<std::string> words;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> roles;
  std::vector<uint8_t> cue;
  for (size_t n = 1; n <= 24; ++n) {
    std::string w;
    for (size_t i = 0; i < n; ++i) w += static_cast<char>('a' + (i * 7 + n) % 26);
    words.push_back(w);
    keys.push_back(word_key(w));
    roles.push_back(static_cast<uint32_t>(n) * 3);
    cue.push_back(n % 2);
  }
  WordIndex index;
  index.build(words, keys, roles, cue);
  for (size_t v = 0; v < words.size(); ++v) {
    const std::string& w = words[v];
    const WordIndex::Hit* hit = index.find(w.data(), w.size(), keys[v]);
    ASSERT_NE(hit, nullptr) << w;
    EXPECT_EQ(hit->value, v);
    EXPECT_EQ(hit->roles, roles[v]);
    EXPECT_EQ(hit->opens_cue, cue[v]);
    for (size_t i = 0; i < w.size(); ++i) {
      std::string other = w;
      other[i] = static_cast<char>(other[i] ^ 0x20);  // same length, one byte off
      EXPECT_EQ(index.find(other.data(), other.size(), keys[v]), nullptr) << w << " at " << i;
    }
    // A prefix of the word under the word's key.
    EXPECT_EQ(index.find(w.data(), w.size() - 1, keys[v]), nullptr) << w;
  }
  const std::string absent = "zzzzzz";
  EXPECT_EQ(index.find(absent.data(), absent.size(), word_key(absent)), nullptr);
}

TEST(ClaimsWordIndex, WordsLookupAgreesWithTheLists) {
  const Words& words = Words::get();
  for (std::string_view w : {"said", "according", "the", "spokesman", "he", "and"}) {
    const WordIndex::Hit* hit = words.lookup(w.data(), w.size(), word_key(w));
    ASSERT_NE(hit, nullptr) << w;
    const WordInfo* info = words.info_of(*hit);
    EXPECT_EQ(hit->roles, info->roles) << w;
    EXPECT_EQ(hit->opens_cue != 0, info->cues != nullptr || info->adjuncts != nullptr) << w;
  }
  EXPECT_NE(words.info("said")->cues, nullptr);
  EXPECT_NE(words.info("according")->adjuncts, nullptr);
  EXPECT_TRUE(words.roles("the") & kDet);
  EXPECT_EQ(words.lookup("zebra", 5, word_key("zebra")), nullptr);
}

}  // namespace
}  // namespace newsann::claims
