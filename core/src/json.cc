// The JSON form of a document: docs/schema.md.
//
// Written directly into one string rather than through a JSON DOM: output is
// on the hot path of the CLI and of the wasm API (which hands JSON to JS),
// and building a DOM cost more than some recognizers. tests/core/json_test.cc
// checks the result against a DOM built independently with nlohmann/json.
#include <algorithm>
#include <charconv>
#include <cmath>
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

// Appends JSON tokens with commas, and newlines + indentation when indent >= 0.
// Writes through a raw cursor into a buffer that grows by doubling: the
// output is a few hundred small tokens per article, and std::string's
// per-append bookkeeping cost more than the bytes.
class Writer {
 public:
  explicit Writer(int indent) : indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // Keys are this file's own literals: plain ASCII, nothing to escape. Their
  // length is known when compiled: one room check and a copy of fixed size,
  // where a memcpy call per piece cost more than the bytes.
  template <size_t N>
  void key(const char (&k)[N]) {
    item();
    n_ = static_cast<size_t>(put_key(k) - buf_.get());
    after_key_ = true;
  }

  void value(std::string_view s) {
    item();
    string(s);
  }
  // A string of this file's own (the names of types and kinds): plain
  // ASCII, nothing to escape or check.
  void literal(std::string_view s) {
    item();
    quoted(s);
  }
  // '"' s '"' in one room check and one copy.
  void quoted(std::string_view s) {
    char* p = room(s.size() + 2);
    *p = '"';
    std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
    n_ += s.size() + 2;
  }
  // key(k) then value(n), in one room check: the spans' fields.
  template <size_t N>
  void field(const char (&k)[N], uint64_t n) {
    item();
    char* p = put_key(k, 24);
    n_ = static_cast<size_t>(std::to_chars(p, p + 24, n).ptr - buf_.get());
  }
  void value(uint64_t n) {
    item();
    char* p = room(24);
    n_ = static_cast<size_t>(std::to_chars(p, p + 24, n).ptr - buf_.get());
  }
  void value(bool b) {
    item();
    put(b ? std::string_view("true") : std::string_view("false"));
  }
  void null() {
    item();
    put("null");
  }
  void number(double x) {
    item();
    if (!std::isfinite(x)) {
      put("null");
    } else if (std::fabs(x) < 9e15 && x == std::floor(x)) {
      char* p = room(24);
      n_ = static_cast<size_t>(std::to_chars(p, p + 24, static_cast<long long>(x)).ptr - buf_.get());
    } else {
      // The shortest of %.15g..%.17g that reads back as the same double.
      char buf[40];
      for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, x);
        if (std::strtod(buf, nullptr) == x) break;
      }
      put(buf);
    }
  }

  std::string take() const { return std::string(buf_.get(), n_); }
  void reserve(size_t n) { room(n); }

 private:
  // Writes "k": (or "k":<space> when indenting) at the cursor, with room
  // for `more` bytes after it; returns the end (the cursor is not moved).
  template <size_t N>
  char* put_key(const char (&k)[N], size_t more = 0) {
    constexpr size_t len = N - 1;  // without the literal's NUL
    char* p = room(len + 4 + more);
    *p = '"';
    std::memcpy(p + 1, k, len);
    p[len + 1] = '"';
    p[len + 2] = ':';
    if (indent_ < 0) return p + len + 3;
    p[len + 3] = ' ';
    return p + len + 4;
  }
  // Room for k more bytes at the cursor.
  char* room(size_t k) {
    if (cap_ - n_ < k) grow(k);
    return buf_.get() + n_;
  }
  void grow(size_t k) {
    cap_ = std::max(2 * cap_, n_ + k + 256);
    std::unique_ptr<char[]> bigger(new char[cap_]);  // uninitialised: written before read
    if (n_) std::memcpy(bigger.get(), buf_.get(), n_);
    buf_ = std::move(bigger);
  }
  void put(char c) {
    *room(1) = c;
    ++n_;
  }
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    n_ += s.size();
  }
  void open(char c) {
    item();
    put(c);
    ++depth_;
    first_ = true;
  }
  void close(char c) {
    --depth_;
    if (!first_) newline();
    put(c);
    first_ = false;
  }
  // Before any value or key: a comma after a sibling, then the line break.
  void item() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) put(',');
    if (depth_ > 0) newline();
    first_ = false;
  }
  void newline() {
    if (indent_ < 0) return;
    const size_t spaces = static_cast<size_t>(indent_) * depth_;
    char* p = room(1 + spaces);
    *p = '\n';
    std::memset(p + 1, ' ', spaces);
    n_ += 1 + spaces;
  }
  void string(std::string_view s) {
    // Most strings (ids, plain names) need nothing: one scan, one copy.
    size_t plain = 0;
    while (plain < s.size() && kByteClass.cls[static_cast<unsigned char>(s[plain])] == kPlain) ++plain;
    if (plain == s.size()) {
      quoted(s);
      return;
    }
    put('"');
    // One pass: runs of bytes that need no escape go in with one copy. A
    // byte outside ASCII stops the pass once: names come from validated
    // text, but an error message may quote a caller's bytes (a bad --date),
    // and no invalid UTF-8 may be emitted, so such a string is checked (and
    // repaired) first; UTF-8 then passes through.
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
        case '"': put("\\\""); break;
        case '\\': put("\\\\"); break;
        case '\n': put("\\n"); break;
        case '\r': put("\\r"); break;
        case '\t': put("\\t"); break;
        case '\b': put("\\b"); break;
        case '\f': put("\\f"); break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          put(buf);
        }
      }
    }
    put(s.substr(run));
    put('"');
  }

  std::unique_ptr<char[]> buf_;
  size_t cap_ = 0;
  size_t n_ = 0;  // bytes written; buf_ beyond them is spare room
  int indent_;
  int depth_ = 0;
  bool first_ = true;
  bool after_key_ = false;
};

