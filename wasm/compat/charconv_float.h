// Stopgap for the WebAssembly build: floating-point std::from_chars.
//
// Emscripten 3.1.6's libc++ (LLVM 14) has only the integer overloads, so a
// core calling std::from_chars(first, last, double&) does not compile for
// wasm (the call resolves to libc++'s deleted bool overload). wasm/
// CMakeLists.txt force-includes this header into the core's wasm compile
// only; the native build keeps libstdc++'s own from_chars.
//
// Same contract as the standard's, format general: an optional '-', digits
// with an optional '.', an optional exponent; or inf/infinity/nan. No
// leading whitespace or '+'. The digits are converted by musl's strtod,
// correctly rounded as libstdc++'s from_chars is, so both builds read the
// same double from the same text (tests/wasm/identity.test.mjs checks the
// outputs agree). Out of range: result_out_of_range, value untouched.
#ifndef NEWSANN_WASM_COMPAT_CHARCONV_FLOAT_H_
#define NEWSANN_WASM_COMPAT_CHARCONV_FLOAT_H_

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <string>
#include <system_error>

namespace newsann_compat {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool starts_with_nocase(const char* p, const char* last, const char* word) {
  for (; *word; ++p, ++word) {
    if (p == last || (*p | 0x20) != *word) return false;
  }
  return true;
}

// End of the longest prefix of [first, last) the standard's grammar accepts,
// or first when there is none.
inline const char* float_extent(const char* first, const char* last) {
  const char* p = first;
  if (p != last && *p == '-') ++p;
  if (starts_with_nocase(p, last, "infinity")) return p + 8;
  if (starts_with_nocase(p, last, "inf")) return p + 3;
  if (starts_with_nocase(p, last, "nan")) return p + 3;  // nan(chars) is not needed here
  const char* digits = p;
  while (p != last && is_digit(*p)) ++p;
  bool any = p != digits;
  if (p != last && *p == '.') {
    const char* frac = ++p;
    while (p != last && is_digit(*p)) ++p;
    any = any || p != frac;
  }
  if (!any) return first;
  if (p != last && (*p == 'e' || *p == 'E')) {
    const char* e = p + 1;
    if (e != last && (*e == '+' || *e == '-')) ++e;
    const char* exp_digits = e;
    while (e != last && is_digit(*e)) ++e;
    if (e != exp_digits) p = e;
  }
  return p;
}

}  // namespace newsann_compat

namespace std {

inline from_chars_result from_chars(const char* first, const char* last, double& value,
                                    chars_format = chars_format::general) {
  const char* end = newsann_compat::float_extent(first, last);
  if (end == first) return {first, errc::invalid_argument};
  std::string copy(first, end);  // strtod needs a terminator
  errno = 0;
  char* stop = nullptr;
  double v = std::strtod(copy.c_str(), &stop);
  if (errno == ERANGE && (v > 1.0 || v < -1.0)) return {end, errc::result_out_of_range};
  value = v;
  return {first + (stop - copy.c_str()), errc()};
}

}  // namespace std

#endif  // NEWSANN_WASM_COMPAT_CHARCONV_FLOAT_H_
