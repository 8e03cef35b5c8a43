#include "claims_context.h"

#include <algorithm>

#include "claims_phrases.h"

namespace newsann::claims {

const Token Context::kNoToken{0, 0, TokenKind::kPunct, 0, 0};

Context::Context(const Text& t)
    : text(t),
      words(Words::get()),
      n_(static_cast<uint32_t>(t.tokens.size())),
      tokens_(t.tokens.data()),
      lowered_(t.lowered()),
      low_sizes_(t.low_sizes()) {
  const uint32_t n = n_;
  per_.reset(new PerToken[n]);
  PerToken* per = per_.get();  // locals: no reloading through `this` in the loops
  const Token* tk = t.tokens.data();
  const char* lowered = t.lowered();
  const uint32_t* low_sizes = t.low_sizes();
  const uint64_t* keys = t.keys();
  // From the end, so that each token knows the next cue word after it.
  uint32_t next_cue = n;
  const Words::Lookup lookup = words.lookup();
  // The tokens that may be events (see below), descending: written
  // unconditionally, kept by advancing the count (no branch, no growth).
  std::unique_ptr<uint32_t[]> may_stop(new uint32_t[n + 1]);
  uint32_t stops = 0;
  // The quotation mark tokens, ascending in quote_marks[marks_from, n + 1):
  // written from the back the same way.
  std::unique_ptr<uint32_t[]> quote_marks(new uint32_t[n + 1]);
  uint32_t marks_from = n + 1;
  for (uint32_t i = n; i-- > 0;) {
    const WordIndex::Hit* hit = lookup.find(lowered + tk[i].b, low_sizes[i], keys[i]);
    const bool is_word = tk[i].kind == TokenKind::kWord;
    uint32_t roles = 0;
    const WordInfo* info = nullptr;
    if (hit) {
      info = lookup.info_of(*hit);
      if (is_word) {
        roles = hit->roles;
        if (hit->opens_cue) next_cue = i;
      }
    }
    per[i] = PerToken{info, roles, -1, n, next_cue, -1};
  }
  // What the kinds tell, in a loop of its own: with the lookup's, the loop
  // would hold more values than there are registers.
  {
    uint32_t* stop_out = may_stop.get();
    uint32_t* mark_out = quote_marks.get() + n;
    for (uint32_t i = n; i-- > 0;) {
      const TokenKind kind = tk[i].kind;
      *stop_out = i;
      stop_out += kind == TokenKind::kWord ? (per[i].roles & kCoord) != 0 : kind != TokenKind::kNumber;
      *mark_out = i;
      mark_out -= kind == TokenKind::kQuote;
    }
    stops = static_cast<uint32_t>(stop_out - may_stop.get());
    marks_from = static_cast<uint32_t>(mark_out - quote_marks.get()) + 1;
  }
  for (uint32_t s = stops; s-- > 0;) {  // ascending: the dashes are few
    const uint32_t i = may_stop[s];
    if (tk[i].kind == TokenKind::kPunct && tk[i].has(kSpaceBefore) && i + 1 < n &&
        tk[i + 1].has(kSpaceBefore) && is_dash(i)) {
      spaced_dashes_.push_back(i);
    }
  }
  // Only a paragraph with a quotation mark can hold a quotation: the others
  // are not asked.
  const uint32_t* mark = quote_marks.get() + marks_from;
  const uint32_t* marks_end = quote_marks.get() + n + 1;
  for (uint32_t p = 0; p < t.paragraphs.size() && mark != marks_end; ++p) {
    TokRange r = paragraph_tokens(p);
    while (mark != marks_end && *mark < r.b) ++mark;
    if (mark == marks_end || *mark >= r.e) continue;
    const size_t from = quotes.size();
    pair_quotes(t, r.b, r.e, mark, static_cast<size_t>(marks_end - mark), &quotes);
    for (size_t id = from; id < quotes.size(); ++id) {
      const Quote& q = quotes[id];
      for (uint32_t i = q.open; i < q.end() && i < n; ++i) per[i].quote_at = static_cast<int32_t>(id);
    }
  }
  // A mark is the opening or closing token of the quotation quote_at() gives
  // for it (a later quotation over the same token wins).
  for (uint32_t id = 0; id < quotes.size(); ++id) {
    const Quote& q = quotes[id];
    if (q.open < n && per[q.open].quote_at == static_cast<int32_t>(id)) marks_.push_back(q.open);
    if (q.closed && q.close < n && per[q.close].quote_at == static_cast<int32_t>(id)) {
      marks_.push_back(q.close);
    }
  }
  std::sort(marks_.begin(), marks_.end());
  // From the end, so that a content stop's question may look at the events
  // after it (those before, and the token itself, still read "none", n).
  // Only a quotation mark, punctuation (an opening mark is one of the two) or
  // a coordinator may be an event, and only the last two may start an
  // attribution (see may_start_new_attribution): the loop visits those, and
  // fills the tokens between with the event after.
  uint32_t next = n;
  uint32_t filled = n;  // per[filled..n) hold their next event
  for (uint32_t s = 0; s < stops; ++s) {
    const uint32_t i = may_stop[s];
    for (uint32_t k = i + 1; k < filled; ++k) per[k].next_event = next;
    const int32_t q = per[i].quote_at;
    const bool opens_quote = q >= 0 && quotes[q].open == i;
    if (opens_quote || (tk[i].kind != TokenKind::kQuote && is_content_stop(i))) next = i;
    per[i].next_event = next;
    filled = i;
  }
  for (uint32_t k = 0; k < filled; ++k) per[k].next_event = next;
}

bool Context::is_content_stop(uint32_t i) const {
  if (i >= size()) return true;
  if (per_[i].content_stop < 0) {
    per_[i].content_stop = may_start_new_attribution(*this, i) && starts_new_attribution(*this, i) ? 1 : 0;
  }
  return per_[i].content_stop == 1;
}

int Context::first_quote_in(TokRange r) const {
  auto it = std::lower_bound(quotes.begin(), quotes.end(), r.b,
                             [](const Quote& q, uint32_t b) { return q.open < b; });
  return it != quotes.end() && it->open < r.e ? static_cast<int>(it - quotes.begin()) : -1;
}

bool Context::has_mark(TokRange r) const {
  if (r.e > size() || r.b >= r.e) return false;
  auto it = std::lower_bound(marks_.begin(), marks_.end(), r.b);
  return it != marks_.end() && *it < r.e;
}

int64_t Context::last_spaced_dash(uint32_t b, uint32_t e) const {
  if (e == 0 || e > size() || b >= e) return -1;
  auto it = std::lower_bound(spaced_dashes_.begin(), spaced_dashes_.end(), e);
  if (it == spaced_dashes_.begin() || *(it - 1) < b) return -1;
  return *(it - 1);
}

int64_t Context::first_spaced_dash(uint32_t b, uint32_t e) const {
  if (b >= e || b >= size()) return -1;
  auto it = std::lower_bound(spaced_dashes_.begin(), spaced_dashes_.end(), b);
  if (it == spaced_dashes_.end() || *it >= e) return -1;
  return *it;
}



bool Context::is_final_punct(uint32_t i) const {
  std::string_view w = low(i);
  return w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6";
}

}  // namespace newsann::claims
