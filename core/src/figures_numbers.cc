#include "figures_numbers.h"

#include <cmath>
#include <string>
#include <vector>

namespace newsann::fig {

namespace {

// Lengths of the digit groups of s split at `sep`.
std::vector<size_t> group_lengths(std::string_view s, char sep) {
  std::vector<size_t> out;
  size_t start = 0;
  for (size_t k = 0; k <= s.size(); ++k) {
    if (k == s.size() || s[k] == sep) {
      out.push_back(k - start);
      start = k + 1;
    }
  }
  return out;
}

bool western_groups(const std::vector<size_t>& g) {
  if (g.size() < 2 || g[0] < 1 || g[0] > 3) return false;
  for (size_t k = 1; k < g.size(); ++k) {
    if (g[k] != 3) return false;
  }
  return true;
}

bool indian_groups(const std::vector<size_t>& g) {
  if (g.size() < 3 || g[0] < 1 || g[0] > 2 || g.back() != 3) return false;
  for (size_t k = 1; k + 1 < g.size(); ++k) {
    if (g[k] != 2) return false;
  }
  return true;
}

bool parse_clean(const std::string& s, double* v) { return decimal_value(s, v); }

std::string without(std::string_view s, char c) {
  std::string out;
  for (char x : s) {
    if (x != c) out.push_back(x);
  }
  return out;
}

constexpr size_t kMaxNumeralTokens = 32;

enum class Last { kNone, kDigits, kUnit, kTeen, kTens, kHundred, kScale, kAnd };

bool is_card(Para& p, size_t i, double* v) {
  const Entry* e = p.single(i, Cat::kCard);
  if (!e) return false;
  *v = e->value;
  return true;
}

// Scale words valid after spelled-out numbers; the abbreviations ("bn", "k")
// only follow digits.
bool scale_word(Para& p, size_t i, bool after_digits, double* v) {
  const Entry* e = p.single(i, Cat::kScale);
  if (!e) return false;
  std::string_view w = p.low(i);
  bool full = w == "hundred" || w == "thousand" || w == "million" || w == "billion" ||
              w == "trillion" || w == "lakh" || w == "lakhs" || w == "crore" || w == "crores";
  if (!full) {
    if (!after_digits) return false;
    // "mm" is millimetres unless written "MM"; a bare "b" only glued ("1.2b").
    if (w == "mm" && p.str(i) != "MM") return false;
    if (w == "b" && !p.glued(i)) return false;
  }
  *v = e->value;
  return true;
}

// A fraction denominator at i: "thirds", "quarters", "fifth" (singular only
// when `singular`), "twenty-fifths", "hundredths". Not "second(s)": a unit of time.
bool denominator(Para& p, size_t i, bool singular, double* den, size_t* end) {
  // "two-thirds", "one-eighth", "one - fourth": a dash before the denominator.
  if (p.dash(i) && p.word(i + 1) && (p.glued(i) == p.glued(i + 1))) ++i;
  if (!p.in(i)) return false;
  std::string_view w = p.low(i);
  if (w == "second" || w == "seconds" || w == "first" || w == "firsts") return false;
  double tens = 0;
  size_t j = i;
  if (is_card(p, i, &tens) && tens >= 20 && std::fmod(tens, 10) == 0 && tens < 1e9) {
    j = i + 1;
    if (p.dash(j)) ++j;
  } else {
    tens = 0;
  }
  if (!p.in(j)) return false;
  std::string_view u = p.low(j);
  if (tens > 0 && (u == "first" || u == "firsts" || u == "second" || u == "seconds")) {
    // "twenty-first(s)" is fine as a denominator.
    *den = tens + (u[0] == 'f' ? 1 : 2);
    *end = j + 1;
    return true;
  }
  if (u == "half" && singular && tens == 0) {
    *den = 2;
    *end = j + 1;
    return true;
  }
  if (u == "quarter" && singular && tens == 0) {
    *den = 4;
    *end = j + 1;
    return true;
  }
  if (const Entry* e = p.single(j, Cat::kFracPl)) {
    *den = tens + e->value;
    *end = j + 1;
    return true;
  }
  if (singular) {
    if (const Entry* e = p.single(j, Cat::kOrd)) {
      if (e->value < 3 && tens == 0) return false;
      *den = tens + e->value;
      *end = j + 1;
      return true;
    }
  }
  return false;
}

double unicode_fraction(std::string_view s) {
  static const struct { const char* s; double v; } kFractions[] = {
      {"½", 0.5}, {"¼", 0.25}, {"¾", 0.75}, {"⅓", 1.0 / 3}, {"⅔", 2.0 / 3}, {"⅕", 0.2},
      {"⅖", 0.4}, {"⅗", 0.6}, {"⅘", 0.8}, {"⅙", 1.0 / 6}, {"⅚", 5.0 / 6}, {"⅛", 0.125},
      {"⅜", 0.375}, {"⅝", 0.625}, {"⅞", 0.875}};
  for (const auto& f : kFractions) {
    if (s == f.s) return f.v;
  }
  return 0;
}

// "N/M" as a fraction: a small denominator and a proper fraction (so "9/11"
// and "4/22" stay dates).
bool slash_fraction(Para& p, size_t i, double* v, size_t* end) {
  if (!p.number(i) || !p.punct(i + 1, "/") || !p.glued(i + 1) || !p.number(i + 2) ||
      !p.glued(i + 2)) {
    return false;
  }
  double a, b;
  bool s1, d1;
  if (!digits_value(p.str(i), &a, &s1, &d1) || !digits_value(p.str(i + 2), &b, &s1, &d1)) return false;
  static const int kDen[] = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100};
  bool small = false;
  for (int d : kDen) small |= (b == d);
  if (!small || a <= 0 || a >= b) return false;
  // Not part of a longer slash sequence (a date "1/2/2020").
  if (p.punct(i + 3, "/") && p.glued(i + 3)) return false;
  if (p.punct(i - 1, "/") && p.glued(i)) return false;
  *v = a / b;
  *end = i + 3;
  return true;
}

// A space inside a space-grouped number: one ordinary, no-break or thin space.
bool group_space(Para& p, size_t i, bool plain_ok) {
  uint32_t gap_b = p.tok(i - 1).e, gap_e = p.tok(i).b;
  std::string_view gap = p.text.s.substr(gap_b, gap_e - gap_b);
  return (plain_ok && gap == " ") || gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89";
}

struct Whole {
  size_t e = 0;
  double value = 0;
  bool spelled = false, digits = false, scaled = false, decimal = false;
  double scale = 1;
  bool plain_int = false;
  int int_digits = 0;
  bool glued_m = false;
  bool ok = false;
};

// The whole-number part: digits, number words and scales ("4 thousand 3
// hundred and 21", "twenty-one trillion and three hundred", "1.2 million").
Whole whole_number(Para& p, size_t i, const NumeralOptions& o) {
  Whole w;
  double total = 0, current = 0, last_scale = 0;
  Last last = Last::kNone;
  size_t j = i;
  bool tens_unit = false;  // the tens already took a unit ("twenty-one")
  // No real numeral is longer; the bound keeps every parse, and so the
  // scan, linear even on pathological text ("one hundred thousand one hundred thousand ...").
  const size_t limit = i + kMaxNumeralTokens;
  while (p.in(j) && j < limit) {
    double v = 0;
    if (p.number(j)) {
      if (last != Last::kNone && last != Last::kScale && last != Last::kAnd) break;
      if (last != Last::kNone && p.glued(j)) break;
      bool sep, dec;
      if (!digits_value(p.str(j), &v, &sep, &dec)) break;
      if (last == Last::kNone) {
        w.plain_int = !sep && !dec;
        w.int_digits = w.plain_int ? static_cast<int>(p.str(j).size()) : 0;
        // Space-grouped thousands: "40 000" with a no-break or thin space,
        // "1 234 567" with ordinary ones (two groups at least: "74 100%" in a
        // table is two numbers).
        size_t k = j + 1;
        if (w.plain_int && w.int_digits <= 3) {
          auto group = [&](size_t t, bool plain_ok) {
            return p.number(t) && !p.glued(t) && p.str(t).size() >= 3 &&
                   p.str(t).substr(0, 3).find_first_not_of("0123456789") == std::string_view::npos &&
                   (p.str(t).size() == 3 || p.str(t)[3] == '.') && group_space(p, t, plain_ok);
          };
          bool plain_ok = group(k, true) && p.str(k).size() == 3 && group(k + 1, true);
          while (k < j + 6 && group(k, plain_ok)) {
            double g = 0;
            bool s2, d2;
            digits_value(p.str(k), &g, &s2, &d2);
            v = v * 1000 + g;
            ++k;
            if (p.str(k - 1).size() > 3) break;  // "1 234 567.89": the decimal tail ends it
          }
          if (k > j + 1) w.plain_int = false;
        }
        j = k;
      } else {
        ++j;
      }
      w.decimal |= dec;
      // Scientific notation: "1e10", "12.32e+14", "1.3x10^6", "1.1^23".
      if (last == Last::kNone && p.glued(j)) {
        size_t k = j;
        bool exp = false;
        int sign = 1;
        double base = 10;
        if (p.is(k, "e") && p.glued(k)) {
          exp = true;
          ++k;
        } else if (p.is(k, "x10") || (p.is(k, "x") && p.glued(k + 1) && p.str(k + 1) == "10")) {
          k += p.is(k, "x") ? 2 : 1;
          exp = p.punct(k, "^") && p.glued(k);
          ++k;
        } else if (p.punct(k, "^") && p.glued(k)) {
          exp = true;
          base = v;
          v = 1;
          ++k;
        }
        if (exp) {
          while ((p.punct(k, "+") || p.punct(k, "-")) && p.glued(k)) {
            if (p.punct(k, "-")) sign = -sign;
            ++k;
          }
          double ex;
          bool s2, d2;
          if (p.number(k) && p.glued(k) && digits_value(p.str(k), &ex, &s2, &d2) && !d2 && ex < 300) {
            v *= std::pow(base, sign * ex);
            j = k + 1;
            w.plain_int = false;
            w.decimal = true;
          }
        }
      }
      current += v;
      w.digits = true;
      last = Last::kDigits;
      // A glued scale suffix ends the numeral: "10k", "4.5bn", "2mil", "1MM".
      if (p.word(j) && p.glued(j)) {
        double s;
        std::string_view suf = p.low(j);
        if (suf == "m") {
          if (o.money) {
            current *= 1e6;
            w.scaled = true;
            w.scale = 1e6;
            ++j;
          } else {
            w.glued_m = true;
          }
          break;
        }
        if (suf == "g" || suf == "t") {
          // "10G" as a count; "100t" is tonnes: leave "t" and "g" to the units,
          // except the capital G the recognizer examples write for giga.
          if (p.str(j) == "G") {
            current *= 1e9;
            w.scaled = true;
            w.scale = 1e9;
            ++j;
          }
          break;
        }
        if (scale_word(p, j, true, &s) && s >= 1000) {
          current *= s;
          w.scaled = true;
          w.scale = s;
          ++j;
        }
        break;
      }
      continue;
    }
    if (is_card(p, j, &v)) {
      bool ok;
      if (v < 10) {
        ok = last == Last::kNone || last == Last::kHundred || last == Last::kScale ||
             last == Last::kAnd || (last == Last::kTens && !tens_unit);
      } else {
        ok = last == Last::kNone || last == Last::kHundred || last == Last::kScale || last == Last::kAnd;
      }
      if (!ok) break;
      if (last == Last::kTens) tens_unit = true;
      current += v;
      w.spelled = true;
      last = v < 10 ? Last::kUnit : v < 20 ? Last::kTeen : Last::kTens;
      if (last == Last::kTens) tens_unit = false;
      ++j;
      // "twenty-one", "fifty - two"
      if (last == Last::kTens && p.dash(j)) {
        double u;
        if (is_card(p, j + 1, &u) && u >= 1 && u < 10) {
          current += u;
          tens_unit = true;
          j += 2;
        }
      }
      continue;
    }
    double s;
    // "six-million", "two-thousand": a hyphen before a scale word.
    if (p.dash(j) && p.glued(j) && p.glued(j + 1) && last != Last::kNone && last != Last::kScale &&
        last != Last::kAnd && scale_word(p, j + 1, false, &s) && s >= 1000) {
      ++j;
    }
    if (scale_word(p, j, last == Last::kDigits, &s)) {
      if (s == 100) {
        bool ok = last == Last::kUnit || last == Last::kTeen || last == Last::kTens ||
                  last == Last::kDigits;
        double next_scale;
        if (last == Last::kNone && scale_word(p, j + 1, false, &next_scale) && next_scale >= 1000) ok = true;
        if (!ok) break;
        current = (current == 0 ? 1 : current) * 100;
        last = Last::kHundred;
      } else {
        bool ok = last == Last::kUnit || last == Last::kTeen || last == Last::kTens ||
                  last == Last::kDigits || last == Last::kHundred ||
                  (last == Last::kScale && s > last_scale);
        if (!ok) break;
        if (last == Last::kScale) {
          total = (total + current) * s;
        } else if (last_scale > 0 && s > last_scale) {
          total = (total + current) * s;
        } else {
          total += current * s;
        }
        current = 0;
        last_scale = s;
        last = Last::kScale;
      }
      w.scaled = true;
      if (s > w.scale) w.scale = s;
      w.spelled |= p.word(j);
      ++j;
      continue;
    }
    if (p.is(j, "and") && (last == Last::kHundred || last == Last::kScale)) {
      // Only when a whole number follows, not a fraction ("and a half",
      // "and two thirds") which the caller reads.
      double u;
      size_t k = j + 1;
      if (p.number(k)) {
        if (p.number(k + 1) || p.punct(k + 1, "/")) break;
      } else if (is_card(p, k, &u)) {
        size_t dend;
        double den;
        size_t after = k + 1;
        if (p.dash(after) && is_card(p, after + 1, &u)) after += 2;
        if (denominator(p, after, true, &den, &dend) || denominator(p, k + 1, true, &den, &dend)) break;
      } else {
        break;
      }
      last = Last::kAnd;
      ++j;
      continue;
    }
    break;
  }
  if (last == Last::kAnd) --j;  // a dangling "and" is not part of it
  if (j == i) return w;
  w.e = j;
  w.value = total + current;
  w.ok = true;
  return w;
}

// "point zero three", "point seventy-one" after a spelled number.
bool spoken_decimal(Para& p, size_t i, double* frac, size_t* end) {
  if (!p.is(i, "point")) return false;
  std::string digits;
  size_t j = i + 1;
  while (p.in(j) && j < i + 16) {
    double v;
    if (p.is_any(j, {"oh", "o"})) {
      digits += '0';
      ++j;
      continue;
    }
    if (!is_card(p, j, &v)) break;
    if (v < 10) {
      digits += static_cast<char>('0' + static_cast<int>(v));
      ++j;
      continue;
    }
    if (v >= 1e9) break;  // "trillion": no int, and no digit group
    int n = static_cast<int>(v);
    ++j;
    if (n >= 20 && n % 10 == 0 && p.dash(j)) {
      double u;
      if (is_card(p, j + 1, &u) && u < 10) {
        n += static_cast<int>(u);
        j += 2;
      }
    }
    digits += std::to_string(n);
  }
  if (digits.empty()) return false;
  double f = 0;
  decimal_value("0." + digits, &f);
  *frac = f;
  *end = j;
  return true;
}

// A fraction starting at i: "a half", "one quarter", "two thirds", "a
// twenty-fifth", "three fifths". Returns its value and end.
bool word_fraction(Para& p, size_t i, double* v, size_t* end) {
  double num = 0;
  size_t j = i;
  if (p.is_any(i, {"a", "an"})) {
    num = 1;
    j = i + 1;
  } else {
    Whole w = whole_number(p, i, {});
    if (!w.ok || !w.spelled || w.digits) return false;
    num = w.value;
    j = w.e;
  }
  double den;
  size_t e;
  if (!denominator(p, j, num == 1, &den, &e)) return false;
  *v = num / den;
  *end = e;
  return true;
}

}  // namespace

