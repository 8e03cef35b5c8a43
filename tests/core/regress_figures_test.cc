// Regressions found by fuzzing the figures recognizer (fuzz/, issue 6).
// Each test is the minimal input of one finding; the sanitizer stage of npm
// test (scripts/sanitize.sh) runs them under ASan + UBSan, where undefined
// behaviour aborts.
#include <gtest/gtest.h>

#include <cmath>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "newsann/newsann.h"

namespace newsann {
namespace {

// A clock time's parts were accumulated into an int with no bound on their
// digits: "7:34922725950112" overflowed (figures_dates.cc, UBSan: signed
// integer overflow). Such a token is no time of day.
TEST(RegressFigures, ClockTimeWithVeryLongMinutesIsNotATime) {
  for (const char* text : {"The meeting starts at 7:34922725950112 on Monday.",
                           "It was 12:30:4567891234567 then.", "At 34922725950112:30 the doors opened."}) {
    Result r = annotate(text, Options{"2021-11-20", false});
    ASSERT_TRUE(r.ok()) << text;
    for (const Figure& f : r.doc.figures) EXPECT_NE(f.kind, FigureKind::kTime) << text;
  }
  // The ordinary form still is one.
  Result r = annotate("The meeting starts at 7:30 on Monday.", Options{"2021-11-20", false});
  bool time = false;
  for (const Figure& f : r.doc.figures) time = time || (f.kind == FigureKind::kTime && f.value.iso == "07:30");
  EXPECT_TRUE(time);
}

// "N years ago" with N beyond an int: set_relative_date() cast 1.38e10 to
// int (figures_dates.cc, UBSan: float-cast-overflow; the release build wrote
// the year -2147481627) and added it to the publication year (signed
// overflow). A real science-news sentence; no date that far out is an ISO
// year the document can carry.
TEST(RegressFigures, RelativeDateBillionsOfYearsAgo) {
  struct Case {
    const char* text;
    int direction;  // -1: before the publication date, +1: after
  };
  for (Case c : {Case{"The universe formed 13.8 billion years ago, scientists said.", -1},
                 Case{"The probe will arrive 2147483000 years from now, NASA said.", +1}}) {
    for (const char* date : {"2021-11-20", "9999-12-31", "0001-01-01"}) {
      Result r = annotate(c.text, Options{date, false});
      ASSERT_TRUE(r.ok()) << c.text;
      for (const Figure& f : r.doc.figures) {
        if (f.kind != FigureKind::kDate || f.value.iso.empty()) continue;
        // Whatever year is written lies on the right side of the
        // publication year: not a wrapped int.
        long long year = std::atoll(f.value.iso.c_str());
        long long published = std::atoll(date);
        EXPECT_EQ(year < published ? -1 : +1, c.direction) << c.text << " " << date << ": " << f.value.iso;
      }
    }
  }
}

// "the trillionth day": word_ordinal() cast the lexicon value of
// "trillionth" (1e12) to int (figures_numbers.cc, UBSan:
// float-cast-overflow). No day of a month is that ordinal.
TEST(RegressFigures, TrillionthIsNoDayOfTheMonth) {
  for (const char* text : {"It happened on the trillionth day.", "It was the trillionth time, she said."}) {
    Result r = annotate(text, Options{"2021-11-20", false});
    ASSERT_TRUE(r.ok()) << text;
    for (const Figure& f : r.doc.figures) EXPECT_NE(f.kind, FigureKind::kDate) << text << ": " << f.value.iso;
  }
}

// A number followed by "x" as the very last token ("Sales grew 10x"):
// whole_number() looked for "10" after the "x" (the "1.3x10^6" form) with
// p.str(k + 1), one token past the end (figures_numbers.cc). The garbage
// token's substr threw std::out_of_range under ASan; in wasm a throw aborts
// the module.
TEST(RegressFigures, NumberTimesAtTheEndOfTheText) {
  for (const char* text : {"Sales grew 10x", "It was 10x", "Sales grew 10x.", "Sales grew 1.3x10^6 times"}) {
    Result r = annotate(text);
    ASSERT_TRUE(r.ok()) << text;
    for (const Figure& f : r.doc.figures) EXPECT_LE(f.span.byte_end, std::string(text).size()) << text;
  }
  std::vector<std::string_view> blocks = {"100 days", "10x"};
  EXPECT_TRUE(annotate_blocks(blocks).ok());
}

// "31 June 2016", "February 30": set_calendar() wrote the day the text
// names without asking whether the month has it ("2016-06-31",
// figures_dates.cc). An ISO date in the document is a real calendar day.
bool real_calendar_day(int y, int m, int d, bool year_known) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && year_known && !leap);
}

