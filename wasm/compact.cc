#include "compact.h"

#include <cstring>
#include <string_view>
#include <vector>

#include "utf.h"

namespace newsann::compact {

namespace {

class Encoder {
 public:
  explicit Encoder(const Document& doc) : doc_(doc) {}

  std::string run() {
    // Words are written through a cursor into a buffer sized for the most
    // the records can need, then cut to what was written: this file is
    // compiled for size, and there each push_back was a call with its own
    // capacity check (~2% of annotate() in V8's profile).
    size_t bound = 13;
    for (const Entity& e : doc_.entities) bound += 6 + e.mentions.size();
    bound += 6 * doc_.actors.size() + 9 * doc_.figures.size() + 13 * doc_.claims.size();
    words_.assign(bound, 0);
    w_ = words_.data() + 13;
    words_[0] = kCompactMagic;
    words_[1] = doc_.per_block ? kPerBlock : 0;
    words_[2] = static_cast<uint32_t>(doc_.blocks);
    words_[5] = static_cast<uint32_t>(doc_.entities.size());
    words_[6] = static_cast<uint32_t>(doc_.actors.size());
    words_[7] = static_cast<uint32_t>(doc_.figures.size());
    words_[8] = static_cast<uint32_t>(doc_.claims.size());
    for (const Entity& e : doc_.entities) {
      string(e.id);
      string(e.name);
      name_of(e.type);
      put(static_cast<uint32_t>(e.mentions.size()));
      for (size_t m : e.mentions) put(static_cast<uint32_t>(m));
    }
    for (const Actor& a : doc_.actors) {
      span(a.span);
      name_of(a.type);
      put(static_cast<uint32_t>(a.entity));
      put(a.pronoun ? 1 : 0);
    }
    for (const Figure& f : doc_.figures) {
      span(f.span);
      name_of(f.kind);
      const FigureValue& v = f.value;
      put((v.number ? kNumber : 0) | (v.min ? kMin : 0) | (v.max ? kMax : 0) | (v.approx ? kApprox : 0) |
          (v.unit.empty() ? 0 : kUnit) | (v.iso.empty() ? 0 : kIso));
      if (!v.unit.empty()) string(v.unit);
      if (!v.iso.empty()) string(v.iso);
      for (const std::optional<double>* x : {&v.number, &v.min, &v.max}) {
        if (*x) numbers_.push_back(**x);
      }
    }
    for (const Claim& c : doc_.claims) {
      name_of(c.kind);
      put(c.source ? 1 : 0);
      if (c.source) {
        span(*c.source);
        put(c.source_entity ? static_cast<uint32_t>(*c.source_entity) : kNone);
      }
      put(c.cue ? 1 : 0);
      if (c.cue) span(*c.cue);
      span(c.content);
    }
    // The name table, after the records that cite it: room for it now that
    // the records have said which names they use.
    // (The resize also cuts the buffer to what is written.)
    const size_t names_at = static_cast<size_t>(w_ - words_.data());
    words_.resize(names_at + 2 * names_.size());
    w_ = words_.data() + names_at;
    words_[3] = static_cast<uint32_t>(names_at);
    words_[4] = static_cast<uint32_t>(names_.size());
    for (std::string_view n : names_) string(n);
    // The float64 area at a multiple of 8 bytes, then the strings.
    size_t at = words_.size() * 4;
    at += at % 8;
    words_[9] = static_cast<uint32_t>(at);
    words_[10] = static_cast<uint32_t>(numbers_.size());
    const size_t strings_at = at + numbers_.size() * 8;
    words_[11] = static_cast<uint32_t>(strings_at);
    words_[12] = static_cast<uint32_t>(strings_.size());
    std::string out(strings_at + strings_.size(), '\0');
    std::memcpy(out.data(), words_.data(), words_.size() * 4);
    if (!numbers_.empty()) std::memcpy(out.data() + at, numbers_.data(), numbers_.size() * 8);
    if (!strings_.empty()) std::memcpy(out.data() + strings_at, strings_.data(), strings_.size());
    return out;
  }

 private:
  void put(uint32_t word) { *w_++ = word; }
  void span(const Span& s) {
    w_[0] = s.block;
    w_[1] = s.start;
    w_[2] = s.end;
    w_ += 3;
  }

  // Appends s to the string area (repaired as to_json() repairs it) and
  // its UTF-16 start and length to the record.
  void string(std::string_view s) {
    std::string repaired;
    if (find_invalid_utf8(s) != std::string_view::npos) {
      repaired = replace_invalid_utf8(s);
      s = repaired;
    }
    const size_t n = utf16_length(s);
    put(static_cast<uint32_t>(units_));
    put(static_cast<uint32_t>(n));
    strings_.append(s);
    units_ += n;
  }

  // The name's index in the name table, added when first used.
  template <class Enum>
  void name_of(Enum value) {
    const std::string_view n = name(value);
    size_t i = 0;
    while (i < names_.size() && names_[i].data() != n.data()) ++i;
    if (i == names_.size()) names_.push_back(n);
    put(static_cast<uint32_t>(i));
  }

  const Document& doc_;
  std::vector<uint32_t> words_;
  uint32_t* w_ = nullptr;  // the next word to write in words_
  std::vector<double> numbers_;
  std::string strings_;
  size_t units_ = 0;                    // UTF-16 length of strings_
  std::vector<std::string_view> names_;  // at most 18: a linear search is fastest
};

}  // namespace

std::string encode(const Document& doc) { return Encoder(doc).run(); }

}  // namespace newsann::compact
