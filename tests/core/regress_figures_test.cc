// Regressions found by fuzzing the figures recognizer (fuzz/, issue 6).
// Each test is the minimal input of one finding; the sanitizer stage of npm
// test (scripts/sanitize.sh) runs them under ASan + UBSan, where undefined
// behaviour aborts.
#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace newsann
