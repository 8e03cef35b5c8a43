// JSONL batch input for the CLI (and its fuzz target): one line of a corpus,
// {"id": any, "text": string, "date"?: "YYYY-MM-DD"}, to one output line:
// {"id", "result": document} or, for a line that cannot be annotated,
// {"id"?, "line": N, "error": "why"} with *bad set.
#ifndef NEWSANN_CLI_BATCH_H_
#define NEWSANN_CLI_BATCH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsann {

struct BatchOptions {
  std::string date;      // default publication date; a line's "date" wins
  bool lenient = false;  // replace invalid UTF-8 in "text" instead of failing
};

// A line nested deeper than this (arrays and objects) is refused with an
// error record: copying and printing a json value recurse once per level.
// A corpus line is an object of scalars.
inline constexpr size_t kMaxJsonlDepth = 64;

// The deepest nesting of arrays and objects in a line of JSON, strings
// skipped; one linear pass, no recursion (it runs before parsing).
size_t jsonl_nesting_depth(std::string_view line);

// Never throws; any input line gives one line of valid JSON.
std::string annotate_jsonl_line(std::string_view line, size_t lineno, const BatchOptions& options,
                                bool* bad);

}  // namespace newsann

#endif  // NEWSANN_CLI_BATCH_H_
