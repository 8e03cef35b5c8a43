#include "claims_context.h"

#include "claims_phrases.h"

namespace newsann::claims {

const Token Context::kNoToken{0, 0, TokenKind::kPunct, 0, 0};

Context::Context(const Text& t) : text(t), words(Words::get()) {
  size_t n = t.tokens.size();
  info_.reset(new const WordInfo*[n]);
  roles_.reset(new uint32_t[n]);
  quote_at_.reset(new int32_t[n]);
  cue_forms_.reset(new const std::vector<CueVerb>*[n]);
  content_stop_.reset(new int8_t[n]);
  adjunct_forms_.reset(new const std::vector<AdjunctCue>*[n]);
  next_event_.reset(new uint32_t[n]);
  for (size_t i = 0; i < n; ++i) {
    const WordInfo* info = words.info(t.low(i), t.key(i));
    info_[i] = info;
    const WordInfo* word = t.tokens[i].kind == TokenKind::kWord ? info : nullptr;
    roles_[i] = word ? word->roles : 0;
    cue_forms_[i] = word ? word->cues : nullptr;
    adjunct_forms_[i] = word ? word->adjuncts : nullptr;
    quote_at_[i] = -1;
    content_stop_[i] = -1;
    next_event_[i] = static_cast<uint32_t>(n);  // "none" until the pass from the end below
  }
  for (uint32_t p = 0; p < t.paragraphs.size(); ++p) {
    TokRange r = paragraph_tokens(p);
    std::vector<Quote> qs = pair_quotes(t, r.b, r.e);
    for (const Quote& q : qs) {
      int id = static_cast<int>(quotes.size());
      quotes.push_back(q);
      for (uint32_t i = q.open; i < q.end() && i < n; ++i) quote_at_[i] = id;
    }
  }
  // Straight passes over the arrays (the accessors' bounds checks are for
  // the frames' look-ahead; here every index is in range).
  const Token* tk = t.tokens.data();
  marks_before_.reset(new uint32_t[n + 1]);
  marks_before_[0] = 0;
  spaced_dash_upto_.reset(new int64_t[n]);
  int64_t last_dash = -1;
  for (uint32_t i = 0; i < n; ++i) {
    const int q = quote_at_[i];
    const bool mark = q >= 0 && (quotes[q].open == i || (quotes[q].closed && quotes[q].close == i));
    marks_before_[i + 1] = marks_before_[i] + (mark ? 1 : 0);
    if (tk[i].kind == TokenKind::kPunct && tk[i].has(kSpaceBefore) && i + 1 < n &&
        tk[i + 1].has(kSpaceBefore) && is_dash(i)) {
      last_dash = i;
    }
    spaced_dash_upto_[i] = last_dash;
  }
  spaced_dash_from_.reset(new int64_t[n]);
  int64_t next_dash = -1;
  for (uint32_t i = static_cast<uint32_t>(n); i-- > 0;) {
    if (spaced_dash_upto_[i] == static_cast<int64_t>(i)) next_dash = i;
    spaced_dash_from_[i] = next_dash;
  }
  // From the end, so that a content stop's question may look at the events
  // after it (those before still read "none", n).
  uint32_t next = static_cast<uint32_t>(n);
  for (uint32_t i = static_cast<uint32_t>(n); i-- > 0;) {
    if (opens(i) >= 0 || is_content_stop(i)) next = i;
    next_event_[i] = next;
  }
}

bool Context::is_content_stop(uint32_t i) const {
  if (i >= size()) return true;
  if (content_stop_[i] < 0) {
    content_stop_[i] = may_start_new_attribution(*this, i) && starts_new_attribution(*this, i) ? 1 : 0;
  }
  return content_stop_[i] == 1;
}

TokRange Context::paragraph_tokens(uint32_t p) const {
  const Paragraph& par = text.paragraphs[p];
  return TokRange{text.sentences[par.first].first, text.sentences[par.last - 1].last};
}

bool Context::is_dash(uint32_t i) const {
  if (!is_punct(i)) return false;
  int len = 0;
  return newsann::is_dash(decode_utf8(text.s, text.tokens[i].b, &len));
}

bool Context::is_final_punct(uint32_t i) const {
  std::string_view w = low(i);
  return w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6";
}

}  // namespace newsann::claims
