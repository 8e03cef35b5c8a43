// UTF-8 validation, repair and UTF-16 offsets: the hard part that every
// span depends on. Exhaustive over short byte strings, against a reference
// decoder written independently below.
#include "utf.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsann {
namespace {

// Reference: decode per the Unicode/WHATWG rules with a direct table of
// valid ranges (Unicode Table 3-7), returning the UTF-16 length after
// replacement, or -1 for "invalid" when strict.
struct RefResult {
  bool valid;
  size_t first_bad;
  std::u16string utf16;  // after WHATWG replacement
};

RefResult reference(const std::string& s) {
  RefResult r{true, std::string::npos, {}};
  size_t i = 0;
  auto u = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < s.size()) {
    unsigned char c = u(i);
    int need;
    unsigned lo = 0x80, hi = 0xBF;
    char32_t cp;
    if (c <= 0x7F) {
      r.utf16.push_back(c);
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      if (r.valid) r.first_bad = i;
      r.valid = false;
      r.utf16.push_back(0xFFFD);
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool ok = true;
    for (int k = 0; k < need; ++k, ++j) {
      if (j >= s.size() || u(j) < (k == 0 ? lo : 0x80) || u(j) > (k == 0 ? hi : 0xBF)) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (u(j) & 0x3F);
    }
    if (!ok) {
      if (r.valid) r.first_bad = i;
      r.valid = false;
      r.utf16.push_back(0xFFFD);
      i = j;  // the maximal subpart: lead plus the valid continuations seen
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      r.utf16.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      r.utf16.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      r.utf16.push_back(static_cast<char16_t>(cp));
    }
    i = j;
  }
  return r;
}

// Every byte string of length <= 2, and length 3-4 from a set of
// interesting bytes: boundaries of each valid range and its neighbours.
std::vector<std::string> cases() {
  std::vector<std::string> out = {""};
  for (int a = 0; a < 256; ++a) {
    out.push_back(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) out.push_back({static_cast<char>(a), static_cast<char>(b)});
  }
  const unsigned char edge[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (unsigned char a : edge)
    for (unsigned char b : edge)
      for (unsigned char c : edge) {
        out.push_back({char(a), char(b), char(c)});
        for (unsigned char d : edge) out.push_back({char(a), char(b), char(c), char(d)});
      }
  return out;
}

TEST(Utf, ValidationMatchesReferenceExhaustively) {
  for (const std::string& s : cases()) {
    RefResult ref = reference(s);
    size_t bad = find_invalid_utf8(s);
    ASSERT_EQ(bad == std::string_view::npos, ref.valid) << testing::PrintToString(s);
    if (!ref.valid) ASSERT_EQ(bad, ref.first_bad) << testing::PrintToString(s);
  }
}

TEST(Utf, ReplacementMatchesWhatwgDecoder) {
  for (const std::string& s : cases()) {
    RefResult ref = reference(s);
    std::string fixed = replace_invalid_utf8(s);
    ASSERT_EQ(find_invalid_utf8(fixed), std::string_view::npos);
    ASSERT_EQ(utf16_length(fixed), ref.utf16.size()) << testing::PrintToString(s);
    if (ref.valid) ASSERT_EQ(fixed, s);
  }
}

TEST(Utf, Utf16OffsetsAtEveryBoundary) {
  // ASCII, 2-, 3- and 4-byte (astral) characters mixed.
  std::string s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80z\xF0\x90\x8D\x88";
  std::vector<uint32_t> bytes = {0, 1, 3, 6, 10, 11, 15, 0, 15};
  std::vector<uint32_t> want = {0, 1, 2, 3, 5, 6, 8, 0, 8};
  std::vector<uint32_t*> ptrs;
  for (uint32_t& b : bytes) ptrs.push_back(&b);
  bytes_to_utf16(s, ptrs);
  EXPECT_EQ(bytes, want);
  EXPECT_EQ(utf16_length(s), 8u);
}

// Every boundary of a long mixed text, given in descending order (the
// conversion takes them in any order), against the units of its prefix.
TEST(Utf, Utf16OffsetsAcrossBlocksInAnyOrder) {
  std::string s;
  const char* pieces[] = {"plain ascii words ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "x"};
  for (int i = 0; i < 300; ++i) s += pieces[(i * 7) % 5];
  std::vector<uint32_t> bytes, want;
  for (size_t b = s.size() + 1; b-- > 0;) {
    if (b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) continue;
    bytes.push_back(static_cast<uint32_t>(b));
    want.push_back(static_cast<uint32_t>(utf16_length(s.substr(0, b))));
  }
  std::vector<uint32_t*> ptrs;
  for (uint32_t& b : bytes) ptrs.push_back(&b);
  bytes_to_utf16(s, ptrs);
  EXPECT_EQ(bytes, want);
}

// Characters of every length straddling every position of a 64-byte block
// (the conversion's table works per block), texts ending exactly on a block
// (an offset may be the text's size) and pure ASCII texts: every boundary
// against the units of its prefix.
TEST(Utf, Utf16OffsetsAtEveryBlockPosition) {
  const char* chars[] = {"\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "b"};
  for (int lead = 0; lead < 130; ++lead) {
    for (const char* c : chars) {
      std::string s(lead, 'a');
      for (int k = 0; k < 3; ++k) s += c;
      s += std::string(lead % 7, 'z');
      std::vector<uint32_t> bytes, want;
      for (size_t b = 0; b <= s.size(); ++b) {
        if (b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) continue;
        bytes.push_back(static_cast<uint32_t>(b));
        want.push_back(static_cast<uint32_t>(utf16_length(s.substr(0, b))));
      }
      std::vector<uint32_t*> ptrs;
      for (uint32_t& b : bytes) ptrs.push_back(&b);
      bytes_to_utf16(s, ptrs);
      ASSERT_EQ(bytes, want) << "lead " << lead << " char " << c;
    }
  }
}

// The ASCII fast paths read 32 and 8 bytes at a time: an invalid byte (or a
// valid sequence) at every position of a long string, before, inside and
// after those strides, is found where it is.
TEST(Utf, FindsInvalidBytesAtEveryPositionOfALongString) {
  for (size_t pos = 0; pos < 100; ++pos) {
    std::string s(100, 'a');
    s[pos] = '\xFF';
    EXPECT_EQ(find_invalid_utf8(s), pos);
    std::string valid(100, 'a');
    valid.replace(pos, 3, "\xE2\x80\x9C");
    EXPECT_EQ(find_invalid_utf8(valid), std::string_view::npos) << pos;
    std::string truncated = valid.substr(0, pos + 2);  // the sequence cut short
    EXPECT_EQ(find_invalid_utf8(truncated), pos);
  }
}

}  // namespace
}  // namespace newsann
