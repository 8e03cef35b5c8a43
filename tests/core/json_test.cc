// to_json() against a DOM built independently with nlohmann/json from the
// same Document: the hand-written writer must produce exactly that JSON.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "newsann/newsann.h"

namespace newsann {
namespace {

using nlohmann::json;

json reference(const Document& doc) {
  auto span = [&](const Span& s) {
    json j = json::object();
    if (doc.per_block) j["block"] = s.block;
    j["start"] = s.start;
    j["end"] = s.end;
    return j;
  };
  json out = {{"schema", kSchemaVersion}};
  if (doc.per_block) out["blocks"] = doc.blocks;
  out["entities"] = json::array();
  for (const Entity& e : doc.entities) {
    out["entities"].push_back({{"id", e.id}, {"name", e.name}, {"type", name(e.type)}, {"mentions", e.mentions}});
  }
  out["actors"] = json::array();
  for (const Actor& a : doc.actors) {
    json j = span(a.span);
    j["type"] = name(a.type);
    j["entity"] = doc.entities[a.entity].id;
    if (a.pronoun) j["pronoun"] = true;
    out["actors"].push_back(j);
  }
  out["figures"] = json::array();
  for (const Figure& f : doc.figures) {
    json j = span(f.span);
    j["kind"] = name(f.kind);
    json v = json::object();
    if (f.value.number) v["number"] = *f.value.number;
    if (f.value.min) v["min"] = *f.value.min;
    if (f.value.max) v["max"] = *f.value.max;
    if (f.value.approx) v["approx"] = true;
    if (!f.value.unit.empty()) v["unit"] = f.value.unit;
    if (!f.value.iso.empty()) v["iso"] = f.value.iso;
    j["value"] = v;
    out["figures"].push_back(j);
  }
  out["claims"] = json::array();
  for (const Claim& c : doc.claims) {
    json j = {{"kind", name(c.kind)}};
    if (c.source) {
      json s = span(*c.source);
      s["entity"] = c.source_entity ? json(doc.entities[*c.source_entity].id) : json(nullptr);
      j["source"] = s;
    } else {
      j["source"] = nullptr;
    }
    j["cue"] = c.cue ? span(*c.cue) : json(nullptr);
    j["content"] = span(c.content);
    out["claims"].push_back(j);
  }
  return out;
}

// Numbers compare by value: 4500000000 may be an integer on one side and a
// double on the other.
void expect_same(const json& a, const json& b, const std::string& path = "") {
  if (a.is_number() && b.is_number()) {
    EXPECT_DOUBLE_EQ(a.get<double>(), b.get<double>()) << path;
    return;
  }
  ASSERT_EQ(a.type(), b.type()) << path;
  if (a.is_object()) {
    ASSERT_EQ(a.size(), b.size()) << path << " " << a.dump() << " vs " << b.dump();
    for (auto it = a.begin(); it != a.end(); ++it) {
      ASSERT_TRUE(b.contains(it.key())) << path << "." << it.key();
      expect_same(it.value(), b[it.key()], path + "." + it.key());
    }
  } else if (a.is_array()) {
    ASSERT_EQ(a.size(), b.size()) << path;
    for (size_t i = 0; i < a.size(); ++i) expect_same(a[i], b[i], path + "[" + std::to_string(i) + "]");
  } else {
    EXPECT_EQ(a, b) << path;
  }
}

std::string example() {
  std::ifstream in(std::string(NEWSANN_SOURCE_DIR) + "/examples/belarus-border.txt");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Json, MatchesAnIndependentDomForTheExampleArticle) {
  Result r = annotate(example(), Options{"2021-11-20", false});
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r.doc.actors.empty());
  ASSERT_FALSE(r.doc.figures.empty());
  ASSERT_FALSE(r.doc.claims.empty());
  for (int indent : {-1, 0, 2}) {
    json parsed = json::parse(to_json(r.doc, indent), nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << indent;
    expect_same(parsed, reference(r.doc));
  }
  // Compact output has no whitespace between tokens.
  EXPECT_EQ(to_json(r.doc).find('\n'), std::string::npos);
}

TEST(Json, MatchesForBlocks) {
  std::vector<std::string_view> blocks = {"Poland said 5 people died.", "“We are here,” Lukashenko said."};
  Result r = annotate_blocks(blocks);
  ASSERT_TRUE(r.ok());
  expect_same(json::parse(to_json(r.doc)), reference(r.doc));
}

TEST(Json, OneBlockStillCarriesBlockFields) {
  std::vector<std::string_view> blocks = {"Poland said 5 people died."};
  Result r = annotate_blocks(blocks);
  ASSERT_TRUE(r.ok());
  json j = json::parse(to_json(r.doc));
  EXPECT_EQ(j["blocks"], 1);
  ASSERT_FALSE(j["figures"].empty());
  EXPECT_EQ(j["figures"][0]["block"], 0);
  json plain = json::parse(to_json(annotate("Poland said 5 people died.").doc));
  EXPECT_FALSE(plain.contains("blocks"));
  EXPECT_FALSE(plain["figures"][0].contains("block"));
}

TEST(Json, EscapesNamesAndNumbersRoundTrip) {
  Document doc;
  doc.entities.push_back(Entity{"e1", "A \"quoted\" \\ name\n\t\x01 Łódź 😀", ActorType::kPerson, {0}});
  doc.actors.push_back(Actor{Span{0, 1, 0, 1, 0}, ActorType::kPerson, 0, false});
  FigureValue v;
  v.number = 0.1;
  v.min = 4.5e9;
  v.max = 1.0 / 3.0;
  doc.figures.push_back(Figure{Span{2, 3, 2, 3, 0}, FigureKind::kMoney, v});
  FigureValue inf;
  inf.number = INFINITY;
  doc.figures.push_back(Figure{Span{4, 5, 4, 5, 0}, FigureKind::kCount, inf});
  json parsed = json::parse(to_json(doc));
  EXPECT_EQ(parsed["entities"][0]["name"], doc.entities[0].name);
  EXPECT_EQ(parsed["figures"][0]["value"]["number"].get<double>(), 0.1);
  EXPECT_EQ(parsed["figures"][0]["value"]["max"].get<double>(), 1.0 / 3.0);
  EXPECT_TRUE(parsed["figures"][0]["value"]["min"].is_number_integer());
  EXPECT_TRUE(parsed["figures"][1]["value"]["number"].is_null());
  EXPECT_NE(to_json(doc).find("0.1,"), std::string::npos);  // shortest form, not 0.10000000000000001
}

TEST(Json, ErrorJsonIsValidEvenForInvalidBytesInTheMessage) {
  Result r = annotate("x", Options{"20\xff\xfe-01-01", false});
  ASSERT_FALSE(r.ok());
  json parsed = json::parse(error_json(r.error), nullptr, false);
  ASSERT_FALSE(parsed.is_discarded());
  EXPECT_EQ(parsed["error"]["code"], "invalid_date");
}

// string() escapes in one pass and checks UTF-8 at the first byte outside
// ASCII: escapes before and after an invalid byte must both survive the repair.
TEST(Json, EscapesAroundInvalidBytesInOnePass) {
  Document doc;
  doc.entities.push_back(Entity{"e1", "a\"b\xff\tc\\ \xc5\x82", ActorType::kPerson, {0}});
  doc.actors.push_back(Actor{Span{0, 1, 0, 1, 0}, ActorType::kPerson, 0, false});
  json parsed = json::parse(to_json(doc), nullptr, false);
  ASSERT_FALSE(parsed.is_discarded());
  EXPECT_EQ(parsed["entities"][0]["name"], "a\"b\xEF\xBF\xBD\tc\\ \xc5\x82");  // U+FFFD for 0xFF
}

// Indented output is the compact text re-indented: a name holding JSON's
// own punctuation (and escaped quotes) must come through untouched, empty
// arrays and objects stay {} and [], and without the whitespace the
// re-indenter adds the two are the same text.
TEST(Json, IndentedIsTheCompactTextReindented) {
  Document doc;
  doc.entities.push_back(Entity{"e1", "{\"a\": [1, 2]}, \\\"x\\\" : ,", ActorType::kPerson, {0, 1}});
  doc.entities.push_back(Entity{"e2", "B", ActorType::kPlace, {}});
  doc.actors.push_back(Actor{Span{0, 1, 0, 1, 0}, ActorType::kPerson, 0, false});
  doc.figures.push_back(Figure{Span{2, 3, 2, 3, 0}, FigureKind::kCount, FigureValue{}});
  const std::string compact = to_json(doc);
  for (int indent : {0, 2, 4}) {
    const std::string pretty = to_json(doc, indent);
    json parsed = json::parse(pretty, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << pretty;
    expect_same(parsed, reference(doc));
    EXPECT_EQ(parsed["entities"][0]["name"], doc.entities[0].name);
    EXPECT_NE(pretty.find("\"mentions\": []"), std::string::npos) << pretty;
    EXPECT_NE(pretty.find("\"value\": {}"), std::string::npos) << pretty;
    // An entity's fields are three levels in: document, "entities", entity.
    EXPECT_NE(pretty.find("\n" + std::string(3 * indent, ' ') + "\"id\": \"e1\""), std::string::npos);
    // Strip the added whitespace: outside strings only.
    std::string stripped;
    bool in_string = false;
    for (size_t i = 0; i < pretty.size(); ++i) {
      const char c = pretty[i];
      if (in_string) {
        stripped += c;
        if (c == '\\') stripped += pretty[++i];
        else if (c == '"') in_string = false;
      } else if (c != ' ' && c != '\n') {
        stripped += c;
        in_string = c == '"';
      }
    }
    EXPECT_EQ(stripped, compact);
  }
}

// Integers are written two digits a step and strings scanned and copied
// eight bytes at a time: numbers of every length, and names of every length
// up to 24 with an escaped byte at each position, read back exactly.
TEST(Json, NumbersAndStringsOfEveryLengthReadBack) {
  Document doc;
  std::vector<uint64_t> numbers = {0, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000,
                                   4294967295u, 18446744073709551615ull};
  for (uint64_t p = 1; p < 10000000000000000000ull; p *= 7) numbers.push_back(p);
  // Mentions are size_t: 32 bits in the wasm build of this test.
  std::erase_if(numbers, [](uint64_t n) { return n > std::numeric_limits<size_t>::max(); });
  Entity e{"e1", "x", ActorType::kPerson, {}};
  for (uint64_t n : numbers) e.mentions.push_back(static_cast<size_t>(n));
  doc.entities.push_back(e);
  for (size_t len = 0; len <= 24; ++len) {
    for (size_t at = 0; at <= len; ++at) {
      std::string name;
      for (size_t k = 0; k < len; ++k) name += static_cast<char>('a' + k % 26);
      if (at < len) name[at] = "\"\\\n\x01"[at % 4];
      doc.entities.push_back(Entity{"e" + std::to_string(doc.entities.size() + 1), name,
                                    ActorType::kPerson, {}});
    }
  }
  json parsed = json::parse(to_json(doc), nullptr, false);
  ASSERT_FALSE(parsed.is_discarded());
  for (size_t m = 0; m < numbers.size(); ++m) {
    EXPECT_EQ(parsed["entities"][0]["mentions"][m].get<uint64_t>(), numbers[m]);
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    EXPECT_EQ(parsed["entities"][i]["name"], doc.entities[i].name) << i;
    EXPECT_EQ(parsed["entities"][i]["id"], doc.entities[i].id) << i;
  }
}

}  // namespace
}  // namespace newsann
