#include "ner_tagger.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ner_model_codec.h"

namespace newsann {
namespace {

// A model text in the format of ner_model_codec.h: names, then the weights.
std::string model(float scale, const std::vector<std::string>& names, const std::vector<int>& weights) {
  std::string text = "# test model\nscale\t" + std::to_string(scale) + "\ntags\tO PER ORG LOC MISC\n";
  for (const std::string& n : names) text += n + "\n";
  text += "weights\t";
  for (int w : weights) ner_model::encode_weight(w, &text);
  return text + "\n";
}

// The tagger keeps each feature's weights beside its hash; score() must add
// exactly value * scale, for one- and three-character encodings alike.
TEST(NerTagger, ScoreAddsEachWeightTimesScale) {
  NerTagger t(model(0.5f, {"b=", "w=x"}, {1, -2, 3, -127, 127, 1, -2, 100, 4, -45}));
  EXPECT_EQ(t.features(), 2u);
  float b[kNerTags] = {0, 0, 0, 0, 0};
  t.score(feature_hash_of_name("b="), b);
  const float want_b[kNerTags] = {0.5f, -1.0f, 1.5f, -63.5f, 63.5f};
  for (int k = 0; k < kNerTags; ++k) EXPECT_EQ(b[k], want_b[k]) << k;
  float w[kNerTags] = {1, 1, 1, 1, 1};
  t.score(feature_hash_of_name("w=x"), w);
  const float want_w[kNerTags] = {1.5f, 0.0f, 51.0f, 3.0f, -21.5f};
  for (int k = 0; k < kNerTags; ++k) EXPECT_EQ(w[k], want_w[k]) << k;
  float none[kNerTags] = {0, 0, 0, 0, 0};
  t.score(feature_hash_of_name("w=y"), none);  // unknown: nothing added
  for (float v : none) EXPECT_EQ(v, 0.0f);
}

// The first of two lines with the same feature name wins.
TEST(NerTagger, FirstDuplicateWins) {
  NerTagger t(model(1.0f, {"b=", "b="}, {1, 2, 3, 4, 5, 9, 9, 9, 9, 9}));
  EXPECT_EQ(t.features(), 1u);
  float s[kNerTags] = {0, 0, 0, 0, 0};
  t.score(feature_hash_of_name("b="), s);
  EXPECT_EQ(s[0], 1.0f);
  EXPECT_EQ(s[4], 5.0f);
}

// A slot keeps only the upper half of a feature's hash (the lower bits chose
// its place); a feature that shares both with a stored one but is not it must
// still add nothing. Such a pair is found by search: 36 bits to match (the
// upper 32 and the 4 of a one-feature model's 16 slots), a birthday
// collision among about 2^18 names.
TEST(NerTagger, FingerprintMatchIsConfirmedOnTheFullHash) {
  std::unordered_map<uint64_t, std::string> seen;
  std::string stored, other;
  for (int i = 0; i < (1 << 23) && other.empty(); ++i) {
    std::string name = "w=" + std::to_string(i);
    const uint64_t h = feature_hash_of_name(name);
    const uint64_t partial = (h >> 32) << 4 | (h & 15);
    auto [it, fresh] = seen.emplace(partial, name);
    if (!fresh) {
      stored = it->second;
      other = name;
    }
  }
  ASSERT_FALSE(other.empty());
  ASSERT_NE(feature_hash_of_name(stored), feature_hash_of_name(other));
  NerTagger t(model(1.0f, {stored}, {1, 2, 3, 4, 5}));
  float s[kNerTags] = {0, 0, 0, 0, 0};
  t.score(feature_hash_of_name(other), s);
  for (float v : s) EXPECT_EQ(v, 0.0f);
  t.score(feature_hash_of_name(stored), s);
  EXPECT_EQ(s[0], 1.0f);
  EXPECT_EQ(s[4], 5.0f);
}

}  // namespace
}  // namespace newsann
