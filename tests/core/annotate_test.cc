// The public API end to end: bad inputs get a clear error or a correct
// result, never a crash, a hang or shifted offsets.
#include "newsann/newsann.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "utf.h"

namespace newsann {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string example() { return read_file(std::string(NEWSANN_SOURCE_DIR) + "/examples/belarus-border.txt"); }

// Every span of the document lies inside a text of `units` UTF-16 units,
// with start <= end, and byte offsets on code point boundaries of `text`.
void expect_spans_valid(const Document& doc, std::string_view text) {
  // UTF-16 offset at every byte boundary, computed once (a rescan per span
  // would make this check quadratic on large inputs).
  std::vector<uint32_t> u16(text.size() + 1, 0);
  for (size_t i = 0, u = 0; i <= text.size(); ++i) {
    u16[i] = static_cast<uint32_t>(u);
    if (i < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if ((c & 0xC0) != 0x80) u += c >= 0xF0 ? 2 : 1;
    }
  }
  // u16[i] counts code points whose lead byte is before i; on a boundary it
  // is exact.
  auto check = [&](const Span& s, const char* what) {
    ASSERT_LE(s.byte_start, s.byte_end) << what;
    ASSERT_LE(s.byte_end, text.size()) << what;
    EXPECT_LE(s.start, s.end) << what;
    if (s.byte_start < text.size()) {
      EXPECT_NE(static_cast<unsigned char>(text[s.byte_start]) & 0xC0, 0x80) << what;
    }
    if (s.byte_end < text.size()) {
      EXPECT_NE(static_cast<unsigned char>(text[s.byte_end]) & 0xC0, 0x80) << what;
    }
    // UTF-16 and byte offsets name the same range.
    EXPECT_EQ(u16[s.byte_start], s.start) << what;
    EXPECT_EQ(u16[s.byte_end], s.end) << what;
  };
  for (const Actor& a : doc.actors) {
    check(a.span, "actor");
    EXPECT_LT(a.entity, doc.entities.size());
  }
  for (const Figure& f : doc.figures) check(f.span, "figure");
  for (const Claim& c : doc.claims) {
    check(c.content, "claim content");
    if (c.source) check(*c.source, "claim source");
    if (c.cue) check(*c.cue, "claim cue");
    if (c.source_entity) EXPECT_LT(*c.source_entity, doc.entities.size());
  }
}

TEST(Annotate, ExampleArticleGivesValidDocument) {
  std::string text = example();
  ASSERT_FALSE(text.empty());
  Result r = annotate(text, Options{"2021-11-20", false});
  ASSERT_TRUE(r.ok()) << r.error.message;
  expect_spans_valid(r.doc, text);
}

TEST(Annotate, EmptyInputIsAnEmptyDocument) {
  Result r = annotate("");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.doc.actors.empty());
  EXPECT_TRUE(r.doc.figures.empty());
  EXPECT_TRUE(r.doc.claims.empty());
  nlohmann::json j = nlohmann::json::parse(to_json(r.doc));
  EXPECT_EQ(j["schema"], kSchemaVersion);
  EXPECT_TRUE(j["actors"].empty());
}

TEST(Annotate, InvalidUtf8IsRejectedWithItsByteOffset) {
  std::string text = "Poland said \xC3\x28 it was fine.";
  Result r = annotate(text);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error.code, Error::Code::kInvalidUtf8);
  EXPECT_EQ(r.error.byte_offset, 12u);
  EXPECT_NE(r.error.message.find("byte 12"), std::string::npos);
  nlohmann::json j = nlohmann::json::parse(error_json(r.error));
  EXPECT_EQ(j["error"]["code"], "invalid_utf8");
}

TEST(Annotate, InvalidUtf8ReplacedKeepsOffsetsOfTheDecodedText) {
  // \xFF and a truncated sequence each decode to one U+FFFD in a browser.
  std::string text = example();
  std::string bad = "\xFF Mr. \xE2\x80 " + text;
  Options o;
  o.replace_invalid = true;
  Result r = annotate(bad, o);
  ASSERT_TRUE(r.ok()) << r.error.message;
  std::string fixed = replace_invalid_utf8(bad);
  expect_spans_valid(r.doc, fixed);
  // Same annotations as the clean text, shifted by the prefix.
  Result clean = annotate(text);
  ASSERT_EQ(r.doc.claims.size(), clean.doc.claims.size());
  ASSERT_EQ(r.doc.figures.size(), clean.doc.figures.size());
  uint32_t shift = static_cast<uint32_t>(utf16_length(fixed) - utf16_length(text));
  for (size_t i = 0; i < r.doc.figures.size(); ++i) {
    EXPECT_EQ(r.doc.figures[i].span.start, clean.doc.figures[i].span.start + shift);
  }
}

TEST(Annotate, InvalidDateIsAnError) {
  for (const char* d : {"2021-13-01", "2021-02-30", "yesterday", "2021-1-1", "20211120"}) {
    Result r = annotate("Poland said so.", Options{d, false});
    EXPECT_EQ(r.error.code, Error::Code::kInvalidDate) << d;
  }
  EXPECT_TRUE(annotate("Poland said so.", Options{"2024-02-29", false}).ok());
}

TEST(Annotate, NulBytesAreOrdinaryCharacters) {
  std::string text = example();
  std::string with_nul = std::string("\0\0", 2) + text;
  with_nul.insert(with_nul.size() / 2, std::string("\0", 1));
  Result r = annotate(with_nul);
  ASSERT_TRUE(r.ok());
  expect_spans_valid(r.doc, with_nul);
}

