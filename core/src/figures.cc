#include "figures.h"

#include <cmath>

#include "figures_calendar.h"
#include "figures_dates.h"
#include "figures_lexicon.h"
#include "figures_measures.h"
#include "figures_para.h"

namespace newsann {

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 7}, {8, 10}};
  for (int k = 0; k < 3; ++k) {
    for (int i = pos[k][0]; i < pos[k][1]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  }
  if (v[0] < 1 || !calendar::valid(v[0], v[1], v[2])) return std::nullopt;
  return Date{v[0], v[1], v[2]};
}

namespace {

struct Best {
  fig::Candidate c;
  bool suppress = false;
};

// Words that open a figure on their own ("hundreds", "May", "yesterday",
// "$": lexicon entries, kKeyword included), as opposed to function words and
// modifiers ("about", "last") that open one only with such a word close behind.
bool strong_word(fig::Para& p, size_t i) {
  if (const std::vector<fig::Entry>* es = p.entries(i)) {
    for (const fig::Entry& e : *es) {
      switch (e.cat) {
        case fig::Cat::kModifier: case fig::Cat::kIdNoun: case fig::Cat::kUnit:
        case fig::Cat::kTimeZone:
          break;
        default: {
          size_t end;
          if (p.matches(i, e, &end)) return true;
        }
      }
    }
  }
  return false;
}

// Is token i worth running the recognizers on? Digits and signs always are;
// a function word only with a number, a sign or a strong word among the next
// three tokens. Most anchors are "the", "a" and "in": this keeps the scan fast.
bool worth_trying(fig::Para& p, size_t i) {
  const Token& t = p.tok(i);
  if (t.kind != TokenKind::kWord) return true;
  // The anchor pattern admits "a", "the", "in" only before a fitting word.
  if (p.is_any(i, {"a", "an", "the", "in"})) return true;
  if (strong_word(p, i)) return true;
  for (size_t k = i + 1; k <= i + 3 && p.in(k); ++k) {
    const Token& n = p.tok(k);
    if (n.kind == TokenKind::kNumber) return true;
    if (n.kind != TokenKind::kWord) {
      // A currency sign or a fraction goes on; other punctuation ends the look.
      if (p.entries(k) || (static_cast<unsigned char>(p.str(k)[0]) >= 0xC2 && !p.dash(k))) return true;
      if (p.dash(k)) continue;
      return false;
    }
    if (strong_word(p, k)) return true;
  }
  return false;
}

// The longest reading at token i: a date, a clock time, or an amount; on a
// tie the date wins, then the time. A suppressing amount (a code, a name's
// number) wins over a bare year it covers ("Windows 2000").
std::optional<Best> recognize(fig::Para& p, size_t i) {
  std::optional<Best> best;
  auto consider = [&](const fig::Candidate& c, bool suppress) {
    if (c.e <= i) return;
    if (!best || c.e > best->c.e) best = Best{c, suppress};
  };
  std::optional<fig::Candidate> date = fig::parse_date(p, i);
  std::optional<fig::Candidate> time = fig::parse_time(p, i);
  std::optional<fig::MeasureResult> measure = fig::parse_measure(p, i);
  if (date) consider(*date, false);
  if (time) consider(*time, false);
  if (measure) {
    bool covers_year = measure->suppress && date && measure->c.e >= date->e &&
                       date->value.iso.size() == 4 && date->b == i;
    if (covers_year) best.reset();
    consider(measure->c, measure->suppress);
  }
  return best;
}

}  // namespace

namespace {

bool finite(const FigureValue& v) {
  for (const std::optional<double>* x : {&v.number, &v.min, &v.max}) {
    if (*x && !std::isfinite(**x)) return false;
  }
  return true;
}

}  // namespace

std::vector<FigureMention> find_figures(const Text& text, const std::optional<Date>& published) {
  std::vector<FigureMention> out;
  if (text.tokens.empty()) return out;
  const fig::FigureLexicon& lex = fig::FigureLexicon::get();
  const fig::AnchorRules& rules = lex.anchor_rules();
  fig::Para p(text, published);
  re2::StringPiece whole(text.s.data(), text.s.size());
  re2::StringPiece m;
  for (const Paragraph& para : text.paragraphs) {
    size_t tb = text.sentences[para.first].first;
    size_t te = text.sentences[para.last - 1].last;
    if (tb >= te) continue;
    p.reset(tb, te);
    const uint32_t endb = text.tokens[te - 1].e;
    size_t floor = tb;  // the first token a new figure may use
    // The anchors, token by token: a token is one where the anchor pattern
    // matches at its first byte (covering it whole, for a word). The rules
    // answer for nearly all tokens; RE2 for the rest.
    for (size_t ti = tb; ti < te; ++ti) {
      const Token& t = text.tokens[ti];
      fig::AnchorRules::Answer a = rules.at(text, ti, endb);
      if (a == fig::AnchorRules::Answer::kNo) continue;
      if (a == fig::AnchorRules::Answer::kAsk) {
        if (!lex.anchors().Match(whole, t.b, endb, RE2::ANCHOR_START, &m, 1)) continue;
        size_t me = static_cast<size_t>(m.data() - text.s.data()) + m.size();
        if (t.kind == TokenKind::kWord && me < t.e) continue;  // a word anchor is a whole token
      }
      if (!worth_trying(p, ti)) continue;
      std::optional<Best> best = recognize(p, ti);
      if (!best) continue;
      fig::Candidate& c = best->c;
      if (c.b < floor) c.b = floor;
      if (c.e > te) c.e = te;
      if (c.e <= c.b) continue;
      floor = c.e;
      ti = c.e - 1;  // figures never overlap: go on after this one
      if (best->suppress) continue;
      // Thousands of digits ("111...1%") overflow a double: no figure a
      // reader could use, and JSON has no infinity.
      if (!finite(c.value)) continue;
      p.found.push_back(c);
      out.push_back(FigureMention{p.span(c.b, c.e), c.kind, c.value});
    }
  }
  return out;
}

}  // namespace newsann
