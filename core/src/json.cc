// The JSON form of a document: docs/schema.md.
//
// Written directly into one string rather than through a JSON DOM: output is
// on the hot path of the CLI and of the wasm API (which hands JSON to JS),
// and building a DOM cost more than some recognizers. tests/core/json_test.cc
// checks the result against a DOM built independently with nlohmann/json.
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "newsann/newsann.h"
#include "utf.h"

namespace newsann {

namespace {

// What string() does with each byte: copy it, escape it, or (outside
// ASCII) check the string's UTF-8 once.
enum : uint8_t { kPlain = 0, kEscape = 1, kHigh = 2 };
struct ByteClass {
  uint8_t cls[256] = {};
  constexpr ByteClass() {
    for (int c = 0; c < 0x20; ++c) cls[c] = kEscape;
    cls[static_cast<unsigned char>('"')] = kEscape;
    cls[static_cast<unsigned char>('\\')] = kEscape;
    for (int c = 0x80; c < 0x100; ++c) cls[c] = kHigh;
  }
};
static constexpr ByteClass kByteClass{};

// How many of s's first bytes need no escape (all of them: s.size()):
// eight bytes at a time where the target is little endian.
size_t plain_prefix(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      // The high bit of each byte below 0x20, equal to '"' or '\\', or
      // outside ASCII. (A borrow may flag a byte after a flagged one: the
      // first flagged byte is exact, and only it is used.)
      const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
      const uint64_t special = ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
                               ((backslash - kOnes) & ~backslash) | w;
      if (special & kHighs) return i + static_cast<size_t>(std::countr_zero(special & kHighs)) / 8;
    }
  }
  while (i < n && kByteClass.cls[static_cast<unsigned char>(s[i])] == kPlain) ++i;
  return i;
}

