// Fuzz target: newsann::annotate() on arbitrary bytes.
//
// Each input is annotated as given (invalid UTF-8 must be rejected with the
// offset of the first bad sequence) and, when it is not valid UTF-8, again
// with Options::replace_invalid, whose result must equal annotating the
// repaired text. Every document passes check_document and check_json
// (check.h), within the time budget. The publication date is picked from
// the input's hash among ordinary and extreme dates.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.h"
#include "known_bugs.h"
#include "newsann/newsann.h"
#include "utf.h"

using namespace newsann;
using namespace newsann::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const TimeBudget budget;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (known_bug(in)) return -1;  // only with NEWSANN_FUZZ_SKIP_KNOWN (known_bugs.h)
  Options options;
  options.date = pick_date(data, size);

  // Options::date from the input (repaired, as a JavaScript string would be):
  // a real date is accepted, any other string is an invalid_date error
  // whose message is one line of valid UTF-8 (check_error_json).
  std::string date = replace_invalid_utf8(in.substr(0, std::min<size_t>(size, 48)));
  Result probe = annotate("Smith said so.", Options{date, false});
  if (date.empty() || real_date(date)) {
    FUZZ_CHECK(probe.ok(), "date \"" + date + "\" rejected: " + probe.error.message);
  } else {
    FUZZ_CHECK(probe.error.code == Error::Code::kInvalidDate, "date accepted: " + date);
    check_error_json(probe.error);
  }

  Result r;
  budget.run("annotate", size, [&] { r = annotate(in, options); });
  Decoded ref = reference_decode(in);
  if (ref.first_error == std::string_view::npos) {
    FUZZ_CHECK(r.ok(), "valid UTF-8 rejected: " + r.error.message);
    check_document(r.doc, {TextInfo(in)});
    check_json(to_json(r.doc), r.doc);
    return 0;
  }
  // Invalid UTF-8: an error naming the first bad byte.
  FUZZ_CHECK(!r.ok() && r.error.code == Error::Code::kInvalidUtf8, "invalid UTF-8 accepted");
  FUZZ_CHECK(r.error.byte_offset == ref.first_error,
             "error at byte " + std::to_string(r.error.byte_offset) + ", expected " + std::to_string(ref.first_error));
  check_error_json(r.error);

  // Repaired as a browser decodes it.
  std::string repaired = replace_invalid_utf8(in);
  FUZZ_CHECK(repaired == encode_utf8(ref.code_points), "replace_invalid_utf8 differs from the WHATWG decoder");
  options.replace_invalid = true;
  Result lenient;
  budget.run("annotate(replace_invalid)", size, [&] { lenient = annotate(in, options); });
  FUZZ_CHECK(lenient.ok(), "replace_invalid still failed: " + lenient.error.message);
  check_document(lenient.doc, {TextInfo(repaired)});
  std::string json = to_json(lenient.doc);
  check_json(json, lenient.doc);
  // The same document as annotating the repaired text (on inputs up to 2 KB:
  // a third annotation of each long input would cost a third of the speed).
  options.replace_invalid = false;
  if (size <= 2048) {
    FUZZ_CHECK(to_json(annotate(repaired, options).doc) == json,
               "annotating the repaired text differs from replace_invalid");
  }
  return 0;
}
