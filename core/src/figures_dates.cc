#include "figures_dates.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "claims_words.h"
#include "figures_calendar.h"
#include "figures_numbers.h"

namespace newsann::fig {

using calendar::add_days;
using calendar::add_months;
using calendar::iso_day;
using calendar::iso_month;
using calendar::iso_no_year;
using calendar::iso_week;
using calendar::iso_year;
using calendar::to_days;

namespace {

// ---- Components --------------------------------------------------------------

bool abbreviation(std::string_view w, bool weekday) {
  return weekday ? w.size() <= 5 : (w.size() <= 4 && w != "may" && w != "june" && w != "july");
}

// Month names that are also ordinary words, and weekday abbreviations that
// are: these need a capital (or a day number beside them).
bool ambiguous_word(std::string_view w) {
  return w == "may" || w == "march" || w == "mar" || w == "sat" || w == "sun" || w == "wed" ||
         w == "dec" || w == "jan" || w == "aug" || w == "mon" || w == "fri" || w == "sept";
}

// A month name at i (with the period of an abbreviation); 0 if none.
int month_at(Para& p, size_t i, size_t* end, bool* abbrev = nullptr) {
  const Entry* e = p.single(i, Cat::kMonth);
  if (!e) return 0;
  std::string_view w = p.low(i);
  bool ab = abbreviation(w, false);
  size_t j = i + 1;
  if (ab && p.punct(j, ".") && p.glued(j)) ++j;
  if (abbrev) *abbrev = ab;
  *end = j;
  return e->n[0];
}

int weekday_at(Para& p, size_t i, size_t* end, bool* abbrev = nullptr) {
  const Entry* e = p.single(i, Cat::kWeekday);
  if (!e) return 0;
  std::string_view w = p.low(i);
  bool ab = abbreviation(w, true);
  size_t j = i + 1;
  if (ab && p.punct(j, ".") && p.glued(j)) ++j;
  if (abbrev) *abbrev = ab;
  *end = j;
  return e->n[0];
}

// A day of the month: "18", "18th", "eighteenth", "twenty-first"; with
// `words`, also "twenty one". *ordinal says whether it was written as one.
int day_at(Para& p, size_t i, size_t* end, bool words, bool* ordinal = nullptr) {
  if (!p.in(i)) return 0;
  size_t e;
  if (int n = numeric_ordinal(p, i, &e); n >= 1 && n <= 31) {
    *end = e;
    if (ordinal) *ordinal = true;
    return n;
  }
  if (p.number(i)) {
    std::string_view d = p.str(i);
    if (d.size() > 2 || d.find_first_not_of("0123456789") != std::string_view::npos) return 0;
    int n = d.size() == 1 ? d[0] - '0' : (d[0] - '0') * 10 + (d[1] - '0');
    if (n < 1 || n > 31) return 0;
    // Not the start of a clock time or a bigger number: "18 000", "18:30".
    if (p.word(i + 1) && p.glued(i + 1) && !p.single(i + 1, Cat::kMonth)) return 0;
    *end = i + 1;
    if (ordinal) *ordinal = false;
    return n;
  }
  if (int n = word_ordinal(p, i, &e); n >= 1 && n <= 31) {
    *end = e;
    if (ordinal) *ordinal = true;
    return n;
  }
  if (words) {
    if (int n = word_cardinal_upto_99(p, i, &e); n >= 1 && n <= 31) {
      *end = e;
      if (ordinal) *ordinal = false;
      return n;
    }
  }
  return 0;
}

// A year: four digits (1000-2999); with `words`, "two thousand and eighteen"
// or "nineteen seventy eight".
int year_at(Para& p, size_t i, size_t* end, bool words) {
  if (!p.in(i)) return 0;
  if (p.number(i)) {
    std::string_view d = p.str(i);
    if (d.size() != 4 || d.find_first_not_of("0123456789") != std::string_view::npos) return 0;
    int y = std::atoi(std::string(d).c_str());
    if (y < 1000 || y > 2999) return 0;
    if (p.word(i + 1) && p.glued(i + 1)) return 0;  // "2020s", "1990s" are decades
    *end = i + 1;
    return y;
  }
  if (!words || !p.word(i)) return 0;
  if (auto n = parse_numeral(p, i); n && n->spelled && !n->digits && !n->fraction && !n->approx &&
                                     n->value >= 1000 && n->value <= 2999 &&
                                     n->value == std::floor(n->value)) {
    *end = n->e;
    return static_cast<int>(n->value);
  }
  size_t e1, e2;
  int hi = word_cardinal_upto_99(p, i, &e1);
  if (hi >= 10 && hi <= 29) {
    if (p.is_any(e1, {"oh", "zero", "nought"})) {
      int lo = word_cardinal_upto_99(p, e1 + 1, &e2);
      if (lo >= 1 && lo <= 9) {
        *end = e2;
        return hi * 100 + lo;
      }
    }
    int lo = word_cardinal_upto_99(p, e1, &e2);
    if (lo >= 10) {
      *end = e2;
      return hi * 100 + lo;
    }
  }
  return 0;
}

size_t skip(Para& p, size_t j, std::string_view punct) {
  return p.punct(j, punct) ? j + 1 : j;
}

// ---- Resolution ----------------------------------------------------------------

const char* const kFutureMarkers[] = {"will", "'ll", "shall", "due", "expected", "scheduled",
                                      "plans", "plan", "planned", "upcoming", "until", "till",
                                      "going", "set", "would"};

Candidate make(size_t b, size_t e) {
  Candidate c;
  c.b = b;
  c.e = e;
  c.kind = FigureKind::kDate;
  return c;
}

int64_t month_index(int y, int m) { return static_cast<int64_t>(y) * 12 + (m - 1); }

// The year that puts month/day nearest the publication date; in the future
// when the sentence says so (or when the weekday given fits only there).
int nearest_year(Para& p, size_t at, int m, int d, int wd) {
  const Date& pub = *p.published;
  bool future = future_context(p, at);
  int best = pub.year;
  int64_t best_cost = INT64_MAX;
  for (int y = pub.year - 1; y <= pub.year + 1; ++y) {
    int day = d > 0 ? d : 1;
    if (d > 0 && !calendar::valid(y, m, day)) continue;
    int64_t diff;
    if (d > 0) {
      diff = to_days(Date{y, m, day}) - to_days(pub);
    } else {
      diff = (month_index(y, m) - month_index(pub.year, pub.month)) * 30;
    }
    // News reports the past: the latest such day no more than a month ahead;
    // in future context, the first one from a week back on.
    int64_t cost = std::llabs(diff);
    if (future && diff < -7) cost += 1000;
    if (!future && diff > 31) cost += 1000;
    if (wd > 0 && d > 0 && calendar::weekday(Date{y, m, day}) != wd) cost += 1000;
    if (cost < best_cost) {
      best_cost = cost;
      best = y;
    }
  }
  return best;
}

void set_weekday(Para& p, size_t at, int wd, int mode, FigureValue* v) {
  // mode 0: bare weekday (nearest, by tense); -1 "last": strictly before;
  // +1 "next"/"coming": strictly after; 2 "this": in the publication week.
  if (!p.published) {
    v->number = wd;
    v->unit = "weekday";
    if (mode == -1 || mode == 1) v->min = mode;  // offset in weeks is unknown: direction only
    return;
  }
  const Date& pub = *p.published;
  int pw = calendar::weekday(pub);
  int64_t delta;
  if (mode == -1) {
    delta = -(((pw - wd) % 7 + 7) % 7);
    if (delta == 0) delta = -7;
  } else if (mode == 1) {
    delta = ((wd - pw) % 7 + 7) % 7;
    if (delta == 0) delta = 7;
  } else if (mode == 2) {
    delta = wd - pw;
  } else if (future_context(p, at)) {
    delta = ((wd - pw) % 7 + 7) % 7;
  } else {
    delta = -(((pw - wd) % 7 + 7) % 7);
  }
  v->iso = iso_day(add_days(pub, delta));
}

void set_calendar(Para& p, size_t at, int y, int m, int d, int wd, FigureValue* v) {
  // An impossible day ("31 June", "February 30", "29 February 2021") is a
  // slip of the writer or a tokenising accident: the month stays, the day
  // goes; the ISO value is always a real calendar day.
  if (d && m && !calendar::valid(y ? y : 2000, m, d)) d = 0;
  if (y && m && d) {
    v->iso = iso_day(Date{y, m, d});
  } else if (y && m) {
    v->iso = iso_month(y, m);
  } else if (y) {
    v->iso = iso_year(y);
  } else if (m) {
    if (p.published) {
      int yy = nearest_year(p, at, m, d, wd);
      v->iso = d && calendar::valid(yy, m, d) ? iso_day(Date{yy, m, d}) : iso_month(yy, m);
    } else {
      v->iso = iso_no_year(m, d);
    }
  } else if (d) {
    if (p.published) {
      Date pub = *p.published;
      Date c{pub.year, pub.month, d};
      if (!calendar::valid(c.year, c.month, d) || (!future_context(p, at) && d > pub.day + 3)) {
        c = add_months(Date{pub.year, pub.month, 1}, future_context(p, at) ? 1 : -1);
        c.day = d;
      }
      if (calendar::valid(c.year, c.month, c.day)) {
        v->iso = iso_day(c);
        return;
      }
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "---%02d", d);
    v->iso = buf;
  } else if (wd) {
    set_weekday(p, at, wd, 0, v);
  }
}

// A period relative to the publication date: unit week|month|year, offset -1/0/+1.
void set_period(Para& p, const std::string& unit, int offset, FigureValue* v) {
  if (!p.published) {
    v->number = offset;
    v->unit = unit;
    return;
  }
  const Date& pub = *p.published;
  if (unit == "week") {
    v->iso = iso_week(add_days(pub, 7 * offset));
  } else if (unit == "month") {
    Date d = add_months(Date{pub.year, pub.month, 1}, offset);
    v->iso = iso_month(d.year, d.month);
  } else if (unit == "year") {
    v->iso = iso_year(pub.year + offset);
  } else if (unit == "day") {
    v->iso = iso_day(add_days(pub, offset));
  } else if (unit == "weekend") {
    // The Saturday of that week's weekend.
    Date sat = add_days(pub, 6 - calendar::weekday(pub) + 7 * offset);
    if (offset < 0 && calendar::weekday(pub) >= 6) sat = add_days(sat, 7);
    v->iso = iso_day(sat);
  }
}

// Seasons (northern, meteorological) as ISO 8601-2 / EDTF season codes:
// 21 spring, 22 summer, 23 autumn, 24 winter ("2020-23" = autumn 2020).
int season_code(std::string_view w) {
  if (w == "spring") return 21;
  if (w == "summer") return 22;
  if (w == "autumn" || w == "fall") return 23;
  if (w == "winter") return 24;
  return 0;
}

int season_of_month(int m) { return m >= 3 && m <= 5 ? 21 : m <= 8 && m >= 6 ? 22 : m >= 9 && m <= 11 ? 23 : 24; }

void set_season(Para& p, int code, int offset, int year, FigureValue* v) {
  char buf[32];
  if (year) {
    std::snprintf(buf, sizeof buf, "-%d", code);
    v->iso = iso_year(year) + buf;
    return;
  }
  if (!p.published) {
    std::snprintf(buf, sizeof buf, "XXXX-%d", code);  // EDTF: a season of an unknown year
    v->iso = buf;
    if (offset) {
      v->number = offset;
      v->unit = "year";
    }
    return;
  }
  const Date& pub = *p.published;
  // The season's year: winter belongs to the year it starts in (December).
  int cur_code = season_of_month(pub.month);
  int cur_year = pub.month <= 2 ? pub.year - 1 : pub.year;
  int y = cur_year;
  if (offset < 0) {
    y = code < cur_code ? cur_year : cur_year - 1;
  } else if (offset > 0) {
    y = code > cur_code ? cur_year : cur_year + 1;
  }
  std::snprintf(buf, sizeof buf, "-%d", code);
  v->iso = iso_year(y) + buf;
}

// ---- Explicit calendar dates ----------------------------------------------------

bool capitalised_or_combined(Para& p, size_t i, bool combined) {
  if (p.upper(i)) return true;
  std::string_view w = p.low(i);
  return combined || !ambiguous_word(w);
}

// "May" and "March" alone, or a month before a name ("April Ryan"), are no dates.
bool bare_month_ok(Para& p, size_t i, size_t end) {
  std::string_view w = p.low(i);
  if (!p.upper(i)) return false;
  bool abbrev = abbreviation(w, false);
  if (abbrev && !(p.punct(i + 1, ".") && p.glued(i + 1))) return false;
  size_t prev = i - 1;
  bool prep = p.in(prev) && p.is_any(prev, {"in", "since", "until", "till", "by", "last", "next",
                                            "this", "early", "late", "mid", "of", "during", "from",
                                            "to", "before", "after", "between", "and", "or", "through",
                                            "throughout", "-", "–", "end", "start", "beginning",
                                            "middle", "on", "for", "that", "each", "every"});
  if (w == "may" || w == "march") return prep;
  // "April Ryan", "June Carter": a capitalised word after, with no preposition before.
  if (p.upper(end) && !p.single(end, Cat::kMonth) && !p.single(end, Cat::kWeekday) &&
      !p.sentence_start(end) && !prep) {
    return false;
  }
  // "Theresa May", "Women's March": a name part before it.
  if (p.in(prev) && p.upper(prev) && !p.sentence_start(prev) && !prep) return false;
  return true;
}

struct Parts {
  size_t e = 0;
  int y = 0, m = 0, d = 0, wd = 0;
  bool ok() const { return e > 0; }
};

// Month-led: "November 18", "Nov. 29, 2016", "Nov, 29, 2016", "april22",
// "jan-1", "may the eleventh", "January 12 of 2016", "August 2017", "June of 2016".
Parts month_led(Para& p, size_t i) {
  Parts r;
  size_t k;
  bool abbrev;
  int m = month_at(p, i, &k, &abbrev);
  if (!m) return r;
  size_t j = k;
  if (p.punct(j, ",") && !p.glued(j + 1)) ++j;
  int d = 0;
  size_t e = 0;
  bool ord = false;
  if (p.is(j, "the")) {
    d = day_at(p, j + 1, &e, true, &ord);
    if (!ord) d = 0;
    if (d && p.dash(e) && p.glued(e)) d = 0;  // "October, the second-highest" 
  } else if ((p.dash(j) || p.punct(j, "/")) && p.glued(j) && p.glued(j + 1)) {
    d = day_at(p, j + 1, &e, false);
  } else {
    d = day_at(p, j, &e, !p.number(j));
    // "may twenty one": spelled days only after a month that is capitalised
    // or a clear month name.
    if (d && !p.number(j) && !capitalised_or_combined(p, i, false)) d = 0;
    // Not a count after the month: "March 3 100 people" reads 3 as the day anyway.
    if (d && p.number(j) && p.punct(e, ":")) d = 0;
  }
  if (d) {
    if (!capitalised_or_combined(p, i, true)) return r;
    r.m = m;
    r.d = d;
    r.e = e;
    size_t y0 = e;
    size_t t = skip(p, y0, ",");
    if (p.is(t, "of")) ++t;
    size_t ye;
    if (int y = year_at(p, t, &ye, !p.number(t)); y) {
      r.y = y;
      r.e = ye;
    }
    return r;
  }
  // Month and year: "August 2017", "Sept. 2016", "June of 2016", "May, 2015".
  size_t t = j;
  if (p.is(t, "of")) ++t;
  size_t ye;
  if (int y = year_at(p, t, &ye, false); y) {
    if (!p.upper(i) && ambiguous_word(p.low(i))) return r;
    r.m = m;
    r.y = y;
    r.e = ye;
    return r;
  }
  if (!bare_month_ok(p, i, k)) return r;
  r.m = m;
  r.e = k;
  return r;
}

// Day-led: "18 November 2021", "the 4th of March", "fourth of may", "22april",
// "28-nov", "16. nov. 2016", "the tenth of september, two thousand".
Parts day_led(Para& p, size_t i) {
  Parts r;
  size_t j = i;
  bool the = p.is(j, "the");
  if (the) ++j;
  size_t e;
  bool ord = false;
  int d = day_at(p, j, &e, false, &ord);
  if (!d) return r;
  if (!p.number(j) && !ord) return r;  // a spelled day must be an ordinal
  size_t k = e;
  bool of = false;
  if (p.punct(k, ".") && p.glued(k)) ++k;
  if (p.is(k, "of")) {
    ++k;
    of = true;
  } else if (p.dash(k) && p.glued(k) && p.glued(k + 1)) {
    ++k;
  }
  size_t me;
  int m = month_at(p, k, &me);
  if (!m) return r;
  if (!p.number(j) && !of && !p.upper(k)) return r;  // "second may" is no date
  if (!of && !p.number(j) && ambiguous_word(p.low(k)) && !p.upper(k)) return r;
  r.d = d;
  r.m = m;
  r.e = me;
  size_t t = skip(p, me, ",");
  if (p.is(t, "of")) ++t;
  size_t ye;
  if (int y = year_at(p, t, &ye, !p.number(t)); y) {
    r.y = y;
    r.e = ye;
  }
  return r;
}

int two_digit_year(Para& p, int yy) {
  int pivot = p.published ? p.published->year % 100 + 10 : 40;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

// Numeric dates: "2021-11-20", "2015/08/12", "02/22/2016", "21/04/16",
// "9-18-15", "13.5.2015", "2015.5.13", "2019-sep-1", "4/22", "22/04".
Parts numeric(Para& p, size_t i) {
  Parts r;
  if (!p.number(i)) return r;
  std::string_view s = p.str(i);
  // One token with dots: D.M.Y or Y.M.D.
  if (std::count(s.begin(), s.end(), '.') == 2 && s.find(',') == std::string_view::npos) {
    int v[3] = {0, 0, 0};
    size_t len[3] = {0, 0, 0};
    int k = 0;
    for (char c : s) {
      if (c == '.') {
        ++k;
        continue;
      }
      // No date field has more than four digits: a longer run is no date
      // (and would overflow the field).
      if (++len[k] > 4) return r;
      v[k] = v[k] * 10 + (c - '0');
    }
    int y, m, d;
    if (len[0] == 4) {
      y = v[0], m = v[1], d = v[2];
    } else if (len[2] == 4 || len[2] == 2) {
      d = v[0], m = v[1], y = len[2] == 2 ? two_digit_year(p, v[2]) : v[2];
    } else {
      return r;
    }
    if (!calendar::valid(y, m, d)) return r;
    r.y = y, r.m = m, r.d = d, r.e = i + 1;
    return r;
  }
  if (s.find_first_not_of("0123456789") != std::string_view::npos) return r;
  // Parts joined by glued "/" or "-": up to three.
  size_t j = i;
  std::string_view parts[3];
  int nparts = 0, month_name = 0, month_pos = -1;
  char sep = 0;
  while (nparts < 3) {
    if (p.number(j)) {
      std::string_view d = p.str(j);
      if (d.find_first_not_of("0123456789") != std::string_view::npos) break;
      parts[nparts++] = d;
    } else if (size_t me; nparts == 1 && p.word(j) && month_at(p, j, &me) && me == j + 1) {
      month_name = month_at(p, j, &me);
      month_pos = nparts;
      parts[nparts++] = std::string_view();
    } else {
      break;
    }
    ++j;
    if (nparts < 3 && (p.punct(j, "/") || p.punct(j, "-")) && p.glued(j) && p.glued(j + 1)) {
      char c = p.str(j)[0];
      if (sep && c != sep) break;
      sep = c;
      ++j;
    } else {
      break;
    }
  }
  if (p.in(j) && (p.punct(j, "/") || p.punct(j, "-")) && p.glued(j) && p.number(j + 1) && p.glued(j + 1)) {
    return r;  // a longer run of numbers: a phone number or code
  }
  auto num = [](std::string_view d) { return std::atoi(std::string(d).c_str()); };
  if (nparts == 3) {
    int y, m, d;
    if (parts[0].size() == 4) {
      y = num(parts[0]);
      m = month_pos == 1 ? month_name : num(parts[1]);
      d = num(parts[2]);
    } else if (month_pos < 0 && (parts[2].size() == 4 || parts[2].size() == 2) &&
               parts[0].size() <= 2 && parts[1].size() <= 2) {
      int a = num(parts[0]), b = num(parts[1]);
      y = parts[2].size() == 2 ? two_digit_year(p, num(parts[2])) : num(parts[2]);
      if (a > 12 && b <= 12) {
        d = a, m = b;
      } else {
        m = a, d = b;
      }
    } else {
      return r;
    }
    if (!calendar::valid(y, m, d)) return r;
    r.y = y, r.m = m, r.d = d, r.e = j;
    return r;
  }
  if (nparts == 2 && sep == '/' && month_pos < 0 && parts[0].size() <= 2 && parts[1].size() <= 2) {
    int a = num(parts[0]), b = num(parts[1]);
    // A proper fraction with a small denominator is a fraction ("3/4").
    static const int kDen[] = {2, 3, 4, 5, 6, 8, 10, 12, 16};
    for (int den : kDen) {
      if (b == den && a < b) return r;
    }
    if (a == 24 && b == 7) return r;  // "24/7": around the clock
    int m = a, d = b;
    if (a > 12 && b <= 12) m = b, d = a;
    if (m < 1 || m > 12 || d < 1 || d > 31) return r;
    r.m = m, r.d = d, r.e = j;
    return r;
  }
  return r;
}

// Weekday-led: "Tuesday, Nov, 29, 2016", "Thursday Dec. 1, 2016", "friday the
// 22nd", "wed, 22 of jan", "friday 7/6", "Friday next week", "tuesday of next week".
std::optional<Candidate> weekday_led(Para& p, size_t i) {
  size_t k;
  bool abbrev;
  int wd = weekday_at(p, i, &k, &abbrev);
  if (!wd) return std::nullopt;
  size_t j = skip(p, k, ",");
  Parts best;
  for (Parts r : {month_led(p, j), day_led(p, j), numeric(p, j)}) {
    if (r.ok() && (r.d || r.y) && r.e > best.e) best = r;
  }
  Candidate c = make(i, k);
  if (best.ok()) {
    c.e = best.e;
    set_calendar(p, i, best.y, best.m, best.d, wd, &c.value);
    return c;
  }
  if (p.is(j, "the")) {
    size_t e;
    bool ord;
    if (int d = day_at(p, j + 1, &e, true, &ord); d && (ord || p.number(j + 1))) {
      c.e = e;
      set_calendar(p, i, 0, 0, d, wd, &c.value);
      return c;
    }
  }
  // "Friday next week", "tuesday of next week", "friday this week".
  size_t t = p.is(k, "of") ? k + 1 : k;
  if (p.is_any(t, {"next", "last", "this"}) && p.is(t + 1, "week")) {
    c.e = t + 2;
    int off = p.is(t, "next") ? 1 : p.is(t, "last") ? -1 : 0;
    if (p.published) {
      Date monday = add_days(*p.published, 1 - calendar::weekday(*p.published) + 7 * off);
      c.value.iso = iso_day(add_days(monday, wd - 1));
    } else {
      c.value.number = wd;
      c.value.unit = "weekday";
    }
    return c;
  }
  // A bare weekday: abbreviations need their period ("Tues."), a capital, or a
  // comma after; "Sun" and "Sat" are words and need both.
  std::string_view w = p.low(i);
  if (abbrev && p.is_any(i - 1, {"on", "next", "last", "this", "by", "until", "since"}) &&
      !ambiguous_word(w)) {
    abbrev = false;  // "on tues", "by thurs"
  }
  if (abbrev) {
    bool period = k > i + 1;
    if (ambiguous_word(w) ? !(p.upper(i) && (period || p.punct(k, ","))) : !(period || p.upper(i))) {
      return std::nullopt;
    }
  }
  // "Saturday Night Live", "Friday Night Lights": a weekday opening a name.
  if (p.upper(k) && !p.sentence_start(k) && !p.single(k, Cat::kMonth) && p.word(k) &&
      !p.is_any(i - 1, {"on", "by", "since", "until", "till", "last", "next", "this", "from", "said",
                        "says", ","})) {
    return std::nullopt;
  }
  set_weekday(p, i, wd, 0, &c.value);
  return c;
}

std::optional<Candidate> calendar_date(Para& p, size_t i) {
  if (auto c = weekday_led(p, i)) return c;
  Parts best;
  for (Parts r : {month_led(p, i), day_led(p, i), numeric(p, i)}) {
    if (r.ok() && r.e > best.e) best = r;
  }
  if (!best.ok()) return std::nullopt;
  Candidate c = make(i, best.e);
  // The "the" of "the 4th of March" is not part of the figure.
  if (p.is(i, "the")) c.b = i + 1;
  set_calendar(p, i, best.y, best.m, best.d, 0, &c.value);
  // "August last year", "June this year".
  if (best.m && !best.d && !best.y && p.is_any(c.e, {"last", "this", "next"}) && p.is(c.e + 1, "year")) {
    int off = p.is(c.e, "last") ? -1 : p.is(c.e, "next") ? 1 : 0;
    if (p.published) {
      c.value.iso = iso_month(p.published->year + off, best.m);
    } else {
      c.value.iso = iso_no_year(best.m, 0);
      c.value.number = off;
      c.value.unit = "year";
    }
    c.e += 2;
  }
  return c;
}

// "on the 27th", "by the 3rd", "until 22nd": a day of an unnamed month.
std::optional<Candidate> day_only(Para& p, size_t i) {
  if (!p.is_any(i - 1, {"on", "by", "until", "till", "since", "from"})) return std::nullopt;
  size_t j = p.is(i, "the") ? i + 1 : i;
  size_t e;
  int d = numeric_ordinal(p, j, &e);
  if (d < 1 || d > 31) return std::nullopt;
  if (p.lower_word(e) || p.upper(e)) return std::nullopt;  // "on the 27th floor"
  Candidate c = make(i, e);
  set_calendar(p, i, 0, 0, d, 0, &c.value);
  return c;
}

// ---- Relative dates -------------------------------------------------------------

const char* const kPeriods[] = {"week", "month", "year", "weekend"};

bool period_word(Para& p, size_t i) {
  for (const char* w : kPeriods) {
    if (p.is(i, w)) return true;
  }
  return false;
}

// "last|this|next|past|coming" + weekday, month, period, season, or a count of
// time units (a duration: "the last two years", "next few months").
std::optional<Candidate> deictic(Para& p, size_t i) {
  std::string_view w = p.low(i);
  int off;
  if (w == "last" || w == "past") off = -1;
  else if (w == "next" || w == "coming") off = 1;
  else if (w == "this") off = 0;
  else return std::nullopt;
  bool the = p.is(i - 1, "the");
  size_t j = i + 1;
  Candidate c = make(i, j);
  size_t k;
  if (int wd = weekday_at(p, j, &k); wd && !the) {
    c.e = k;
    set_weekday(p, i, wd, off == 0 ? 2 : off, &c.value);
    return c;
  }
  if (int m = month_at(p, j, &k); m && !the && (p.upper(j) || !ambiguous_word(p.low(j)))) {
    c.e = k;
    if (p.published) {
      const Date& pub = *p.published;
      int y = pub.year;
      if (off < 0) y = m < pub.month ? pub.year : pub.year - 1;
      if (off > 0) y = m > pub.month ? pub.year : pub.year + 1;
      c.value.iso = iso_month(y, m);
    } else {
      c.value.iso = iso_no_year(m, 0);
      if (off) {
        c.value.number = off;
        c.value.unit = "year";
      }
    }
    return c;
  }
  if (int code = season_code(p.low(j)); code && !the) {
    c.e = j + 1;
    set_season(p, code, off, 0, &c.value);
    return c;
  }
  // "the next day", "the last day", "The next year, the Taliban...": a time of
  // the story, neither a date nor a span.
  if (the && p.is_any(j, {"day", "night", "morning", "evening", "afternoon"})) return std::nullopt;
  if (the && w == "next" && period_word(p, j)) return std::nullopt;
  if (period_word(p, j)) {
    c.e = j + 1;
    std::string unit(p.low(j));
    if (the || w == "past" || w == "coming") {
      // "the past week", "the last year": a span of time, not a date.
      if (unit == "weekend") return std::nullopt;
      c.kind = FigureKind::kDuration;
      c.value.number = 1;
      c.value.unit = unit;
      return c;
    }
    set_period(p, unit, off, &c.value);
    return c;
  }
  // "last night", "tonight" belong to a day: yesterday, today.
  if (p.is(j, "night") && !the && off <= 0) {
    c.e = j + 1;
    set_period(p, "day", off, &c.value);
    return c;
  }
  if (off == 0) return std::nullopt;
  // A duration: "last two years", "past 24 hours", "next few months",
  // "last decade", "last quarter-century", "the past couple of weeks".
  size_t t = j;
  double amount = 1;
  bool approx = false;
  if (p.is(t, "few") || p.is(t, "several")) {
    approx = true;
    amount = 0;
    ++t;
  } else if (p.is(t, "couple") && p.is(t + 1, "of")) {
    approx = true;
    amount = 2;
    t += 2;
  } else if (auto n = parse_numeral(p, t); n && !n->approx && n->value > 0) {
    amount = n->value;
    t = n->e;
  }
  if (p.is(t, "more")) ++t;
  size_t ue;
  const Entry* u = p.match(t, Cat::kTimeUnit, &ue);
  if (!u) return std::nullopt;
  std::string_view uw = p.low(t);
  bool plural = uw.size() > 1 && uw.back() == 's';
  if (t == j && plural) return std::nullopt;     // "last days" is no figure
  // "at the last minute", "next second": idioms, not spans of time.
  if (t == j && (u->sym == "minute" || u->sym == "second" || u->sym == "hour")) return std::nullopt;
  if (t > j && amount == 1 && !approx && plural) return std::nullopt;
  c.e = ue;
  c.kind = FigureKind::kDuration;
  c.value.unit = u->sym;
  if (amount > 0) c.value.number = amount * u->value;
  if (approx) {
    c.value.approx = true;
    if (amount == 0) {
      c.value.min = 2 * u->value;
      c.value.max = 9 * u->value;
    }
  }
  return c;
}

// "earlier this month", "later this year", "early next week", "late last
// year", "mid-December", "early 1990s", "late 2019", "the end of June".
std::optional<Candidate> part_of(Para& p, size_t i) {
  size_t j = i;
  bool approx = true;
  if (p.is_any(j, {"earlier", "later"})) {
    approx = false;
    ++j;
  } else if (p.is_any(j, {"early", "late", "mid"})) {
    ++j;
    if (p.dash(j) && p.glued(j)) ++j;
  } else if (p.is_any(j, {"end", "start", "beginning", "middle"}) && p.is(j + 1, "of")) {
    j += 2;
  } else if (p.is(j, "the") && p.is_any(j + 1, {"end", "start", "beginning", "middle"}) &&
             p.is(j + 2, "of")) {
    j += 3;
  } else {
    return std::nullopt;
  }
  std::optional<Candidate> inner;
  size_t k;
  // "the end of the year", "the start of the month": the current period.
  if (j > i && p.is(j - 1, "of") && p.is(j, "the") && p.is_any(j + 1, {"year", "month", "week"}) &&
      !p.is(j + 2, "of")) {
    Candidate c = make(p.is(i, "the") ? i + 1 : i, j + 2);
    set_period(p, std::string(p.low(j + 1)), 0, &c.value);
    c.value.approx = true;
    return c;
  }
  if (p.is_any(j, {"this", "last", "next"})) {
    if (!period_word(p, j + 1)) return std::nullopt;
    inner = deictic(p, j);
  } else if (p.is(i, "earlier") || p.is(i, "later")) {
    return std::nullopt;  // "earlier" alone is a bare relative word
  } else if (month_at(p, j, &k)) {
    // "mid-May": the dash stands for the preposition.
    if (!p.upper(j) && ambiguous_word(p.low(j))) return std::nullopt;
    Candidate c = make(i, k);
    size_t ye;
    int y = 0;
    size_t t = skip(p, k, ",");
    if (p.is(t, "of")) ++t;
    if ((y = year_at(p, t, &ye, false))) c.e = ye;
    set_calendar(p, i, y, month_at(p, j, &k), 0, 0, &c.value);
    inner = c;
  } else if (p.number(j)) {
    inner = parse_date(p, j);  // a year or a decade
    if (inner && inner->value.iso.empty()) inner.reset();
    if (inner && inner->b != j) inner.reset();
  }
  if (!inner || inner->kind != FigureKind::kDate) return std::nullopt;
  inner->b = i;
  // "the end of June": the figure is the date part.
  if (p.is(i, "the")) inner->b = i + 1;
  inner->value.approx = approx || inner->value.approx;
  return inner;
}

std::optional<Candidate> yesterday_tomorrow(Para& p, size_t i) {
  int base = 0;
  size_t j = i;
  // "the day before yesterday", "the day after Easter".
  int shift = 0;
  if (p.is(j, "the") && p.is(j + 1, "day") && p.is_any(j + 2, {"before", "after"})) {
    shift = p.is(j + 2, "before") ? -1 : 1;
    j += 3;
  }
  Candidate c = make(i, j + 1);
  // "Imagine a tomorrow where": a noun, no date.
  if (!shift && p.is_any(i - 1, {"a", "the", "of", "better", "brighter"})) return std::nullopt;
  if (p.is(j, "yesterday")) {
    base = -1;
  } else if (p.is_any(j, {"tomorrow", "tmrw"})) {
    base = 1;
  } else if (p.is(j, "tonight") && !shift) {
    base = 0;
  } else if (shift) {
    // The day before/after a holiday or a date.
    std::optional<Candidate> inner = parse_date(p, j);
    if (!inner || inner->b != j || inner->kind != FigureKind::kDate) return std::nullopt;
    c.e = inner->e;
    c.value = inner->value;
    if (std::optional<Date> d = parse_iso_date(c.value.iso)) {
      c.value.iso = iso_day(add_days(*d, shift));
    } else {
      c.value.iso.clear();
    }
    return c;
  } else {
    return std::nullopt;
  }
  set_period(p, "day", base + shift, &c.value);
  return c;
}

std::optional<Candidate> holiday(Para& p, size_t i) {
  size_t e;
  const Entry* h = p.match(i, Cat::kHoliday, &e);
  if (!h || !p.upper(i)) return std::nullopt;
  Candidate c = make(i, e);
  size_t ye;
  int year = year_at(p, e, &ye, false);
  if (year) c.e = ye;
  if (h->sym == "none") return c;  // a lunar or movable feast: named, not dated
  auto compute = [&](int y) -> Date {
    if (h->sym == "fixed") return Date{y, h->n[0], h->n[1]};
    if (h->sym == "easter") return add_days(calendar::easter(y), h->n[0]);
    return add_days(calendar::nth_weekday(y, h->n[0], h->n[1], h->n[2]), h->n[3]);
  };
  if (year) {
    c.value.iso = iso_day(compute(year));
  } else if (p.published) {
    const Date& pub = *p.published;
    bool future = future_context(p, i);
    int64_t best = INT64_MAX;
    for (int y = pub.year - 1; y <= pub.year + 1; ++y) {
      Date d = compute(y);
      int64_t diff = to_days(d) - to_days(pub);
      int64_t cost = std::llabs(diff) + (future && diff < 0 ? 400 : 0) + (!future && diff > 0 ? 30 : 0);
      if (cost < best) {
        best = cost;
        c.value.iso = iso_day(d);
      }
    }
  } else if (h->sym == "fixed") {
    c.value.iso = iso_no_year(h->n[0], h->n[1]);
  }
  return c;
}

// "1990s", "1990's", "mid-1990s" (via part_of), "the '90s", "the nineties",
// "the 1800s" (a century), "19th century", "the twenty-first century".
std::optional<Candidate> decade_century(Para& p, size_t i) {
  size_t j = i;
  bool the = p.is(j, "the");
  if (the) ++j;
  // Centuries.
  size_t e;
  int n = numeric_ordinal(p, j, &e);
  if (!n) n = word_ordinal(p, j, &e);
  if (n >= 1 && n <= 30) {
    size_t k = e;
    if (p.dash(k) && p.glued(k)) ++k;
    if (p.is(k, "century")) {
      Candidate c = make(j, k + 1);
      char buf[32];
      std::snprintf(buf, sizeof buf, "%02d", n - 1);
      c.value.iso = buf;
      return c;
    }
    return std::nullopt;
  }
  // "1990s", "1990's", "1800s".
  if (p.number(j) && p.str(j).size() == 4 && p.str(j).back() == '0' &&
      p.str(j).find_first_not_of("0123456789") == std::string_view::npos &&
      (p.is(j + 1, "s") || p.is(j + 1, "'s")) && p.glued(j + 1)) {
    std::string_view d = p.str(j);
    Candidate c = make(j, j + 2);
    c.value.iso = d.substr(2, 2) == "00" ? std::string(d.substr(0, 2)) : std::string(d.substr(0, 3));
    return c;
  }
  // "the '90s".
  if (the && p.in(j) && p.tok(j).kind == TokenKind::kQuote && p.number(j + 1) && p.glued(j + 1) &&
      p.str(j + 1).size() == 2 && p.str(j + 1)[1] == '0' && p.is(j + 2, "s") && p.glued(j + 2)) {
    Candidate c = make(j, j + 3);
    int dd = p.str(j + 1)[0] - '0';
    c.value.iso = dd >= 3 ? "19" + std::string(1, p.str(j + 1)[0]) : "20" + std::string(1, p.str(j + 1)[0]);
    return c;
  }
  // "the nineties", "the sixties" (an age "in his sixties" is read elsewhere).
  if (the && p.word(j)) {
    static const char* const kDecades[] = {"twenties", "thirties", "forties", "fifties",
                                           "sixties", "seventies", "eighties", "nineties"};
    for (int k = 0; k < 8; ++k) {
      if (p.is(j, kDecades[k]) && !p.is_any(i - 1, {"his", "her", "their", "my", "your", "our"})) {
        Candidate c = make(j, j + 1);
        c.value.iso = "19" + std::to_string(k + 2);
        return c;
      }
    }
  }
  return std::nullopt;
}

// A year on its own: "in 2013", "since 1840", "the 2018 election", "(2009)".
std::optional<Candidate> bare_year(Para& p, size_t i) {
  size_t e;
  int y = year_at(p, i, &e, false);
  if (!y || y > 2100) return std::nullopt;
  if (p.house_number(i)) return std::nullopt;
  // Part of a name or a code: "COVID-2019", "Windows 2000" (checked by the
  // caller for capitalised names), a glued word before.
  if (p.glued(i) && (p.word(i - 1) || p.dash(i - 1) || p.punct(i - 1, "/") || p.punct(i - 1, "."))) {
    return std::nullopt;
  }
  bool strong = p.is_any(i - 1, {"in", "since", "until", "till", "during", "before", "after",
                                 "through", "of", "from", "by", "circa", "c.", "year", "fiscal",
                                 "spring", "summer", "autumn", "fall", "winter", "early", "late",
                                 "mid", "between", "and", "to", "or", "throughout", "around",
                                 "about", "(", "–", "—", "—"});
  bool determiner = p.is_any(i - 1, {"the", "its", "their", "his", "her", "our", "a", "this",
                                     "that", "'s", "last", "next"});
  bool end = !p.in(e) || (p.in(e) && p.tok(e).kind != TokenKind::kWord && !p.number(e) &&
                          !p.punct(e, "%") && !p.punct(e, "$"));
  // "about 2000 people" is a count; "around 2000," a year.
  if (p.is_any(i - 1, {"around", "about"}) &&
      p.lower_word(e) && !p.is_any(e, {"and", "when", "as", "with", "after", "before", "but",
                                       "until", "the", "to"})) {
    return std::nullopt;
  }
  // A sentence may open with a quote or a bracket: "2019 is not 2018."
  bool opens = p.sentence_start(i) ||
               (p.in(i - 1) && (p.tok(i - 1).kind == TokenKind::kQuote || p.punct(i - 1, "(")) &&
                (p.sentence_start(i - 1) || p.tok(i - 1).has(kSpaceBefore)));
  // "the abrupt 2009 cancellation", "any 2016 candidate", "a 2012
  // Republican nominee", "Perhaps 2016 will be": a year of this era before
  // a word in the singular modifies it or is the subject (a count counts a
  // plural: "2016 delegates").
  // (Not before a collective noun of the claims lexicon, "2000 men",
  // "1950 police", nor a plural one word on: "1999 homeless children",
  // "2014 career points".)
  auto counted = [&](size_t k) {
    return p.lower_word(k) &&
           (plural_shape(p.low(k)) || claims::Words::get().noun(p.low(k)) == claims::NounKind::kGroup);
  };
  const bool before_singular = y >= 1900 && p.word(e) && !p.allcaps(e) && !plural_shape(p.low(e)) &&
                               !counted(e) && !counted(e + 1);
  if (!(strong || end || (determiner && p.word(e)) || opens || before_singular)) return std::nullopt;
  // A unit or a currency after it makes it an amount ("2000 km").
  size_t ue;
  if (p.match(e, Cat::kUnit, &ue) || p.match(e, Cat::kCurrency, &ue) || p.match(e, Cat::kTimeUnit, &ue) ||
      p.single(e, Cat::kScale) || p.is_any(e, {"percent", "per", "people"})) {
    return std::nullopt;
  }
  Candidate c = make(i, e);
  c.value.iso = iso_year(y);
  return c;
}

// "spring 2020", "the summer of 2019".
std::optional<Candidate> season_year(Para& p, size_t i) {
  size_t j = i;
  if (p.is(j, "the")) ++j;
  int code = season_code(p.low(j));
  if (!code) return std::nullopt;
  size_t k = j + 1;
  if (p.is(k, "of")) ++k;
  size_t ye;
  int y = year_at(p, k, &ye, false);
  if (!y) return std::nullopt;
  Candidate c = make(j, ye);
  set_season(p, code, 0, y, &c.value);
  return c;
}

}  // namespace

bool future_context(Para& p, size_t i) {
  size_t sent_begin = i;
  for (size_t k = 0; k < 14 && sent_begin > p.begin && !p.sentence_start(sent_begin); ++k) --sent_begin;
  for (size_t k = sent_begin; k < i; ++k) {
    if (!p.word(k)) continue;
    std::string_view w = p.low(k);
    for (const char* m : kFutureMarkers) {
      if (w == m) return true;
    }
    if (w == "next" || w == "coming") return true;
  }
  return false;
}

void set_relative_date(Para& p, double amount, const std::string& unit, FigureValue* v) {
  // Fractions and spans beyond any calendar ("10 billion years ago") stay unresolved.
  if (!p.published || amount != std::floor(amount) || std::fabs(amount) > 100000) {
    v->number = amount;
    v->unit = unit;
    return;
  }
  const Date& pub = *p.published;
  int n = static_cast<int>(amount);
  if (unit == "year") {
    v->iso = iso_year(pub.year + n);
  } else if (unit == "month") {
    Date d = add_months(Date{pub.year, pub.month, 1}, n);
    v->iso = iso_month(d.year, d.month);
  } else if (unit == "week") {
    v->iso = iso_day(add_days(pub, 7 * static_cast<int64_t>(n)));
  } else if (unit == "day") {
    v->iso = iso_day(add_days(pub, n));
  } else {
    v->iso = iso_day(pub);  // hours, minutes: the day itself
  }
}

std::optional<Candidate> parse_date(Para& p, size_t i) {
  if (!p.in(i)) return std::nullopt;
  std::optional<Candidate> best;
  auto consider = [&](std::optional<Candidate> c) {
    if (c && c->e > c->b && (!best || c->e > best->e)) best = c;
  };
  const Token& t = p.tok(i);
  if (t.kind == TokenKind::kNumber) {
    consider(calendar_date(p, i));
    consider(day_only(p, i));
    consider(decade_century(p, i));
    if (!best) consider(bare_year(p, i));
    return best;
  }
  if (t.kind != TokenKind::kWord) return std::nullopt;
  consider(calendar_date(p, i));
  consider(deictic(p, i));
  consider(part_of(p, i));
  consider(yesterday_tomorrow(p, i));
  consider(holiday(p, i));
  consider(decade_century(p, i));
  consider(season_year(p, i));
  if (p.is(i, "the")) consider(day_only(p, i));
  return best;
}

// ---- Times ----------------------------------------------------------------------

namespace {

// "am", "pm", "a.m.", "p.m.", "a.m", "AM": 0 none, 1 am, 2 pm; *end after it.
int meridiem(Para& p, size_t i, size_t* end) {
  if (!p.word(i)) return 0;
  std::string_view w = p.low(i);
  if (w == "am" || w == "pm") {
    // "I am": only right after a number (the caller's job) and not "am" + verb.
    *end = i + 1;
    if (p.punct(i + 1, ".") && p.glued(i + 1) && p.is(i, "pm")) {
      // "6pm." ends a sentence; keep the period out.
    }
    return w == "am" ? 1 : 2;
  }
  if ((w == "a" || w == "p") && p.punct(i + 1, ".") && p.glued(i + 1) && p.is(i + 2, "m") && p.glued(i + 2)) {
    *end = i + 3;
    if (p.punct(i + 3, ".") && p.glued(i + 3)) *end = i + 4;
    return w == "a" ? 1 : 2;
  }
  return 0;
}

}  // namespace

std::optional<Candidate> parse_time(Para& p, size_t i) {
  if (!p.in(i)) return std::nullopt;
  Candidate c;
  c.b = i;
  c.kind = FigureKind::kTime;
  int h = -1, m = 0, s = -1;
  size_t j = i;
  if (p.is_any(i, {"noon", "midday", "midnight"})) {
    if (!p.is_any(i - 1, {"at", "by", "before", "after", "until", "till", "around", "from", "since", "about"})) {
      return std::nullopt;
    }
    h = p.is(i, "midnight") ? 0 : 12;
    j = i + 1;
  } else if (p.number(i)) {
    std::string_view d = p.str(i);
    bool has_colon = d.find(':') != std::string_view::npos;
    bool has_dot = d.find('.') != std::string_view::npos;
    size_t k = i + 1;
    if (has_colon) {
      // H:MM or H:MM:SS
      int parts[3] = {0, 0, 0}, len[3] = {0, 0, 0}, n = 0;
      for (char ch : d) {
        if (ch == ':') {
          if (++n > 2) return std::nullopt;
        } else if (ch >= '0' && ch <= '9') {
          // Past three digits the part is no clock field: stop accumulating
          // (no overflow), the length check below rejects it.
          if (++len[n] <= 3) parts[n] = parts[n] * 10 + (ch - '0');
        } else {
          return std::nullopt;
        }
      }
      if (len[0] > 2 || len[1] != 2 || (n == 2 && len[2] != 2)) return std::nullopt;
      h = parts[0];
      m = parts[1];
      if (n == 2) s = parts[2];
      if (h > 24 || m > 59 || s > 59) return std::nullopt;
      j = k;
    } else if (has_dot) {
      // "9.30am": only with am/pm.
      size_t dot = d.find('.');
      if (dot > 2 || d.size() - dot - 1 != 2 || d.find('.', dot + 1) != std::string_view::npos) return std::nullopt;
      size_t me;
      if (!meridiem(p, k, &me)) return std::nullopt;
      h = std::atoi(std::string(d.substr(0, dot)).c_str());
      m = std::atoi(std::string(d.substr(dot + 1)).c_str());
      if (h < 1 || h > 12 || m > 59) return std::nullopt;
      j = k;
    } else if (d.size() <= 2) {
      // "9 am", "6pm", "10 o'clock"
      int hh = std::atoi(std::string(d).c_str());
      size_t me;
      if (hh >= 1 && hh <= 12 && (meridiem(p, k, &me) || p.is(k, "o'clock"))) {
        h = hh;
        j = k;
      } else {
        return std::nullopt;
      }
    } else if (d.size() == 4 && d.find_first_not_of("0123456789") == std::string_view::npos) {
      // "1451 GMT": a 24-hour clock time needs its zone.
      size_t ze;
      const Entry* z = p.match(k, Cat::kTimeZone, &ze);
      if (!z || !p.allcaps(k)) return std::nullopt;
      h = (d[0] - '0') * 10 + (d[1] - '0');
      m = (d[2] - '0') * 10 + (d[3] - '0');
      if (h > 23 || m > 59) return std::nullopt;
      j = k;
    } else {
      return std::nullopt;
    }
    // A clock time glued to a word or code ("G7:30") is none.
    if (p.glued(i) && (p.word(i - 1) || p.number(i - 1))) return std::nullopt;
  } else {
    return std::nullopt;
  }
  size_t me;
  if (int mer = meridiem(p, j, &me)) {
    if (h < 1 || h > 12) return std::nullopt;
    if (mer == 1 && h == 12) h = 0;
    if (mer == 2 && h != 12) h += 12;
    j = me;
  } else if (p.is(j, "o'clock")) {
    ++j;
  }
  // Time zone: "GMT", "ET", "local time".
  size_t ze;
  if (p.match(j, Cat::kTimeZone, &ze) && p.allcaps(j)) {
    c.value.unit = std::string(p.str(j));
    j = ze;
  } else if (p.is(j, "local") && p.is(j + 1, "time")) {
    c.value.unit = "local";
    j += 2;
  }
  char buf[32];
  if (s >= 0) {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", h, m, s);
  } else {
    std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
  }
  c.value.iso = buf;
  c.e = j;
  return c;
}

}  // namespace newsann::fig
