// The embedded lexicons as lexicon_entries() reads them: every line of every
// lexicon against a plain split of its text, written independently below.
#include "lexicon.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace newsann {
namespace {

// Reference: the entry lines of a lexicon split at every tab.
std::vector<std::vector<std::string>> reference(std::string_view text) {
  std::vector<std::vector<std::string>> out;
  std::string line;
  auto flush = [&] {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] != '#') {
      std::vector<std::string> parts(1);
      for (char c : line) {
        if (c == '\t') {
          parts.emplace_back();
        } else {
          parts.back() += c;
        }
      }
      if (!parts[0].empty()) out.push_back(parts);
    }
    line.clear();
  };
  for (char c : text) {
    if (c == '\n') {
      flush();
    } else {
      line += c;
    }
  }
  flush();
  return out;
}

std::vector<std::string> split(const LexiconEntry& e) {
  std::vector<std::string> parts{std::string(e.key)};
  for (std::string_view f : e.fields) parts.emplace_back(f);
  return parts;
}

TEST(Lexicon, EveryEmbeddedEntrySplitsAsItsLine) {
  size_t lexicons = 0, entries = 0, with_fields = 0;
  for (std::string_view name : lexicon_names()) {
    if (name == "ner_model") continue;  // read by its own codec, not as entries
    std::vector<std::vector<std::string>> want = reference(lexicon_text(name));
    std::vector<LexiconEntry> got = lexicon_entries(name);
    ASSERT_EQ(got.size(), want.size()) << name;
    for (size_t i = 0; i < got.size(); ++i) {
      const LexiconEntry& e = got[i];
      ASSERT_EQ(split(e), want[i]) << name << " entry " << i;
      // Indexing and size() agree with iteration.
      ASSERT_EQ(e.fields.size(), want[i].size() - 1) << name << " entry " << i;
      ASSERT_EQ(e.fields.empty(), want[i].size() == 1);
      for (size_t f = 0; f < e.fields.size(); ++f) ASSERT_EQ(e.fields[f], want[i][f + 1]);
      with_fields += !e.fields.empty();
    }
    ++lexicons;
    entries += got.size();
  }
  EXPECT_GE(lexicons, 20u);
  EXPECT_GE(entries, 5000u);
  EXPECT_GE(with_fields, 1000u);
}

// What the build embeds is what the repository holds: for every lexicon,
// the lines lexicon_text() gives are the file's lines without its comments
// and blank lines, also for those embedded front-coded.
TEST(Lexicon, EmbeddedTextIsTheFilesLines) {
  auto lines = [](std::string_view text, bool skip_comments) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < text.size()) {
      size_t nl = text.find('\n', i);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view l = text.substr(i, nl - i);
      i = nl + 1;
      if (l.empty() || (skip_comments && l[0] == '#')) continue;
      out.emplace_back(l);
    }
    return out;
  };
  size_t coded = 0;
  for (std::string_view name : lexicon_names()) {
    const std::string path = std::string(NEWSANN_SOURCE_DIR) + "/core/lexicons/" + std::string(name) + ".txt";
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path;
    std::ostringstream file;
    file << in.rdbuf();
    const std::string text = file.str();
    coded += text.find("\n# embed: prefix-coded") != std::string::npos;
    EXPECT_EQ(lines(lexicon_text(name), false), lines(text, true)) << name;
  }
  EXPECT_GE(coded, 5u);  // given names, cue verbs, group nouns, org words, titles
}

TEST(Lexicon, FieldsOfOddLines) {
  // Empty fields (a trailing tab, two tabs running) are fields; no tab, none.
  LexiconFields none("", false);
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.size(), 0u);
  EXPECT_TRUE(none.begin() == none.end());

  LexiconFields one_empty("", true);
  EXPECT_FALSE(one_empty.empty());
  ASSERT_EQ(one_empty.size(), 1u);
  EXPECT_EQ(one_empty[0], "");

  LexiconFields three("a\t\tc", true);
  ASSERT_EQ(three.size(), 3u);
  EXPECT_EQ(three[0], "a");
  EXPECT_EQ(three[1], "");
  EXPECT_EQ(three[2], "c");
  std::vector<std::string_view> seen(three.begin(), three.end());
  EXPECT_EQ(seen, (std::vector<std::string_view>{"a", "", "c"}));
}

}  // namespace
}  // namespace newsann