bool decimal_value(std::string_view s, double* v) {
  static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  double mantissa = 0;
  int frac_digits = 0, digits = 0;
  bool point = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      mantissa = mantissa * 10 + (c - '0');
      ++digits;
      if (point) ++frac_digits;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  if (digits == 0) return false;
  double x = frac_digits <= 22 ? mantissa / kPow10[frac_digits] : mantissa / std::pow(10.0, frac_digits);
  *v = negative ? -x : x;
  return true;
}

bool digits_value(std::string_view s, double* v, bool* sep, bool* dec) {
  *sep = false;
  *dec = false;
  if (s.empty()) return false;
  int commas = 0, dots = 0;
  size_t last_comma = std::string_view::npos, last_dot = std::string_view::npos;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c == ',') {
      ++commas;
      last_comma = k;
    } else if (c == '.') {
      ++dots;
      last_dot = k;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  std::string clean;
  if (commas == 0 && dots == 0) {
    clean = std::string(s);
  } else if (dots == 0) {
    std::vector<size_t> g = group_lengths(s, ',');
    if (western_groups(g) || indian_groups(g)) {
      clean = without(s, ',');
      *sep = true;
    } else if (commas == 1 && g.back() >= 1 && g.back() <= 2) {
      clean = std::string(s);
      clean[last_comma] = '.';
      *dec = true;
    } else {
      return false;
    }
  } else if (commas == 0) {
    if (dots == 1) {
      clean = std::string(s);
      *dec = true;
    } else if (western_groups(group_lengths(s, '.'))) {
      clean = without(s, '.');
      *sep = true;
    } else {
      return false;
    }
  } else if (last_dot > last_comma) {
    if (dots != 1) return false;
    std::string_view head = s.substr(0, last_dot);
    std::vector<size_t> g = group_lengths(head, ',');
    if (!western_groups(g) && !indian_groups(g)) return false;
    clean = without(s, ',');
    *sep = *dec = true;
  } else {
    if (commas != 1) return false;
    std::string_view head = s.substr(0, last_comma);
    if (!western_groups(group_lengths(head, '.'))) return false;
    clean = without(s, '.');
    clean[clean.find(',')] = '.';
    *sep = *dec = true;
  }
  return parse_clean(clean, v);
}

