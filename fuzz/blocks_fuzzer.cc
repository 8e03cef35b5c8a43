// Fuzz target: newsann::annotate_blocks(), one block per input line.
//
// Every span must name its block and lie inside it (offsets from the block's
// start), on code point boundaries and inside one paragraph; invalid UTF-8
// in block i is an error naming block i, or is repaired with
// Options::replace_invalid. Same document and JSON checks as annotate().
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "known_bugs.h"
#include "newsann/newsann.h"

using namespace newsann;
using namespace newsann::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const TimeBudget budget;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> blocks;
  for (size_t i = 0;;) {
    size_t j = in.find('\n', i);
    if (j == std::string_view::npos) {
      blocks.push_back(in.substr(i));
      break;
    }
    blocks.push_back(in.substr(i, j - i));
    i = j + 1;
  }
  for (std::string_view b : blocks) {
    if (known_bug(b)) return -1;  // only with NEWSANN_FUZZ_SKIP_KNOWN (known_bugs.h)
  }
  Options options;
  options.date = pick_date(data, size);

  Result r;
  budget.run("annotate_blocks", size, [&] { r = annotate_blocks(blocks, options); });
  size_t first_bad_block = blocks.size();
  for (size_t i = 0; i < blocks.size() && first_bad_block == blocks.size(); ++i) {
    if (reference_decode(blocks[i]).first_error != std::string_view::npos) first_bad_block = i;
  }
  std::vector<std::string> texts;
  if (first_bad_block == blocks.size()) {
    FUZZ_CHECK(r.ok(), "valid UTF-8 rejected: " + r.error.message);
    texts.assign(blocks.begin(), blocks.end());
  } else {
    FUZZ_CHECK(!r.ok() && r.error.code == Error::Code::kInvalidUtf8, "invalid UTF-8 accepted");
    FUZZ_CHECK(r.error.message.rfind("block " + std::to_string(first_bad_block) + ":", 0) == 0,
               "error does not name block " + std::to_string(first_bad_block) + ": " + r.error.message);
    FUZZ_CHECK(r.error.byte_offset == reference_decode(blocks[first_bad_block]).first_error,
               "error offset is not the first bad byte of its block");
    check_error_json(r.error);
    options.replace_invalid = true;
    budget.run("annotate_blocks(replace_invalid)", size, [&] { r = annotate_blocks(blocks, options); });
    FUZZ_CHECK(r.ok(), "replace_invalid still failed: " + r.error.message);
    for (std::string_view b : blocks) texts.push_back(replace_invalid_utf8(b));
  }
  std::vector<TextInfo> infos(texts.begin(), texts.end());
  check_document(r.doc, infos);
  check_json(to_json(r.doc), r.doc);
  return 0;
}
