// Amounts: counts, money, percentages, quantities, durations, ages, ranges and
// ordinals — a numeral with what qualifies it:
//
//   modifiers   "at least 8", "more than $6 million", "about 50", "50 or more"
//   currency    "$4.5bn", "US$ 1MM", "€200", "50 million euros", "12-cent",
//               "hundreds of millions of dollars", "$16.99 a pound"
//   percent     "12%", "12 per cent", "15 percent", "a third of", "half the",
//               "double the", "one in five"
//   units       "30 km", "5 tonnes", "1.8m", "3-inch", "188 miles an hour",
//               "5 feet 2 inches"
//   time units  "three years", "a few hours", "six-month", "a week or longer"
//               (durations); "19-year-old", "aged 45", "75" after a name and a
//               comma (ages); "four years ago" (a date)
//   ranges      "between 10 and 20", "10-20%", "$24 to $28 a pound",
//               "from 2011 to 2013", "four or five" (a count with min/max)
//   ordinals    "third-largest", "its third such announcement", a numbered
//               list item ("1. Finland")
//
// And what is no figure: numbers inside names and codes ("G7", "COVID-19",
// "Boeing 737", "iPhone 11", "Route 66", "978-3-319-09575-2", long ids), house
// numbers ("2134 Caldwell Place"), a lone "one" ("one of them"), capitalised
// number words inside names ("Ninety Mile Beach", "the Six-Day War"), sports
// scores ("won 3-1", "Sweden 1 – 0"), list markers ("1)"), "24/7".
#ifndef NEWSANN_FIGURES_MEASURES_H_
#define NEWSANN_FIGURES_MEASURES_H_

#include <optional>

#include "figures_para.h"

namespace newsann::fig {

// The longest amount, range or ordinal starting at token i. A candidate with
// suppress set covers tokens that are no figure (a score, a code): the
// scanner skips them without emitting.
struct MeasureResult {
  Candidate c;
  bool suppress = false;
};
std::optional<MeasureResult> parse_measure(Para& p, size_t i);

}  // namespace newsann::fig

#endif  // NEWSANN_FIGURES_MEASURES_H_
