#include "figures_lexicon.h"

#include <charconv>
#include <map>
#include <set>

#include "figures_numbers.h"
#include "lexicon.h"
#include "text.h"

namespace newsann::fig {

namespace {

double to_double(std::string_view s) {
  double v = 0;
  decimal_value(s, &v);
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

// Closed-class words that can open a figure but are no lexicon entry:
// relative-date words, range openers, "aged", multipliers, seasons, decade
// words. ("a", "an", "the" and "in" open figures too, but only before
// certain words: see kArticleFollowers and the pattern in the constructor.)
const char* const kOpeners[] = {
    "half", "quarter", "last", "this", "next", "past", "coming", "earlier", "later", "early",
    "late", "mid", "between", "from", "yesterday", "tomorrow", "tmrw", "tonight", "noon",
    "midnight", "midday", "aged", "age", "ages", "double", "twice", "triple", "treble",
    "quadruple", "minus", "negative", "spring", "summer", "autumn", "fall", "winter", "century",
    "decade", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
    "nineties", "hundred", "thousand", "several", "few", "one", "millennium", "within",
};

// Closed-class words that open a figure by themselves (the scanner tries
// them without looking further): relative days, multipliers, "aged", signs,
// shares and few-words, seasons and decades.
const char* const kKeywords[] = {
    "yesterday", "tomorrow", "tmrw", "tonight", "noon", "midnight", "midday", "double", "twice",
    "triple", "treble", "quadruple", "aged", "age", "ages", "minus", "negative", "half", "few",
    "couple", "pair", "night", "weekend", "spring", "summer", "autumn", "fall", "winter",
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    "teens",
};

// Words after "the" that can start a date: "the day after", "the end of June",
// "the summer of 2019", "the nineties" (plus digits, ordinals, "the '90s").
const char* const kTheFollowers[] = {
    "day", "end", "start", "beginning", "middle", "spring", "summer", "autumn", "fall", "winter",
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
};

// Words after "a"/"an" that make a figure: "a few hours", "a couple of",
// "a pair of", "a half", "a dozen" (plus units of time, scales, ordinals).
const char* const kArticleFollowers[] = {"few", "couple", "pair", "half", "quarter", "dozen"};

// A regex for a lexicon phrase as running text writes it (its tokens, from
// key_tokens()): the tokens with optional space between them, an
// apostrophe in either form.
std::string phrase_pattern(const std::vector<std::string>& tokens) {
  std::string out;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string& tok = tokens[k];
    if (k > 0) out += "\\s*";
    for (char c : tok) {
      if (c == '\'') {
        out += "['\xE2\x80\x99]";
      } else {
        out += RE2::QuoteMeta(std::string(1, c));
      }
    }
  }
  return out;
}

bool ascii_word(std::string_view w) {
  for (unsigned char c : w) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'')) return false;
  }
  return !w.empty();
}

}  // namespace

std::vector<std::string> key_tokens_by_text(std::string_view key, bool* one_word) {
  Text t(key);
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.push_back(lower(t.str(tok)));
  *one_word = t.tokens.size() == 1 && t.tokens[0].kind == TokenKind::kWord;
  return out;
}

// Most keys are ASCII letters in words between single spaces ("per cent",
// "million"): their tokens are those words, lowercased, split here. A Text
// for each of the thousand keys was an eighth of start-up.
std::vector<std::string> key_tokens(std::string_view key, bool* one_word) {
  if (!plain_words(key)) return key_tokens_by_text(key, one_word);
  std::vector<std::string> out;
  for (size_t i = 0; i <= key.size();) {
    size_t sp = std::min(key.find(' ', i), key.size());
    std::string& w = out.emplace_back(key.substr(i, sp - i));
    for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    i = sp + 1;
  }
  *one_word = out.size() == 1;
  return out;
}

void FigureLexicon::add(std::string_view key, Entry e) {
  bool one_word;
  std::vector<std::string> tokens = key_tokens(key, &one_word);
  if (tokens.empty()) return;
  e.rest.assign(std::make_move_iterator(tokens.begin() + 1), std::make_move_iterator(tokens.end()));
  build_[tokens[0]].push_back(std::move(e));
}

void FigureLexicon::freeze() {
  size_t cap = 16;
  while (cap < build_.size() * 3) cap <<= 1;
  slots_.assign(cap, Slot());
  for (auto& [key, entries] : build_) {
    uint32_t h = hash(word_key(key));
    size_t k = h & (cap - 1);
    while (slots_[k].index != ~0u) k = (k + 1) & (cap - 1);
    slots_[k].hash = h;
    slots_[k].index = static_cast<uint32_t>(keys_.size());
    keys_.push_back(key);
    values_.push_back(std::move(entries));
  }
  build_.clear();
}

const std::vector<Entry>* FigureLexicon::find(std::string_view low, uint64_t key) const {
  if (slots_.empty()) return nullptr;
  uint32_t h = hash(key);
  size_t mask = slots_.size() - 1;
  for (size_t k = h & mask;; k = (k + 1) & mask) {
    const Slot& s = slots_[k];
    if (s.index == ~0u) return nullptr;
    if (s.hash == h && keys_[s.index] == low) return &values_[s.index];
  }
}

const FigureLexicon& FigureLexicon::get() {
  static const FigureLexicon lex;
  return lex;
}

