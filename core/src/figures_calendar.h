// Calendar arithmetic for the figures layer: proleptic Gregorian dates as day
// numbers, weekdays, ISO weeks, Easter, "the nth weekday of a month", and the
// ISO 8601 strings the figure values carry ("2021-11-18", "2021-11", "2021-W45").
#ifndef NEWSANN_FIGURES_CALENDAR_H_
#define NEWSANN_FIGURES_CALENDAR_H_

#include <cstdint>
#include <string>

#include "figures.h"

namespace newsann::calendar {

bool leap(int y);
int days_in_month(int y, int m);   // m in 1..12
bool valid(int y, int m, int d);

// Days since 1970-01-01 (negative before), and back.
int64_t to_days(const Date& d);
Date from_days(int64_t days);

// ISO weekday of a date: Monday = 1 .. Sunday = 7.
int weekday(const Date& d);

Date add_days(const Date& d, int64_t n);
// Adds months, clamping the day to the target month's length (Jan 31 + 1 = Feb 28).
Date add_months(const Date& d, int n);

// Easter Sunday of year y (Gregorian computus).
Date easter(int y);
// The n-th (1..5; -1 = last) given weekday of month m in year y.
Date nth_weekday(int y, int m, int wd, int n);

// ISO 8601 strings.
std::string iso_day(const Date& d);           // 2021-11-18
std::string iso_month(int y, int m);          // 2021-11
std::string iso_year(int y);                  // 2021 (four digits, or -0044 style)
std::string iso_week(const Date& d);          // 2021-W46, the ISO week holding d
std::string iso_no_year(int m, int d);        // --11-18 (d = 0: --11)

}  // namespace newsann::calendar

#endif  // NEWSANN_FIGURES_CALENDAR_H_
