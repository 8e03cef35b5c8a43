// Fuzz target: UTF-8 validation, repair and UTF-8 -> UTF-16 offsets
// (core/src/utf.h, decode_utf8 in core/src/text.h), against the reference
// WHATWG decoder in check.cc.
//
//   find_invalid_utf8     the byte where the reference decoder's first error starts
//   replace_invalid_utf8  the reference decoding, re-encoded; valid; identity on valid input
//   bytes_to_utf16        every code point boundary, in an input-chosen order
//                         with duplicates, maps to the reference UTF-16 offset
//   utf16_length          the reference UTF-16 length
//   decode_utf8           the reference code point at every boundary
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "text.h"
#include "utf.h"

using namespace newsann;
using namespace newsann::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  Decoded ref = reference_decode(in);
  FUZZ_CHECK(find_invalid_utf8(in) == ref.first_error,
             "find_invalid_utf8 = " + std::to_string(find_invalid_utf8(in)) + ", reference " +
                 std::to_string(ref.first_error));
  std::string repaired = replace_invalid_utf8(in);
  FUZZ_CHECK(repaired == encode_utf8(ref.code_points), "replace_invalid_utf8 differs from the reference");
  FUZZ_CHECK(find_invalid_utf8(repaired) == std::string_view::npos, "repaired text is not valid");
  if (ref.first_error == std::string_view::npos) FUZZ_CHECK(repaired == in, "valid input changed by repair");

  // Offsets: the repaired text's code points, each boundary once or twice,
  // shuffled by the input bytes (bytes_to_utf16 must sort them itself).
  Decoded text = reference_decode(repaired);
  std::vector<uint32_t> expected_at;  // per code point: UTF-16 offset of its start
  std::vector<uint32_t> bytes_at;
  uint32_t unit = 0;
  for (size_t k = 0; k < text.code_points.size(); ++k) {
    bytes_at.push_back(static_cast<uint32_t>(text.starts[k]));
    expected_at.push_back(unit);
    unit += text.code_points[k] > 0xFFFF ? 2 : 1;
  }
  bytes_at.push_back(static_cast<uint32_t>(repaired.size()));
  expected_at.push_back(unit);
  FUZZ_CHECK(utf16_length(repaired) == unit, "utf16_length");

  std::vector<uint32_t> values, want;
  for (size_t k = 0; k < bytes_at.size(); ++k) {
    int copies = 1 + (size > 0 && (data[k % size] & 1));
    for (int c = 0; c < copies; ++c) {
      values.push_back(bytes_at[k]);
      want.push_back(expected_at[k]);
    }
  }
  std::vector<size_t> order(values.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  for (size_t k = order.size(); k > 1; --k) {  // Fisher-Yates driven by the input
    size_t r = size ? (data[k % size] * 131u + k * 7u) % k : 0;
    std::swap(order[k - 1], order[r]);
  }
  std::vector<uint32_t> shuffled(values.size());
  std::vector<uint32_t*> ptrs;
  for (size_t k = 0; k < order.size(); ++k) {
    shuffled[k] = values[order[k]];
    ptrs.push_back(&shuffled[k]);
  }
  bytes_to_utf16(repaired, ptrs);
  for (size_t k = 0; k < order.size(); ++k) {
    FUZZ_CHECK(shuffled[k] == want[order[k]],
               "bytes_to_utf16(" + std::to_string(values[order[k]]) + ") = " + std::to_string(shuffled[k]) +
                   ", expected " + std::to_string(want[order[k]]));
  }

  for (size_t k = 0; k < text.code_points.size(); ++k) {
    int len = 0;
    char32_t c = decode_utf8(repaired, text.starts[k], &len);
    size_t next = k + 1 < text.starts.size() ? text.starts[k + 1] : repaired.size();
    FUZZ_CHECK(c == text.code_points[k] && static_cast<size_t>(len) == next - text.starts[k],
               "decode_utf8 at byte " + std::to_string(text.starts[k]));
  }
  return 0;
}
