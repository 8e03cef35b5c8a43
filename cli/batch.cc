#include "batch.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "newsann/newsann.h"

namespace newsann {

size_t jsonl_nesting_depth(std::string_view line) {
  size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

std::string annotate_jsonl_line(std::string_view line, size_t lineno, const BatchOptions& options,
                                bool* bad) {
  using nlohmann::json;
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  auto fail = [&](const std::string& why) {
    *bad = true;
    return dump(json({{"line", lineno}, {"error", why}}));
  };
  // Copying and printing a json value recurse once per nesting level: a
  // line like {"id": [[[[...]]]]} 100,000 deep would overflow the stack.
  if (jsonl_nesting_depth(line) > kMaxJsonlDepth) return fail("nested deeper than " + std::to_string(kMaxJsonlDepth) + " levels");
  // Non-throwing parse: a wasm or fuzz build must not depend on exceptions.
  json in = json::parse(line.begin(), line.end(), nullptr, false);
  if (in.is_discarded()) return fail("not valid JSON (or not UTF-8)");
  if (!in.is_object() || !in.contains("text") || !in["text"].is_string()) {
    return fail("expected an object with a string \"text\"");
  }
  Options o;
  o.date = options.date;
  o.replace_invalid = options.lenient;
  if (in.contains("date")) {
    if (!in["date"].is_string()) return fail("\"date\" must be a string");
    o.date = in["date"].get<std::string>();
  }
  json out = {{"id", in.contains("id") ? in["id"] : json(lineno)}};
  Result r = annotate(in["text"].get_ref<const std::string&>(), o);
  if (!r.ok()) {
    *bad = true;
    out["line"] = lineno;
    out["error"] = r.error.message;
    return dump(out);
  }
  // Splice the document in without reparsing it.
  std::string head = dump(out);
  head.pop_back();
  return head + ",\"result\":" + to_json(r.doc) + "}";
}

}  // namespace newsann
