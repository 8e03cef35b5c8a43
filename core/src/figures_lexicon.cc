#include "figures_lexicon.h"

#include <charconv>
#include <set>

#include "lexicon.h"
#include "text.h"

namespace newsann::fig {

namespace {

double to_double(std::string_view s) {
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

int to_int(std::string_view s) {
  int v = 0;
  const char* b = s.data();
  if (!s.empty() && s[0] == '+') ++b;
  std::from_chars(b, s.data() + s.size(), v);
  return v;
}

std::string_view field(const LexiconEntry& e, size_t k) {
  return k < e.fields.size() ? e.fields[k] : std::string_view();
}

// Closed-class words that can open a figure but are no lexicon entry: the
// article before "a week", "the" before "day after Easter", relative-date
// words, range openers, "aged", multipliers, seasons, decade words.
const char* const kOpeners[] = {
    "a", "an", "the", "half", "quarter", "last", "this", "next", "past", "coming", "earlier",
    "later", "early", "late", "mid", "between", "from", "yesterday", "tomorrow", "tmrw", "noon",
    "midnight", "aged", "age", "ages", "double", "twice", "triple", "treble", "quadruple",
    "couple", "pair", "in", "on", "minus", "negative", "spring", "summer", "autumn", "fall",
    "winter", "century", "decade", "twenties", "thirties", "forties", "fifties", "sixties",
    "seventies", "eighties", "nineties", "hundred", "thousand", "several", "few", "one",
    "millennium", "end", "start", "beginning", "middle", "within",
};

bool ascii_word(std::string_view w) {
  for (unsigned char c : w) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'')) return false;
  }
  return !w.empty();
}

}  // namespace

void FigureLexicon::add(std::string_view key, Entry e) {
  Text t(key);
  if (t.tokens.empty()) return;
  std::string first = lower(t.str(t.tokens[0]));
  for (size_t k = 1; k < t.tokens.size(); ++k) e.rest.push_back(lower(t.str(t.tokens[k])));
  map_[first].push_back(std::move(e));
}

const std::vector<Entry>* FigureLexicon::find(std::string_view low) const {
  auto it = map_.find(low);
  return it == map_.end() ? nullptr : &it->second;
}

const FigureLexicon& FigureLexicon::get() {
  static const FigureLexicon lex;
  return lex;
}

FigureLexicon::FigureLexicon() {
  std::set<std::string> openers;  // first tokens that can open a figure
  auto opener = [&](std::string_view key) {
    Text t(key);
    if (!t.tokens.empty()) openers.insert(lower(t.str(t.tokens[0])));
  };

  for (const LexiconEntry& l : lexicon_entries("figure_numbers")) {
    Entry e;
    std::string_view cls = field(l, 0);
    if (cls == "card") e.cat = Cat::kCard;
    else if (cls == "scale") e.cat = Cat::kScale;
    else if (cls == "ord") e.cat = Cat::kOrd;
    else if (cls == "fracpl") e.cat = Cat::kFracPl;
    else if (cls == "approxpl") e.cat = Cat::kApproxPl;
    else if (cls == "dozen") e.cat = Cat::kDozen;
    else continue;
    e.value = to_double(field(l, 1));
    if (e.cat != Cat::kScale && e.cat != Cat::kFracPl) opener(l.key);
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_calendar")) {
    Entry e;
    e.cat = field(l, 0) == "month" ? Cat::kMonth : Cat::kWeekday;
    e.n[0] = to_int(field(l, 1));
    opener(l.key);
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_holidays")) {
    Entry e;
    e.cat = Cat::kHoliday;
    e.sym = std::string(field(l, 0));
    if (e.sym == "fixed") {
      std::string_view md = field(l, 1);
      e.n[0] = to_int(md.substr(0, 2));
      e.n[1] = md.size() >= 5 ? to_int(md.substr(3, 2)) : 0;
    } else {
      for (size_t k = 1; k < 5 && k < l.fields.size(); ++k) e.n[k - 1] = to_int(field(l, k));
    }
    opener(l.key);
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_currencies")) {
    Entry e;
    e.cat = Cat::kCurrency;
    e.sym = std::string(field(l, 0));
    std::string_view where = field(l, 1);
    e.flags = where == "pre" ? kPre : where == "post" ? kPost : (kPre | kPost);
    e.value = l.fields.size() > 2 ? to_double(field(l, 2)) : 1.0;
    std::string_view flags = field(l, 3);
    if (flags.find("caps") != std::string_view::npos) e.flags |= kCaps;
    if (flags.find("glued") != std::string_view::npos) e.flags |= kGlued;
    if (flags.find("scaled") != std::string_view::npos) e.flags |= kScaled;
    if (e.flags & kPre) opener(l.key);
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_units")) {
    Entry e;
    e.cat = Cat::kUnit;
    e.sym = std::string(field(l, 0));
    if (field(l, 1).find("glued") != std::string_view::npos) e.flags |= kGlued;
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_time_units")) {
    Entry e;
    e.cat = Cat::kTimeUnit;
    e.sym = std::string(field(l, 0));
    e.value = to_double(field(l, 1));
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_modifiers")) {
    Entry e;
    e.cat = Cat::kModifier;
    std::string_view r = field(l, 0);
    e.role = r == "approx" ? Role::kApprox : r == "nearly" ? Role::kNearly : r == "min" ? Role::kMin
           : r == "max" ? Role::kMax : r == "exact" ? Role::kExact : r == "post-approx" ? Role::kPostApprox
           : r == "post-min" ? Role::kPostMin : r == "post-max" ? Role::kPostMax : Role::kNone;
    if (e.role == Role::kNone) continue;
    if (e.role != Role::kPostApprox && e.role != Role::kPostMin && e.role != Role::kPostMax) opener(l.key);
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_identifier_nouns")) {
    Entry e;
    e.cat = Cat::kIdNoun;
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_time_zones")) {
    Entry e;
    e.cat = Cat::kTimeZone;
    e.value = field(l, 0) == "local" ? 0 : to_double(field(l, 0));
    add(l.key, std::move(e));
  }
  for (const char* w : kOpeners) openers.insert(w);

  // The anchor pattern: a run of digits, a decimal point before a digit, a
  // sign or symbol that opens a figure, or an opener word. \b is ASCII-only
  // in RE2, so the scanner checks that a word anchor is a whole token.
  std::string words, symbols;
  for (const std::string& w : openers) {
    if (ascii_word(w) && !(w[0] >= '0' && w[0] <= '9')) {
      if (!words.empty()) words += '|';
      words += RE2::QuoteMeta(w);
    } else if (!w.empty() && !ascii_word(w)) {
      if (!symbols.empty()) symbols += '|';
      symbols += RE2::QuoteMeta(w);
    }
  }
  for (const char* s : {"½", "¼", "¾", "⅓", "⅔", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞"}) {
    symbols += '|';
    symbols += s;
  }
  std::string pattern = "(?i)([0-9]+|" + symbols + "|\\b(?:" + words + ")\\b)";
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  anchors_ = std::make_unique<RE2>(pattern, opt);
}

}  // namespace newsann::fig