TEST(Annotate, AstralCharactersShiftUtf16OffsetsByTwo) {
  std::string text = example();
  std::string emoji = "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 ";  // two astral chars = 4 UTF-16 units
  Result a = annotate(text);
  Result b = annotate(emoji + text);
  ASSERT_TRUE(a.ok() && b.ok());
  expect_spans_valid(b.doc, emoji + text);
  ASSERT_EQ(a.doc.actors.size(), b.doc.actors.size());
  for (size_t i = 0; i < a.doc.actors.size(); ++i) {
    EXPECT_EQ(b.doc.actors[i].span.start, a.doc.actors[i].span.start + 5);
    EXPECT_EQ(b.doc.actors[i].span.byte_start, a.doc.actors[i].span.byte_start + 9);
  }
  ASSERT_EQ(a.doc.claims.size(), b.doc.claims.size());
  for (size_t i = 0; i < a.doc.claims.size(); ++i) {
    EXPECT_EQ(b.doc.claims[i].content.start, a.doc.claims[i].content.start + 5);
  }
}

// Pathological shapes finish in time proportional to their length.
double seconds(const std::string& text) {
  auto t0 = std::chrono::steady_clock::now();
  Result r = annotate(text);
  EXPECT_TRUE(r.ok());
  expect_spans_valid(r.doc, text);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(Annotate, OneMillionCharacterLineWithoutPunctuation) {
  std::string line;
  const char* words[] = {"the ", "Minister ", "said ", "Smith ", "that ", "7 ", "people ", "according ", "to "};
  for (size_t i = 0; line.size() < 1000000; ++i) line += words[(i * 7) % 9];
  EXPECT_LT(seconds(line), 10.0);
}

TEST(Annotate, OnlyQuotationMarks) {
  std::string q;
  for (int i = 0; i < 100000; ++i) q += (i % 3 == 0) ? "\xE2\x80\x9C" : (i % 3 == 1) ? "\"" : "\xE2\x80\x9D";
  EXPECT_LT(seconds(q), 10.0);
  std::string spaced;
  for (int i = 0; i < 50000; ++i) spaced += "\" ";
  EXPECT_LT(seconds(spaced), 10.0);
}

TEST(Annotate, TextWithNoPunctuationOrSpaces) {
  EXPECT_LT(seconds(std::string(1000000, 'a')), 10.0);
  EXPECT_LT(seconds(std::string(200000, '.')), 10.0);
  EXPECT_LT(seconds(std::string(300000, '\n')), 10.0);
  std::string digits;
  for (int i = 0; i < 100000; ++i) digits += "1,";
  EXPECT_LT(seconds(digits), 10.0);
}

TEST(Annotate, BlocksKeepOffsetsPerBlockAndNothingCrossesThem) {
  std::string text = example();
  // Split the example at its paragraphs; the blocks' results must equal the
  // whole text's, with offsets relative to each block.
  std::vector<std::string> paras;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find("\n\n", i);
    if (j == std::string::npos) j = text.size();
    paras.push_back(text.substr(i, j - i));
    i = j + 2;
  }
  std::vector<std::string_view> blocks(paras.begin(), paras.end());
  Result r = annotate_blocks(blocks);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.doc.blocks, blocks.size());
  Result whole = annotate(text);
  ASSERT_EQ(r.doc.actors.size(), whole.doc.actors.size());
  ASSERT_EQ(r.doc.claims.size(), whole.doc.claims.size());
  for (const Actor& a : r.doc.actors) {
    ASSERT_LT(a.span.block, blocks.size());
    EXPECT_LE(a.span.byte_end, blocks[a.span.block].size());
    EXPECT_EQ(utf16_length(blocks[a.span.block].substr(0, a.span.byte_start)), a.span.start);
  }
  for (const Claim& c : r.doc.claims) {
    EXPECT_LE(c.content.byte_end, blocks[c.content.block].size());
  }
  nlohmann::json j = nlohmann::json::parse(to_json(r.doc));
  EXPECT_EQ(j["blocks"], blocks.size());
  if (!j["actors"].empty()) EXPECT_TRUE(j["actors"][0].contains("block"));
}

TEST(Annotate, BlocksWithInvalidUtf8NameTheBlock) {
  std::vector<std::string_view> blocks = {"Fine.", "Bad \xC0\xAF here."};
  Result r = annotate_blocks(blocks);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error.message.find("block 1"), std::string::npos);
}

TEST(Annotate, JsonCarriesTheDocumentedFields) {
  Result r = annotate(example(), Options{"2021-11-20", false});
  ASSERT_TRUE(r.ok());
  nlohmann::json j = nlohmann::json::parse(to_json(r.doc, 1));
  for (const char* k : {"schema", "entities", "actors", "figures", "claims"}) EXPECT_TRUE(j.contains(k)) << k;
  ASSERT_EQ(j["actors"].size(), r.doc.actors.size());
  for (const auto& a : j["actors"]) {
    for (const char* k : {"start", "end", "type", "entity"}) EXPECT_TRUE(a.contains(k)) << k;
  }
  for (const auto& f : j["figures"]) {
    for (const char* k : {"start", "end", "kind", "value"}) EXPECT_TRUE(f.contains(k)) << k;
  }
  for (const auto& c : j["claims"]) {
    for (const char* k : {"kind", "source", "cue", "content"}) EXPECT_TRUE(c.contains(k)) << k;
  }
}

}  // namespace
}  // namespace newsann
