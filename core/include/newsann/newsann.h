// newsann: the news annotator's extraction core.
//
// Turns the text of a news article into three layers of annotation:
//
//   actors   every mention of a person, organisation, place or group, each
//            linked to one entity ("Alexander Lukashenko", "Lukashenko" and a
//            "he" that is the source of a claim are one entity);
//   figures  counts, money, percentages, measures, dates, times, durations,
//            ages, ranges and ordinals, each with a normalised value;
//   claims   who said what: direct quotes, reported speech and "according
//            to" adjuncts, each with its source, cue and content.
//
// This header is the whole public API. It is plain C++20: the WebAssembly
// boundary (wasm/) and the command-line tool (cli/) wrap it unchanged.
//
// Usage:
//
//   #include "newsann/newsann.h"
//
//   newsann::Options options;
//   options.date = "2021-11-20";          // publication date, optional
//   newsann::Result r = newsann::annotate(text, options);
//   if (!r.ok()) {
//     std::cerr << r.error.message << "\n";   // e.g. invalid UTF-8 at byte 17
//     return 1;
//   }
//   for (const newsann::Claim& c : r.doc.claims) { ... }
//   std::cout << newsann::to_json(r.doc) << "\n";
//
// Text given as separate blocks (a page's headings, paragraphs, list items):
//
//   std::vector<std::string_view> blocks = {"Title", "First paragraph ..."};
//   newsann::Result r = newsann::annotate_blocks(blocks, options);
//   // every span now also carries .block, and its offsets count from the
//   // start of that block; no sentence or claim runs across two blocks.
//
// Offsets. Every span is [start, end) in UTF-16 code units of the input,
// the indices a JavaScript string uses. Each span also carries the same
// range in UTF-8 bytes (byte_start, byte_end) for native callers.
//
// Input. Text is UTF-8; paragraphs are separated by blank lines. Invalid
// UTF-8 is reported as an error (with the byte offset of the first bad
// sequence) unless Options::replace_invalid is set, in which case each
// maximal invalid subsequence counts as one U+FFFD, as a browser's
// TextDecoder would decode it, so offsets still match the decoded string.
// NUL bytes and control characters are ordinary characters. annotate()
// never throws and never aborts; its time and memory are linear in the
// input length.
//
// Thread safety: annotate() and annotate_blocks() may run concurrently on
// different inputs; the lexicons are built once, on first use.
//
// The JSON form (to_json) is documented in docs/schema.md; its
// "schema" field is kSchemaVersion.
#ifndef NEWSANN_NEWSANN_H_
#define NEWSANN_NEWSANN_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsann {

inline constexpr int kSchemaVersion = 1;

enum class ActorType { kPerson, kOrganization, kPlace, kGroup };
enum class FigureKind {
  kCount, kMoney, kPercent, kQuantity, kDate, kTime, kDuration, kAge, kRange, kOrdinal
};
enum class ClaimKind { kDirect, kIndirect, kAccordingTo, kMixed };

// The names used in JSON: "person", "money", "according_to", ...
std::string_view name(ActorType t);
std::string_view name(FigureKind k);
std::string_view name(ClaimKind k);

// A range of the input. start/end: UTF-16 code units; byte_start/byte_end:
// UTF-8 bytes. For annotate_blocks() both count from the start of `block`.
struct Span {
  uint32_t start = 0, end = 0;
  uint32_t byte_start = 0, byte_end = 0;
  uint32_t block = 0;
};

// One real-world referent, with the indices of its mentions in
// Document::actors, in reading order.
struct Entity {
  std::string id;    // "e1", "e2", ... stable within one document
  std::string name;  // canonical name: the longest proper name used for it
  ActorType type = ActorType::kPerson;
  std::vector<size_t> mentions;
};

// One mention of an actor. Pronoun mentions appear only where they are the
// source of a claim and were resolved to an entity.
struct Actor {
  Span span;
  ActorType type = ActorType::kPerson;
  size_t entity = 0;  // index into Document::entities
  bool pronoun = false;
};

// The normalised value of a figure. Which fields are set depends on the kind
// (the full conventions: core/src/figures.h and docs/schema.md):
//   number   the value when one number is meant ("$4.5bn" -> 4500000000);
//   min/max  bounds: "at least 8" -> min 8; "between 10 and 20" -> 10, 20;
//            "tens of thousands" -> 20000..99999 with approx;
//   approx   "about", "nearly", round plurals ("hundreds");
//   unit     money: ISO 4217 ("USD"); percent "%"; quantity a unit symbol
//            ("km", "t"); duration and age "year", "day", ...; time: the
//            time zone as written;
//   iso      date "2021-11-18", "2021-11", "2021", "--11-18" (year unknown),
//            resolved against Options::date where the text is relative;
//            time "09:30".
struct FigureValue {
  std::optional<double> number;
  std::optional<double> min, max;
  bool approx = false;
  std::string unit;
  std::string iso;
};

struct Figure {
  Span span;
  FigureKind kind = FigureKind::kCount;
  FigureValue value;
};

// An attributed statement. source is absent for an unsourced quote;
// source_entity is absent when the source could not be linked (a pronoun
// with no antecedent, "a source").
struct Claim {
  ClaimKind kind = ClaimKind::kIndirect;
  std::optional<Span> source;
  std::optional<size_t> source_entity;  // index into Document::entities
  std::optional<Span> cue;
  Span content;
};

struct Document {
  std::vector<Entity> entities;
  std::vector<Actor> actors;    // in reading order
  std::vector<Figure> figures;  // in reading order
  std::vector<Claim> claims;    // in reading order of their content
  // From annotate_blocks(): true, and `blocks` is the number of blocks
  // given; every span then carries its block. From annotate(): false, 0.
  bool per_block = false;
  size_t blocks = 0;
};

struct Error {
  enum class Code { kNone, kInvalidUtf8, kInvalidDate, kTooLarge };
  Code code = Code::kNone;
  std::string message;  // one line, for a person: "invalid UTF-8 at byte 17"
  size_t byte_offset = 0;
};

struct Result {
  Document doc;
  Error error;
  bool ok() const { return error.code == Error::Code::kNone; }
};

struct Options {
  // Publication date "YYYY-MM-DD", used to resolve relative dates
  // ("November 18", "last Tuesday", "August last year"). Empty: unknown,
  // and such dates keep only what the text says. Anything else is an error.
  std::string date;
  // Replace invalid UTF-8 instead of rejecting it (see Input above).
  bool replace_invalid = false;
};

// Inputs longer than this are rejected with kTooLarge (bytes; 256 MiB:
// offsets are 32-bit and a browser tab holds no more).
inline constexpr size_t kMaxInputBytes = size_t{256} << 20;

// Annotates one article.
Result annotate(std::string_view utf8, const Options& options = {});

// Annotates text given as blocks (title, headings, paragraphs, list items,
// captions). Each block is its own paragraph: nothing runs across blocks,
// and each span's offsets count from the start of its block.
Result annotate_blocks(const std::vector<std::string_view>& blocks,
                       const Options& options = {});

// The text that Options::replace_invalid annotates: `s` with each maximal
// invalid UTF-8 subsequence replaced by U+FFFD. Spans index into this text.
std::string replace_invalid_utf8(std::string_view s);

// The document as JSON (docs/schema.md). indent < 0: one line.
std::string to_json(const Document& doc, int indent = -1);

// The error as JSON: {"schema": 1, "error": {"code": "invalid_utf8", ...}}.
std::string error_json(const Error& error);

}  // namespace newsann

#endif  // NEWSANN_NEWSANN_H_
