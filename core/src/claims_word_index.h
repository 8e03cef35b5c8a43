// The claims word lists' index for the one lookup every token makes
// (claims_context.cc): a hash table whose slots hold, beside the word's
// key, what the token pass needs at once (its roles, whether it opens a
// cue) and the word itself when it is short, so that a hit reads one slot,
// half a cache line, where a WordTable hit reads a slot, then its entry
// (the word) and the value. Exact like WordTable: a hit compares the
// words, never only their hashes.
// Built once by Words, read-only and thread-safe afterwards.
#ifndef NEWSANN_CLAIMS_WORD_INDEX_H_
#define NEWSANN_CLAIMS_WORD_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "hash_slots.h"

namespace newsann::claims {

class WordIndex {
 public:
  // What a lookup finds (a slot of the table).
  struct Hit {
    uint64_t key;
    uint32_t roles;     // WordInfo::roles
    uint16_t value;     // the caller's number for the word (Words: its WordInfo)
    uint8_t len;        // the word's length if it is kept here, else kLong
    uint8_t opens_cue;  // 1: the word opens a cue verb form or an adjunct
    char word[16];      // the word, zero-padded (len <= 16)
  };
  static constexpr uint8_t kLong = 255;

  // Builds over `words` (distinct, lowercase): words[v] gets value v, with
  // roles[v] and opens_cue[v]. At most 65,535 words; keys are word_key().
  void build(const std::vector<std::string>& words, const std::vector<uint64_t>& keys,
             const std::vector<uint32_t>& roles, const std::vector<uint8_t>& opens_cue) {
    words_ = words;
    size_t cap = 16;
    while (cap < words.size() * 2 + 2) cap *= 2;  // at most half full
    slots_.assign(cap, Hit{0, 0, kEmpty, 0, 0, {}});
    mask_ = cap - 1;
    for (size_t v = 0; v < words.size() && v < kEmpty; ++v) {
      size_t p = slot_mix(keys[v]) & mask_;
      while (slots_[p].value != kEmpty) p = (p + 1) & mask_;
      Hit& h = slots_[p];
      h.key = keys[v];
      h.roles = roles[v];
      h.value = static_cast<uint16_t>(v);
      h.opens_cue = opens_cue[v];
      if (words[v].size() <= sizeof h.word) {
        h.len = static_cast<uint8_t>(words[v].size());
        std::memcpy(h.word, words[v].data(), words[v].size());
      } else {
        h.len = kLong;
      }
    }
  }

  // The table's arrays, for a loop over every token to hold in locals (a
  // store through any pointer in the loop would otherwise make it reload
  // them from the WordIndex).
  struct View {
    const Hit* slots;
    size_t mask;
    const std::string* words;
    // The slot of word w[0, n) whose word_key is `key`, or nullptr.
    const Hit* find(const char* w, size_t n, uint64_t key) const {
      if (slots == nullptr) return nullptr;
      for (size_t p = slot_mix(key) & mask;; p = (p + 1) & mask) {
        const Hit& h = slots[p];
        if (h.value == kEmpty) return nullptr;
        if (h.key == key && (n <= sizeof h.word ? h.len == n && same_short(h.word, w, n)
                                                : h.len == kLong && words[h.value] == std::string_view(w, n))) {
          return &h;
        }
      }
    }
  };
  View view() const { return View{slots_.empty() ? nullptr : slots_.data(), mask_, words_.data()}; }
  const Hit* find(const char* w, size_t n, uint64_t key) const { return view().find(w, n, key); }

 private:
  static constexpr uint16_t kEmpty = 0xFFFF;
  // a[0, n) == b[0, n) for n <= 16, reading only those bytes of b (a is
  // padded): the last load overlaps the one before rather than reading on.
  static bool same_short(const char* a, const char* b, size_t n) {
    if (n >= 8) {
      return load_bytes<uint64_t>(a) == load_bytes<uint64_t>(b) && load_bytes<uint64_t>(a + n - 8) == load_bytes<uint64_t>(b + n - 8);
    }
    if (n >= 4) return load_bytes<uint32_t>(a) == load_bytes<uint32_t>(b) && load_bytes<uint32_t>(a + n - 4) == load_bytes<uint32_t>(b + n - 4);
    if (n == 0) return true;
    // 1 to 3 bytes: the first, the middle and the last.
    return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
  }

  std::vector<Hit> slots_;
  size_t mask_ = 0;
  std::vector<std::string> words_;  // for the words longer than a slot holds
};

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_WORD_INDEX_H_
