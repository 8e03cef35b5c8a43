// The model file's weight encoding (core/src/ner_model_codec.h): every
// quantised weight round-trips; malformed text is refused, never misread.
#include "ner_model_codec.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon.h"
#include "ner_tagger.h"

namespace newsann::ner_model {
namespace {

TEST(NerModelCodec, EveryWeightRoundTrips) {
  std::string text;
  std::vector<int> want;
  for (int w = -127; w <= 127; ++w) {
    encode_weight(w, &text);
    want.push_back(w);
  }
  std::vector<int> got;
  ASSERT_TRUE(decode_weights(text, &got));
  EXPECT_EQ(got, want);
}

TEST(NerModelCodec, SmallWeightsTakeOneCharacterAndNoneBreaksARawString) {
  for (int w = -127; w <= 127; ++w) {
    std::string s;
    encode_weight(w, &s);
    EXPECT_EQ(s.size(), (w >= kSingleMin && w <= kSingleMax) ? 1u : 3u) << w;
    for (char c : s) {
      EXPECT_TRUE(c > ' ' && c <= '~' && c != ')' && c != '\\') << w;
    }
  }
}

TEST(NerModelCodec, MalformedWeightsAreRefused) {
  std::vector<int> out;
  EXPECT_FALSE(decode_weights("##!", &out));     // a cut escape
  EXPECT_FALSE(decode_weights("##!#", &out));    // still cut
  EXPECT_FALSE(decode_weights("# #", &out));     // a space is no digit
  EXPECT_FALSE(decode_weights("#)", &out));      // nor ')'
  EXPECT_FALSE(decode_weights("\xC3\xA9", &out));
}

// The shipped model decodes whole: as many weights as names times tags.
TEST(NerModelCodec, ShippedModelLoadsEveryFeature) {
  std::string_view text = lexicon_text("ner_model");
  size_t names = 0;
  for (size_t i = 0; i < text.size();) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(i, nl - i);
    if (!line.empty() && line[0] != '#' && line.find('\t') == std::string_view::npos) ++names;
    i = nl + 1;
  }
  EXPECT_GT(names, 1000u);
  EXPECT_EQ(NerTagger::get().features(), names);
  // A model with one weight missing is refused as a whole.
  std::string cut(text);
  cut.erase(cut.find_last_not_of('\n'));
  EXPECT_EQ(NerTagger(cut).features(), 0u);
}

}  // namespace
}  // namespace newsann::ner_model
