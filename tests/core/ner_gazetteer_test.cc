// The gazetteer's split of lexicon names into units: the short cut for
// plain names must give what the tagger's own split gives, on every name.
#include <gtest/gtest.h>

#include "lexicon.h"
#include "ner_gazetteer.h"
#include "text.h"

namespace newsann {
namespace {

// The keys of name_units_by_text: what name_unit_keys must give.
std::vector<uint64_t> keys_by_text(std::string_view name) {
  std::vector<uint64_t> keys;
  for (const std::string& u : name_units_by_text(name)) keys.push_back(word_key(u));
  return keys;
}

std::vector<uint64_t> keys(std::string_view name) {
  std::vector<uint64_t> out{12345};  // stale content the call must clear
  name_unit_keys(name, &out);
  return out;
}

TEST(NameUnits, ShortCutAgreesWithTheTaggersSplitOnEveryLexiconName) {
  size_t names = 0, plain = 0;
  for (std::string_view lexicon : lexicon_names()) {
    for (const LexiconEntry& e : lexicon_entries(lexicon)) {
      ++names;
      std::vector<std::string> by_text = name_units_by_text(e.key);
      EXPECT_EQ(keys(e.key), keys_by_text(e.key)) << lexicon << ": " << e.key;
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
  EXPECT_EQ(keys("European Union"), (std::vector<uint64_t>{word_key("european"), word_key("union")}));
  EXPECT_EQ(name_units_by_text("U.S."), (std::vector<std::string>{"u.s."}));
  for (std::string_view name : {"U.S.", "Washington, D.C.", "New  York", " Paris", "Côte d'Ivoire", "AT&T"}) {
    EXPECT_EQ(keys(name), keys_by_text(name)) << name;
  }
  EXPECT_TRUE(keys("").empty());
}

// find_groups asks maybe_group_head() of every word before the table: it
// must pass every group head, and keep out most other words.
TEST(Gazetteer, GroupHeadFilterPassesEveryHeadAndFewOtherWords) {
  const Gazetteer& gz = Gazetteer::get();
  size_t heads = 0;
  auto check = [&](std::string_view word) {
    const std::string low = lower(word);
    ASSERT_TRUE(gz.word(low) & (kGazGroup | kGazDemonymPlural)) << word;
    EXPECT_TRUE(gz.maybe_group_head(word_key(low))) << word;
    ++heads;
  };
  for (const LexiconEntry& e : lexicon_entries("group_nouns")) check(e.key);
  for (const LexiconEntry& e : lexicon_entries("demonyms")) {
    if (e.fields.size() > 1 && !e.fields[1].empty()) check(e.fields[1]);
  }
  EXPECT_GT(heads, 300u);
  // The other words of the lexicons: a given name, a title, a place...
  size_t others = 0, passed = 0;
  for (std::string_view lexicon : {"given_names", "places", "person_titles", "org_words"}) {
    for (const LexiconEntry& e : lexicon_entries(lexicon)) {
      const std::string low = lower(e.key);
      if (low.find(' ') != std::string::npos || (gz.word(low) & (kGazGroup | kGazDemonymPlural))) continue;
      ++others;
      passed += gz.maybe_group_head(word_key(low));
    }
  }
  EXPECT_GT(others, 1000u);
  EXPECT_LT(passed * 10, others) << passed << " of " << others << " pass the filter";
}

TEST(Gazetteer, KnowsTheNamesNewsGivesCountries) {
  // ISO 3166 names the country "Türkiye" or "Eswatini"; news mostly does not.
  const Gazetteer& gz = Gazetteer::get();
  for (const char* w : {"turkey", "swaziland", "macedonia", "brunei", "burma", "russia", "britain"}) {
    EXPECT_TRUE(gz.word(w) & kGazPlace) << w;
  }
  for (const char* w : {"honorific", "mr", "dr", "sir"}) {
    EXPECT_EQ((gz.word(w) & kGazHonorific) != 0, std::string_view(w) != "honorific") << w;
  }
  EXPECT_FALSE(gz.word("president") & kGazHonorific);
  EXPECT_TRUE(gz.word("president") & kGazTitle);
}

}  // namespace
}  // namespace newsann
