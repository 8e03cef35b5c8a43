#include "figures.h"

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

std::vector<FigureMention> find_figures(const Text& text, const std::optional<Date>& published) {
  std::vector<FigureMention> out;
  if (text.tokens.empty()) return out;
  const fig::FigureLexicon& lex = fig::FigureLexicon::get();
  const RE2& anchors = lex.anchors();
  fig::Para p(text, published);
  re2::StringPiece whole(text.s.data(), text.s.size());
  re2::StringPiece m;
  for (const Paragraph& para : text.paragraphs) {
    size_t tb = text.sentences[para.first].first;
    size_t te = text.sentences[para.last - 1].last;
    if (tb >= te) continue;
    p.reset(tb, te);
    size_t pos = text.tokens[tb].b;
    size_t endb = text.tokens[te - 1].e;
    size_t ti = tb;     // token cursor, only moves forward
    size_t floor = tb;  // the first token a new figure may use
    // One pass: each search resumes where the last anchor or figure ended.
    while (pos < endb && anchors.Match(whole, pos, endb, RE2::UNANCHORED, &m, 1)) {
      size_t mb = static_cast<size_t>(m.data() - text.s.data());
      size_t me = mb + m.size();
      pos = me > mb ? me : mb + 1;
      while (ti < te && text.tokens[ti].b < mb) ++ti;
      if (ti >= te) break;
      const Token& t = text.tokens[ti];
      if (t.b != mb || ti < floor) continue;
      if (t.kind == TokenKind::kWord && t.e != me) continue;  // a word anchor is a whole token
      std::optional<Best> best = recognize(p, ti);
      if (!best) continue;
      fig::Candidate& c = best->c;
      if (c.b < floor) c.b = floor;
      if (c.e > te) c.e = te;
      if (c.e <= c.b) continue;
      floor = c.e;
      pos = text.tokens[c.e - 1].e;
      if (best->suppress) continue;
      p.found.push_back(c);
      out.push_back(FigureMention{p.span(c.b, c.e), c.kind, c.value});
    }
  }
  return out;
}

}  // namespace newsann
