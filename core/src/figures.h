// Figures: counts, money, percentages, measures, dates, times, durations,
// ages, ranges and ordinals, each with a normalised value.
//
// What counts as a figure and what its span holds: ../shared/eval/GUIDELINES.md
// ("at least 8", "tens of thousands", "$4.5bn", "30 km", "19-year-old").
// Relative dates ("November 18", "last Tuesday", "August last year") are
// resolved against the publication date when one is known.
//
// How it works: one RE2 pass per paragraph finds the anchors where a figure
// can start (digits, currency signs, number words, month and weekday names,
// "last", "between", "about", ...: figures_lexicon.h); at each anchor the
// recognizers read forward over tokens, within a bounded window, and the
// longest reading wins (a date before a time before an amount when equally
// long). The scanner then resumes after the figure, so figures never overlap
// and never cross a paragraph. Recognizers: figures_dates.h (dates, times),
// figures_measures.h (counts, money, percent, quantities, durations, ages,
// ranges, ordinals), on top of figures_numbers.h (numerals).
//
// Spans: the number with its approximation words and unit, never the counted
// noun ("at least 8" people, "$16.99 a pound" with its rate). Emphasis words
// stay out ("just 18 months" -> "18 months"; but "just minutes" with no
// number, and "precisely zero", keep them); so does "the" ("the 1990s" ->
// "1990s").
//
// Value conventions (FigureValue; docs/schema.md follows this block):
//
//   number   the value when one number is meant, after scales and currency
//            factors: "$4.5bn" 4500000000; "1.2 million" 1200000; "50 cents"
//            0.5 (USD); "a third" (percent) 33.33; "Seven decades" 70 (year).
//   min/max  bounds: "at least 8", "more than 500", "over", "upwards of",
//            "50 or more" -> min; "less than 100", "up to", "under", "at most"
//            -> max; "nearly 20"/"almost 20" -> number 20, max 20, approx;
//            ranges "between 10 and 20", "10-20%", "$24 to $28" -> min, max;
//            "four or five" (a count) -> min 4, max 5, approx.
//   approx   true for "about", "around", "roughly", "some", "an estimated",
//            "nearly", "or so", "-odd", "a few", and for round plurals.
//            Round plurals carry min/max and no number: "hundreds" 200..999,
//            "thousands" 2000..9999, "tens of thousands" 20000..99999,
//            "hundreds of millions" 2e8..(1e9-1), "dozens" 24..119,
//            "several hundred"/"a few thousand" as the plural; "a few hours"
//            -> approx, unit hour, no number; "a couple of" -> 2, approx;
//            "a couple of billion dollars" -> 2000000000, approx.
//   unit     money: ISO 4217 code ("USD", "EUR", "GBP"; "BTC" for bitcoin);
//            "$" alone is USD, "pounds" alone is weight (lb), "cents" USD/100,
//            "pence" GBP/100.
//            percent: "%"; percentage points: "pp".
//            quantity: a unit symbol: km m cm mm mi ft in yd nmi ly km2 mi2 m2
//            ft2 acre ha m3 ft3 L mL gal bbl pt cup tbsp tsp t (tonne) ton
//            (short ton) kg g mg µg lb oz ct mph km/h kn m/s °C °F ° rad W kW
//            MW GW kWh MWh GWh TWh V kV Hz MHz GHz bit kB MB GB TB kcal dB Mt
//            kt hp point (figure_units.txt).
//            shares: "a third of" 33.33 %, "half the" 50 %, "double the" 200 %,
//            "one in five" 20 %, "9 out of 10" 90 %.
//            duration and age: year, month, week, day, hour, minute, second;
//            decades and centuries count in years ("three decades" 30 year),
//            a fortnight in days. Chains add up in the smaller unit ("1 month
//            21 days" 51 day). Ages in years unless the text says months
//            ("ten months old" 10 month).
//            time: the time zone as written ("GMT", "ET"), or "local".
//            ranges: the bounds' unit; a range of years has unit "year".
//   iso      date: "2021-11-18", "2021-11" (a month), "2021" (a year),
//            "2021-W46" (an ISO week: "last week"), "199" (a decade: "the
//            1990s"), "18" (a century: "the 19th century" is 1800-1899),
//            "2020-23" (a season, ISO 8601-2 codes 21 spring, 22 summer,
//            23 autumn, 24 winter: "last fall"). "early"/"mid-"/"late"/"the
//            end of" keep the period and set approx.
//            Without a publication date, what the text says: "--11-18"
//            (month and day), "--11" (a month), "---27" (a day: "on the
//            27th"), "XXXX-22" (a season: "this summer"), and relative
//            dates carry an offset instead: "last year"
//            -> number -1, unit "year"; "four years ago" -> number -4, unit
//            "year"; "Tuesday" -> number 2, unit "weekday" (Monday = 1);
//            "August last year" -> iso "--08", number -1, unit "year".
//            With a publication date they resolve: "November 18" (published
//            2021-11-20) -> "2021-11-18" (the latest such day at most a month
//            ahead; in future context -- "will", "is due to", "next" -- the
//            first one from a week back on); "August last year" ->
//            "2020-08"; "last Tuesday" -> the Tuesday before; "Tuesday" ->
//            the latest Tuesday on or before the date (or the next one, in
//            future context); "this month" -> "2021-11"; "last week" ->
//            "2021-W45"; "yesterday"/"last night" -> "2021-11-19"; "Easter" ->
//            the nearest Easter Sunday; "Mother's Day" by its rule; a lunar
//            feast ("Ramadan") is a date with no iso. "on the 27th" -> the
//            27th of the publication month (or the one before, in the past).
//            time: "09:30", "20:51", "09:30:15" (24-hour).
//            range of years: "2011/2013" (ISO 8601 interval).
//   kind     "a week ago", "four years ago" are dates; "the last two years",
//            "the past week", "next few months" are durations; "19-year-old",
//            "aged 45", "a man, 75," are ages; "a third of", "half the",
//            "double the", "one in five" are percents; "third-largest" and a
//            numbered list item ("1. Finland") are ordinals.
#ifndef NEWSANN_FIGURES_H_
#define NEWSANN_FIGURES_H_

#include <optional>
#include <string_view>
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
