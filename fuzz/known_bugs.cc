#include "known_bugs.h"

#include <cstdlib>

namespace newsann::fuzz {

namespace {

}  // namespace

const char* known_bug(std::string_view input) {
  static const bool skip = std::getenv("NEWSANN_FUZZ_SKIP_KNOWN") != nullptr;
  if (!skip) return nullptr;
  (void)input;  // no open bug needs an input filter at the moment
  return nullptr;
}

}  // namespace newsann::fuzz
