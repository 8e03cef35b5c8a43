#include "check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <time.h>

#include "known_bugs.h"

namespace newsann::fuzz {

void fail(const std::string& what) {
  std::fprintf(stderr, "\n==newsann-fuzz== invariant broken: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

// ---- Reference decoder -------------------------------------------------------

Decoded reference_decode(std::string_view bytes) {
  // WHATWG Encoding, "UTF-8 decoder": on a byte outside [lower, upper] the
  // sequence so far is an error and the byte is reprocessed.
  Decoded out;
  char32_t cp = 0;
  int needed = 0, seen = 0;
  unsigned lower = 0x80, upper = 0xBF;
  size_t start = 0;
  auto error = [&](size_t at) {
    out.code_points.push_back(0xFFFD);
    out.starts.push_back(at);
    if (out.first_error == std::string_view::npos) out.first_error = at;
  };
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned b = static_cast<unsigned char>(bytes[i]);
    if (needed == 0) {
      start = i;
      if (b <= 0x7F) {
        out.code_points.push_back(b);
        out.starts.push_back(i);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x7;
      } else {
        error(i);
      }
      ++i;
      continue;
    }
    if (b < lower || b > upper) {
      // Error; reprocess this byte as the start of something new.
      cp = 0;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      error(start);
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    ++seen;
    ++i;
    if (seen == needed) {
      out.code_points.push_back(cp);
      out.starts.push_back(start);
      cp = 0;
      needed = seen = 0;
    }
  }
  if (needed != 0) error(start);  // truncated at the end
  return out;
}

std::string encode_utf8(const std::u32string& cps) {
  std::string s;
  for (char32_t c : cps) {
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (c >> 18));
      s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return s;
}

// ---- TextInfo ---------------------------------------------------------------------

// What separates tokens: Unicode White_Space, the zero-width characters and
// BOM, and every C0/C1 control (text.h). Paragraph breaks are runs of these
// holding two line breaks (LF or U+2029).
bool is_separator(char32_t c) {
  if (c < 0x21 || (c >= 0x7F && c <= 0xA0)) return true;
  switch (c) {
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

namespace {

std::string where(const char* what, size_t i) { return std::string(what) + " #" + std::to_string(i); }

}  // namespace

TextInfo::TextInfo(std::string_view valid_utf8) : bytes(valid_utf8) {
  Decoded d = reference_decode(bytes);
  FUZZ_CHECK(d.first_error == std::string_view::npos, "TextInfo needs valid UTF-8");
  u16_.assign(bytes.size() + 1, kNotBoundary);
  uint32_t unit = 0;
  std::vector<std::pair<size_t, size_t>> runs;  // separator runs with >= 2 line breaks
  size_t run_start = 0, breaks = 0;
  bool in_run = false;
  for (size_t k = 0; k < d.code_points.size(); ++k) {
    size_t at = d.starts[k];
    char32_t c = d.code_points[k];
    u16_[at] = unit;
    unit_inside_pair_.push_back(0);
    if (c > 0xFFFF) {
      unit_inside_pair_.push_back(1);
      unit += 2;
    } else {
      unit += 1;
    }
    if (is_separator(c)) {
      if (!in_run) {
        in_run = true;
        run_start = at;
        breaks = 0;
      }
      breaks += (c == '\n' || c == 0x2029);
    } else if (in_run) {
      in_run = false;
      if (breaks >= 2) runs.emplace_back(run_start, at);
    }
  }
  u16_[bytes.size()] = unit;
  unit_inside_pair_.push_back(0);
  utf16_length = unit;
  // A run reaching the end of the text separates nothing from nothing.
  for (auto [b, e] : runs) para_end_.push_back(b), para_end_.push_back(e);
}

bool TextInfo::is_utf16_boundary(size_t unit) const {
  return unit <= utf16_length && unit_inside_pair_[unit] == 0;
}

bool TextInfo::within_paragraph(size_t b, size_t e) const {
  // para_end_ holds (start, end) pairs of break runs, sorted. The span
  // crosses a paragraph iff a whole break run lies strictly inside it, with
  // text on both sides: run start > b and run end < e. The first run that
  // starts after b has the smallest end of all such runs.
  size_t lo = 0, hi = para_end_.size() / 2;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (para_end_[2 * mid] > b) hi = mid; else lo = mid + 1;
  }
  if (lo == para_end_.size() / 2) return true;
  return para_end_[2 * lo + 1] >= e;
}

// ---- Document checks -----------------------------------------------------------------

namespace {

bool valid_utf8(std::string_view s) { return reference_decode(s).first_error == std::string_view::npos; }

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int num(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool valid_month_day(int64_t year, int m, int d, bool year_known) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return !(m == 2 && d == 29 && year_known && !leap);
}

bool two_digits_in(std::string_view s, int lo, int hi) {
  return s.size() == 2 && digits(s) && num(s) >= lo && num(s) <= hi;
}

// The ISO 8601 / EDTF date forms the figures recognizer writes. docs/schema.md
// names "2021-11-18", "2021-11", "2021" and "--11-18"; the recognizer also
// writes weeks "2021-W45", seasons "2020-23" / "XXXX-23" (21-24), a day of
// an unknown month "---18", a month of an unknown year "--11", decades and
// centuries "199" / "19", and expanded years "+10000" (figures.h lists all
// but the last; docs/schema.md most). Each part must be in
// range: month 01-12, a day that exists in that month (and year), week 01-53.
bool valid_iso_date(std::string_view s) {
  if ((s.size() == 2 || s.size() == 3) && digits(s)) return true;  // century, decade
  if (s.substr(0, 3) == "---") return two_digits_in(s.substr(3), 1, 31);
  if (s.substr(0, 5) == "XXXX-") return two_digits_in(s.substr(5), 21, 24);  // EDTF: a season, year unknown
  if (s.substr(0, 2) == "--") {
    std::string_view r = s.substr(2);
    if (r.size() == 2) return two_digits_in(r, 1, 12) || two_digits_in(r, 21, 24);
    return r.size() == 5 && r[2] == '-' && two_digits_in(r.substr(0, 2), 1, 12) && digits(r.substr(3)) &&
           valid_month_day(0, num(r.substr(0, 2)), num(r.substr(3)), false);
  }
  // Year: four digits, or a sign and four or more (expanded).
  size_t y = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    y = 1;
    while (y < s.size() && s[y] >= '0' && s[y] <= '9') ++y;
    if (y < 5 || y > 12) return false;
  } else {
    if (s.size() < 4 || !digits(s.substr(0, 4))) return false;
    y = 4;
  }
  int64_t year = 0;
  for (size_t i = (s[0] == '+' || s[0] == '-'); i < y; ++i) year = year * 10 + (s[i] - '0');
  if (s[0] == '-') year = -year;
  std::string_view r = s.substr(y);
  if (r.empty()) return true;
  if (r[0] != '-') return false;
  r.remove_prefix(1);
  if (r.size() == 3 && r[0] == 'W') return two_digits_in(r.substr(1), 1, 53);
  if (r.size() == 2) return two_digits_in(r, 1, 12) || two_digits_in(r, 21, 24);
  return r.size() == 5 && r[2] == '-' && two_digits_in(r.substr(0, 2), 1, 12) && digits(r.substr(3)) &&
         valid_month_day(year, num(r.substr(0, 2)), num(r.substr(3)), true);
}

// An interval of two dates: "2011/2013".
bool valid_iso_interval(std::string_view s) {
  size_t slash = s.find('/');
  return slash != std::string_view::npos && valid_iso_date(s.substr(0, slash)) &&
         valid_iso_date(s.substr(slash + 1));
}

// "09:30", "09:30:15", optionally with a leading "T".
bool valid_iso_time(std::string_view s) {
  if (!s.empty() && s[0] == 'T') s.remove_prefix(1);
  if (s.size() != 5 && s.size() != 8) return false;
  if (!two_digits_in(s.substr(0, 2), 0, 23) || s[2] != ':' || !two_digits_in(s.substr(3, 2), 0, 59)) return false;
  return s.size() == 5 || (s[5] == ':' && two_digits_in(s.substr(6, 2), 0, 60));
}

bool time_unit(std::string_view u) {
  for (const char* k : {"year", "month", "week", "day", "hour", "minute", "second"}) {
    if (u == k) return true;
  }
  return false;
}

bool currency_code(std::string_view u) {
  return u.size() == 3 && std::all_of(u.begin(), u.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void check_value(FigureKind kind, const FigureValue& v, const std::string& at) {
  for (const std::optional<double>* x : {&v.number, &v.min, &v.max}) {
    if (*x) FUZZ_CHECK(std::isfinite(**x), at + ": non-finite number");
  }
  if (v.min && v.max) FUZZ_CHECK(*v.min <= *v.max, at + ": min > max");
  FUZZ_CHECK(valid_utf8(v.unit) && valid_utf8(v.iso), at + ": unit/iso not UTF-8");
  if (!v.unit.empty()) {
    if (kind == FigureKind::kMoney) FUZZ_CHECK(currency_code(v.unit), at + ": money unit '" + v.unit + "'");
    if (kind == FigureKind::kPercent) {  // "pp": percentage points
      FUZZ_CHECK(v.unit == "%" || v.unit == "pp", at + ": percent unit '" + v.unit + "'");
    }
    if (kind == FigureKind::kDuration || kind == FigureKind::kAge) {
      FUZZ_CHECK(time_unit(v.unit), at + ": duration/age unit '" + v.unit + "'");
    }
  }
  if (!v.iso.empty()) {
    if (kind == FigureKind::kDate) {
      FUZZ_CHECK(valid_iso_date(v.iso) || valid_iso_interval(v.iso), at + ": date iso '" + v.iso + "'");
    } else if (kind == FigureKind::kTime) {
      FUZZ_CHECK(valid_iso_time(v.iso), at + ": time iso '" + v.iso + "'");
    } else {
      FUZZ_CHECK(valid_iso_date(v.iso) || valid_iso_interval(v.iso) || valid_iso_time(v.iso),
                 at + ": iso '" + v.iso + "'");
    }
  }
}

void check_span(const Span& s, const std::vector<TextInfo>& texts, const std::string& at) {
  FUZZ_CHECK(s.block < texts.size(), at + ": block " + std::to_string(s.block));
  const TextInfo& t = texts[s.block];
  std::string range = at + " bytes [" + std::to_string(s.byte_start) + "," + std::to_string(s.byte_end) +
                      ") of " + std::to_string(t.bytes.size());
  FUZZ_CHECK(s.byte_start < s.byte_end, range + ": empty or reversed");
  FUZZ_CHECK(s.byte_end <= t.bytes.size(), range + ": outside the text");
  FUZZ_CHECK(t.is_boundary(s.byte_start) && t.is_boundary(s.byte_end), range + ": inside a code point");
  FUZZ_CHECK(s.start == t.utf16_at(s.byte_start) && s.end == t.utf16_at(s.byte_end),
             range + ": UTF-16 [" + std::to_string(s.start) + "," + std::to_string(s.end) +
                 ") expected [" + std::to_string(t.utf16_at(s.byte_start)) + "," +
                 std::to_string(t.utf16_at(s.byte_end)) + ")");
  FUZZ_CHECK(t.within_paragraph(s.byte_start, s.byte_end), range + ": runs across a paragraph");
}

bool before(const Span& a, const Span& b) {
  return a.block != b.block ? a.block < b.block : a.byte_start < b.byte_start;
}

bool overlap(const Span& a, const Span& b) {
  return a.block == b.block && a.byte_start < b.byte_end && b.byte_start < a.byte_end;
}

// Inside, with content on both sides.
bool strictly_inside(const Span& inner, const Span& outer) {
  return inner.block == outer.block && outer.byte_start < inner.byte_start && inner.byte_end < outer.byte_end;
}

}  // namespace

void check_document(const Document& doc, const std::vector<TextInfo>& texts) {
  // annotate(): one text, no blocks; annotate_blocks(): one block per text.
  FUZZ_CHECK(doc.per_block ? doc.blocks == texts.size() : doc.blocks == 0 && texts.size() == 1,
             "blocks " + std::to_string(doc.blocks));
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const Actor& a = doc.actors[i];
    check_span(a.span, texts, where("actor", i));
    FUZZ_CHECK(static_cast<int>(a.type) >= 0 && static_cast<int>(a.type) <= 3, where("actor", i));
    FUZZ_CHECK(a.entity < doc.entities.size(), where("actor", i) + ": entity out of range");
    if (i > 0) FUZZ_CHECK(!before(a.span, doc.actors[i - 1].span), where("actor", i) + ": out of order");
  }
  size_t mentions = 0;
  for (size_t k = 0; k < doc.entities.size(); ++k) {
    const Entity& e = doc.entities[k];
    std::string at = where("entity", k);
    FUZZ_CHECK(e.id == "e" + std::to_string(k + 1), at + ": id " + e.id);
    FUZZ_CHECK(!e.name.empty() && valid_utf8(e.name), at + ": name");
    FUZZ_CHECK(static_cast<int>(e.type) >= 0 && static_cast<int>(e.type) <= 3, at + ": type");
    FUZZ_CHECK(!e.mentions.empty(), at + ": no mentions");
    for (size_t j = 0; j < e.mentions.size(); ++j) {
      FUZZ_CHECK(e.mentions[j] < doc.actors.size(), at + ": mention out of range");
      FUZZ_CHECK(doc.actors[e.mentions[j]].entity == k, at + ": mention of another entity");
      if (j > 0) FUZZ_CHECK(e.mentions[j] > e.mentions[j - 1], at + ": mentions out of order");
    }
    if (k > 0) FUZZ_CHECK(e.mentions[0] > doc.entities[k - 1].mentions[0], at + ": not in first-mention order");
    mentions += e.mentions.size();
  }
  FUZZ_CHECK(mentions == doc.actors.size(), "actors missing from their entity's mentions");
  for (size_t i = 0; i < doc.figures.size(); ++i) {
    const Figure& f = doc.figures[i];
    std::string at = where("figure", i);
    check_span(f.span, texts, at);
    FUZZ_CHECK(static_cast<int>(f.kind) >= 0 && static_cast<int>(f.kind) <= 9, at + ": kind");
    check_value(f.kind, f.value, at);
    if (i > 0) FUZZ_CHECK(!before(f.span, doc.figures[i - 1].span), at + ": out of order");
  }
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    std::string at = where("claim", i);
    FUZZ_CHECK(static_cast<int>(c.kind) >= 0 && static_cast<int>(c.kind) <= 3, at + ": kind");
    check_span(c.content, texts, at + " content");
    if (c.source) check_span(*c.source, texts, at + " source");
    if (c.cue) check_span(*c.cue, texts, at + " cue");
    if (c.source && c.cue) FUZZ_CHECK(!overlap(*c.source, *c.cue), at + ": source overlaps cue");
    // A tag inside the content ("The latest test, North Korea said, was its
    // biggest yet") is how one span holds content on both sides of it.
    if (c.source) FUZZ_CHECK(!overlap(*c.source, c.content) || strictly_inside(*c.source, c.content),
                             at + ": source overlaps content");
    if (c.cue) FUZZ_CHECK(!overlap(*c.cue, c.content) || strictly_inside(*c.cue, c.content),
                          at + ": cue overlaps content");
    if (c.source_entity) {
      FUZZ_CHECK(c.source.has_value(), at + ": source_entity without a source");
      FUZZ_CHECK(*c.source_entity < doc.entities.size(), at + ": source_entity out of range");
    }
    if (i > 0) FUZZ_CHECK(!before(c.content, doc.claims[i - 1].content), at + ": out of order");
  }
}

// ---- JSON checks -------------------------------------------------------------------

namespace {

using nlohmann::json;

void keys_within(const json& j, std::initializer_list<const char*> allowed, const std::string& at) {
  FUZZ_CHECK(j.is_object(), at + ": not an object");
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool ok = false;
    for (const char* k : allowed) ok = ok || it.key() == k;
    FUZZ_CHECK(ok, at + ": unexpected field \"" + it.key() + "\"");
  }
}

bool one_of(const json& j, std::initializer_list<const char*> names) {
  if (!j.is_string()) return false;
  for (const char* n : names) {
    if (j.get_ref<const std::string&>() == n) return true;
  }
  return false;
}

const std::initializer_list<const char*> kActorTypes = {"person", "organization", "place", "group"};

// A span object: start/end (and block when the document has blocks);
// texts, when given, are the blocks' texts to check the offsets against.
void schema_span(const json& j, size_t blocks, const std::vector<TextInfo>* texts,
                 std::initializer_list<const char*> fields, const std::string& at) {
  keys_within(j, fields, at);
  FUZZ_CHECK(j.contains("start") && j["start"].is_number_unsigned(), at + ": start");
  FUZZ_CHECK(j.contains("end") && j["end"].is_number_unsigned(), at + ": end");
  uint64_t start = j["start"].get<uint64_t>(), end = j["end"].get<uint64_t>();
  FUZZ_CHECK(start < end, at + ": empty or reversed");
  uint64_t block = 0;
  if (blocks > 0) {
    FUZZ_CHECK(j.contains("block") && j["block"].is_number_unsigned(), at + ": block");
    block = j["block"].get<uint64_t>();
    FUZZ_CHECK(block < blocks, at + ": block out of range");
  } else {
    FUZZ_CHECK(!j.contains("block"), at + ": block in a document without blocks");
  }
  if (texts) {
    const TextInfo& t = (*texts)[block];
    FUZZ_CHECK(end <= t.utf16_length, at + ": outside the text");
    FUZZ_CHECK(t.is_utf16_boundary(start) && t.is_utf16_boundary(end), at + ": splits a surrogate pair");
  }
}

void schema_number(const json& v, const char* field, const std::string& at) {
  if (v.contains(field)) FUZZ_CHECK(v[field].is_number(), at + ": value." + field + " not a number");
}

// docs/schema.md, field by field. Returns nothing; fails on a violation.
void schema_document(const json& j, const std::vector<TextInfo>* texts) {
  keys_within(j, {"schema", "blocks", "entities", "actors", "figures", "claims"}, "document");
  FUZZ_CHECK(j.contains("schema") && j["schema"] == kSchemaVersion, "schema version");
  // "blocks": N only from annotate_blocks (any N, 0 included); then every
  // span has "block". 0 below means "no blocks field".
  size_t blocks = 0;
  if (j.contains("blocks")) {
    FUZZ_CHECK(j["blocks"].is_number_unsigned(), "blocks");
    blocks = j["blocks"].get<size_t>();
  }
  if (texts) FUZZ_CHECK(j.contains("blocks") ? blocks == texts->size() : texts->size() <= 1, "blocks count");
  for (const char* k : {"entities", "actors", "figures", "claims"}) {
    FUZZ_CHECK(j.contains(k) && j[k].is_array(), std::string(k) + " not an array");
  }
  const json& entities = j["entities"];
  const json& actors = j["actors"];
  std::set<std::string> ids;
  for (size_t k = 0; k < entities.size(); ++k) {
    const json& e = entities[k];
    std::string at = where("entities", k);
    keys_within(e, {"id", "name", "type", "mentions"}, at);
    FUZZ_CHECK(e.contains("id") && e["id"] == "e" + std::to_string(k + 1), at + ": id");
    FUZZ_CHECK(e.contains("name") && e["name"].is_string() && !e["name"].get_ref<const std::string&>().empty(),
               at + ": name");
    FUZZ_CHECK(e.contains("type") && one_of(e["type"], kActorTypes), at + ": type");
    FUZZ_CHECK(e.contains("mentions") && e["mentions"].is_array() && !e["mentions"].empty(), at + ": mentions");
    for (const json& m : e["mentions"]) {
      FUZZ_CHECK(m.is_number_unsigned() && m.get<uint64_t>() < actors.size(), at + ": mention index");
      FUZZ_CHECK(actors[m.get<size_t>()].is_object() && actors[m.get<size_t>()].value("entity", "") == e["id"],
                 at + ": mention of another entity");
    }
    ids.insert(e["id"].get<std::string>());
  }
  for (size_t i = 0; i < actors.size(); ++i) {
    const json& a = actors[i];
    std::string at = where("actors", i);
    schema_span(a, blocks, texts, {"start", "end", "block", "type", "entity", "pronoun"}, at);
    FUZZ_CHECK(a.contains("type") && one_of(a["type"], kActorTypes), at + ": type");
    FUZZ_CHECK(a.contains("entity") && a["entity"].is_string() && ids.count(a["entity"].get<std::string>()),
               at + ": entity");
    if (a.contains("pronoun")) FUZZ_CHECK(a["pronoun"] == true, at + ": pronoun present but not true");
  }
  for (size_t i = 0; i < j["figures"].size(); ++i) {
    const json& f = j["figures"][i];
    std::string at = where("figures", i);
    schema_span(f, blocks, texts, {"start", "end", "block", "kind", "value"}, at);
    FUZZ_CHECK(f.contains("kind") && one_of(f["kind"], {"count", "money", "percent", "quantity", "date", "time",
                                                        "duration", "age", "range", "ordinal"}),
               at + ": kind");
    FUZZ_CHECK(f.contains("value"), at + ": value");
    const json& v = f["value"];
    keys_within(v, {"number", "min", "max", "approx", "unit", "iso"}, at + " value");
    for (const char* k : {"number", "min", "max"}) schema_number(v, k, at);
    if (v.contains("approx")) FUZZ_CHECK(v["approx"] == true, at + ": approx present but not true");
    for (const char* k : {"unit", "iso"}) {
      if (v.contains(k)) FUZZ_CHECK(v[k].is_string() && !v[k].get_ref<const std::string&>().empty(), at + ": " + k);
    }
  }
  for (size_t i = 0; i < j["claims"].size(); ++i) {
    const json& c = j["claims"][i];
    std::string at = where("claims", i);
    keys_within(c, {"kind", "source", "cue", "content"}, at);
    FUZZ_CHECK(c.contains("kind") && one_of(c["kind"], {"direct", "indirect", "according_to", "mixed"}),
               at + ": kind");
    for (const char* k : {"source", "cue", "content"}) FUZZ_CHECK(c.contains(k), at + ": no " + k);
    if (!c["source"].is_null()) {
      schema_span(c["source"], blocks, texts, {"start", "end", "block", "entity"}, at + " source");
      FUZZ_CHECK(c["source"].contains("entity"), at + ": source without entity (null or an id)");
      const json& e = c["source"]["entity"];
      FUZZ_CHECK(e.is_null() || (e.is_string() && ids.count(e.get<std::string>())), at + ": source entity");
    }
    if (!c["cue"].is_null()) schema_span(c["cue"], blocks, texts, {"start", "end", "block"}, at + " cue");
    schema_span(c["content"], blocks, texts, {"start", "end", "block"}, at + " content");
  }
}

bool same_number(const json& j, const std::optional<double>& x) {
  if (!x) return !j.is_number();
  return j.is_number() && j.get<double>() == *x;
}

void same_span(const json& j, const Span& s, size_t blocks, const std::string& at) {
  FUZZ_CHECK(j["start"] == s.start && j["end"] == s.end, at + ": JSON offsets differ from the Document");
  if (blocks > 0) FUZZ_CHECK(j["block"] == s.block, at + ": JSON block differs");
}

}  // namespace

void check_json(std::string_view text, const Document& doc) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  FUZZ_CHECK(!j.is_discarded(), "to_json output does not parse");
  schema_document(j, nullptr);
  FUZZ_CHECK(j.contains("blocks") == doc.per_block && j.value("blocks", size_t{0}) == doc.blocks, "blocks field");
  FUZZ_CHECK(j["entities"].size() == doc.entities.size() && j["actors"].size() == doc.actors.size() &&
                 j["figures"].size() == doc.figures.size() && j["claims"].size() == doc.claims.size(),
             "JSON array sizes differ from the Document");
  for (size_t k = 0; k < doc.entities.size(); ++k) {
    const json& e = j["entities"][k];
    FUZZ_CHECK(e["name"] == doc.entities[k].name && e["type"] == name(doc.entities[k].type) &&
                   e["mentions"] == doc.entities[k].mentions,
               where("entities", k) + ": differs from the Document");
  }
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const json& a = j["actors"][i];
    const Actor& d = doc.actors[i];
    same_span(a, d.span, doc.blocks, where("actors", i));
    FUZZ_CHECK(a["type"] == name(d.type) && a["entity"] == doc.entities[d.entity].id &&
                   a.value("pronoun", false) == d.pronoun,
               where("actors", i) + ": differs from the Document");
  }
  for (size_t i = 0; i < doc.figures.size(); ++i) {
    const json& f = j["figures"][i];
    const Figure& d = doc.figures[i];
    same_span(f, d.span, doc.blocks, where("figures", i));
    const json& v = f["value"];
    FUZZ_CHECK(f["kind"] == name(d.kind) && same_number(v.value("number", json()), d.value.number) &&
                   same_number(v.value("min", json()), d.value.min) &&
                   same_number(v.value("max", json()), d.value.max) &&
                   v.value("approx", false) == d.value.approx && v.value("unit", "") == d.value.unit &&
                   v.value("iso", "") == d.value.iso,
               where("figures", i) + ": value differs from the Document");
  }
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const json& c = j["claims"][i];
    const Claim& d = doc.claims[i];
    std::string at = where("claims", i);
    FUZZ_CHECK(c["kind"] == name(d.kind), at + ": kind differs");
    same_span(c["content"], d.content, doc.blocks, at + " content");
    FUZZ_CHECK(c["source"].is_null() == !d.source && c["cue"].is_null() == !d.cue, at + ": null-ness differs");
    if (d.source) {
      same_span(c["source"], *d.source, doc.blocks, at + " source");
      json want = d.source_entity ? json(doc.entities[*d.source_entity].id) : json(nullptr);
      FUZZ_CHECK(c["source"]["entity"] == want, at + ": source entity differs");
    }
    if (d.cue) same_span(c["cue"], *d.cue, doc.blocks, at + " cue");
  }
}