int numeric_ordinal(Para& p, size_t i, size_t* end) {
  if (!p.number(i) || !p.word(i + 1) || !p.glued(i + 1)) return 0;
  std::string_view d = p.str(i);
  if (d.size() > 4 || d.find_first_not_of("0123456789") != std::string_view::npos) return 0;
  int n = 0;
  for (char c : d) n = n * 10 + (c - '0');
  std::string_view suf = p.low(i + 1);
  int last = n % 10, last2 = n % 100;
  const char* want = (last2 >= 11 && last2 <= 13) ? "th"
                     : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
  if (suf != want && !(suf == "th" && n > 0) && !(suf == "d" && (last == 2 || last == 3))) return 0;
  *end = i + 2;
  return n;
}

int word_ordinal(Para& p, size_t i, size_t* end) {
  if (!p.in(i)) return 0;
  double tens = 0;
  if (is_card(p, i, &tens) && tens >= 20 && std::fmod(tens, 10) == 0 && tens < 1e9) {
    size_t j = i + 1;
    if (p.dash(j)) ++j;
    if (const Entry* e = p.single(j, Cat::kOrd)) {
      if (e->value < 10) {
        *end = j + 1;
        return static_cast<int>(tens + e->value);
      }
    }
    return 0;
  }
  // "trillionth" (1e12) does not fit an int, and ranks nothing countable here.
  if (const Entry* e = p.single(i, Cat::kOrd); e && e->value < 1e9) {
    *end = i + 1;
    return static_cast<int>(e->value);
  }
  return 0;
}