// Copies n bytes from `from` to `to` inline: most strings here are a few
// bytes long (ids, names), and a call to memcpy cost more than they do.
void copy_bytes(char* to, const char* from, size_t n) {
  if (n >= 8 && n <= 16) {  // two loads of eight, overlapping
    uint64_t a, b;
    std::memcpy(&a, from, 8);
    std::memcpy(&b, from + n - 8, 8);
    std::memcpy(to, &a, 8);
    std::memcpy(to + n - 8, &b, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t a, b;
    std::memcpy(&a, from, 4);
    std::memcpy(&b, from + n - 4, 4);
    std::memcpy(to, &a, 4);
    std::memcpy(to + n - 4, &b, 4);
  } else if (n < 4) {
    for (size_t i = 0; i < n; ++i) to[i] = from[i];
  } else {
    std::memcpy(to, from, n);
  }
}

// "00" "01" ... "99": two digits a step.
struct DigitPairs {
  char d[200] = {};
  constexpr DigitPairs() {
    for (int i = 0; i < 100; ++i) {
      d[2 * i] = static_cast<char>('0' + i / 10);
      d[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
  }
};
constexpr DigitPairs kDigitPairs;

// The digits of n, ending at `end`, two a step from the last.
template <class U>
char* write_digits(char* end, U n) {
  char* q = end;
  while (n >= 100) {
    q -= 2;
    std::memcpy(q, kDigitPairs.d + 2 * (n % 100), 2);
    n /= 100;
  }
  if (n >= 10) {
    q -= 2;
    std::memcpy(q, kDigitPairs.d + 2 * n, 2);
  } else {
    *--q = static_cast<char>('0' + n);
  }
  return end;
}

// n in decimal at p (at most 20 bytes); returns the end. Offsets and
// indexes are a few digits: their length by comparisons, then two digits a
// step from the end.
char* write_decimal(char* p, uint64_t n) {
  int len = 1;
  for (uint64_t x = n;; x /= 10000, len += 4) {
    if (x < 10000) {
      len += (x >= 10) + (x >= 100) + (x >= 1000);
      break;
    }
  }
  // (32-bit division where it fits: offsets always do, and it is cheaper.)
  if (n <= UINT32_MAX) return write_digits(p + len, static_cast<uint32_t>(n));
  return write_digits(p + len, n);
}

// The compact JSON text, written piece by piece through a raw cursor. The
// document's shape is known here, so the commas, brackets and keys between
// two values are one literal of fixed length, and each object first makes
// room for its worst case (a string escapes to at most 6 bytes a byte):
// no piece checks for room, tracks commas or depth. (A writer that did, per
// token, cost more than the bytes.) Indented output is this text re-indented
// (indent()).
class Out {
 public:
  explicit Out(size_t reserve) { grow(reserve); }

  // Room for k more bytes at the cursor: once per object, for its worst case.
  void need(size_t k) {
    if (static_cast<size_t>(end_ - p_) < k) grow(k);
  }
  // A literal of this file (its length known when compiled: a copy of fixed
  // size, no memcpy call).
  template <size_t N>
  void lit(const char (&s)[N]) {
    std::memcpy(p_, s, N - 1);
    p_ += N - 1;
  }
  void uint(uint64_t n) { p_ = write_decimal(p_, n); }
  // '"' s '"' for a string of this file's own (the names of types and
  // kinds): plain ASCII, nothing to escape or check.
  void quoted(std::string_view s) {
    *p_ = '"';
    copy_bytes(p_ + 1, s.data(), s.size());
    p_[s.size() + 1] = '"';
    p_ += s.size() + 2;
  }
  static constexpr size_t kNumberRoom = 32;
  void number(double x) {
    if (!std::isfinite(x)) {
      lit("null");
    } else if (std::fabs(x) < 9e15 && x == std::floor(x)) {
      p_ = std::to_chars(p_, p_ + 24, static_cast<long long>(x)).ptr;
    } else {
      // The shortest of %.15g..%.17g that reads back as the same double
      // (at most 24 characters).
      char buf[40];
      for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, x);
        if (std::strtod(buf, nullptr) == x) break;
      }
      const size_t len = std::strlen(buf);
      std::memcpy(p_, buf, len);
      p_ += len;
    }
  }
  // Room string(s) may take.
  static size_t string_room(std::string_view s) { return 6 * s.size() + 2; }
  // s quoted and escaped; needs string_room(s).
  void string(std::string_view s) {
    // Most strings (ids, plain names) need nothing: one scan, one copy.
    if (plain_prefix(s) == s.size()) {
      quoted(s);
    } else {
      escaped(s);
    }
  }

  std::string take() const { return std::string(buf_.get(), static_cast<size_t>(p_ - buf_.get())); }

 private:
  // string() for a string with bytes to escape or check: a call of its own,
  // so that string(), on every id and name, stays small enough to inline.
  [[gnu::noinline]] void escaped(std::string_view s) {
    *p_++ = '"';
    // One pass: runs of bytes that need no escape go in with one copy. A
    // byte outside ASCII stops the pass once: names come from validated
    // text, but an error message may quote a caller's bytes (a bad --date),
    // and no invalid UTF-8 may be emitted, so such a string is checked (and
    // repaired: each invalid byte becomes 3, within the 6 a byte has) first;
    // UTF-8 then passes through.
    std::string repaired;
    bool checked = false;
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      const uint8_t k = kByteClass.cls[c];
      if (k == kPlain) continue;
      if (k == kHigh) {
        if (!checked) {
          checked = true;
          if (find_invalid_utf8(s) != std::string_view::npos) {
            put(s.substr(run, i - run));  // ASCII so far: the same in the repaired string
            repaired = replace_invalid_utf8(s);
            s = repaired;
            run = i;
          }
        }
        continue;
      }
      put(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"': lit("\\\""); break;
        case '\\': lit("\\\\"); break;
        case '\n': lit("\\n"); break;
        case '\r': lit("\\r"); break;
        case '\t': lit("\\t"); break;
        case '\b': lit("\\b"); break;
        case '\f': lit("\\f"); break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          put(buf);
        }
      }
    }
    put(s.substr(run));
    *p_++ = '"';
  }

  void put(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  void grow(size_t k) {
    const size_t n = static_cast<size_t>(p_ - buf_.get());
    const size_t cap = std::max(2 * static_cast<size_t>(end_ - buf_.get()), n + k + 256);
    std::unique_ptr<char[]> bigger(new char[cap]);  // uninitialised: written before read
    if (n) std::memcpy(bigger.get(), buf_.get(), n);
    buf_ = std::move(bigger);
    p_ = buf_.get() + n;
    end_ = buf_.get() + cap;
  }

  std::unique_ptr<char[]> buf_;
  char* p_ = nullptr;    // the cursor
  char* end_ = nullptr;  // the end of the buffer
};

// A span's fields, "block":B,"start":S,"end":E (block only per block).
constexpr size_t kSpanRoom = 3 * 30;
void span_fields(Out& o, const Span& s, const Document& doc) {
  if (doc.per_block) {
    o.lit("\"block\":");
    o.uint(s.block);
    o.lit(",");
  }
  o.lit("\"start\":");
  o.uint(s.start);
  o.lit(",\"end\":");
  o.uint(s.end);
}

size_t value_room(const FigureValue& v) {
  return 100 + 3 * Out::kNumberRoom + Out::string_room(v.unit) + Out::string_room(v.iso);
}
void value_object(Out& o, const FigureValue& v) {
  o.lit("{");
  bool first = true;
  // The separator before a field: none before the first.
  auto next = [&]() {
    if (!first) o.lit(",");
    first = false;
  };
  if (v.number) {
    next();
    o.lit("\"number\":");
    o.number(*v.number);
  }
  if (v.min) {
    next();
    o.lit("\"min\":");
    o.number(*v.min);
  }
  if (v.max) {
    next();
    o.lit("\"max\":");
    o.number(*v.max);
  }
  if (v.approx) {
    next();
    o.lit("\"approx\":true");
  }
  if (!v.unit.empty()) {
    next();
    o.lit("\"unit\":");
    o.string(v.unit);
  }
  if (!v.iso.empty()) {
    next();
    o.lit("\"iso\":");
    o.string(v.iso);
  }
  o.lit("}");
}

