#include "known_bugs.h"

#include <cstdlib>

namespace newsann::fuzz {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// figures_dates.cc clock_time(): "H:MM" parts are accumulated into an int
// with no bound on their digits: a part of ten or more digits in a number
// token with a colon ("7:34922725950112") overflows (UBSan).
bool long_digit_run_at_colon(std::string_view s) {
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] != ':' || !digit(s[i - 1]) || !digit(s[i + 1])) continue;
    size_t left = 0, right = 0;
    while (left < i && digit(s[i - 1 - left])) ++left;
    while (i + 1 + right < s.size() && digit(s[i + 1 + right])) ++right;
    if (left >= 10 || right >= 10) return true;
  }
  return false;
}

}  // namespace

const char* known_bug(std::string_view input) {
  static const bool skip = std::getenv("NEWSANN_FUZZ_SKIP_KNOWN") != nullptr;
  if (!skip) return nullptr;
  if (long_digit_run_at_colon(input)) return "figures-clock-time-overflow";
  return nullptr;
}

}  // namespace newsann::fuzz
