// A set of word_key() values as one bit per key hash (a Bloom filter with
// one hash): maybe() is false for most keys not in the set, in a multiply,
// a shift and a load, where a probe of a WordTable that misses walks a
// chain of slots. For the lexicons' hot lookups of every token, most of
// which miss: ask the filter first, the table only when it says maybe.
#ifndef NEWSANN_KEY_FILTER_H_
#define NEWSANN_KEY_FILTER_H_

#include <cstdint>

namespace newsann {

class KeyFilter {
 public:
  void add(uint64_t key) {
    const uint64_t h = bit(key);
    bits_[h >> 6] |= uint64_t{1} << (h & 63);
  }
  // False: key is not in the set. True: it may be.
  bool maybe(uint64_t key) const {
    const uint64_t h = bit(key);
    return (bits_[h >> 6] >> (h & 63)) & 1;
  }

 private:
  // 16K bits (2 KB): with a set of 1,000 to 1,300 words, about one key in
  // 15 of the rest passes falsely.
  static constexpr int kBitsLog2 = 14;
  // The top bits of the key multiplied by an odd constant: FNV-1a's own top
  // bits hardly differ between short words ("of", "in", "is").
  static uint64_t bit(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> (64 - kBitsLog2); }
  uint64_t bits_[(1 << kBitsLog2) / 64] = {};
};

}  // namespace newsann

#endif  // NEWSANN_KEY_FILTER_H_