// The compact text re-indented: a line per value, `indent` spaces a level,
// a space after each colon, and an empty object or array kept as {} / [].
std::string indent_json(std::string_view compact, int indent) {
  std::string out;
  out.reserve(compact.size() * 2);
  size_t depth = 0;
  auto newline = [&]() {
    out += '\n';
    out.append(static_cast<size_t>(indent) * depth, ' ');
  };
  for (size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    switch (c) {
      case '"': {  // a string, to its closing quote (past any escape)
        size_t j = i + 1;
        while (compact[j] != '"') j += compact[j] == '\\' ? 2 : 1;
        out.append(compact.substr(i, j + 1 - i));
        i = j;
        break;
      }
      case '{':
      case '[':
        out += c;
        if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
          out += compact[++i];
        } else {
          ++depth;
          newline();
        }
        break;
      case '}':
      case ']':
        --depth;
        newline();
        out += c;
        break;
      case ',':
        out += c;
        newline();
        break;
      case ':':
        out += ": ";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view error_code(Error::Code c) {
  switch (c) {
    case Error::Code::kNone: return "none";
    case Error::Code::kInvalidUtf8: return "invalid_utf8";
    case Error::Code::kInvalidDate: return "invalid_date";
    case Error::Code::kTooLarge: return "too_large";
  }
  return "none";
}

}  // namespace

std::string to_json(const Document& doc, int indent) {
  Out o(64 + 60 * doc.actors.size() + 90 * doc.figures.size() + 150 * doc.claims.size() +
        80 * doc.entities.size());
  o.need(64);
  o.lit("{\"schema\":");
  o.uint(kSchemaVersion);
  if (doc.per_block) {
    o.lit(",\"blocks\":");
    o.uint(doc.blocks);
  }
  o.lit(",\"entities\":[");
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    o.need(80 + Out::string_room(e.id) + Out::string_room(e.name) + 21 * e.mentions.size());
    if (i) o.lit(",");
    o.lit("{\"id\":");
    o.string(e.id);
    o.lit(",\"name\":");
    o.string(e.name);
    o.lit(",\"type\":");
    o.quoted(name(e.type));
    o.lit(",\"mentions\":[");
    for (size_t m = 0; m < e.mentions.size(); ++m) {
      if (m) o.lit(",");
      o.uint(e.mentions[m]);
    }
    o.lit("]}");
  }
  o.need(16);
  o.lit("],\"actors\":[");
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const Actor& a = doc.actors[i];
    const std::string& entity = doc.entities[a.entity].id;
    o.need(80 + kSpanRoom + Out::string_room(entity));
    if (i) o.lit(",");
    o.lit("{");
    span_fields(o, a.span, doc);
    o.lit(",\"type\":");
    o.quoted(name(a.type));
    o.lit(",\"entity\":");
    o.string(entity);
    if (a.pronoun) o.lit(",\"pronoun\":true");
    o.lit("}");
  }
  o.need(16);
  o.lit("],\"figures\":[");
  for (size_t i = 0; i < doc.figures.size(); ++i) {
    const Figure& f = doc.figures[i];
    o.need(80 + kSpanRoom + value_room(f.value));
    if (i) o.lit(",");
    o.lit("{");
    span_fields(o, f.span, doc);
    o.lit(",\"kind\":");
    o.quoted(name(f.kind));
    o.lit(",\"value\":");
    value_object(o, f.value);
    o.lit("}");
  }
  o.need(16);
  o.lit("],\"claims\":[");
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    const std::string* entity =
        c.source && c.source_entity ? &doc.entities[*c.source_entity].id : nullptr;
    o.need(160 + 3 * kSpanRoom + (entity ? Out::string_room(*entity) : 0));
    if (i) o.lit(",");
    o.lit("{\"kind\":");
    o.quoted(name(c.kind));
    o.lit(",\"source\":");
    if (c.source) {
      o.lit("{");
      span_fields(o, *c.source, doc);
      o.lit(",\"entity\":");
      if (entity) {
        o.string(*entity);
      } else {
        o.lit("null");
      }
      o.lit("}");
    } else {
      o.lit("null");
    }
    o.lit(",\"cue\":");
    if (c.cue) {
      o.lit("{");
      span_fields(o, *c.cue, doc);
      o.lit("}");
    } else {
      o.lit("null");
    }
    o.lit(",\"content\":{");
    span_fields(o, c.content, doc);
    o.lit("}}");
  }
  o.need(16);
  o.lit("]}");
  std::string compact = o.take();
  return indent < 0 ? compact : indent_json(compact, indent);
}

std::string error_json(const Error& error) {
  const std::string_view code = error_code(error.code);
  Out o(128 + Out::string_room(code) + Out::string_room(error.message));
  o.lit("{\"schema\":");
  o.uint(kSchemaVersion);
  o.lit(",\"error\":{\"code\":");
  o.string(code);
  o.lit(",\"message\":");
  o.string(error.message);
  o.lit(",\"byte_offset\":");
  o.uint(error.byte_offset);
  o.lit("}}");
  return o.take();
}

}  // namespace newsann
