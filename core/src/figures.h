// Figures: counts, money, percentages, measures, dates, times, durations,
// ages, ranges and ordinals, each with a normalised value.
//
// What counts as a figure and what its span holds: ../shared/eval/GUIDELINES.md
// ("at least 8", "tens of thousands", "$4.5bn", "30 km", "19-year-old").
// Relative dates ("November 18", "last Tuesday", "August last year") are
// resolved against the publication date when one is known.
#ifndef NEWSANN_FIGURES_H_
#define NEWSANN_FIGURES_H_

#include <optional>
#include <vector>

#include "annotation.h"
#include "text.h"

namespace newsann {

struct Date {
  int year = 0, month = 0, day = 0;
};

// Parses "YYYY-MM-DD" (a real calendar date); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view s);

// All figures in reading order, none overlapping, none across a paragraph.
std::vector<FigureMention> find_figures(const Text& text, const std::optional<Date>& published);

}  // namespace newsann

#endif  // NEWSANN_FIGURES_H_
