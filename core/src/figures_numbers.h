// Numerals: the number inside a figure, written in digits, in words, or both.
//
//   digits     "40", "1,234,567.89", "1.111,11", "12,34,567" (Indian grouping),
//              "1 234 567" (space-grouped), ".08", "-9.5"
//   suffixes   "10k", "$4.5bn", "2mil", "1MM", "1.2b" (a glued "m" is left to
//              the caller: million after a currency sign, metres otherwise)
//   words      "sixteen", "fifty-two", "one hundred and six",
//              "two hundred and two thousand", "twenty-one trillion three hundred"
//   mixed      "1.2 million", "3 hundred and 21", "13 lakh", "three lakh crore"
//   fractions  "3/4", "2 1/4", "6 ½", "two thirds", "a third", "one eighth",
//              "one and a half", "five and a half million", "half a dozen",
//              "a quarter million", "two thirds of a million"
//   decimals   "two hundred point zero three"
//   dozens     "a dozen", "three dozen"
//   round plurals (approx, min/max): "hundreds" 200..999, "tens of thousands"
//              20,000..99,999, "dozens" 24..119, "several hundred" 200..999:
//              the plural of X spans [2X, 10X-1]; "tens of X" [20X, 100X-1].
//
// parse_numeral reads the longest numeral starting at a token; it does not
// decide whether the numeral is a figure (that is the recognizers' job).
#ifndef NEWSANN_FIGURES_NUMBERS_H_
#define NEWSANN_FIGURES_NUMBERS_H_

#include <optional>
#include <string_view>

#include "figures_para.h"

namespace newsann::fig {

struct Numeral {
  size_t b = 0, e = 0;      // tokens [b, e)
  double value = 0;
  bool spelled = false;     // has a number word
  bool digits = false;      // has a digit token
  bool scaled = false;      // a scale word or suffix applied ("million", "bn", "k")
  double scale = 1;         // the largest scale applied
  bool fraction = false;    // a fraction with no whole part ("two thirds", "3/4", "half")
  bool approx = false;      // a round plural ("hundreds"): min and max are set
  bool about = false;       // one approximate value ("a couple of billion")
  std::optional<double> min, max;
  bool plain_int = false;   // exactly one digit token without separators or sign
  int int_digits = 0;       // how many digits that token has
  bool article = false;     // opened by "a"/"an" ("a hundred", "a third")
  bool decimal = false;     // has a decimal part
  bool negative = false;
  bool glued_m = false;     // a glued "m"/"M" follows, unread (metres or million)
};

struct NumeralOptions {
  bool money = false;  // after a currency sign: a glued "m" means million
};

std::optional<Numeral> parse_numeral(Para& p, size_t i, const NumeralOptions& o = {});

// A plain decimal "1234", "0.00000001", "-12.5" (digits, one optional point,
// optional sign); false for anything else. Locale-free and correctly rounded
// for up to 15 significant digits (std::from_chars for doubles is missing
// from the wasm toolchain's C++ library).
bool decimal_value(std::string_view s, double* v);

// The value of one digit token ("1,234.5", "1.234,5", "12,34,567", "0.5").
// False for anything else (a list "22,24,26", a clock time "9:30").
bool digits_value(std::string_view s, double* v, bool* separators, bool* decimal);

// "1st", "2nd", "23rd", "4th" (a digit token and its glued suffix): the
// ordinal's value and the token after it, or 0.
int numeric_ordinal(Para& p, size_t i, size_t* end);

// An ordinal in words: "third", "twenty-first", "twenty first"; 0 if none.
int word_ordinal(Para& p, size_t i, size_t* end);

// A small cardinal in words ("fifteen", "twenty one", "thirty-one"); 0 if none.
int word_cardinal_upto_99(Para& p, size_t i, size_t* end);

}  // namespace newsann::fig

#endif  // NEWSANN_FIGURES_NUMBERS_H_
