#include "ner_tagger.h"

#include <gtest/gtest.h>

#include <string>

#include "text.h"

namespace newsann {
namespace {

// The tagger stores the model's integer weights compactly; score() must add
// exactly value * scale, for weights in int8 range and for larger ones.
TEST(NerTagger, ScoreAddsEachWeightTimesScale) {
  NerTagger t(
      "# test model\n"
      "scale\t0.5\n"
      "b=\t1 -2 3 -128 127\n"
      "w=x\t1 -2 300 4 -129\n");
  EXPECT_EQ(t.features(), 2u);
  float small[kNerTags] = {0, 0, 0, 0, 0};
  t.score(feature_hash_of_name("b="), small);
  const float want_small[kNerTags] = {0.5f, -1.0f, 1.5f, -64.0f, 63.5f};
  for (int k = 0; k < kNerTags; ++k) EXPECT_EQ(small[k], want_small[k]) << k;
  float wide[kNerTags] = {1, 1, 1, 1, 1};
  t.score(feature_hash_of_name("w=x"), wide);
  const float want_wide[kNerTags] = {1.5f, 0.0f, 151.0f, 3.0f, -63.5f};
  for (int k = 0; k < kNerTags; ++k) EXPECT_EQ(wide[k], want_wide[k]) << k;
  float none[kNerTags] = {0, 0, 0, 0, 0};
  t.score(feature_hash_of_name("w=y"), none);  // unknown: nothing added
  for (float v : none) EXPECT_EQ(v, 0.0f);
}

// The first of two lines with the same feature wins.
TEST(NerTagger, FirstDuplicateWins) {
  NerTagger t("scale\t1\nb=\t1 2 3 4 5\nb=\t9 9 9 9 9\n");
  EXPECT_EQ(t.features(), 1u);
  float s[kNerTags] = {0, 0, 0, 0, 0};
  t.score(feature_hash_of_name("b="), s);
  EXPECT_EQ(s[0], 1.0f);
  EXPECT_EQ(s[4], 5.0f);
}

// The embedded model loads.
TEST(NerTagger, EmbeddedModelLoads) {
  const NerTagger& t = NerTagger::get();
  EXPECT_GT(t.features(), 1000u);
}

}  // namespace
}  // namespace newsann
