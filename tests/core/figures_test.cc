// The figures layer on real news sentences: each recognizer family, value
// normalisation, date resolution against a publication date, offsets around
// non-ASCII text, and what must not be a figure.
#include "figures.h"
#include "figures_calendar.h"
#include "figures_numbers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsann/newsann.h"
#include "text.h"

namespace newsann {
namespace {

struct Fig {
  std::string text;
  FigureKind kind;
  FigureValue value;
};

std::vector<Fig> figures(std::string_view s, const char* published = nullptr) {
  Text t(s);
  std::optional<Date> d;
  if (published) d = parse_iso_date(published);
  std::vector<Fig> out;
  for (const FigureMention& m : find_figures(t, d)) {
    out.push_back(Fig{std::string(t.str(m.span.b, m.span.e)), m.kind, m.value});
  }
  return out;
}

std::vector<std::string> texts(const std::vector<Fig>& fs) {
  std::vector<std::string> out;
  for (const Fig& f : fs) out.push_back(f.text);
  return out;
}

// The figure whose text is exactly `want` (fails the test when absent).
Fig one(std::string_view s, std::string_view want, const char* published = nullptr) {
  std::vector<Fig> fs = figures(s, published);
  for (const Fig& f : fs) {
    if (f.text == want) return f;
  }
  ADD_FAILURE() << "no figure '" << want << "' in: " << s << "\n  found: "
                << ::testing::PrintToString(texts(fs));
  return Fig{"", FigureKind::kCount, {}};
}

// ---- numbers and counts ----------------------------------------------------------

TEST(Figures, CountsInDigitsAndWords) {
  const char* s = "Four border guards were injured and 1,234,567 people voted; twenty-one "
                  "trillion three hundred were counted, and one hundred and six stayed.";
  EXPECT_EQ(texts(figures(s)), (std::vector<std::string>{"Four", "1,234,567",
                                                         "twenty-one trillion three hundred",
                                                         "one hundred and six"}));
  EXPECT_EQ(one(s, "Four").value.number, 4);
  EXPECT_EQ(one(s, "1,234,567").value.number, 1234567);
  EXPECT_EQ(one(s, "twenty-one trillion three hundred").value.number, 21e12 + 300);
  EXPECT_EQ(one(s, "one hundred and six").kind, FigureKind::kCount);
}

TEST(Figures, ScalesSuffixesAndSeparators) {
  EXPECT_EQ(one("Tunisia, a nation of 1.2 million people", "1.2 million").value.number, 1.2e6);
  EXPECT_EQ(one("The fund holds 10k accounts", "10k").value.number, 10000);
  EXPECT_EQ(one("It has 12,34,567.89 rupees in reserve", "12,34,567.89 rupees").value.number, 1234567.89);
  EXPECT_EQ(one("A population of 1 414 021 100 people", "1 414 021 100").value.number, 1414021100);
  EXPECT_EQ(one("six-million people lost their plans", "six-million").value.number, 6e6);
  EXPECT_DOUBLE_EQ(*one("The rate was .08 last year", ".08").value.number, 0.08);
}

TEST(Figures, FractionsAndDozens) {
  EXPECT_DOUBLE_EQ(*one("one and a half", "one and a half").value.number, 1.5);
  EXPECT_DOUBLE_EQ(*one("There are five and a half million fish", "five and a half million").value.number,
                   5.5e6);
  EXPECT_EQ(one("half a dozen eggs were broken", "half a dozen").value.number, 6);
  EXPECT_EQ(one("He bought three dozen roses", "three dozen").value.number, 36);
  EXPECT_DOUBLE_EQ(*one("Add 2 1/4 cups of flour", "2 1/4 cups").value.number, 2.25);
}

TEST(Figures, RoundPluralsAreApproximateBounds) {
  Fig f = one("In recent months, tens of thousands of migrants have arrived", "tens of thousands");
  EXPECT_EQ(f.kind, FigureKind::kCount);
  EXPECT_TRUE(f.value.approx);
  EXPECT_EQ(f.value.min, 20000);
  EXPECT_EQ(f.value.max, 99999);
  EXPECT_FALSE(f.value.number.has_value());
  Fig h = one("Belarusian services brought hundreds of migrants back", "hundreds");
  EXPECT_EQ(h.value.min, 200);
  EXPECT_EQ(h.value.max, 999);
  EXPECT_EQ(one("Dozens of homes were destroyed", "Dozens").value.min, 24);
}

// ---- approximations and bounds --------------------------------------------------

TEST(Figures, ModifiersSetBoundsAndApproximation) {
  Fig least = one("at least 8 people have died in border areas", "at least 8");
  EXPECT_EQ(least.value.min, 8);
  EXPECT_FALSE(least.value.number.has_value());
  EXPECT_EQ(one("killing more than 200 people", "more than 200").value.min, 200);
  EXPECT_EQ(one("it's less than 100", "less than 100").value.max, 100);
  Fig about = one("About 50 other people were wounded", "About 50");
  EXPECT_TRUE(about.value.approx);
  EXPECT_EQ(about.value.number, 50);
  Fig nearly = one("After nearly 20 years of hostile relations", "nearly 20 years");
  EXPECT_EQ(nearly.kind, FigureKind::kDuration);
  EXPECT_TRUE(nearly.value.approx);
  EXPECT_EQ(nearly.value.max, 20);
  EXPECT_EQ(one("up to 100 meters away", "up to 100 meters").value.max, 100);
  EXPECT_EQ(one("50 or more vessels sailed", "50 or more").value.min, 50);
  EXPECT_EQ(one("he has persuaded precisely zero.", "precisely zero").value.number, 0);
}

// ---- money ------------------------------------------------------------------------

TEST(Figures, MoneyWithSymbolsCodesAndNames) {
  Fig bn = one("Amazon bought Whole Foods for $13.7 billion, its largest deal", "$13.7 billion");
  EXPECT_EQ(bn.kind, FigureKind::kMoney);
  EXPECT_EQ(bn.value.unit, "USD");
  EXPECT_DOUBLE_EQ(*bn.value.number, 13.7e9);
  EXPECT_DOUBLE_EQ(*one("The EU pledged $4.5bn in aid", "$4.5bn").value.number, 4.5e9);
  Fig eur = one("He paid €200 for the ticket", "€200");
  EXPECT_EQ(eur.value.unit, "EUR");
  Fig euros = one("Telefónica paid 50 million euros for the stake", "50 million euros");
  EXPECT_EQ(euros.value.unit, "EUR");
  EXPECT_EQ(euros.value.number, 5e7);
  EXPECT_EQ(one("Rangers saved an estimated £50m last year", "an estimated £50m").value.unit, "GBP");
  EXPECT_DOUBLE_EQ(*one("Shares fell 34 cents on Friday", "34 cents").value.number, 0.34);
  EXPECT_EQ(one("a US$1.5bn loan", "US$1.5bn").value.unit, "USD");
  EXPECT_EQ(one("I would like to buy this item for GBP 350.", "GBP 350").value.unit, "GBP");
  EXPECT_EQ(one("The client estimates an increase to 120 MEUR", "120 MEUR").value.number, 120e6);
}

TEST(Figures, MoneyRatesCompoundsAndRoundAmounts) {
  EXPECT_EQ(one("fillets priced at $16.99 a pound this week", "$16.99 a pound").value.unit, "USD");
  EXPECT_EQ(one("Prime, Amazon’s $119-a-year program", "$119-a-year").kind, FigureKind::kMoney);
  EXPECT_EQ(one("a 12-cent-a-share dividend", "12-cent-a-share").value.unit, "USD");
  Fig h = one("saved customers hundreds of millions of dollars since", "hundreds of millions of dollars");
  EXPECT_EQ(h.kind, FigureKind::kMoney);
  EXPECT_EQ(h.value.min, 2e8);
  EXPECT_EQ(h.value.max, 1e9 - 1);
  // "pounds" alone is a weight, "£" is money.
  EXPECT_EQ(one("a fish that can grow to 500 pounds", "500 pounds").kind, FigureKind::kQuantity);
}

// ---- percent -----------------------------------------------------------------------

TEST(Figures, PercentagesAndShares) {
  EXPECT_EQ(one("accounting for 15 percent of GDP", "15 percent").value.number, 15);
  EXPECT_EQ(one("up 12 per cent on the year", "12 per cent").value.unit, "%");
  EXPECT_EQ(one("Sales rose 6.2% to $1.45 billion", "6.2%").value.number, 6.2);
  Fig half = one("it provides only half the financial help people need", "half");
  EXPECT_EQ(half.kind, FigureKind::kPercent);
  EXPECT_EQ(half.value.number, 50);
  EXPECT_NEAR(*one("a third of voters stayed home", "a third").value.number, 33.33, 0.01);
  EXPECT_EQ(one("more than 100, double the number in 2017", "double").value.number, 200);
  EXPECT_EQ(one("One in five Americans", "One in five").value.number, 20);
  EXPECT_EQ(one("Clinton led by 3 percentage points", "3 percentage points").value.unit, "pp");
}

// ---- quantities ----------------------------------------------------------------------

TEST(Figures, AUnitStartsNoLine) {
  // A table of money supply: each row's label is no unit of the number
  // ending the row above ("57.50 M2" is not 57.5 square metres).
  const char* s = "M1 63.02 62.83 57.50\nM2 389.79 391.32 381.65\n";
  std::vector<std::string> t = texts(figures(s));
  EXPECT_NE(std::find(t.begin(), t.end(), "57.50"), t.end()) << ::testing::PrintToString(t);
  EXPECT_EQ(one(s, "57.50").kind, FigureKind::kCount);
  // On one line the unit holds.
  EXPECT_EQ(one("The flat has 57.50 m2 of floor.", "57.50 m2").kind, FigureKind::kQuantity);
}

TEST(Figures, QuantitiesWithUnits) {
  Fig km = one("It broke up at an altitude of 190 kilometers (118 miles) over Tuva", "190 kilometers");
  EXPECT_EQ(km.kind, FigureKind::kQuantity);
  EXPECT_EQ(km.value.unit, "km");
  EXPECT_EQ(one("It broke up at an altitude of 190 kilometers (118 miles) over Tuva", "118 miles").value.unit,
            "mi");
  EXPECT_EQ(one("to deliver 2.5 metric tons of fuel", "2.5 metric tons").value.unit, "t");
  EXPECT_EQ(one("I'm 1.8m tall.", "1.8m").value.unit, "m");
  EXPECT_EQ(one("its 3-inch thickness", "3-inch").value.unit, "in");
  EXPECT_EQ(one("the car can run at over 188 miles an hour", "over 188 miles an hour").value.unit, "mph");
  EXPECT_NEAR(*one("he is 5 feet 2 inches tall", "5 feet 2 inches").value.number, 5 + 2.0 / 12, 1e-9);
  EXPECT_EQ(one("the javadi hills are located about 17 km from ambur", "about 17 km").value.number, 17);
  EXPECT_EQ(one("Temperatures reached 31°C on Monday", "31°C").value.unit, "°C");
}

// ---- dates -------------------------------------------------------------------------------

TEST(Figures, DatesResolveAgainstThePublicationDate) {
  const char* pub = "2021-11-20";
  EXPECT_EQ(one("Hundreds of Iraqi citizens flew home on November 18, but", "November 18", pub).value.iso,
            "2021-11-18");
  EXPECT_EQ(one("since November 21, Poland has suspended railway traffic", "November 21", pub).value.iso,
            "2021-11-21");
  EXPECT_EQ(one("in the elections in August last year.", "August last year", pub).value.iso, "2020-08");
  EXPECT_EQ(one("He said last Tuesday that", "last Tuesday", pub).value.iso, "2021-11-16");
  EXPECT_EQ(one("Officials said on Thursday that", "Thursday", pub).value.iso, "2021-11-18");
  EXPECT_EQ(one("The minister will visit on Monday.", "Monday", pub).value.iso, "2021-11-22");
  EXPECT_EQ(one("New signs appeared this month, spelling out", "this month", pub).value.iso, "2021-11");
  EXPECT_EQ(one("Prices fell earlier this year.", "earlier this year", pub).value.iso, "2021");
  EXPECT_EQ(one("The price was matched last week.", "last week", pub).value.iso, "2021-W45");
  EXPECT_EQ(one("He arrived yesterday.", "yesterday", pub).value.iso, "2021-11-19");
  EXPECT_EQ(one("the uprising four years ago set the stage", "four years ago", pub).value.iso, "2017");
  EXPECT_EQ(one("Last fall, Tunisians elected a president", "Last fall", pub).value.iso, "2020-23");
  EXPECT_EQ(one("In January, militants seized Sirte", "January", pub).value.iso, "2021-01");
  EXPECT_EQ(one("The day after Easter, Bassi loaded up", "The day after Easter", "2019-04-30").value.iso,
            "2019-04-22");
}

TEST(Figures, DatesWithoutAPublicationDateKeepWhatTheTextSays) {
  EXPECT_EQ(one("flew home on November 18, but", "November 18").value.iso, "--11-18");
  Fig w = one("Gunmen opened fire on Wednesday, killing", "Wednesday");
  EXPECT_EQ(w.kind, FigureKind::kDate);
  EXPECT_EQ(w.value.number, 3);
  EXPECT_EQ(w.value.unit, "weekday");
  Fig ly = one("Bezos said last year that", "last year");
  EXPECT_EQ(ly.value.number, -1);
  EXPECT_EQ(ly.value.unit, "year");
  Fig aug = one("in the elections in August last year.", "August last year");
  EXPECT_EQ(aug.value.iso, "--08");
  EXPECT_EQ(aug.value.number, -1);
}

TEST(Figures, ExplicitDatesInManyWritings) {
  EXPECT_EQ(one("In this photo dated Tuesday, Nov, 29, 2016 the rocket", "Tuesday, Nov, 29, 2016").value.iso,
            "2016-11-29");
  EXPECT_EQ(one("broke up on Thursday Dec. 1, 2016, just minutes after", "Thursday Dec. 1, 2016").value.iso,
            "2016-12-01");
  EXPECT_EQ(one("First published February 1, 2016: 1:28 AM ET", "February 1, 2016").value.iso, "2016-02-01");
  EXPECT_EQ(one("date 2021-11-20 Poland said", "2021-11-20").value.iso, "2021-11-20");
  EXPECT_EQ(one("i'll go back 02/22/2016", "02/22/2016").value.iso, "2016-02-22");
  EXPECT_EQ(one("Are you free on 13.5.2015?", "13.5.2015").value.iso, "2015-05-13");
  EXPECT_EQ(one("the summit on 3 March 2016 in Amiens", "3 March 2016").value.iso, "2016-03-03");
  EXPECT_EQ(one("on the 4th of March 2016", "4th of March 2016").value.iso, "2016-03-04");
  EXPECT_EQ(one("Amazon bought Whole Foods in August 2017 for", "August 2017").value.iso, "2017-08");
  EXPECT_EQ(one("In 1997, President Bill Clinton imposed", "1997").value.iso, "1997");
  EXPECT_EQ(one("for the first time since the 1990s, the nation", "1990s").value.iso, "199");
  Fig mid = one("In the mid-1990s, Osama bin Laden lived in Khartoum", "mid-1990s");
  EXPECT_EQ(mid.value.iso, "199");
  EXPECT_TRUE(mid.value.approx);
  EXPECT_EQ(one("roots in the 19th century", "19th century").value.iso, "18");
  EXPECT_EQ(one("scheduled to launch a full load in mid-December.", "mid-December").kind, FigureKind::kDate);
  EXPECT_EQ(one("since 9/11 by terrorism", "9/11").value.iso, "--09-11");
  EXPECT_EQ(one("fish for Easter and Mother’s Day, he said", "Mother’s Day", "2019-04-30").value.iso,
            "2019-05-12");
}

TEST(Figures, YearsAreDatesOnlyInYearContexts) {
  EXPECT_EQ(one("the 2018 election was close", "2018").kind, FigureKind::kDate);
  EXPECT_EQ(one("It killed 2000 people", "2000").kind, FigureKind::kCount);
  // Before a word in the singular, a year modifies it ("the abrupt 2009
  // cancellation", "any 2016 candidate") or opens the clause; a count
  // counts a plural ("2016 delegates").
  EXPECT_EQ(one("the abrupt 2009 cancellation of his show", "2009").value.iso, "2009");
  EXPECT_EQ(one("the most of any 2016 candidate so far", "2016").kind, FigureKind::kDate);
  EXPECT_EQ(one("Perhaps 2016 will be the year", "2016").kind, FigureKind::kDate);
  EXPECT_EQ(one("He needs 2016 delegates to win", "2016").kind, FigureKind::kCount);
  EXPECT_EQ(one("Officials said 2000 men were arrested", "2000").kind, FigureKind::kCount);
  EXPECT_EQ(one("The city has 1999 homeless children", "1999").kind, FigureKind::kCount);
  Fig r = one("who held power from 2011 to 2013, of having been slow", "from 2011 to 2013");
  EXPECT_EQ(r.kind, FigureKind::kRange);
  EXPECT_EQ(r.value.iso, "2011/2013");
}

// ---- times -----------------------------------------------------------------------------

TEST(Figures, ClockTimes) {
  EXPECT_EQ(one("had lifted off at 8:51 p.m. (1451 GMT) from Baikonur", "8:51 p.m.").value.iso, "20:51");
  Fig gmt = one("had lifted off at 8:51 p.m. (1451 GMT) from Baikonur", "1451 GMT");
  EXPECT_EQ(gmt.value.iso, "14:51");
  EXPECT_EQ(gmt.value.unit, "GMT");
  EXPECT_EQ(one("First published February 1, 2016: 1:28 AM ET", "1:28 AM ET").value.iso, "01:28");
  EXPECT_EQ(one("Put out the news on a Friday at 6pm.", "6pm").value.iso, "18:00");
  EXPECT_EQ(one("The meeting starts at 9:30 am sharp", "9:30 am").kind, FigureKind::kTime);
  EXPECT_EQ(one("deliveries are permitted until midnight.", "midnight").value.iso, "00:00");
}

// ---- durations ----------------------------------------------------------------------------

TEST(Figures, Durations) {
  Fig few = one("this happened a few hours after the migrants left", "a few hours");
  EXPECT_EQ(few.kind, FigureKind::kDuration);
  EXPECT_EQ(few.value.unit, "hour");
  EXPECT_TRUE(few.value.approx);
  EXPECT_EQ(one("with just 18 months left in power", "18 months").value.number, 18);
  EXPECT_EQ(one("Seven decades later, Parata", "Seven decades").value.number, 70);
  EXPECT_EQ(one("Seven decades later, Parata", "Seven decades").value.unit, "year");
  EXPECT_EQ(one("will have a six-month review period", "six-month").kind, FigureKind::kDuration);
  EXPECT_EQ(one("the most deadly attack in more than a decade.", "more than a decade").value.min, 10);
  EXPECT_EQ(one("through the ranks in the last two years, culminating", "last two years").kind,
            FigureKind::kDuration);
  EXPECT_EQ(one("at sea for a week or longer at a time", "a week or longer").value.min, 1);
  EXPECT_EQ(one("We had a meeting 1 month 21 days ago", "1 month 21 days ago").kind, FigureKind::kDate);
  EXPECT_DOUBLE_EQ(*one("It took an hour and a half.", "an hour and a half").value.number, 1.5);
  EXPECT_EQ(one("stopped transmitting data 6 ½ minutes after the launch", "6 ½ minutes").value.number, 6.5);
  // A rate is no duration.
  EXPECT_TRUE(texts(figures("He calls twice a week.")).empty());
}

// ---- ages ----------------------------------------------------------------------------------

TEST(Figures, Ages) {
  Fig a = one("including a 19-year-old Syrian who drowned", "19-year-old");
  EXPECT_EQ(a.kind, FigureKind::kAge);
  EXPECT_EQ(a.value.number, 19);
  EXPECT_EQ(a.value.unit, "year");
  EXPECT_EQ(one("insisting the 93 year-old finishes his term", "93 year-old").kind, FigureKind::kAge);
  EXPECT_EQ(one("Whale whisperer Hori Parata was just seven years old when", "seven years old").kind,
            FigureKind::kAge);
  EXPECT_EQ(one("Seven decades later, Parata, 75, has now overseen", "75").kind, FigureKind::kAge);
  EXPECT_EQ(one("a man aged 45 was arrested", "aged 45").value.number, 45);
  Fig baby = one("when the baby was only ten months old.", "ten months old");
  EXPECT_EQ(baby.value.unit, "month");
  Fig sixties = one("a woman in her early 60s said", "early 60s");
  EXPECT_EQ(sixties.kind, FigureKind::kAge);
  EXPECT_EQ(sixties.value.min, 60);
  EXPECT_EQ(one("one of four century-old wooden schooners", "century-old").value.number, 100);
}

// ---- ranges ---------------------------------------------------------------------------------

TEST(Figures, Ranges) {
  Fig b = one("Fishermen are paid between $5 and $6 a pound for halibut", "between $5 and $6 a pound");
  EXPECT_EQ(b.kind, FigureKind::kRange);
  EXPECT_EQ(b.value.min, 5);
  EXPECT_EQ(b.value.max, 6);
  EXPECT_EQ(b.value.unit, "USD");
  Fig pct = one("Growth of 10-20% is expected", "10-20%");
  EXPECT_EQ(pct.value.min, 10);
  EXPECT_EQ(pct.value.unit, "%");
  Fig sc = one("a deal worth $5-6 million", "$5-6 million");
  EXPECT_EQ(sc.value.min, 5e6);
  EXPECT_EQ(sc.value.max, 6e6);
  EXPECT_EQ(one("Fillets sell for $24 to $28 a pound", "$24 to $28 a pound").value.max, 28);
  Fig ages = one("employed men and women between the ages of 25 and 54 compared",
                 "between the ages of 25 and 54");
  EXPECT_EQ(ages.kind, FigureKind::kRange);
  EXPECT_EQ(ages.value.unit, "year");
  Fig oo = one("They sell with four or five buyers", "four or five");
  EXPECT_EQ(oo.kind, FigureKind::kCount);
  EXPECT_EQ(oo.value.min, 4);
  EXPECT_EQ(oo.value.max, 5);
  // A change is two figures, not a range.
  EXPECT_EQ(texts(figures("Sales rose from 10 to 20 units.")), (std::vector<std::string>{"10", "20"}));
}

// ---- ordinals -------------------------------------------------------------------------------

TEST(Figures, OrdinalsThatRank) {
  EXPECT_EQ(one("becoming South Korea's third-largest private-sector employer", "third-largest").kind,
            FigureKind::kOrdinal);
  EXPECT_EQ(one("This is the third botched launch of a Russian spacecraft", "third").value.number, 3);
  EXPECT_EQ(one("The overall rankings were as follows:\n\n1. Finland\n\n2. Norway", "2").kind,
            FigureKind::kOrdinal);
  // "first" alone rarely ranks anything measurable.
  EXPECT_TRUE(texts(figures("Obama will become the first US president to address the AU")).empty());
}

// ---- what is no figure --------------------------------------------------------------------

TEST(Figures, NamesCodesAndVagueWordsAreNoFigures) {
  EXPECT_TRUE(figures("The G7 and the G40 faction met over COVID-19.").empty());
  EXPECT_TRUE(figures("The Progress MS-04 cargo ship docked.").empty());
  EXPECT_TRUE(figures("A Boeing 737 flew along Route 66 to exit 436.").empty());
  EXPECT_TRUE(figures("Several packages of sanctions were introduced; many refugees waited.").empty());
  EXPECT_TRUE(figures("It was one of the few countries. Recently, earlier, they refused.").empty());
  EXPECT_TRUE(figures("Ten rare whales beached on Ninety Mile Beach.").size() == 1);
  EXPECT_TRUE(figures("The shop is open 24/7 and the team won 3-1.").empty());
  EXPECT_TRUE(figures("Theresa May said it may rain.").empty());
  EXPECT_TRUE(figures("Go to http://example.com/page?id=2021&x=30%20y for details.").empty());
}

TEST(Figures, ScoresMarkupAndNamedDaysAreNoFigures) {
  EXPECT_TRUE(figures("Group F: Sweden 1 – 0 Korea Republic; the first half ended 0 – 0.").empty());
  EXPECT_TRUE(figures("<tweet timestamp=\"1448038800\" tweet_id=\"667777348029272064\"/>").empty());
  EXPECT_TRUE(figures("He hosted Saturday Night Live. Imagine a tomorrow where we win.").empty());
  EXPECT_TRUE(figures("The next day his numbers were the same. A second view is that it failed.").size() <= 1);
  EXPECT_TRUE(figures("Police searched a garage behind 2134 Caldwell Place and 1119 E. Main St.").empty());
  EXPECT_TRUE(figures("Then the iPhone 11 lineup landed; Mophie's 3-in-1 pad followed.").empty());
  EXPECT_TRUE(figures("It was the ISBN 978-3-319-09575-2 edition.").empty());
  // ... while the real thing stays a figure.
  EXPECT_EQ(one("Kane scored in the 20th minute of the game", "20th").kind, FigureKind::kOrdinal);
  EXPECT_EQ(one("The film became the second highest grossing documentary", "second highest").kind,
            FigureKind::kOrdinal);
}

TEST(Figures, MoreDatesAndAmounts) {
  const char* pub = "2016-05-02";
  EXPECT_EQ(one("The vote is on the 27th, officials said.", "the 27th", pub).value.iso, "2016-04-27");
  EXPECT_EQ(one("Police were called last night to the scene.", "last night", pub).value.iso, "2016-05-01");
  EXPECT_EQ(one("The bonds are due by the end of the year.", "end of the year", pub).value.iso, "2016");
  Fig cb = one("the search costs a couple of billion dollars", "a couple of billion dollars");
  EXPECT_EQ(cb.value.number, 2e9);
  EXPECT_TRUE(cb.value.approx);
  Fig share = one("Almost two in three voters agreed", "Almost two in three");
  EXPECT_EQ(share.kind, FigureKind::kPercent);
  EXPECT_TRUE(share.value.approx);
  EXPECT_DOUBLE_EQ(*one("about two-thirds of the members", "about two-thirds").value.number, 200.0 / 3);
  EXPECT_EQ(one("It was 1.3e6 km away", "1.3e6 km").value.number, 1.3e6);
  EXPECT_EQ(one("It cost USD115 at the door", "USD115").value.unit, "USD");
  EXPECT_EQ(one("up from $38,373 a year ago", "a year ago", pub).value.iso, "2015");
  EXPECT_EQ(one("Patrick Carlineo Jr., 55, could face prison", "55").kind, FigureKind::kAge);
  Fig when = one("He started running when he was 16, his coach said", "16");
  EXPECT_EQ(when.kind, FigureKind::kAge);
}

// ---- offsets, paragraphs, robustness ------------------------------------------------------

TEST(Figures, OffsetsStayRightAroundNonAsciiAndAstralCharacters) {
  std::string s = "Łukaszenka 😀 zapłacił €200 — 😀😀 on November 18, Мінск 12%";
  Result r = annotate(s);
  ASSERT_TRUE(r.ok());
  std::vector<std::string> got;
  for (const Figure& f : r.doc.figures) got.push_back(s.substr(f.span.byte_start, f.span.byte_end - f.span.byte_start));
  EXPECT_EQ(got, (std::vector<std::string>{"€200", "November 18", "12%"}));
  // UTF-16: "Łukaszenka " is 11 units, the emoji 2, " zapłacił " 10.
  ASSERT_EQ(r.doc.figures.size(), 3u);
  EXPECT_EQ(r.doc.figures[0].span.start, 23u);
  EXPECT_EQ(r.doc.figures[0].span.end, 27u);
  // "€200 — " is 7 units, two emoji 4, " on " 4.
  EXPECT_EQ(r.doc.figures[1].span.start, 38u);
}

TEST(Figures, NothingCrossesAParagraphAndNothingOverlaps) {
  std::vector<Fig> fs = figures("It cost $5\n\nmillion people came on November\n\n18 more arrived");
  for (const Fig& f : fs) EXPECT_EQ(f.text.find('\n'), std::string::npos) << f.text;
  Text t("between 10 and 20 people came on Nov. 29, 2016 at 9:30 am, about $5bn and 12% more");
  std::vector<FigureMention> ms = find_figures(t, std::nullopt);
  for (size_t k = 1; k < ms.size(); ++k) EXPECT_LE(ms[k - 1].span.e, ms[k].span.b);
  EXPECT_EQ(ms.size(), 5u);
}

TEST(Figures, NeverCrashesOnOddInputAndStaysLinear) {
  std::string odd;
  for (int k = 0; k < 20000; ++k) odd += (k % 7 == 0 ? "1," : k % 5 == 0 ? "- " : "9");
  odd += " $ % € 1/ /2 -- 3-- -4 ½½ nineteen nineteen nineteen 10 000 000 000 a a a the the";
  EXPECT_NO_FATAL_FAILURE(figures(odd, "2020-02-29"));
  std::string many;
  for (int k = 0; k < 20000; ++k) many += "twenty-one and ";
  EXPECT_NO_FATAL_FAILURE(figures(many));
  for (const char* s : {"", "$", "between", "from 2011 to", "the day after", "Nov.", "12:", "1451 GMT"}) {
    EXPECT_NO_FATAL_FAILURE(figures(s, "2021-01-01"));
  }
}

TEST(Figures, DigitTokensParseWithoutLocale) {
  double v;
  bool sep, dec;
  ASSERT_TRUE(fig::digits_value("1,234.5", &v, &sep, &dec));
  EXPECT_EQ(v, 1234.5);
  ASSERT_TRUE(fig::digits_value("1.111,11", &v, &sep, &dec));
  EXPECT_EQ(v, 1111.11);
  ASSERT_TRUE(fig::digits_value("12,34,567", &v, &sep, &dec));
  EXPECT_EQ(v, 1234567);
  EXPECT_FALSE(fig::digits_value("22,24,26", &v, &sep, &dec));
  EXPECT_FALSE(fig::digits_value("9:30", &v, &sep, &dec));
  ASSERT_TRUE(fig::decimal_value("0.1", &v));
  EXPECT_EQ(v, 0.1);
  ASSERT_TRUE(fig::decimal_value("0.00000001", &v));
  EXPECT_EQ(v, 1e-8);
  EXPECT_FALSE(fig::decimal_value("1.2.3", &v));
}

// The ISO strings are formatted by hand (no snprintf): the same text as
// printf's "%04d" / "%+05d" / "-%02d", out-of-range years and all.
TEST(Figures, IsoStringsPadLikePrintf) {
  using namespace calendar;
  EXPECT_EQ(iso_year(2021), "2021");
  EXPECT_EQ(iso_year(7), "0007");
  EXPECT_EQ(iso_year(0), "0000");
  EXPECT_EQ(iso_year(9999), "9999");
  EXPECT_EQ(iso_year(10000), "+10000");
  EXPECT_EQ(iso_year(-44), "-0044");
  EXPECT_EQ(iso_year(-123456), "-123456");
  EXPECT_EQ(iso_month(2021, 3), "2021-03");
  EXPECT_EQ(iso_month(-44, 12), "-0044-12");
  EXPECT_EQ(iso_day(Date{2021, 11, 8}), "2021-11-08");
  EXPECT_EQ(iso_day(Date{1999, 1, 31}), "1999-01-31");
  EXPECT_EQ(iso_week(Date{2021, 11, 18}), "2021-W46");
  EXPECT_EQ(iso_week(Date{2021, 1, 1}), "2020-W53");  // a Friday: its Thursday is in 2020
  EXPECT_EQ(iso_week(Date{2024, 1, 1}), "2024-W01");
  EXPECT_EQ(iso_no_year(11, 18), "--11-18");
  EXPECT_EQ(iso_no_year(2, 0), "--02");
}

TEST(Figures, ParseIsoDateAcceptsOnlyRealDays) {
  EXPECT_TRUE(parse_iso_date("2020-02-29").has_value());
  EXPECT_FALSE(parse_iso_date("2021-02-29").has_value());
  EXPECT_FALSE(parse_iso_date("2021-13-01").has_value());
  EXPECT_FALSE(parse_iso_date("21-11-20").has_value());
}

}  // namespace
}  // namespace newsann