void span_fields(Writer& w, const Span& s, const Document& doc) {
  if (doc.per_block) w.field("block", uint64_t{s.block});
  w.field("start", uint64_t{s.start});
  w.field("end", uint64_t{s.end});
}

void span_object(Writer& w, const Span& s, const Document& doc) {
  w.begin_object();
  span_fields(w, s, doc);
  w.end_object();
}

void value_object(Writer& w, const FigureValue& v) {
  w.begin_object();
  if (v.number) {
    w.key("number");
    w.number(*v.number);
  }
  if (v.min) {
    w.key("min");
    w.number(*v.min);
  }
  if (v.max) {
    w.key("max");
    w.number(*v.max);
  }
  if (v.approx) {
    w.key("approx");
    w.value(true);
  }
  if (!v.unit.empty()) {
    w.key("unit");
    w.value(v.unit);
  }
  if (!v.iso.empty()) {
    w.key("iso");
    w.value(v.iso);
  }
  w.end_object();
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
  Writer w(indent);
  w.reserve(64 + 60 * doc.actors.size() + 90 * doc.figures.size() + 150 * doc.claims.size() +
            80 * doc.entities.size());
  w.begin_object();
  w.key("schema");
  w.value(uint64_t{kSchemaVersion});
  if (doc.per_block) {
    w.key("blocks");
    w.value(uint64_t{doc.blocks});
  }
  w.key("entities");
  w.begin_array();
  for (const Entity& e : doc.entities) {
    w.begin_object();
    w.key("id");
    w.value(e.id);
    w.key("name");
    w.value(e.name);
    w.key("type");
    w.literal(name(e.type));
    w.key("mentions");
    w.begin_array();
    for (size_t m : e.mentions) w.value(uint64_t{m});
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("actors");
  w.begin_array();
  for (const Actor& a : doc.actors) {
    w.begin_object();
    span_fields(w, a.span, doc);
    w.key("type");
    w.literal(name(a.type));
    w.key("entity");
    w.value(doc.entities[a.entity].id);
    if (a.pronoun) {
      w.key("pronoun");
      w.value(true);
    }
    w.end_object();
  }
  w.end_array();
  w.key("figures");
  w.begin_array();
  for (const Figure& f : doc.figures) {
    w.begin_object();
    span_fields(w, f.span, doc);
    w.key("kind");
    w.literal(name(f.kind));
    w.key("value");
    value_object(w, f.value);
    w.end_object();
  }
  w.end_array();
  w.key("claims");
  w.begin_array();
  for (const Claim& c : doc.claims) {
    w.begin_object();
    w.key("kind");
    w.literal(name(c.kind));
    w.key("source");
    if (c.source) {
      w.begin_object();
      span_fields(w, *c.source, doc);
      w.key("entity");
      if (c.source_entity) {
        w.value(doc.entities[*c.source_entity].id);
      } else {
        w.null();
      }
      w.end_object();
    } else {
      w.null();
    }
    w.key("cue");
    if (c.cue) {
      span_object(w, *c.cue, doc);
    } else {
      w.null();
    }
    w.key("content");
    span_object(w, c.content, doc);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

std::string error_json(const Error& error) {
  Writer w(-1);
  w.begin_object();
  w.key("schema");
  w.value(uint64_t{kSchemaVersion});
  w.key("error");
  w.begin_object();
  w.key("code");
  w.value(error_code(error.code));
  w.key("message");
  w.value(error.message);
  w.key("byte_offset");
  w.value(uint64_t{error.byte_offset});
  w.end_object();
  w.end_object();
  return w.take();
}

}  // namespace newsann