int word_cardinal_upto_99(Para& p, size_t i, size_t* end) {
  double v;
  if (!is_card(p, i, &v) || v >= 100) return 0;
  int n = static_cast<int>(v);
  size_t j = i + 1;
  if (n >= 20 && n % 10 == 0) {
    size_t k = j;
    if (p.dash(k)) ++k;
    double u;
    if (is_card(p, k, &u) && u >= 1 && u < 10) {
      n += static_cast<int>(u);
      j = k + 1;
    }
  }
  *end = j;
  return n;
}

std::optional<Numeral> parse_numeral(Para& p, size_t i, const NumeralOptions& o) {
  if (!p.in(i)) return std::nullopt;
  Numeral n;
  n.b = i;
  size_t j = i;

  // A sign: "minus five", "negative one", "-9.5" (a dash glued to the digits
  // with a space before it).
  if (p.is_any(j, {"minus", "negative"})) {
    n.negative = true;
    ++j;
  }

  // Round plurals: "hundreds", "tens of thousands", "dozens".
  if (const Entry* e = p.single(j, Cat::kApproxPl)) {
    double unit = e->value;
    size_t k = j + 1;
    if (p.is(k, "of")) {
      if (const Entry* e2 = p.single(k + 1, Cat::kApproxPl)) {
        if (e2->value >= 100 && e2->value > unit && unit >= 10) {
          n.e = k + 2;
          n.approx = true;
          n.min = 2 * unit * e2->value;
          n.max = 10 * unit * e2->value - 1;
          n.value = unit * e2->value;
          n.spelled = true;
          return n;
        }
      }
    }
    std::string_view w = p.low(j);
    if (w == "tens") return std::nullopt;                       // only "tens of ..."
    if (w == "scores" && !p.is(k, "of")) return std::nullopt;   // test scores
    n.e = k;
    n.approx = true;
    n.min = 2 * unit;
    n.max = 10 * unit - 1;
    n.value = unit;
    n.spelled = true;
    return n;
  }
  // "a couple of billion": about two of the scale.
  if (p.is(j, "a") && p.is(j + 1, "couple") && p.is(j + 2, "of")) {
    double s;
    if (scale_word(p, j + 3, false, &s) && s >= 1000) {
      n.e = j + 4;
      n.value = 2 * s;
      n.scaled = true;
      n.spelled = true;
      n.about = true;
      return n;
    }
  }
  // "several hundred", "a few thousand": a round magnitude.
  {
    size_t k = j;
    if (p.is(k, "several")) {
      ++k;
    } else if (p.is(k, "a") && p.is(k + 1, "few")) {
      k += 2;
    } else if (p.is(k, "few")) {
      ++k;
    }
    double s;
    if (k > j && scale_word(p, k, false, &s)) {
      n.e = k + 1;
      n.approx = true;
      n.min = 2 * s;
      n.max = 10 * s - 1;
      n.value = s;
      n.spelled = true;
      return n;
    }
  }

  // "half", "a half", "half a million", "half a dozen", "a quarter million".
  {
    size_t k = j;
    bool article = false;
    if (p.is_any(k, {"a", "an"})) {
      article = true;
      ++k;
    }
    double frac = 0;
    if (p.is(k, "half")) frac = 0.5;
    if (p.is(k, "quarter")) frac = 0.25;
    if (frac > 0) {
      size_t m = k + 1;
      if (p.is_any(m, {"a", "an"})) ++m;
      double s;
      if (scale_word(p, m, false, &s) && s >= 1000) {
        n.e = m + 1;
        n.value = frac * s;
        n.scaled = true;
        n.spelled = true;
        n.article = article;
        return n;
      }
      if (p.single(m, Cat::kDozen) && !p.is(m, "dozens")) {
        n.e = m + 1;
        n.value = frac * 12;
        n.spelled = true;
        return n;
      }
      if (frac == 0.5 && !p.is(k + 1, "-")) {
        // A bare half: a fraction the caller may read as a share (50%).
        n.e = k + 1;
        n.value = 0.5;
        n.fraction = true;
        n.spelled = true;
        n.article = article;
        return n;
      }
      if (frac == 0.25 && article && !p.dash(k + 1)) {
        n.e = k + 1;
        n.value = 0.25;
        n.fraction = true;
        n.spelled = true;
        n.article = true;
        return n;
      }
      return std::nullopt;
    }
  }

  // "a hundred", "a dozen", "a million", "a third" (an article as one).
  if (p.is_any(j, {"a", "an"})) {
    double s;
    if (scale_word(p, j + 1, false, &s)) {
      Whole w = whole_number(p, j + 1, o);
      if (!w.ok) {
        // "a hundred" alone: whole_number refuses a bare scale.
        w.ok = true;
        w.e = j + 2;
        w.value = s;
        w.spelled = w.scaled = true;
        w.scale = s;
      } else {
        // "a hundred thousand": whole_number read "hundred thousand" = 100000.
      }
      n.e = w.e;
      n.value = w.value;
      n.spelled = true;
      n.scaled = true;
      n.article = true;
    } else if (p.single(j + 1, Cat::kDozen) && !p.is(j + 1, "dozens")) {
      n.e = j + 2;
      n.value = 12;
      n.spelled = true;
      n.article = true;
      return n;
    } else {
      double v;
      size_t e;
      if (word_fraction(p, j, &v, &e)) {
        n.e = e;
        n.value = v;
        n.fraction = true;
        n.spelled = true;
        n.article = true;
        // "a hundred thousand trillionths" is read above; "a third" ends here.
        return n;
      }
      return std::nullopt;
    }
  } else {
    // Unicode fraction alone: "¾", "½ teaspoon".
    if (p.in(j) && p.tok(j).kind == TokenKind::kPunct) {
      double f = unicode_fraction(p.str(j));
      if (f > 0) {
        n.e = j + 1;
        n.value = n.negative ? -f : f;
        n.fraction = true;
        n.digits = true;
        return n;
      }
    }
    double fv;
    size_t fe;
    if (slash_fraction(p, j, &fv, &fe)) {
      n.e = fe;
      n.value = n.negative ? -fv : fv;
      n.fraction = true;
      n.digits = true;
      return n;
    }
    Whole w = whole_number(p, j, o);
    if (!w.ok) return std::nullopt;
    // A lone "hundred"/"thousand" with nothing before it is no numeral
    // ("hundred thousand" is).
    if (!w.digits && w.scaled && !w.spelled) return std::nullopt;
    n.e = w.e;
    n.value = w.value;
    n.spelled = w.spelled;
    n.digits = w.digits;
    n.scaled = w.scaled;
    n.decimal = w.decimal;
    n.plain_int = w.plain_int && !n.negative;
    n.int_digits = w.int_digits;
    n.glued_m = w.glued_m;
    n.scale = w.scale;
    // A word fraction read as whole + denominator: "two thirds", "one eighth".
    if (w.spelled && !w.digits && !w.scaled) {
      double den;
      size_t e;
      if (denominator(p, w.e, w.value == 1, &den, &e)) {
        n.e = e;
        n.value = w.value / den;
        n.fraction = true;
        n.plain_int = false;
      }
    }
  }

  // Decimal "point": "two hundred point zero three".
  if (n.spelled && !n.fraction) {
    double f;
    size_t e;
    if (spoken_decimal(p, n.e, &f, &e)) {
      n.value += f;
      n.e = e;
      n.decimal = true;
    }
  }

  // Mixed numbers: "2 1/4", "6 ½", "6½", "one and a half", "three and one fourth".
  if (!n.fraction) {
    double fv;
    size_t fe;
    if (n.digits && !n.scaled && slash_fraction(p, n.e, &fv, &fe) && !p.glued(n.e)) {
      n.value += fv;
      n.e = fe;
      n.plain_int = false;
    } else if (p.in(n.e) && p.tok(n.e).kind == TokenKind::kPunct && unicode_fraction(p.str(n.e)) > 0) {
      n.value += unicode_fraction(p.str(n.e));
      n.e += 1;
      n.plain_int = false;
    } else if (p.is(n.e, "and")) {
      if (word_fraction(p, n.e + 1, &fv, &fe)) {
        // "3 million and a half" is three and a half million.
        n.value += n.scaled ? fv * n.scale : fv;
        n.e = fe;
        n.plain_int = false;
        n.decimal = true;
      }
    }
  }

  // A scale after the fraction or mixed number: "five and a half million",
  // "two thirds of a million", "three quarters billion".
  {
    size_t k = n.e;
    if (n.fraction && p.is(k, "of") && p.is_any(k + 1, {"a", "an"})) k += 2;
    double s;
    if ((n.fraction || n.decimal || !n.scaled) && scale_word(p, k, n.digits && !n.spelled, &s) &&
        s >= 1000 && (k == n.e || n.fraction)) {
      bool after_digits = n.digits && !n.spelled;
      if (!(after_digits && p.glued(k) && n.scaled)) {
        n.value *= s;
        n.e = k + 1;
        n.scaled = true;
        n.plain_int = false;
        n.fraction = false;
        // "1.2 million" may go on: "1.2 million and a half" is too rare to read.
      }
    }
  }

  // Dozens: "three dozen", "3 dozens".
  if (!n.fraction && p.single(n.e, Cat::kDozen) && !n.scaled) {
    n.value *= 12;
    n.e += 1;
    n.plain_int = false;
  }

  // A leading dash sign or decimal point: "-9.2", ".08".
  if (n.digits && p.number(n.b) && n.b == i) {
    if (p.punct(n.b - 1, ".") && p.glued(n.b) && !p.glued(n.b - 1)) {
      std::string s = "0." + std::string(p.str(n.b));
      double v;
      if (p.str(n.b).find_first_not_of("0123456789") == std::string_view::npos &&
          parse_clean(s, &v) && n.e == n.b + 1) {
        n.value = v;
        n.b -= 1;
        n.decimal = true;
        n.plain_int = false;
      }
    }
    if ((p.punct(n.b - 1, "-") || p.punct(n.b - 1, "\xE2\x88\x92")) && !p.glued(n.b - 1) &&
        p.glued(n.b) && !p.number(n.b - 2)) {
      // "-9.5", "−4": a minus sign opening a number (not a dash after a word).
      n.b -= 1;
      n.negative = true;
      n.plain_int = false;
    }
  }
  if (n.negative) n.value = -n.value;
  if (n.e <= n.b) return std::nullopt;
  return n;
}

}  // namespace newsann::fig
