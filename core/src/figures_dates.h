// Dates and clock times.
//
// Dates: "November 18", "Nov. 29, 2016", "Tuesday, Nov, 29, 2016", "18 November
// 2021", "the 4th of March", "2021-11-20", "02/22/2016", "13.5.2015", "August
// 2017", "2013", "the 1990s", "mid-1990s", "the 19th century", "Monday",
// "last Tuesday", "Friday next week", "this month", "earlier this year",
// "August last year", "last fall", "yesterday", "the day after Easter",
// "Mother's Day", "mid-December".
// Times: "9:30", "9:30 am", "8:51 p.m.", "6pm", "1451 GMT", "1:28 AM ET", "noon".
//
// Relative dates resolve against Para::published when it is set (see the
// value conventions in figures.h); otherwise the value keeps what the text
// says. A bare weekday or month takes the nearest occurrence: in the past,
// unless the sentence speaks of the future ("will", "is due to", "next").
#ifndef NEWSANN_FIGURES_DATES_H_
#define NEWSANN_FIGURES_DATES_H_

#include <optional>
#include <string>

#include "figures_para.h"

namespace newsann::fig {

// The longest date starting at token i, or nullopt.
std::optional<Candidate> parse_date(Para& p, size_t i);

// The clock time starting at token i, or nullopt.
std::optional<Candidate> parse_time(Para& p, size_t i);

// A date `amount` units (year|month|week|day|hour|minute|second) from the
// publication date ("four years ago" = -4 year): the resolved iso when it is
// known, else number = amount and unit. Hours and minutes resolve to the day.
void set_relative_date(Para& p, double amount, const std::string& unit, FigureValue* v);

// Does the sentence around token i speak of the future ("will", "is due to")?
bool future_context(Para& p, size_t i);

}  // namespace newsann::fig

#endif  // NEWSANN_FIGURES_DATES_H_
