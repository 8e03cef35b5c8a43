#include "utf.h"

#include <algorithm>
#include <cstring>

namespace newsann {

namespace {

// Length of the valid sequence at s[i], or 0 if it is invalid; *bad gets
// the length of the maximal invalid subsequence (WHATWG: at least 1).
size_t valid_sequence(std::string_view s, size_t i, size_t* bad) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  *bad = 1;
  if (c < 0x80) return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) {
      *bad = k;
      return 0;
    }
    unsigned char d = p[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (d < l || d > h) {
      *bad = k;
      return 0;
    }
  }
  return len;
}

}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // the tail of a short string
      ++i;
      continue;
    }
    size_t bad;
    size_t len = valid_sequence(s, i, &bad);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t bad;
    size_t len = valid_sequence(s, i, &bad);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      i += bad;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

void bytes_to_utf16(std::string_view s, std::vector<uint32_t*>& offsets) {
  std::sort(offsets.begin(), offsets.end(), [](uint32_t* a, uint32_t* b) { return *a < *b; });
  size_t byte = 0, unit = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (uint32_t* off : offsets) {
    size_t target = std::min<size_t>(*off, s.size());
    while (byte < target) {
      if (byte + 8 <= target) {  // ASCII eight bytes at a time (one unit each)
        uint64_t w;
        std::memcpy(&w, p + byte, 8);
        if (!(w & 0x8080808080808080ULL)) {
          byte += 8;
          unit += 8;
          continue;
        }
      }
      unsigned char c = p[byte];
      if (c < 0x80) {
        byte += 1;
        unit += 1;
      } else if (c < 0xE0) {
        byte += 2;
        unit += 1;
      } else if (c < 0xF0) {
        byte += 3;
        unit += 1;
      } else {
        byte += 4;
        unit += 2;  // astral: a surrogate pair
      }
    }
    *off = static_cast<uint32_t>(unit);
  }
}

size_t utf16_length(std::string_view s) {
  size_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) units += 1;  // a lead byte starts a code point
    if (c >= 0xF0) units += 1;           // astral: two units
  }
  return units;
}

}  // namespace newsann
