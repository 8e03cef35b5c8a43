// A read-only open-addressing map from 64-bit keys (hashes) to 32-bit
// values: one probe sequence in two flat arrays, no pointer chasing. Built
// once from an unordered_map; used for the lexicons' hot lookups.
#ifndef NEWSANN_NER_FLAT_MAP_H_
#define NEWSANN_NER_FLAT_MAP_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace newsann {

class FlatMap {
 public:
  FlatMap() = default;
  explicit FlatMap(const std::unordered_map<uint64_t, uint32_t>& from) {
    size_t cap = 16;
    while (cap < from.size() * 2 + 1) cap <<= 1;
    keys_.assign(cap, 0);
    values_.assign(cap, 0);
    mask_ = cap - 1;
    for (const auto& [k, v] : from) {
      uint64_t key = k ? k : 1;  // 0 marks an empty slot
      size_t p = mix(key) & mask_;
      while (keys_[p] != 0) p = (p + 1) & mask_;
      keys_[p] = key;
      values_[p] = v;
    }
  }
  // The value of key, or `missing`.
  uint32_t find(uint64_t key, uint32_t missing = 0) const {
    if (keys_.empty()) return missing;
    if (key == 0) key = 1;
    for (size_t p = mix(key) & mask_;; p = (p + 1) & mask_) {
      if (keys_[p] == key) return values_[p];
      if (keys_[p] == 0) return missing;
    }
  }

 private:
  static uint64_t mix(uint64_t k) { return (k ^ (k >> 29)) * 0xBF58476D1CE4E5B9ull >> 7; }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  uint64_t mask_ = 0;
};

}  // namespace newsann

#endif  // NEWSANN_NER_FLAT_MAP_H_
