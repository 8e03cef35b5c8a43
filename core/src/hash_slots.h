// Two pieces the open-addressing tables share (word_table.h, ner_flat_map.h,
// claims_word_index.h):
//
//   size_t p = slot_mix(key) & mask;        // first slot of a word_key()
//   uint64_t v = load_bytes<uint64_t>(s);   // 8 bytes of s, any alignment
#ifndef NEWSANN_HASH_SLOTS_H_
#define NEWSANN_HASH_SLOTS_H_

#include <cstdint>
#include <cstring>

namespace newsann {

// FNV-1a's low bits hardly differ between short words: mixed into the bits
// a power-of-two mask keeps.
inline uint64_t slot_mix(uint64_t k) { return (k ^ (k >> 29)) * 0xBF58476D1CE4E5B9ull >> 7; }

// The sizeof(T) bytes at p (memcpy: no alignment or aliasing assumed), for
// comparing short words a word at a time.
template <class T>
inline T load_bytes(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace newsann

#endif  // NEWSANN_HASH_SLOTS_H_
