// The gazetteer's split of lexicon names into units: the short cut for
// plain names must give what the tagger's own split gives, on every name.
#include <gtest/gtest.h>

#include "lexicon.h"
#include "ner_gazetteer.h"

namespace newsann {
namespace {

TEST(NameUnits, ShortCutAgreesWithTheTaggersSplitOnEveryLexiconName) {
  size_t names = 0, plain = 0;
  for (std::string_view lexicon : lexicon_names()) {
    for (const LexiconEntry& e : lexicon_entries(lexicon)) {
      ++names;
      std::vector<std::string> by_text = name_units_by_text(e.key);
      EXPECT_EQ(name_units(e.key), by_text) << lexicon << ": " << e.key;
      bool is_plain = by_text.size() >= 1 && e.key.find_first_not_of(
          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ") == std::string_view::npos;
      plain += is_plain;
    }
  }
  // Thousands of names take the short cut, so the comparison covers it well.
  EXPECT_GT(names, 10000u);
  EXPECT_GT(plain, names / 3);
}

TEST(NameUnits, PunctuatedAndSpacedNamesGoThroughTheTagger) {
  EXPECT_EQ(name_units("European Union"), (std::vector<std::string>{"european", "union"}));
  EXPECT_EQ(name_units("U.S."), name_units_by_text("U.S."));
  EXPECT_EQ(name_units("Washington, D.C."), name_units_by_text("Washington, D.C."));
  EXPECT_EQ(name_units("New  York"), name_units_by_text("New  York"));
  EXPECT_EQ(name_units(" Paris"), name_units_by_text(" Paris"));
  EXPECT_EQ(name_units("Côte d'Ivoire"), name_units_by_text("Côte d'Ivoire"));
  EXPECT_TRUE(name_units("").empty());
}

}  // namespace
}  // namespace newsann
