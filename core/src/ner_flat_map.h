// A map from 64-bit keys (hashes) to 32-bit values for the lexicons' hot
// lookups: open addressing, one probe sequence in two flat arrays, no
// pointer chasing. Built in place once (slot()), read-only afterwards.
//
//   FlatMap classes;
//   classes.slot(word_key("paris")) |= kGazPlace;   // 0 when new
//   uint32_t c = classes.find(word_key("paris"));    // kGazPlace
#ifndef NEWSANN_NER_FLAT_MAP_H_
#define NEWSANN_NER_FLAT_MAP_H_

#include <cstdint>
#include <vector>

#include "hash_slots.h"

namespace newsann {

class FlatMap {
 public:
  FlatMap() = default;

  // The value of key, or `missing`.
  uint32_t find(uint64_t key, uint32_t missing = 0) const {
    if (keys_.empty()) return missing;
    if (key == 0) key = 1;  // 0 marks an empty slot
    for (size_t p = slot_mix(key) & mask_;; p = (p + 1) & mask_) {
      if (keys_[p] == key) return values_[p];
      if (keys_[p] == 0) return missing;
    }
  }

  // Building: the value of key, inserted as `initial` when new. The
  // reference holds until the next insertion.
  uint32_t& slot(uint64_t key, uint32_t initial = 0) {
    if (key == 0) key = 1;
    if ((size_ + 1) * 2 > keys_.size()) grow();
    size_t p = slot_mix(key) & mask_;
    while (keys_[p] != 0 && keys_[p] != key) p = (p + 1) & mask_;
    if (keys_[p] == 0) {
      keys_[p] = key;
      values_[p] = initial;
      ++size_;
    }
    return values_[p];
  }

  size_t size() const { return size_; }

 private:
  // Doubles the table (at least 16 slots), keeping it at most half full.
  void grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint32_t> values = std::move(values_);
    const size_t cap = keys.empty() ? 16 : keys.size() * 2;
    keys_.assign(cap, 0);
    values_.assign(cap, 0);
    mask_ = cap - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == 0) continue;
      size_t p = slot_mix(keys[i]) & mask_;
      while (keys_[p] != 0) p = (p + 1) & mask_;
      keys_[p] = keys[i];
      values_[p] = values[i];
    }
  }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  uint64_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace newsann

#endif  // NEWSANN_NER_FLAT_MAP_H_
