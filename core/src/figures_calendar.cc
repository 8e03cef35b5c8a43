#include "figures_calendar.h"

#include <cstdint>

namespace newsann::calendar {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

bool valid(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

// Leap days in the years [1, y] of the proleptic Gregorian calendar.
static int64_t leaps_through(int64_t y) {
  auto fdiv = [](int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
  return fdiv(y, 4) - fdiv(y, 100) + fdiv(y, 400);
}

// Days from 0001-01-01 to January 1 of year y.
static int64_t year_start(int64_t y) { return 365 * (y - 1) + leaps_through(y - 1); }

static const int64_t kEpoch = year_start(1970);  // 1970-01-01

int64_t to_days(const Date& d) {
  static const int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int m = d.month < 1 ? 1 : d.month > 12 ? 12 : d.month;
  int64_t days = year_start(d.year) + kBefore[m - 1] + (m > 2 && leap(d.year) ? 1 : 0) + d.day - 1;
  return days - kEpoch;
}

Date from_days(int64_t z) {
  int64_t n = z + kEpoch;  // days since 0001-01-01
  // Estimate the year from the mean year length, then correct by at most one.
  int64_t y = (n * 400) / 146097 + 1;
  if (n < 0) y = -((-n * 400) / 146097) + 1 - 1;
  while (year_start(y) > n) --y;
  while (year_start(y + 1) <= n) ++y;
  int64_t doy = n - year_start(y);
  int yi = static_cast<int>(y);
  int m = 1;
  while (m < 12 && doy >= days_in_month(yi, m)) {
    doy -= days_in_month(yi, m);
    ++m;
  }
  return Date{yi, m, static_cast<int>(doy) + 1};
}

int weekday(const Date& d) {
  int64_t z = to_days(d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z % 7 + 7 + 3) % 7;  // Monday = 0
  return static_cast<int>(w) + 1;
}

Date add_days(const Date& d, int64_t n) { return from_days(to_days(d) + n); }

Date add_months(const Date& d, int n) {
  int64_t total = static_cast<int64_t>(d.year) * 12 + (d.month - 1) + n;
  int y = static_cast<int>(total >= 0 ? total / 12 : (total - 11) / 12);
  int m = static_cast<int>(total - static_cast<int64_t>(y) * 12) + 1;
  int day = d.day;
  int dim = days_in_month(y, m);
  if (day > dim) day = dim;
  return Date{y, m, day};
}

Date easter(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

Date nth_weekday(int y, int m, int wd, int n) {
  if (n < 0) {
    Date last{y, m, days_in_month(y, m)};
    int back = (weekday(last) - wd + 7) % 7;
    return add_days(last, -back);
  }
  Date first{y, m, 1};
  int fwd = (wd - weekday(first) + 7) % 7;
  return add_days(first, fwd + 7 * (n - 1));
}

namespace {

// Appends v as printf's "%0<width>d" ("%+0<width>d" with plus) writes it: the
// sign, then the digits zero-padded to `width` characters in all. By hand:
// snprintf cost ~1,100 instructions a call, several per ISO date.
void append_padded(std::string* out, int v, int width, bool plus = false) {
  char digits[12];
  int n = 0;
  uint32_t u = v < 0 ? 0u - static_cast<uint32_t>(v) : static_cast<uint32_t>(v);
  do {
    digits[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  const int sign = v < 0 || plus ? 1 : 0;
  if (sign) out->push_back(v < 0 ? '-' : '+');
  for (int k = n + sign; k < width; ++k) out->push_back('0');
  while (n > 0) out->push_back(digits[--n]);
}

void append_year(std::string* out, int y) {
  if (y >= 0 && y <= 9999) {
    append_padded(out, y, 4);
  } else {
    append_padded(out, y, 5, true);
  }
}

}  // namespace

std::string iso_year(int y) {
  std::string out;
  append_year(&out, y);
  return out;
}

std::string iso_month(int y, int m) {
  std::string out;
  append_year(&out, y);
  out.push_back('-');
  append_padded(&out, m, 2);
  return out;
}

std::string iso_day(const Date& d) {
  std::string out;
  append_year(&out, d.year);
  out.push_back('-');
  append_padded(&out, d.month, 2);
  out.push_back('-');
  append_padded(&out, d.day, 2);
  return out;
}

std::string iso_week(const Date& d) {
  // The ISO week-numbering year is the year of the week's Thursday.
  Date thursday = add_days(d, 4 - weekday(d));
  int64_t jan1 = to_days(Date{thursday.year, 1, 1});
  int week = static_cast<int>((to_days(thursday) - jan1) / 7) + 1;
  std::string out;
  append_year(&out, thursday.year);
  out += "-W";
  append_padded(&out, week, 2);
  return out;
}

std::string iso_no_year(int m, int d) {
  std::string out = "--";
  append_padded(&out, m, 2);
  if (d > 0) {
    out.push_back('-');
    append_padded(&out, d, 2);
  }
  return out;
}

}  // namespace newsann::calendar
