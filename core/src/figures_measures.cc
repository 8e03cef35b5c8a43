#include "figures_measures.h"

#include <cmath>
#include <string>

#include "figures_dates.h"
#include "figures_numbers.h"

namespace newsann::fig {

namespace {

// A named string: assigning a literal trips a GCC 12 -Wrestrict false positive.
const std::string kPercentUnit = "%";

enum class U { kNone, kMoney, kPercent, kQuantity, kDuration, kAge, kAgo };

struct Amount {
  size_t b = 0, e = 0;
  Numeral n;
  bool has_numeral = false;
  Role role = Role::kNone;     // the modifier before it, if any
  Role post = Role::kNone;     // the modifier after it, if any
  U u = U::kNone;
  std::string unit;            // ISO code, unit symbol or time unit
  double value = 0;            // in `unit`s (money: currency units)
  bool approx_few = false;     // "a few hours": no number, approx
  bool compound = false;       // a hyphenated adjective: "six-member", "3-inch"
  bool year_like() const {
    return u == U::kNone && has_numeral && n.plain_int && n.int_digits == 4 && n.value >= 1000 &&
           n.value <= 2100 && role == Role::kNone;
  }
  bool bare() const { return u == U::kNone && role == Role::kNone && post == Role::kNone; }
};

bool is_post(Role r) { return r == Role::kPostApprox || r == Role::kPostMin || r == Role::kPostMax; }

const char* const kRateNouns[] = {"share", "head", "person", "capita", "piece", "ticket", "seat",
                                  "vote", "student", "patient", "household", "family", "passenger",
                                  "visitor", "worker", "employee", "dozen", "unit", "item", "meal",
                                  "bottle", "pack", "box", "bag", "game", "show", "visit", "dose",
                                  "vehicle", "car", "room"};

// A rate after an amount: "a pound", "per share", "an hour", "-a-year", "a day".
size_t rate_suffix(Para& p, size_t k) {
  size_t j = k;
  bool hy = false;
  if (p.dash(j) && p.glued(j)) {
    ++j;
    hy = true;
  }
  if (!p.is_any(j, {"a", "an", "per"})) return k;
  if (hy && !(p.dash(j + 1) && p.glued(j + 1))) return k;
  size_t t = j + 1;
  if (hy) ++t;
  size_t e;
  if (p.match(t, Cat::kTimeUnit, &e)) {
    // "$38,373 a year ago": the time belongs to "ago", not to a rate.
    return p.is_any(e, {"ago", "earlier", "later", "before", "after"}) ? k : e;
  }
  if (p.match(t, Cat::kUnit, &e)) return e;
  for (const char* w : kRateNouns) {
    if (p.is(t, w)) return t + 1;
  }
  return k;
}

// Tokens that put "a"/"an" + time unit in a duration reading ("for a week",
// "a week ago") rather than a rate ("twice a week", "barrels a day").
bool duration_context(Para& p, size_t article, size_t after) {
  if (p.is_any(article - 1, {"for", "in", "within", "after", "before", "than", "spent", "took",
                              "lasted", "last", "past", "from", "by", "during", "throughout",
                              "until", "till", "of", "up", "over", "nearly", "almost", "about",
                              "around", "only", "just", "least", "barely", "mere", "some"})) {
    return true;
  }
  if (p.is_any(after, {"ago", "later", "earlier", "after", "before", "long", "old", "away", "into",
                       "or", "and", "from", "-"})) {
    return true;
  }
  return p.sentence_start(article);
}

// Currency before a number, including "MUSD"-style million codes.
const Entry* currency_before(Para& p, size_t j, size_t* end, double* scale) {
  *scale = 1;
  const Entry* cur = p.match(j, Cat::kCurrency, end);
  if (cur && (cur->flags & kPre)) return cur;
  // "MUSD 30", "MAUD 60": M + an ISO code.
  if (p.word(j) && p.allcaps(j) && p.str(j).size() == 4 && p.str(j)[0] == 'M') {
    std::string code = std::string(p.low(j)).substr(1);
    if (const std::vector<Entry>* es = p.lex.find(code)) {
      for (const Entry& e : *es) {
        if (e.cat == Cat::kCurrency && e.rest.empty() && e.sym.size() == 3) {
          *end = j + 1;
          *scale = 1e6;
          return &e;
        }
      }
    }
  }
  return nullptr;
}

const Entry* currency_after(Para& p, size_t k, const Numeral& n, size_t* end, double* scale) {
  *scale = 1;
  const Entry* cur = p.match(k, Cat::kCurrency, end);
  if (cur && (cur->flags & kPost)) {
    if ((cur->flags & kScaled) && !n.scaled) return nullptr;
    return cur;
  }
  if (p.word(k) && p.allcaps(k) && p.str(k).size() == 4 && p.str(k)[0] == 'M') {
    double s;
    size_t e2;
    if (const Entry* c = currency_before(p, k, &e2, &s); c && s == 1e6) {
      *end = e2;
      *scale = 1e6;
      return c;
    }
  }
  return nullptr;
}

// Time unit at k, also hyphenated ("six-month", "19-year-old").
const Entry* time_unit(Para& p, size_t k, size_t* end, bool* hyphen) {
  *hyphen = false;
  if (p.dash(k) && p.glued(k) && p.glued(k + 1)) {
    if (const Entry* u = p.match(k + 1, Cat::kTimeUnit, end)) {
      *hyphen = true;
      return u;
    }
    return nullptr;
  }
  return p.match(k, Cat::kTimeUnit, end);
}

// "-old", " old", "years of age", "yo": an age after a time unit.
size_t age_suffix(Para& p, size_t k) {
  if (p.dash(k) && p.glued(k) && p.is(k + 1, "old")) return k + 2;
  if (p.is(k, "old")) return k + 1;
  if (p.is(k, "of") && p.is(k + 1, "age")) return k + 2;
  return k;
}

// The amount at i: [modifiers] [currency] numeral [scale] [unit] [rate] [post-modifier].
std::optional<Amount> amount(Para& p, size_t i) {
  Amount a;
  a.b = i;
  size_t j = i;
  size_t emphasis_end = i;  // after "just", "only": not part of a figure with a number
  for (int k = 0; k < 2; ++k) {
    size_t e;
    const Entry* m = p.match(j, Cat::kModifier, &e);
    if (!m || is_post(m->role)) break;
    if (m->role == Role::kEmphasis) {
      if (j == emphasis_end) emphasis_end = e;
    } else if (a.role == Role::kNone || a.role == Role::kExact) {
      a.role = m->role;
    }
    j = e;
  }
  bool emphasised = emphasis_end > i;
  size_t e;
  double cur_scale = 1;
  const Entry* cur = currency_before(p, j, &e, &cur_scale);
  if (cur) j = e;

  // Durations with no numeral: "a week", "an hour", "a few hours", "just minutes".
  if (!cur) {
    size_t k = j;
    bool few = false, article = false;
    if (p.is_any(k, {"a", "an"}) && p.is(k + 1, "few")) {
      few = true;
      k += 2;
    } else if (p.is(k, "a") && p.is(k + 1, "couple") && p.is(k + 2, "of")) {
      few = true;
      k += 3;
    } else if (p.is_any(k, {"a", "an"})) {
      article = true;
      ++k;
    }
    if (few && p.is(k, "more")) ++k;
    size_t ue;
    bool hy;
    const Entry* u = time_unit(p, k, &ue, &hy);
    if (u && !hy) {
      std::string_view uw = p.low(k);
      bool plural = uw.size() > 1 && uw.back() == 's' && uw != "hrs" && uw != "yrs";
      if (few && plural) {
        a.u = U::kDuration;
        a.unit = u->sym;
        a.approx_few = true;
        a.value = p.is(i + 1, "couple") || p.is(j + 1, "couple") ? 2 * u->value : 0;
        a.e = ue;
      } else if (article && !plural && (a.role != Role::kNone || duration_context(p, j, ue)) &&
                 !(u->sym == "second" && p.lower_word(ue) &&
                   !p.is_any(ue, {"ago", "later", "earlier", "after", "before", "or", "and", "longer"}))) {
        // ("A second view": an ordinal, not a second of time.)
        a.u = U::kDuration;
        a.unit = u->sym;
        a.value = u->value;
        a.e = ue;
        a.has_numeral = false;
      } else if (!few && !article && plural && (a.role != Role::kNone || emphasised) && k == j) {
        // "just minutes", "only hours"
        a.u = U::kDuration;
        a.unit = u->sym;
        a.approx_few = true;
        a.e = ue;
      } else if (!few && !article && k == j && !plural && a.role == Role::kNone &&
                 (uw == "century" || uw == "decade" || uw == "year" || uw == "month" || uw == "week") &&
                 age_suffix(p, ue) > ue && p.dash(ue)) {
        // "century-old"
        a.u = U::kAge;
        a.unit = u->sym;
        a.value = u->value;
        a.e = age_suffix(p, ue);
        return a;
      }
      if (a.u != U::kNone) {
        // "a week or longer", "a few hours ago"
        size_t pe;
        const Entry* post = p.match(a.e, Cat::kModifier, &pe);
        if (post && is_post(post->role) && (post->role == Role::kPostMin || post->role == Role::kPostApprox)) {
          a.post = post->role;
          a.e = pe;
        }
        if (p.is(a.e, "ago")) {
          a.u = U::kAgo;
          a.e += 1;
        } else if (p.is(a.e, "and") && p.is_any(a.e + 1, {"a", "one"}) && p.is(a.e + 2, "half")) {
          a.value *= 1.5;  // "an hour and a half"
          a.e += 3;
        }
        return a;
      }
    }
    // "a pair of", "a couple of": two.
    double sc;
    if (p.is(j, "a") && p.is_any(j + 1, {"pair", "couple"}) && p.is(j + 2, "of") && a.role == Role::kNone &&
        !(p.single(j + 3, Cat::kScale) && p.word(j + 3))) {
      (void)sc;
      a.has_numeral = true;
      a.n.value = 2;
      a.n.spelled = true;
      a.n.b = j;
      a.n.e = j + 2;
      a.value = 2;
      a.e = j + 2;
      if (p.is(j + 1, "couple")) a.post = Role::kPostApprox;
      return a;
    }
  }

  // With a number, the emphasis word stays out of the span ("just 18 months").
  if (emphasised) a.b = emphasis_end;
  NumeralOptions no;
  no.money = cur != nullptr;
  std::optional<Numeral> n = parse_numeral(p, j, no);
  if (!n) return std::nullopt;
  a.n = *n;
  a.has_numeral = true;
  if (a.n.b < j) {
    // A sign or decimal point before the number belongs to it, not before a modifier.
    if (j != i) a.n.b = j;
    else a.b = a.n.b;
  }
  a.value = n->value;
  size_t k = n->e;

  if (cur) {
    a.u = U::kMoney;
    a.unit = cur->sym;
    a.value = a.value * cur->value * cur_scale;
    // "$ 10 dollars", "USD 22.5 million" (scale read by the numeral).
    size_t e2;
    double s2;
    if (const Entry* c2 = currency_after(p, k, *n, &e2, &s2); c2 && c2->sym == cur->sym) k = e2;
  } else {
    size_t e2;
    double s2;
    bool hyphen = p.dash(k) && p.glued(k) && p.glued(k + 1);
    size_t ck = hyphen ? k + 1 : k;
    if (const Entry* c = currency_after(p, ck, *n, &e2, &s2); c && !(c->flags & kPre && !(c->flags & kPost))) {
      a.u = U::kMoney;
      a.unit = c->sym;
      a.value = a.value * c->value * s2;
      k = e2;
      a.compound = hyphen;
      // "75 USD million", "15 dollars 50", "3 dollars 50 cents".
      double s;
      const Entry* sc = p.single(k, Cat::kScale);
      if (sc && !n->scaled && (p.low(k) == "million" || p.low(k) == "billion" || p.low(k) == "trillion" ||
                               p.low(k) == "thousand")) {
        a.value *= sc->value;
        ++k;
        (void)s;
      } else if (c->value == 1 && p.number(k) && !p.glued(k) && (p.str(k).size() == 2)) {
        std::optional<Numeral> cents = parse_numeral(p, k);
        size_t ce0;
        double cs0;
        // "15 dollars 50" is fifteen fifty; "50 dollar 40 rmb" two amounts.
        const Entry* next_cur = cents ? currency_after(p, cents->e, *cents, &ce0, &cs0) : nullptr;
        if (cents && cents->plain_int && cents->value < 100 && (!next_cur || next_cur->value < 1)) {
          a.value += cents->value / 100;
          k = cents->e;
          size_t ce;
          double cs;
          if (const Entry* c3 = currency_after(p, k, *cents, &ce, &cs); c3 && c3->value < 1) k = ce;
        }
      }
    } else if (n->approx && p.is(k, "of")) {
      // "hundreds of millions of dollars", "millions of euros"
      size_t t = k + 1;
      if (const Entry* sc = p.single(t, Cat::kApproxPl); sc && sc->value >= 1000 && sc->value > n->value) {
        a.n.min = *a.n.min * sc->value;
        a.n.max = *a.n.max * sc->value;
        a.value *= sc->value;
        t += 1;
        if (!p.is(t, "of")) {
          a.n.e = t;
          k = t;
          goto after_unit;
        }
        ++t;
      }
      if (const Entry* c = currency_after(p, t, *n, &e2, &s2); c && (c->flags & kPost) && c->value == 1 &&
                                                             !p.str(t).empty() && p.word(t)) {
        a.u = U::kMoney;
        a.unit = c->sym;
        k = e2;
      }
    }
  }
after_unit:
  if (a.u == U::kNone) {
    // Percent: "12%", "12 per cent", "twenty percent", "10 pct".
    if (p.punct(k, "%") || p.punct(k, "\xEF\xBC\x85")) {
      a.u = U::kPercent;
      a.unit = kPercentUnit;
      ++k;
    } else if (p.is_any(k, {"percent", "percents", "pct"})) {
      a.u = U::kPercent;
      a.unit = kPercentUnit;
      ++k;
    } else if (p.is(k, "per") && p.is(k + 1, "cent")) {
      a.u = U::kPercent;
      a.unit = kPercentUnit;
      k += 2;
    }
  }
  if (a.u == U::kNone) {
    // Units of time: durations, ages, "ago".
    size_t ue;
    bool hy;
    size_t t = k;
    // "half an hour", "half a day"
    if (n->fraction && p.is_any(t, {"a", "an"})) ++t;
    const Entry* u = time_unit(p, t, &ue, &hy);
    // "6 ½ minutes" and the like are read by the numeral; "one second" is a unit here.
    // "one day Asad will answer": "one" + a singular unit is a duration only
    // where a duration fits ("for one day", "one day later").
    bool idiom = u && !hy && n->spelled && n->value == 1 && p.is(j, "one") && a.role == Role::kNone &&
                 !duration_context(p, j, ue) && !p.is_any(ue, {"old", "of"});
    // "four century-old schooners": four schooners, each a century old.
    if (u && !hy && n->spelled && !n->digits && (u->sym == "year" && u->value >= 10) &&
        p.dash(ue) && p.is(ue + 1, "old")) {
      u = nullptr;
    }
    if (u && !(n->approx && !n->scaled) && !n->glued_m && !idiom) {
      a.u = U::kDuration;
      a.unit = u->sym;
      a.value = a.value * u->value;
      a.compound = hy;
      k = ue;
      size_t ak = age_suffix(p, k);
      if (ak > k) {
        a.u = U::kAge;
        k = ak;
      } else if (hy && p.dash(k) && p.glued(k) && p.is(k + 1, "long")) {
        k += 2;  // "two-year-long"
      } else if (!hy) {
        // Chains: "1 month 21 days", "2 years 1 month 21 days ago", "an hour and a half".
        if (p.is(k, "and") && p.is_any(k + 1, {"a", "one"}) && p.is(k + 2, "half")) {
          a.value += 0.5 * u->value;
          k += 3;
        }
        for (int guard = 0; guard < 4; ++guard) {
          std::optional<Numeral> n2 = p.number(k) ? parse_numeral(p, k) : std::nullopt;
          if (!n2 || n2->fraction) break;
          size_t ue2;
          bool hy2;
          const Entry* u2 = time_unit(p, n2->e, &ue2, &hy2);
          if (!u2 || hy2) break;
          // Express both in the smaller unit, roughly (a month is 30 days).
          auto days = [](const std::string& s) {
            return s == "year" ? 365.0 : s == "month" ? 30.0 : s == "week" ? 7.0 : s == "day" ? 1.0
                 : s == "hour" ? 1.0 / 24 : s == "minute" ? 1.0 / 1440 : 1.0 / 86400;
          };
          double d1 = days(a.unit), d2 = days(u2->sym);
          if (d2 >= d1) break;
          a.value = a.value * d1 / d2 + n2->value * u2->value;
          a.unit = u2->sym;
          k = ue2;
        }
        if (p.is(k, "ago")) {
          a.u = U::kAgo;
          ++k;
        } else if (p.is(k, "from") && p.is(k + 1, "now")) {
          a.u = U::kAgo;
          a.value = -a.value;
          k += 2;
        } else if (p.is_any(k, {"yo", "y.o"})) {
          a.u = U::kAge;
          ++k;
        }
      }
    } else if (n->plain_int && p.is(k, "yo") && n->value <= 130) {
      a.u = U::kAge;  // "87 yo"
      a.unit = "year";
      ++k;
    }
  }
  if (a.u == U::kNone) {
    // Units of measure: "30 km", "30km", "1.8m", "3-inch", "5 feet 2 inches".
    bool hy = p.dash(k) && p.glued(k) && p.glued(k + 1);
    size_t t = hy ? k + 1 : k;
    size_t ue;
    const Entry* u = p.match(t, Cat::kUnit, &ue);
    if (u && (u->flags & kGlued) && !(p.glued(t) && !hy)) u = nullptr;
    // A unit starts no line: in a table "57.50\nM2 389.79" the M2 heads the
    // next row.
    if (u && p.tok(t).has(kNewlineBefore)) u = nullptr;
    // A glued single-letter unit must end the token run ("24703m212" is a code).
    if (u && (u->flags & kGlued) && p.in(ue) && p.glued(ue) && (p.word(ue) || p.number(ue))) u = nullptr;
    if (u && !n->approx) {
      a.u = U::kQuantity;
      a.unit = u->sym;
      a.compound = hy;
      k = ue;
      if (a.unit == "pp") a.u = U::kPercent;
      if ((a.unit == "ft") && !hy) {
        size_t t2 = p.is(k, "and") ? k + 1 : k;
        std::optional<Numeral> in = p.number(t2) ? parse_numeral(p, t2) : std::nullopt;
        if (in && p.is_any(in->e, {"in", "inch", "inches"})) {
          a.value += in->value / 12;
          k = in->e + 1;
        }
      }
    }
  }
  if (a.u == U::kMoney || a.u == U::kQuantity) k = rate_suffix(p, k);
  // Post-modifiers: "or so", "or more", "-plus", "-odd", "or longer".
  {
    size_t pe;
    const Entry* post = p.match(k, Cat::kModifier, &pe);
    if (post && is_post(post->role)) {
      std::string_view w = p.low(k);
      bool dash_form = p.dash(k);
      // "or longer"/"or older" only after time; "plus" only glued or after a bare number.
      bool fits = true;
      if ((p.is(k + 1, "longer") || p.is(k + 1, "older") || p.is(k + 1, "younger")) &&
          a.u != U::kDuration && a.u != U::kAge) {
        fits = false;
      }
      if (w == "plus" && a.u != U::kNone) fits = false;
      if (w == "odd" && !dash_form) fits = false;
      if (dash_form && !p.glued(k)) fits = false;
      if (fits) {
        a.post = post->role;
        k = pe;
      }
    }
  }
  a.e = k;
  return a;
}

// The value fields for an amount.
void fill_value(const Amount& a, FigureValue* v) {
  double x = a.value;
  if (a.approx_few) {
    v->approx = true;
    if (x > 0) v->number = x;
  } else if (a.has_numeral && a.n.approx) {
    double f = a.n.value != 0 ? a.value / a.n.value : 1;
    v->approx = true;
    v->min = *a.n.min * f;
    v->max = *a.n.max * f;
  } else {
    v->number = x;
    if (a.has_numeral && a.n.about) v->approx = true;
  }
  auto bound = [&](Role r) {
    if (!v->number) return;
    switch (r) {
      case Role::kApprox: case Role::kPostApprox: v->approx = true; break;
      case Role::kNearly: v->approx = true; v->max = *v->number; break;
      case Role::kMin: case Role::kPostMin: v->min = *v->number; v->number.reset(); break;
      case Role::kMax: case Role::kPostMax: v->max = *v->number; v->number.reset(); break;
      default: break;
    }
  };
  bound(a.role);
  bound(a.post);
  if (a.role == Role::kMin || a.role == Role::kMax) {
    if (a.approx_few || (a.has_numeral && a.n.approx)) v->approx = true;
  }
  if (!a.unit.empty()) v->unit = a.unit;
}

FigureKind kind_of(const Amount& a) {
  switch (a.u) {
    case U::kMoney: return FigureKind::kMoney;
    case U::kPercent: return FigureKind::kPercent;
    case U::kQuantity: return FigureKind::kQuantity;
    case U::kDuration: return FigureKind::kDuration;
    case U::kAge: return FigureKind::kAge;
    case U::kAgo: return FigureKind::kDate;
    default: return FigureKind::kCount;
  }
}

Candidate to_candidate(Para& p, const Amount& a) {
  Candidate c;
  c.b = a.b;
  c.e = a.e;
  c.kind = kind_of(a);
  if (a.u == U::kAgo) {
    c.kind = FigureKind::kDate;
    double amount = a.value;
    if (a.approx_few) c.value.approx = true;
    if (a.approx_few && a.value == 0) {
      c.value.approx = true;
      c.value.unit = a.unit;
    } else {
      set_relative_date(p, -amount, a.unit, &c.value);
    }
    if (a.role == Role::kApprox || a.role == Role::kNearly) c.value.approx = true;
    return c;
  }
  fill_value(a, &c.value);
  return c;
}

// ---- What is no figure ----------------------------------------------------------

bool in_code(Para& p, const Amount& a) {
  size_t b = a.n.b;
  // Glued to a word on the left: "G7", "COVID-19", "MS-04", "A320", "#1"
  // (but not to its own currency: "USD115").
  if (p.glued(b) && a.b == b) {
    if (p.word(b - 1) || p.number(b - 1)) return true;
    if ((p.dash(b - 1) || p.punct(b - 1, "/")) && p.glued(b - 1) && (p.word(b - 2) || p.number(b - 2))) {
      return true;
    }
    if (p.punct(b - 1, "#") || p.punct(b - 1, "+") || p.punct(b - 1, "@") || p.punct(b - 1, "_") ||
        p.punct(b - 1, "=") || p.punct(b - 1, "%") || p.punct(b - 1, "&") || p.punct(b - 1, "\\")) {
      return true;
    }
    // A markup attribute: timestamp="1448038800".
    if (p.in(b - 1) && p.tok(b - 1).kind == TokenKind::kQuote && p.glued(b - 1) && p.punct(b - 2, "=")) {
      return true;
    }
  }
  // An identifier: a run of more than 15 digits (tweet ids, account numbers).
  if (a.n.plain_int && a.n.int_digits > 15) return true;
  // Glued to a word on the right that no unit explains: "5G", "3D", "1010data".
  size_t e = a.n.e;
  if (a.u == U::kNone && p.glued(e) && (p.word(e) || p.number(e))) return true;
  if (a.u == U::kNone && p.glued(e) && p.dash(e) && p.glued(e + 1) && p.upper(e + 1)) {
    return true;  // "19-FG", "737-MAX"
  }
  // "24/7", "1/5" (a photo counter): a slash pair that is neither a fraction nor a date.
  if (a.u == U::kNone && p.punct(e, "/") && p.number(e + 1)) return true;
  if (a.u == U::kNone && p.punct(b - 1, "/") && p.number(b - 2)) return true;
  return false;
}

// A number labelled by the word before it: "Route 66", "Chapter 11", "No. 10",
// or part of a capitalised name: "Boeing 737", "Windows 10", "Apollo 11".
bool labelled(Para& p, size_t b) {
  size_t prev = b - 1;
  if (p.punct(prev, ".") && p.glued(prev)) --prev;
  if (!p.in(prev) || !p.word(prev)) return false;
  if (p.single(prev, Cat::kIdNoun)) return true;
  if (p.upper(prev) && !p.sentence_start(prev) && !p.single(prev, Cat::kMonth) &&
      !p.single(prev, Cat::kWeekday) && !p.is_any(prev, {"I", "i"})) {
    return true;
  }
  // A camel-cased product name: "iPhone 11", "iPadOS 13".
  std::string_view w = p.str(prev);
  for (size_t k = 1; k < w.size(); ++k) {
    if (w[k] >= 'A' && w[k] <= 'Z' && w[0] >= 'a' && w[0] <= 'z') return true;
  }
  return false;
}

// Capitalised number words inside a name: "Ninety Mile Beach", "the Big Four".
bool named_number_word(Para& p, const Amount& a) {
  if (!a.n.spelled || a.n.digits) return false;
  size_t b = a.n.b;
  if (!p.upper(b) || p.sentence_start(b) || p.allcaps(b)) return false;
  // A capitalised heading line ("Five Things We Learned") starts a sentence.
  return true;
}

const char* const kOneBefore[] = {"the", "this", "that", "which", "every", "any", "no", "each",
                                   "another", "some", "someone", "anyone", "no-one", "only",
                                   "one", "last", "little", "big", "new", "old", "other"};

// "one" is a figure only when it counts beside other counts ("three cosmonauts,
// two astronauts and one from the EU") or with a unit: never "one of", "the one".
bool lone_one(Para& p, const Amount& a) {
  if (!a.n.spelled || a.n.value != 1 || a.n.e != a.n.b + 1 || !p.is(a.n.b, "one")) return false;
  size_t b = a.n.b;
  if (p.is(b + 1, "of") || p.is(b + 1, "another") || p.is(b + 1, "'s")) return true;
  for (const char* w : kOneBefore) {
    if (p.is(b - 1, w)) return true;
  }
  if (!p.is_any(b - 1, {"and", "or", ","})) return true;
  // Coordinated: a count shortly before in the same sentence.
  for (auto it = p.found.rbegin(); it != p.found.rend(); ++it) {
    if (it->e + 8 < b) break;
    if (it->kind == FigureKind::kCount && p.tok(it->b).sentence == p.tok(b).sentence) return false;
  }
  return true;
}

// A list marker: "1." or "1)" opening a paragraph or line.
bool list_marker(Para& p, size_t b, bool* dot) {
  if (!p.number(b)) return false;
  // "eggs are: 1) Deviled, 2) Scotch": a marker inside a line has ")" and no "(".
  if (p.punct(b + 1, ")") && p.glued(b + 1) && !p.punct(b - 1, "(")) {
    *dot = false;
    return true;
  }
  if (!(b == p.begin || p.tok(b).has(kNewlineBefore))) return false;
  if (p.punct(b + 1, ".") && p.glued(b + 1) && p.in(b + 2) && !p.glued(b + 2)) {
    *dot = true;
    return true;
  }
  if (p.punct(b + 1, ")") && p.glued(b + 1)) {
    *dot = false;
    return true;
  }
  return false;
}

// ---- Ranges -----------------------------------------------------------------------

bool same_dimension(const Amount& x, const Amount& y) { return x.u == y.u && x.unit == y.unit; }

// Joins A and B into a range when they measure the same thing: B lends its
// unit, currency or scale to a bare A ("10-20%", "$5-6 million", "eight to 10 feet").
std::optional<Candidate> join_range(Amount a, Amount b, size_t start) {
  if (!a.has_numeral || !b.has_numeral || a.n.approx || b.n.approx) return std::nullopt;
  if (b.role != Role::kNone) return std::nullopt;
  if (a.u == U::kNone && b.u != U::kNone && b.u != U::kAgo) {
    a.u = b.u;
    a.unit = b.unit;
    if (b.u == U::kMoney) a.value = a.n.value * (b.value / b.n.value);
  } else if (b.u == U::kNone && a.u == U::kMoney && !a.compound) {
    b.u = a.u;
    b.unit = a.unit;
  } else if (b.u == U::kNone && a.u != U::kNone) {
    return std::nullopt;  // "5% to 1,458 tons" measures two things
  }
  if (!same_dimension(a, b)) return std::nullopt;
  // A bare A borrows B's scale: "$5-6 million", "10 to 20 million".
  if (!a.n.scaled && b.n.scaled && a.n.value < b.n.value / b.n.scale * 1.0001 && b.n.scale > 1) {
    a.value *= b.n.scale;
  }
  if (!(a.value < b.value)) return std::nullopt;
  Candidate c;
  c.b = start;
  c.e = b.e;
  c.kind = FigureKind::kRange;
  c.value.min = a.value;
  c.value.max = b.value;
  c.value.unit = b.unit;
  if (a.role == Role::kApprox) c.value.approx = true;
  return c;
}

// "2011-2013", "from 2011 to 2013", "1990-91": a range of years.
std::optional<Candidate> year_range(Para& p [[maybe_unused]], const Amount& a, const Amount& b, size_t start) {
  if (!a.year_like() || !b.has_numeral || !b.bare() || !b.n.plain_int) return std::nullopt;
  // B is two digits or a year itself; anything else ("1996-5555…5508", a
  // number beyond an int) is no year and is not cast to one.
  const bool two_digits = b.n.int_digits == 2 && b.n.value >= 0 && b.n.value < 100;
  if (!two_digits && !b.year_like()) return std::nullopt;
  const int y1 = static_cast<int>(a.n.value);
  int y2 = static_cast<int>(b.n.value);
  if (two_digits) y2 = y1 - y1 % 100 + y2;
  if (y2 <= y1 || y2 - y1 > 200) return std::nullopt;
  Candidate c;
  c.b = start;
  c.e = b.e;
  c.kind = FigureKind::kRange;
  c.value.min = y1;
  c.value.max = y2;
  c.value.unit = "year";
  c.value.iso = std::to_string(y1) + "/" + std::to_string(y2);
  (void)p;
  return c;
}

// ---- Openers ----------------------------------------------------------------------

// "in his 60s", "in their early twenties": an age range.
std::optional<Candidate> age_decade(Para& p, size_t i) {
  if (!p.is(i, "in") || !p.is_any(i + 1, {"his", "her", "their", "my", "your", "our"})) return std::nullopt;
  size_t j = i + 2;
  if (p.is_any(j, {"early", "mid", "late"})) {
    ++j;
    if (p.dash(j) && p.glued(j)) ++j;
  }
  int base = 0;
  size_t e = 0;
  static const char* const kWords[] = {"teens", "twenties", "thirties", "forties", "fifties",
                                       "sixties", "seventies", "eighties", "nineties"};
  for (int k = 0; k < 9; ++k) {
    if (p.is(j, kWords[k])) {
      base = k == 0 ? 13 : (k + 1) * 10;
      e = j + 1;
    }
  }
  if (!base && p.number(j) && p.str(j).size() == 2 && p.str(j)[1] == '0' && p.is(j + 1, "s") && p.glued(j + 1)) {
    base = (p.str(j)[0] - '0') * 10;
    e = j + 2;
  }
  if (!base || base < 10) return std::nullopt;
  Candidate c;
  c.b = i + 2;
  c.e = e;
  c.kind = FigureKind::kAge;
  c.value.approx = true;
  c.value.min = base;
  c.value.max = base == 13 ? 19 : base + 9;
  c.value.unit = "year";
  return c;
}

std::optional<Candidate> ordinal(Para& p, size_t i) {
  size_t e;
  int n = numeric_ordinal(p, i, &e);
  bool numeric = n > 0;
  if (!n) n = word_ordinal(p, i, &e);
  if (n <= 0) return std::nullopt;
  Candidate c;
  c.b = i;
  c.e = e;
  c.kind = FigureKind::kOrdinal;
  c.value.number = n;
  // "third-largest", "second-biggest", "fifth-most", "second largest"
  size_t k = e;
  bool hy = p.dash(k) && p.glued(k) && p.glued(k + 1);
  size_t t = hy ? k + 1 : k;
  if (p.lower_word(t)) {
    std::string_view w = p.low(t);
    bool superlative = w == "most" || w == "least" ||
                       (w.size() > 4 && w.substr(w.size() - 3) == "est" && w != "west" && w != "interest" &&
                        w != "request" && w != "protest" && w != "contest" && w != "quest" && w != "guest" &&
                        w != "forest" && w != "arrest" && w != "suggest" && w != "harvest" && w != "test");
    if (superlative) {
      c.e = t + 1;
      if (w == "most" || w == "least") {
        if (p.lower_word(t + 1)) c.e = t + 2;
      }
      return c;
    }
  }
  if (n == 1 || hy) return std::nullopt;
  // "its third such announcement", "the third botched launch", "for the second time".
  if (!p.is_any(i - 1, {"the", "its", "his", "her", "their", "our", "a", "this", "'s", "my", "your"})) {
    return std::nullopt;
  }
  if (!p.lower_word(k)) return std::nullopt;
  if (p.is_any(k, {"of", "half", "hand", "party", "parties", "person", "quarter", "floor", "and",
                   "or", "to", "in", "on", "at", "is", "was", "ago", "later", "later", "after",
                   "before", "earlier", "for", "by", "with", "cousin", "language", "nature",
                   "thought", "thoughts", "opinion", "wife", "husband"})) {
    return std::nullopt;
  }
  if (numeric && p.is(k, "century")) return std::nullopt;
  return c;
}

}  // namespace

std::optional<MeasureResult> parse_measure(Para& p, size_t i) {
  if (!p.in(i)) return std::nullopt;
  MeasureResult r;

  // Numbered list item: "1. Finland" ranks; "1)" is a marker only.
  bool dot;
  if (list_marker(p, i, &dot)) {
    r.c.b = i;
    r.c.e = i + 1;
    if (!dot) {
      r.suppress = true;
      return r;
    }
    double v;
    bool s1, d1;
    if (digits_value(p.str(i), &v, &s1, &d1) && !d1 && v < 1000) {
      r.c.kind = FigureKind::kOrdinal;
      r.c.value.number = v;
      return r;
    }
  }
  if (auto c = age_decade(p, i)) {
    r.c = *c;
    return r;
  }

  // Range openers: "between A and B", "between the ages of A and B", "from A to B",
  // "aged A", "ages A to B", "age 87".
  bool between = p.is(i, "between");
  bool from = p.is(i, "from");
  bool aged = p.is_any(i, {"aged", "age", "ages"});
  size_t j = i;
  bool ages = false;
  if (between || from) {
    j = i + 1;
    if (between && p.is(j, "the") && p.is(j + 1, "ages") && p.is(j + 2, "of")) {
      j += 3;
      ages = true;
    } else if (between && p.is(j, "ages")) {
      j += 1;
      ages = true;
    }
  } else if (aged) {
    j = i + 1;
    ages = true;
    if (p.is(j, "between")) {
      between = true;
      ++j;
    }
  }
  // "the 20th minute", "its 3rd quarter": a digit ordinal is read before the amount
  // (whose glued "th" would make it a code).
  if (j == i) {
    size_t oe;
    if (numeric_ordinal(p, i, &oe)) {
      if (auto c = ordinal(p, i)) {
        r.c = *c;
        return r;
      }
      return std::nullopt;
    }
  }
  std::optional<Amount> a = amount(p, j);
  if (!a) {
    // Multipliers: "double the number", "twice as many", "half the".
    // ("would double as cabins" is a verb: only "twice" takes "as".)
    if (p.is_any(i, {"double", "twice", "triple", "treble", "quadruple"}) &&
        (p.is_any(i + 1, {"the", "that", "what", "its", "their"}) || (p.is(i, "twice") && p.is(i + 1, "as")))) {
      r.c.b = i;
      r.c.e = i + 1;
      r.c.kind = FigureKind::kPercent;
      r.c.value.number = p.is_any(i, {"double", "twice"}) ? 200 : p.is(i, "quadruple") ? 400 : 300;
      r.c.value.unit = kPercentUnit;
      return r;
    }
    if (auto c = ordinal(p, i)) {
      r.c = *c;
      return r;
    }
    return std::nullopt;
  }
  if (ages && a->u == U::kNone && a->has_numeral && a->n.value > 0 && a->n.value <= 130) {
    a->u = U::kAge;
    a->unit = "year";
  } else if (ages && a->u != U::kAge && a->u != U::kDuration) {
    if (j != i) return std::nullopt;
  }
  size_t start = (between || from || aged) ? i : a->b;
  if (aged && !between) start = i;

  // A second bound.
  size_t k = a->e;
  bool conn = false;
  size_t bstart = k;
  if (between) {
    conn = p.is(k, "and");
  } else if (from) {
    conn = p.is_any(k, {"to", "through", "until", "till"}) || (p.dash(k));
  } else {
    conn = p.is_any(k, {"to", "or", "through"}) || p.dash(k);
  }
  // "rose from 10 to 20": the "from" reading (two figures) was refused at "from".
  if (conn && !from && p.is(a->b - 1, "from") && p.is_any(k, {"to", "through"})) conn = false;
  if (conn && a->has_numeral) {
    bstart = k + 1;
    std::optional<Amount> b = amount(p, bstart);
    bool dashed = p.dash(k);
    if (b && b->has_numeral) {
      if (ages && b->u == U::kNone && b->n.value <= 130) {
        b->u = U::kAge;
        b->unit = "year";
      }
      std::optional<Candidate> yr = (from || dashed || p.is_any(k, {"to", "through"}))
                                        ? year_range(p, *a, *b, from ? i : a->b)
                                        : std::nullopt;
      if (yr) {
        r.c = *yr;
        return r;
      }
      // "rose from 10 to 20" is a change, two figures: each read at its anchor.
      if (from) return std::nullopt;
      // A run of three or more dash-joined numbers is a code ("978-3-319-09575-2").
      if (dashed && p.glued(k) &&
          ((p.dash(a->n.b - 1) && p.glued(a->n.b) && p.number(a->n.b - 2)) ||
           (p.dash(b->e) && p.glued(b->e) && p.number(b->e + 1)))) {
        r.c.b = a->b;
        r.c.e = b->e;
        r.suppress = true;
        return r;
      }
      // Dashes join digits only ("fifty-two" was read as one number).
      bool ok = true;
      if (dashed && !(p.number(a->n.b) || p.punct(a->n.b, ".")) ) ok = false;
      if (dashed && !p.number(b->n.b)) ok = false;
      if (dashed && !(p.glued(k) && p.glued(k + 1)) &&
          !(p.str(k) != "-" && !p.glued(k) && !p.glued(k + 1))) {
        ok = false;  // " - " as a dash between clauses
      }
      if (p.is(k, "or")) {
        // "four or five": a count between two numbers.
        if (ok && a->bare() && b->bare() && a->n.value < b->n.value && !a->n.fraction && !b->n.fraction &&
            !a->year_like() && (a->n.spelled == b->n.spelled) && a->n.scale == b->n.scale) {
          r.c.b = a->b;
          r.c.e = b->e;
          r.c.kind = FigureKind::kCount;
          r.c.value.min = a->n.value;
          r.c.value.max = b->n.value;
          r.c.value.approx = true;
          return r;
        }
        ok = false;
      }
      if (ok && dashed && !p.glued(k) && !p.glued(k + 1) && a->bare() && b->bare() && a->n.plain_int &&
          b->n.plain_int && a->n.int_digits <= 2 && b->n.int_digits <= 2) {
        ok = false;  // "1 – 2" between bare small numbers is a score
      }
      if (ok) {
        if (auto c = join_range(*a, *b, start)) {
          if (ages) c->value.unit = "year";
          r.c = *c;
          return r;
        }
      }
      // A sports score or a code: "won 3-1", "24-7", "Sweden 1 – 0", "ended 0 – 0".
      bool spaced = !p.glued(k) && !p.glued(k + 1);
      if (dashed && a->bare() && b->bare() && a->n.plain_int && b->n.plain_int &&
          ((p.glued(k) && p.glued(k + 1) && a->n.value >= b->n.value) ||
           (spaced && a->n.int_digits <= 2 && b->n.int_digits <= 2))) {
        r.c.b = a->b;
        r.c.e = b->e;
        r.suppress = true;
        return r;
      }
    }
  }
  // "from 2014." or "between 190 km2" with no second bound: no range here;
  // the scanner reads the amount (or the year) from its own anchor.
  if ((from || between) && !(aged && ages)) return std::nullopt;

  Amount& x = *a;
  Candidate c = to_candidate(p, x);
  c.b = start;
  if (aged && ages && x.u == U::kAge) c.b = i;

  // What is no figure.
  if (x.has_numeral && in_code(p, x)) {
    r.c = c;
    r.c.b = x.n.b;
    r.c.e = x.n.e;
    r.suppress = true;
    return r;
  }
  // "about one thing", "another one of": a determiner "one" even after a modifier.
  if ((x.role == Role::kApprox || x.role == Role::kExact) && x.u == U::kNone && x.has_numeral &&
      lone_one(p, x) && !p.is_any(x.b, {"only", "just"})) {
    return std::nullopt;
  }
  // "about two-thirds", "more than half": a share, with its modifier.
  if (x.u == U::kNone && x.has_numeral && !x.bare() && x.n.fraction && x.n.spelled) {
    c.kind = FigureKind::kPercent;
    c.value = FigureValue();
    Amount pct = x;
    pct.value = x.n.value * 100;
    pct.unit = kPercentUnit;
    fill_value(pct, &c.value);
    r.c = c;
    return r;
  }
  // "almost two in three", "about one in five": a share, with its modifier.
  if (x.u == U::kNone && x.has_numeral && !x.bare() && x.post == Role::kNone && !x.n.approx &&
      !x.n.fraction && x.n.value > 0 && x.n.value <= 10 && p.is(x.e, "in")) {
    std::optional<Numeral> d = parse_numeral(p, x.e + 1);
    if (d && !d->fraction && !d->approx && d->value > x.n.value && d->value <= 100 &&
        !(p.word(d->e) && p.single(d->e, Cat::kTimeUnit))) {
      c.e = d->e;
      c.kind = FigureKind::kPercent;
      c.value = FigureValue();
      c.value.number = 100 * x.n.value / d->value;
      c.value.unit = kPercentUnit;
      if (x.role == Role::kApprox || x.role == Role::kNearly) c.value.approx = true;
      if (x.role == Role::kMin) c.value.min = c.value.number, c.value.number.reset();
      if (x.role == Role::kMax) c.value.max = c.value.number, c.value.number.reset();
      r.c = c;
      return r;
    }
  }
  if (x.bare() && x.has_numeral) {
    if (x.n.digits && (labelled(p, x.n.b) || p.house_number(x.n.b))) {
      r.c = c;
      r.suppress = true;
      return r;
    }
    // "one in five", "9 out of 10": a share.
    size_t t = x.e;
    bool out_of = p.is(t, "out") && p.is(t + 1, "of");
    if ((p.is(t, "in") || out_of) && x.n.value > 0) {
      std::optional<Numeral> d = parse_numeral(p, t + (out_of ? 2 : 1));
      if (d && !d->fraction && !d->approx && d->value > x.n.value && (out_of || x.n.value <= 10) &&
          !(p.word(d->e) && p.single(d->e, Cat::kTimeUnit))) {
        c.e = d->e;
        c.kind = FigureKind::kPercent;
        c.value.number = 100 * x.n.value / d->value;
        c.value.unit = kPercentUnit;
        r.c = c;
        return r;
      }
    }
    if (named_number_word(p, x) || lone_one(p, x)) return std::nullopt;
    // "(1)": a bracketed marker.
    if (p.punct(x.n.b - 1, "(") && p.punct(x.n.e, ")") && x.n.plain_int && x.n.value < 20) return std::nullopt;
    // A bare fraction: a share ("half the", "a third of", "two thirds").
    if (x.n.fraction) {
      // "the first half", "the second half of the year": a part, not a share.
      if (p.single(x.n.b - 1, Cat::kOrd) || p.is_any(x.n.b - 1, {"the", "other", "latter", "last", "back", "front"})) {
        return std::nullopt;
      }
      bool share = p.is_any(x.e, {"of", "the", "its", "their", "his", "her", "our", "those", "these", "all"}) ||
                   (!x.n.article && !p.is(x.n.b, "half") && !x.n.digits) ||
                   (p.in(x.e) && p.tok(x.e).kind == TokenKind::kPunct && !p.dash(x.e)) || !p.in(x.e);
      if (x.n.digits && !p.word(x.e)) share = false;  // "3/4" stays a number
      if (!share && !x.n.digits) return std::nullopt;
      if (share && !x.n.digits) {
        c.kind = FigureKind::kPercent;
        c.value.number = x.n.value * 100;
        c.value.unit = kPercentUnit;
      }
    }
    // An age after a name: "Parata, 75, has".
    size_t name_end = x.n.b - 2;  // the last token of the name before ", 75,"
    if (p.punct(name_end, ".") && p.glued(name_end) && p.upper(name_end - 1)) --name_end;  // "Jr., 55,"
    if (x.n.plain_int && x.n.value >= 1 && x.n.value <= 120 && p.punct(x.n.b - 1, ",") &&
        p.upper(name_end) && p.word(name_end) &&
        (p.punct(x.e, ",") || p.punct(x.e, ";") || !p.in(x.e) || (p.dash(x.e) && !p.glued(x.e)) ||
         (p.punct(x.e, ".") && (!p.in(x.e + 1) || p.tok(x.e + 1).has(kNewlineBefore))))) {
      c.kind = FigureKind::kAge;
      c.value.unit = "year";
    }
    // "when he was 16", "she turned 40": an age.
    if (x.n.plain_int && x.n.value >= 1 && x.n.value <= 120 && c.kind == FigureKind::kCount &&
        (p.is_any(x.n.b - 1, {"turned", "turns", "turning"}) ||
         (p.is_any(x.n.b - 1, {"was", "is", "were", "am"}) &&
          p.is_any(x.n.b - 2, {"he", "she", "i", "they", "we", "you"}) &&
          (!p.in(x.e) || p.tok(x.e).kind == TokenKind::kPunct || p.is_any(x.e, {"when", "and", "at"}))))) {
      c.kind = FigureKind::kAge;
      c.value.unit = "year";
    }
    // A hyphenated count adjective: "six-member crew", "10-point plan"; not a
    // longer compound ("3-in-1").
    if (p.dash(x.e) && p.glued(x.e) && p.lower_word(x.e + 1) && p.glued(x.e + 1)) {
      if (p.dash(x.e + 2) && p.glued(x.e + 2) && (p.number(x.e + 3) || p.single(x.e + 3, Cat::kCard))) {
        r.c = c;
        r.c.e = x.e + 4;
        r.suppress = true;
        return r;
      }
      if (x.n.value >= 2) c.e = x.e + 2;
    }
  }
  if (x.u == U::kNone && !x.has_numeral) return std::nullopt;
  // "Ninety Mile Beach", "the Six-Day War": a capitalised number word and
  // unit inside a name.
  if (x.has_numeral && !x.bare() && named_number_word(p, x) &&
      (p.upper(x.n.e) || p.upper(x.n.e + 1) || p.upper(x.e))) {
    return std::nullopt;
  }
  r.c = c;
  return r;
}

}  // namespace newsann::fig