FigureLexicon::FigureLexicon() {
  std::set<std::string> openers;  // single tokens that can open a figure
  std::set<std::string> phrases;  // patterns of longer phrases that can
  std::set<std::string> follow_a, follow_the;  // words that make "a"/"the" open one
  std::map<std::string, std::vector<std::string>> phrase_tokens;  // pattern -> its tokens
  auto opener = [&](std::string_view key) {
    bool one_word;
    std::vector<std::string> tokens = key_tokens(key, &one_word);
    if (tokens.size() == 1) {
      openers.insert(tokens[0]);
    } else if (tokens.size() > 1) {
      std::string pattern = phrase_pattern(tokens);
      phrases.insert(pattern);
      std::vector<std::string>& toks = phrase_tokens[pattern];
      if (toks.empty()) toks = std::move(tokens);
    }
  };
  auto single_word = [](std::string_view key) {
    bool one_word;
    std::vector<std::string> tokens = key_tokens(key, &one_word);
    return one_word ? tokens[0] : std::string();
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
    std::string w = single_word(l.key);
    if (!w.empty() && (e.cat == Cat::kOrd || e.cat == Cat::kDozen ||
                       (e.cat == Cat::kScale && w.size() > 3))) {
      follow_a.insert(w);
    }
    if (!w.empty() && e.cat == Cat::kOrd) follow_the.insert(w);
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
    if (std::string w = single_word(l.key); !w.empty()) follow_a.insert(w);
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_modifiers")) {
    Entry e;
    e.cat = Cat::kModifier;
    std::string_view r = field(l, 0);
    e.role = r == "approx" ? Role::kApprox : r == "nearly" ? Role::kNearly : r == "min" ? Role::kMin
           : r == "max" ? Role::kMax : r == "exact" ? Role::kExact : r == "emphasis" ? Role::kEmphasis
           : r == "post-approx" ? Role::kPostApprox
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
  for (const LexiconEntry& l : lexicon_entries("figure_street_types")) {
    Entry e;
    e.cat = Cat::kStreetType;
    add(l.key, std::move(e));
  }
  for (const LexiconEntry& l : lexicon_entries("figure_time_zones")) {
    Entry e;
    e.cat = Cat::kTimeZone;
    e.value = field(l, 0) == "local" ? 0 : to_double(field(l, 0));
    add(l.key, std::move(e));
  }
  for (const char* w : kOpeners) openers.insert(w);
  for (const char* w : kKeywords) {
    Entry e;
    e.cat = Cat::kKeyword;
    add(w, std::move(e));
  }

  for (const char* w : kArticleFollowers) follow_a.insert(w);
  for (const char* w : kTheFollowers) follow_the.insert(w);

  // The anchor pattern: a run of digits, a sign or symbol that opens a
  // figure, an opener word or phrase, and "a"/"an"/"the"/"in" only before a
  // word that lets them open one ("a few", "the 1990s", "in his 60s"): the
  // commonest words of English would otherwise stop the scan everywhere.
  // \b is ASCII-only in RE2, so the scanner checks that a word anchor is a
  // whole token.
  auto alternation = [](const std::set<std::string>& words, bool words_only) {
    std::string out;
    for (const std::string& w : words) {
      bool word = ascii_word(w) && !(w[0] >= '0' && w[0] <= '9');
      if (words_only != word || w.empty()) continue;
      if (!out.empty()) out += '|';
      out += RE2::QuoteMeta(w);
    }
    return out;
  };
  std::string symbols = alternation(openers, false);
  std::vector<std::string> fractions;
  for (const char* f : {"½", "¼", "¾", "⅓", "⅔", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞"}) {
    symbols += '|';
    symbols += f;
    fractions.emplace_back(f);
  }
  std::vector<std::vector<std::string>> phrase_list;  // in the alternation's order
  for (const std::string& ph : phrases) phrase_list.push_back(phrase_tokens[ph]);
  anchor_rules_ = std::make_unique<AnchorRules>(openers, phrase_list, fractions, follow_a, follow_the);
  std::string phrase_alt;
  for (const std::string& ph : phrases) {
    if (!phrase_alt.empty()) phrase_alt += '|';
    phrase_alt += ph;
  }
  freeze();

  // Month and weekday names may run into a day number: "april22", "january12,2016".
  anchor_pattern_ = "(?i)([0-9]+|" + symbols + "|\\b(?:" + alternation(openers, true) + ")(?:\\b|[0-9])" +
                        "|\\b(?:" + phrase_alt + ")" +
                        "|\\ban?\\s+(?:" + alternation(follow_a, true) + ")\\b" +
                        "|\\bthe\\s+(?:(?:" + alternation(follow_the, true) + ")\\b|[0-9]|['\xE2\x80\x99][0-9])" +
                        "|\\bin\\s+(?:his|her|their|my|your|our)\\s+(?:early|mid|late|[0-9]|[a-z]+ies|teens)" + ")";
}

const RE2& FigureLexicon::anchors() const {
  // A function-local static: thread-safe, and no more code than the
  // singletons have already (std::call_once cost the wasm module 1 KB).
  // There is one FigureLexicon (get()), so one pattern.
  static const RE2 pattern = [this] {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_max_mem(64 << 20);
    return RE2(anchor_pattern_, opt);
  }();
  return pattern;
}

}  // namespace newsann::fig
