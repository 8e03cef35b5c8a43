// The model file's weight encoding (core/src/ner_model_codec.h): every
// quantised weight round-trips; malformed text is refused, never misread.
#include "ner_model_codec.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon.h"
#include "ner_tagger.h"
#include "utf.h"

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

// Sorted names, prefix-coded one after another, decode to themselves; no
// line starts with '#' (a comment) or holds a tab.
TEST(NerModelCodec, PrefixCodedNamesRoundTrip) {
  const std::vector<std::string> names = {"b=", "doc=first 0 0", "doc=first 0 1", "w-1w=the said",
                                          "w=", "w=obama", "w=obamacare", std::string(120, 'x'),
                                          std::string(120, 'x') + "y", "z"};
  std::string prev, decoded;
  for (const std::string& n : names) {
    std::string line;
    encode_name(prev, n, &line);
    EXPECT_NE(line[0], '#') << n;
    EXPECT_EQ(line.find('\t'), std::string::npos);
    ASSERT_TRUE(decode_name(line, &decoded)) << n;
    EXPECT_EQ(decoded, n);
    prev = n;
  }
  std::string name = "w=ob";
  EXPECT_FALSE(decode_name("", &name));          // no count
  EXPECT_FALSE(decode_name("#b=", &name));       // '#' is no count
  EXPECT_FALSE(decode_name("+ma", &name));       // 7 shared bytes of a 4-byte name
  EXPECT_TRUE(decode_name("'ama", &name));       // 3 shared: "w=o" + "ama"
  EXPECT_EQ(name, "w=oama");
}

// A prefix-coded model with a malformed name line is refused as a whole.
TEST(NerModelCodec, MalformedNameRefusesTheModel) {
  std::string weights;
  for (int k = 0; k < 2 * kNerTags; ++k) encode_weight(k, &weights);
  const std::string good = "scale\t1\ntags\tO PER ORG LOC MISC\nnames\tprefix-coded\n$w=a\n&b\nweights\t" + weights + "\n";
  EXPECT_EQ(NerTagger(good).features(), 2u);
  std::string bad = good;
  bad.replace(bad.find("&b"), 2, "+b");  // 7 shared bytes of "w=a"
  EXPECT_EQ(NerTagger(bad).features(), 0u);
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
  // Decoded, the names are valid UTF-8 and strictly ascending, as the
  // trainer sorted them (a wrong decoding would break the order).
  std::string name, before;
  size_t decoded = 0;
  bool coded = false;
  for (size_t i = 0; i < text.size();) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(i, nl - i);
    i = nl + 1;
    if (line == "names\tprefix-coded") coded = true;
    if (line.empty() || line[0] == '#' || line.find('\t') != std::string_view::npos) continue;
    ASSERT_TRUE(coded);
    ASSERT_TRUE(decode_name(line, &name)) << line;
    ASSERT_EQ(find_invalid_utf8(name), std::string_view::npos) << name;
    if (decoded++ > 0) ASSERT_LT(before, name);
    before = name;
  }
  EXPECT_EQ(decoded, names);
  // A model with one weight missing is refused as a whole.
  std::string cut(text);
  cut.erase(cut.find_last_not_of('\n'));
  EXPECT_EQ(NerTagger(cut).features(), 0u);
}

}  // namespace
}  // namespace newsann::ner_model