void check_json_document(const json& j, const std::vector<TextInfo>& texts) { schema_document(j, &texts); }

void check_error_json(const Error& error) {
  FUZZ_CHECK(valid_utf8(error.message), "error message is not valid UTF-8");
  FUZZ_CHECK(error.message.find_first_of("\r\n") == std::string::npos, "error message is not one line");
  std::string s = error_json(error);
  json j = json::parse(s, nullptr, false);
  FUZZ_CHECK(!j.is_discarded(), "error_json does not parse");
  keys_within(j, {"schema", "error"}, "error document");
  FUZZ_CHECK(j["schema"] == kSchemaVersion, "error schema");
  const json& e = j["error"];
  keys_within(e, {"code", "message", "byte_offset"}, "error");
  FUZZ_CHECK(one_of(e["code"], {"invalid_utf8", "invalid_date", "too_large"}), "error code");
  FUZZ_CHECK(e["message"] == error.message && !error.message.empty(), "error message");
  FUZZ_CHECK(e["byte_offset"] == error.byte_offset, "error byte_offset");
}

// ---- Time ------------------------------------------------------------------------

TimeBudget::TimeBudget() {
  if (const char* v = std::getenv("NEWSANN_FUZZ_US_PER_BYTE")) us_per_byte_ = std::atof(v);
  if (const char* v = std::getenv("NEWSANN_FUZZ_FLOOR_MS")) floor_ms_ = std::atof(v);
}

