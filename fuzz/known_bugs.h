// Open bugs in code this fuzzing does not own, already reported with a
// reproducer (fuzz/regressions/, tests/core/regress_*_test.cc), and how to
// recognise an input that triggers them.
//
// A long campaign that keeps rediscovering one open bug finds nothing else,
// so scripts/fuzz-campaign.sh -k sets NEWSANN_FUZZ_SKIP_KNOWN=1 and the
// targets then skip (and do not add to the corpus) inputs that match an
// entry here. Open undefined behaviour is masked more precisely, by source
// function, with UBSan suppressions (fuzz/known_ub.supp; the fuzz build
// makes UBSan checks recoverable so that suppressions can apply, and
// UBSAN_OPTIONS=halt_on_error=1 keeps every other one fatal). npm test never
// uses either: there, open bugs fail loudly. Delete an entry when its bug is
// fixed.
#ifndef NEWSANN_FUZZ_KNOWN_BUGS_H_
#define NEWSANN_FUZZ_KNOWN_BUGS_H_

#include <string_view>

namespace newsann::fuzz {

// The id of the first known open bug that annotating `text` (an article,
// a block, a JSONL line's "text") triggers, or nullptr. Always nullptr
// unless NEWSANN_FUZZ_SKIP_KNOWN is set.
const char* known_bug(std::string_view text);

// Whether NEWSANN_FUZZ_SKIP_KNOWN is set.
bool skip_known_bugs();

}  // namespace newsann::fuzz

#endif  // NEWSANN_FUZZ_KNOWN_BUGS_H_
