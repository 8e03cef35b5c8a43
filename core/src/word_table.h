// A hash table from words to values for the lexicons' hot lookups: keyed by
// text.h word_key(), so a lookup with a token's precomputed key
// (Text::key) costs one probe and one string compare, and no allocation.
// Open addressing in one flat array of slots; the entries keep their words,
// so a lookup never mistakes one word for another that shares its hash.
// Built once (insert/operator[]), read-only and thread-safe afterwards.
#ifndef NEWSANN_WORD_TABLE_H_
#define NEWSANN_WORD_TABLE_H_

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hash_slots.h"
#include "text.h"

namespace newsann {

template <class V>
class WordTable {
 public:
  // The value of w, default-constructed when new (building only).
  V& operator[](std::string_view w) { return *try_emplace(w, word_key(w), V()).first; }

  // Inserts w -> v unless w is there (building; `key` is word_key(w)): the
  // value w has and whether it was added. One hash and one probe sequence,
  // where find() then operator[] would take two.
  std::pair<V*, bool> try_emplace(std::string_view w, uint64_t key, V v) {
    if (V* found = find_mutable(w, key)) return {found, false};
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    entries_.emplace_back(std::string(w), std::move(v));
    place(key, static_cast<uint32_t>(entries_.size() - 1));
    return {&entries_.back().second, true};
  }

  // The value of w (whose word_key is `key`), or nullptr.
  const V* find(std::string_view w, uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t p = slot_mix(key) & mask;; p = (p + 1) & mask) {
      const Slot& s = slots_[p];
      if (s.index == kEmpty) return nullptr;
      if (s.key == key && same(entries_[s.index].first, w)) return &entries_[s.index].second;
    }
  }
  const V* find(std::string_view w) const { return find(w, word_key(w)); }
  bool contains(std::string_view w, uint64_t key) const { return find(w, key) != nullptr; }
  bool contains(std::string_view w) const { return find(w) != nullptr; }

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  // The entries in insertion order (words and values).
  std::vector<std::pair<std::string, V>>& entries() { return entries_; }
  const std::vector<std::pair<std::string, V>>& entries() const { return entries_; }

 private:
  static constexpr uint32_t kEmpty = ~0u;
  struct Slot {
    uint64_t key = 0;
    uint32_t index = kEmpty;
  };
  // a == b, inline (words are short: a call to memcmp cost more), eight
  // or four bytes at a time: the last load overlaps the one before rather
  // than reading past the end.
  static bool same(const std::string& a, std::string_view b) {
    const size_t n = b.size();
    if (a.size() != n) return false;
    const char *p = a.data(), *q = b.data();
    if (n >= 8) {
      for (size_t i = 0; i + 8 <= n; i += 8) {
        if (load_bytes<uint64_t>(p + i) != load_bytes<uint64_t>(q + i)) return false;
      }
      return load_bytes<uint64_t>(p + n - 8) == load_bytes<uint64_t>(q + n - 8);
    }
    if (n >= 4) return load_bytes<uint32_t>(p) == load_bytes<uint32_t>(q) && load_bytes<uint32_t>(p + n - 4) == load_bytes<uint32_t>(q + n - 4);
    for (size_t i = 0; i < n; ++i) {
      if (p[i] != q[i]) return false;
    }
    return true;
  }

  V* find_mutable(std::string_view w, uint64_t key) {
    return const_cast<V*>(static_cast<const WordTable*>(this)->find(w, key));
  }
  void place(uint64_t key, uint32_t index) {
    const size_t mask = slots_.size() - 1;
    size_t p = slot_mix(key) & mask;
    while (slots_[p].index != kEmpty) p = (p + 1) & mask;
    slots_[p] = Slot{key, index};
  }
  void grow() {
    size_t cap = slots_.empty() ? 16 : slots_.size() * 2;
    slots_.assign(cap, Slot());
    for (uint32_t i = 0; i < entries_.size(); ++i) place(word_key(entries_[i].first), i);
  }

  std::vector<std::pair<std::string, V>> entries_;
  std::vector<Slot> slots_;
};

// A closed class of words written in the code, as a table:
//   static const WordTable<char> kWords = word_set({"the", "a", "an"});
//   kWords.contains(w, key)
inline WordTable<char> word_set(std::initializer_list<std::string_view> words) {
  WordTable<char> t;
  for (std::string_view w : words) t[w] = 1;
  return t;
}

}  // namespace newsann

#endif  // NEWSANN_WORD_TABLE_H_