double TimeBudget::limit_seconds(size_t bytes) const {
  return std::max(floor_ms_ / 1e3, us_per_byte_ * 1e-6 * static_cast<double>(bytes));
}

double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void TimeBudget::run(const char* what, size_t bytes, const std::function<void()>& f) const {
  double limit = limit_seconds(bytes), best = 1e300;
  for (int attempt = 0; attempt < 3; ++attempt) {
    double t0 = cpu_seconds();
    f();
    best = std::min(best, cpu_seconds() - t0);
    if (best <= limit) return;
  }
  char msg[256];
  std::snprintf(msg, sizeof msg, "%s took %.1f ms on %zu bytes (%.2f us/byte), over the budget of %.1f ms",
                what, best * 1e3, bytes, best * 1e6 / std::max<size_t>(bytes, 1), limit * 1e3);
  fail(msg);
}

bool real_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int y = num(s.substr(0, 4));
  return y >= 1 && valid_month_day(y, num(s.substr(5, 2)), num(s.substr(8, 2)), true);
}

std::string pick_date(const uint8_t* data, size_t size) {
  static const char* const kDates[] = {"",           "2021-11-20", "2024-02-29", "2020-12-31",
                                       "2021-01-01", "0001-01-01", "9999-12-31", ""};
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 16777619u;
  return kDates[h % 8];
}

}  // namespace newsann::fuzz
