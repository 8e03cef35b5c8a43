#include "utf.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>

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
    // ASCII fast path: 32 bytes at a time (news text has a byte outside
    // ASCII about once in a hundred), then eight.
    while (i + 32 <= n) {
      uint64_t w[4];
      std::memcpy(w, s.data() + i, 32);
      if ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) break;
      i += 32;
    }
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (const uint64_t high = w & 0x8080808080808080ULL) {
        // Straight to the first byte outside ASCII (the lowest in memory).
        if constexpr (std::endian::native == std::endian::little) {
          i += static_cast<size_t>(std::countr_zero(high)) / 8;
        }
        break;
      }
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

namespace {

// Eight bytes from p, the first in the lowest byte (as a little-endian load
// gives them).
uint64_t load_le(const unsigned char* p) {
  uint64_t w;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&w, p, 8);
  } else {
    w = 0;
    for (int i = 0; i < 8; ++i) w |= uint64_t{p[i]} << (8 * i);
  }
  return w;
}

// The high bit of each of the eight bytes of m (the rest zero), as eight
// bits: byte i's at bit i.
uint64_t gather_high_bits(uint64_t m) { return ((m >> 7) * 0x0102040810204080ull) >> 56; }

// A 64-byte block of the text: which of its bytes are UTF-8 continuation
// bytes and which lead a 4-byte (astral) sequence, bit i for byte i, and the
// UTF-16 units before the block. The units before byte i of the block are
// then `units` + i - (continuation bytes before i) + (astral leads before i).
struct Block {
  uint64_t cont;
  uint64_t astral;
  uint32_t units;
};

// The masks of the 64 bytes at p.
Block block_masks(const unsigned char* p) {
  uint64_t w[8], any = 0;
  for (int j = 0; j < 8; ++j) {
    w[j] = load_le(p + 8 * j);
    any |= w[j];
  }
  Block b{0, 0, 0};
  if (!(any & 0x8080808080808080ULL)) return b;  // ASCII: the common case
  for (int j = 0; j < 8; ++j) {
    const uint64_t high = w[j] & 0x8080808080808080ULL;
    if (!high) continue;
    // 10xxxxxx: high bit set, the next one clear. 11110xxx: four set.
    b.cont |= gather_high_bits(high & ~(w[j] << 1)) << (8 * j);
    const uint64_t astral = high & (w[j] << 1) & (w[j] << 2) & (w[j] << 3);
    if (astral) b.astral |= gather_high_bits(astral) << (8 * j);
  }
  return b;
}

// Set bits of m: one instruction where the target has one (wasm; x86 with
// POPCNT), else a few arithmetic steps rather than a library call.
int popcount(uint64_t m) {
#if defined(__wasm__) || defined(__POPCNT__) || defined(__aarch64__)
  return std::popcount(m);
#else
  m = m - ((m >> 1) & 0x5555555555555555ull);
  m = (m & 0x3333333333333333ull) + ((m >> 2) & 0x3333333333333333ull);
  m = (m + (m >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<int>((m * 0x0101010101010101ull) >> 56);
#endif
}

}  // namespace

void bytes_to_utf16(std::string_view s, std::vector<uint32_t*>& offsets) {
  const size_t n = s.size();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  // Up to the first byte outside ASCII, bytes and units are the same.
  size_t first = 0;
  while (first + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + first, 8);
    if (w & 0x8080808080808080ULL) break;
    first += 8;
  }
  while (first < n && p[first] < 0x80) ++first;
  if (first == n) {  // pure ASCII: every offset is its own
    for (uint32_t* off : offsets) *off = static_cast<uint32_t>(std::min<size_t>(*off, n));
    return;
  }
  // The blocks from the one holding `first` to the one holding n (an offset
  // may be n). Built in one sweep, each offset is then converted in O(1), in
  // any order: no sort.
  const size_t b0 = first / 64, blocks = n / 64 + 1 - b0;
  std::unique_ptr<Block[]> table(new Block[blocks]);
  size_t units = b0 * 64;
  for (size_t k = 0; k < blocks; ++k) {
    const size_t start = (b0 + k) * 64;
    Block b;
    if (start + 64 <= n) {
      b = block_masks(p + start);
    } else {  // the last block, short: zeros after the text
      unsigned char tail[64] = {};
      std::memcpy(tail, p + start, n - start);
      b = block_masks(tail);
    }
    b.units = static_cast<uint32_t>(units);
    table[k] = b;
    units += 64;
    if (b.cont | b.astral) units = units - popcount(b.cont) + popcount(b.astral);
  }
  for (uint32_t* off : offsets) {
    const size_t b = std::min<size_t>(*off, n);
    if (b <= first) {
      *off = static_cast<uint32_t>(b);
      continue;
    }
    const Block& block = table[b / 64 - b0];
    const uint64_t before = (uint64_t{1} << (b % 64)) - 1;
    // Often none before the offset in its block; astral leads rarely any.
    const uint64_t cont = block.cont & before, astral = block.astral & before;
    *off = static_cast<uint32_t>(block.units + b % 64 - (cont ? popcount(cont) : 0) +
                                 (astral ? popcount(astral) : 0));
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