TEST(RegressFigures, ImpossibleCalendarDaysAreNoIsoDates) {
  for (const char* text : {"The law took effect on 31 June 2016.", "It closed on June 31, 2016.",
                           "It closed on February 30.", "It closed on 29 February 2021.", "It opened on 31 April."}) {
    for (const char* date : {"2021-11-20", ""}) {
      Result r = annotate(text, Options{date, false});
      ASSERT_TRUE(r.ok()) << text;
      for (const Figure& f : r.doc.figures) {
        const std::string& iso = f.value.iso;
        int y = 0, m = 0, d = 0;
        if (iso.size() == 10 && std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
          EXPECT_TRUE(real_calendar_day(y, m, d, true)) << text << " -> " << iso;
        } else if (iso.size() == 7 && iso.rfind("--", 0) == 0 && std::sscanf(iso.c_str(), "--%2d-%2d", &m, &d) == 2) {
          EXPECT_TRUE(real_calendar_day(0, m, d, false)) << text << " -> " << iso;
        }
      }
    }
  }
}

// Found by the long-input campaign (scripts/fuzz-campaign.sh, slow search):
// 6,144 digits and "%" parsed to an infinite number, written as JSON null.
TEST(RegressFigures, NumbersTooLargeForADoubleAreNoFigures) {
  const std::string digits(400, '1');
  for (const std::string& text : {digits + "%", "$" + digits, digits + " people came.", "It cost " + digits + ".5 euros.",
                                  "between 1 and " + digits + " km"}) {
    Result r = annotate(text, Options{});
    ASSERT_TRUE(r.ok());
    for (const Figure& f : r.doc.figures) {
      for (const std::optional<double>& x : {f.value.number, f.value.min, f.value.max}) {
        if (x) EXPECT_TRUE(std::isfinite(*x)) << text.substr(0, 20);
      }
    }
    EXPECT_EQ(to_json(r.doc).find("null,\"unit\""), std::string::npos);
  }
}

// Found by the fuzzer (fuzz/regressions/annotate/dotted-date-field-overflow.txt):
// a dotted number with a long field ("192.1.2555555555") overflowed the
// field while being read as D.M.Y.
TEST(RegressFigures, DottedNumbersWithLongFieldsAreNoDates) {
  for (const std::string& text : {std::string("It rose to 192.1.") + std::string(40, '5') + ".",
                                  std::string("On 1.2.") + std::string(12, '9') + " it closed.",
                                  std::string("On 13.5.2015 it closed.")}) {
    Result r = annotate(text, Options{"2021-11-20", false});
    ASSERT_TRUE(r.ok()) << text;
    bool date = false;
    for (const Figure& f : r.doc.figures) date = date || f.kind == FigureKind::kDate;
    EXPECT_EQ(date, text.find("2015") != std::string::npos) << text;
  }
}

// "1996-" and a number of 76 digits: year_range() cast the second number to
// int before asking whether it was two digits or a year (figures_measures.cc,
// UBSan: float-cast-overflow; found by fuzz_batch on a CoNLL dateline). It is
// no range of years; "1990-91" and "2011-2013" still are.
TEST(RegressFigures, YearRangeEndBeyondAnIntIsNoRange) {
  Result r = annotate("STIRLING , Scotland 1996-5555555555555555555555555555555555555555555555555555555555555"
                      "555555555555508-31\n");
  ASSERT_TRUE(r.ok());
  for (const Figure& f : r.doc.figures) EXPECT_NE(f.value.unit, "year");
  for (const char* text : {"Prices rose in 1990-91.", "Prices rose in 2011-2013."}) {
    Result ok = annotate(text);
    bool range = false;
    for (const Figure& f : ok.doc.figures) range = range || (f.kind == FigureKind::kRange && f.value.unit == "year");
    EXPECT_TRUE(range) << text;
  }
}

}  // namespace
}  // namespace newsann
