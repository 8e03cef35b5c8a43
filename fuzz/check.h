// The invariants every fuzz target asserts, written independently of the
// code under test so that a bug there cannot hide itself here.
//
// A broken invariant prints what broke (and where) on stderr and aborts:
// libFuzzer then saves the input as crash-<sha1> and stops, like any other
// crash. The checks, for every document the library returns:
//
//   offsets   every span lies inside its text (its block, for
//             annotate_blocks), is non-empty, starts and ends on a code
//             point boundary, its UTF-16 offsets name the same range as its
//             byte offsets, and it does not run across a paragraph;
//   claims    source, cue and content are each inside the text; source and
//             cue do not overlap; each is outside the content or strictly
//             inside it (a tag inside the content: "The test, Seoul said,
//             was its biggest"), never across its edge; source_entity only
//             with a source;
//   structure entity ids e1..eN in order of first mention, every actor in
//             exactly its entity's mention list, reading order kept;
//   values    numbers finite, min <= max, units of the documented kinds,
//             ISO dates and times well formed and in range (the forms
//             docs/schema.md names plus the ISO 8601 / EDTF forms the
//             figures recognizer writes: weeks, seasons, decades, ...);
//   JSON      to_json() parses, has exactly the documented fields and types,
//             and says what the Document says;
//   time      annotate() finishes within max(floor, k us per byte) of input
//             (see TimeBudget).
#ifndef NEWSANN_FUZZ_CHECK_H_
#define NEWSANN_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "newsann/newsann.h"

namespace newsann::fuzz {

// CPU time used by the calling thread, in seconds.
double cpu_seconds();

// Prints "invariant broken: <what>" and aborts.
[[noreturn]] void fail(const std::string& what);

#define FUZZ_CHECK(cond, what)                                                        \
  do {                                                                                \
    if (!(cond)) ::newsann::fuzz::fail(std::string(#cond) + ": " + (what));           \
  } while (0)

// ---- A reference UTF-8 decoder ----------------------------------------------
// The WHATWG "UTF-8 decode" algorithm, step by step as the Encoding standard
// writes it (bytes needed, lower and upper boundary), which is what a
// browser's TextDecoder runs. Independent of core/src/utf.cc.
struct Decoded {
  std::u32string code_points;   // with U+FFFD for each error
  std::vector<size_t> starts;   // byte offset where each code point (or error) starts
  size_t first_error = std::string_view::npos;  // byte offset of the first error
};
Decoded reference_decode(std::string_view bytes);
std::string encode_utf8(const std::u32string& cps);

// What separates tokens (text.h): Unicode White_Space, zero-width
// characters, BOM, and every C0/C1 control.
bool is_separator(char32_t c);

// ---- One text as the library should see it ---------------------------------
// Byte -> UTF-16 offsets at every code point boundary, and the paragraphs
// (runs of non-space text between whitespace holding two or more line
// breaks), computed from scratch.
class TextInfo {
 public:
  explicit TextInfo(std::string_view valid_utf8);
  std::string_view bytes;
  size_t utf16_length = 0;
  bool is_boundary(size_t byte) const { return byte <= bytes.size() && u16_[byte] != kNotBoundary; }
  uint32_t utf16_at(size_t byte) const { return u16_[byte]; }
  // A UTF-16 offset that does not split a surrogate pair.
  bool is_utf16_boundary(size_t unit) const;
  // True if [b, e) lies inside one paragraph.
  bool within_paragraph(size_t b, size_t e) const;

 private:
  static constexpr uint32_t kNotBoundary = UINT32_MAX;
  std::vector<uint32_t> u16_;             // per byte; kNotBoundary inside a code point
  std::vector<uint8_t> unit_inside_pair_;  // per UTF-16 unit: 1 for a low surrogate
  std::vector<size_t> para_end_;           // sorted byte ends of paragraph breaks
};

// ---- The checks ----------------------------------------------------------------

// `texts`: the text annotated (one per block for annotate_blocks; the
// repaired text when Options::replace_invalid was used).
void check_document(const Document& doc, const std::vector<TextInfo>& texts);

// to_json(doc) against docs/schema.md and against doc.
void check_json(std::string_view json, const Document& doc);

// A parsed document (e.g. from the JSONL batch) against docs/schema.md, and
// its offsets against the texts it annotates.
void check_json_document(const nlohmann::json& j, const std::vector<TextInfo>& texts);

// error_json(error) parses and carries the code, message and offset; the
// message is one line of valid UTF-8.
void check_error_json(const Error& error);

// ---- Run time ------------------------------------------------------------------
// The time a call may take: max(floor_ms, us_per_byte * bytes), in CPU time
// of the calling thread (the machine is shared: wall time would measure the
// neighbours). Defaults: max(100 ms, 50 us/byte) in the ASan + UBSan build,
// where evaluation articles take 2-4 us/byte (`slow_inputs --time
// ../shared/eval/*/*.txt`) and the slowest linear shape of slow_inputs
// (runs of numbers and ranges) 10 us/byte; CPU time still varies about 2x
// on a loaded machine. A quadratic step shows up as growth with size, which
// slow_inputs measures. NEWSANN_FUZZ_US_PER_BYTE and NEWSANN_FUZZ_FLOOR_MS
// override the defaults.
class TimeBudget {
 public:
  TimeBudget();
  double limit_seconds(size_t bytes) const;
  // Runs f, and if it took longer than the limit, twice more (caches and
  // frequency scaling still depend on the neighbours); fails if the fastest
  // run is over the limit.
  void run(const char* what, size_t bytes, const std::function<void()>& f) const;

 private:
  double us_per_byte_ = 50.0;
  double floor_ms_ = 100.0;
};

// A real calendar date written YYYY-MM-DD, year 0001-9999 (what
// Options::date accepts), decided independently of parse_iso_date.
bool real_date(std::string_view s);

// Dates the targets annotate with: none, ordinary, leap day, year ends and
// the extremes parse_iso_date accepts (relative dates must not step out of
// range into malformed ISO strings).
std::string pick_date(const uint8_t* data, size_t size);

}  // namespace newsann::fuzz

#endif  // NEWSANN_FUZZ_CHECK_H_
