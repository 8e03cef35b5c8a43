// Fuzz target: the JSONL batch input (cli/batch.h), one call per input line.
//
// Any line must give exactly one line of valid JSON: {"id", "result"} with a
// document of docs/schema.md whose offsets fit the line's "text", or
// {"id"?, "line", "error"} with *bad set. Which of the two is decided here
// independently: a line is good iff it is a JSON object with a string
// "text" and, if present, a "date" string that is empty or a real
// YYYY-MM-DD date.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "batch.h"
#include "check.h"
#include "known_bugs.h"

using namespace newsann;
using namespace newsann::fuzz;
using nlohmann::json;

namespace {

void check_line(std::string_view line, size_t lineno, const BatchOptions& options, const TimeBudget& budget) {
  bool bad = false;
  std::string out;
  budget.run("annotate_jsonl_line", line.size(), [&] {
    bad = false;
    out = annotate_jsonl_line(line, lineno, options, &bad);
  });
  FUZZ_CHECK(out.find('\n') == std::string::npos, "output is more than one line");
  json o = json::parse(out, nullptr, false);
  FUZZ_CHECK(!o.is_discarded() && o.is_object(), "output is not a JSON object: " + out.substr(0, 200));

  json in = json::parse(line.begin(), line.end(), nullptr, false);
  bool good = !in.is_discarded() && in.is_object() && in.contains("text") && in["text"].is_string() &&
              jsonl_nesting_depth(line) <= kMaxJsonlDepth;
  if (good && !options.date.empty() && !in.contains("date")) good = real_date(options.date);
  if (good && in.contains("date")) {
    // An empty "date" means none is known, as Options::date does.
    good = in["date"].is_string() && (in["date"].get_ref<const std::string&>().empty() ||
                                      real_date(in["date"].get<std::string>()));
  }
  FUZZ_CHECK(bad == !good, std::string("line judged ") + (bad ? "bad" : "good") + ": " + out.substr(0, 200));
  if (bad) {
    FUZZ_CHECK(o.contains("line") && o["line"] == lineno, "error record without its line number");
    FUZZ_CHECK(o.contains("error") && o["error"].is_string(), "error record without an error");
    FUZZ_CHECK(!o.contains("result"), "error record with a result");
    return;
  }
  // Comparing JSON values recurses: compare the id only where that is safe
  // (the library itself must cope with any depth).
  if (jsonl_nesting_depth(line) < 256) {
    FUZZ_CHECK(o.contains("id") && o["id"] == (in.contains("id") ? in["id"] : json(lineno)), "id not echoed");
  }
  FUZZ_CHECK(o.contains("result") && o["result"].is_object(), "no result");
  const std::string& text = in["text"].get_ref<const std::string&>();
  check_json_document(o["result"], {TextInfo(text)});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const TimeBudget budget;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  BatchOptions options;
  options.date = pick_date(data, size);
  // Known open bugs (only with NEWSANN_FUZZ_SKIP_KNOWN, known_bugs.h): skip
  // the input if any line's text triggers one.
  for (size_t i = 0; skip_known_bugs() && i <= in.size();) {
    size_t j = in.find('\n', i);
    if (j == std::string_view::npos) j = in.size();
    json line = json::parse(in.begin() + i, in.begin() + j, nullptr, false);
    if (line.is_object() && line.contains("text") && line["text"].is_string() &&
        known_bug(line["text"].get_ref<const std::string&>())) {
      return -1;
    }
    i = j + 1;
  }
  size_t lineno = 1;
  for (size_t i = 0; i <= in.size(); ++lineno) {
    size_t j = in.find('\n', i);
    if (j == std::string_view::npos) j = in.size();
    options.lenient = lineno % 2 == 0;
    check_line(in.substr(i, j - i), lineno, options, budget);
    i = j + 1;
  }
  return 0;
}
