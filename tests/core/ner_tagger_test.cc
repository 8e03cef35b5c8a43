#include "ner_tagger.h"

#include <gtest/gtest.h>

#include <string>
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

}  // namespace
}  // namespace newsann
