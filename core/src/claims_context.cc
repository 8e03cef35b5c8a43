#include "claims_context.h"

namespace newsann::claims {

Context::Context(const Text& t) : text(t), words(Words::get()) {
  size_t n = t.tokens.size();
  low_.reserve(n);
  roles_.assign(n, 0);
  quote_at_.assign(n, -1);
  for (size_t i = 0; i < n; ++i) {
    low_.push_back(lower(t.str(t.tokens[i])));
    if (t.tokens[i].kind == TokenKind::kWord) roles_[i] = words.roles(low_[i]);
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
}

TokRange Context::paragraph_tokens(uint32_t p) const {
  const Paragraph& par = text.paragraphs[p];
  return TokRange{text.sentences[par.first].first, text.sentences[par.last - 1].last};
}

bool Context::is_dash(uint32_t i) const {
  if (text.tokens[i].kind != TokenKind::kPunct) return false;
  int len = 0;
  return newsann::is_dash(decode_utf8(text.s, text.tokens[i].b, &len));
}

bool Context::is_final_punct(uint32_t i) const {
  const std::string& w = low_[i];
  return w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6";
}

int Context::opens(uint32_t i) const {
  int q = quote_at_[i];
  return q >= 0 && quotes[q].open == i ? q : -1;
}

int Context::closes(uint32_t i) const {
  int q = quote_at_[i];
  return q >= 0 && quotes[q].closed && quotes[q].close == i ? q : -1;
}

bool Context::inside_quote(uint32_t i) const {
  int q = quote_at_[i];
  return q >= 0 && i >= quotes[q].first() && i < quotes[q].last();
}

}  // namespace newsann::claims
