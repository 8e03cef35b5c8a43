#include "claims_headlines.h"

#include <string_view>

#include "claims_phrases.h"

namespace newsann::claims {

namespace {

constexpr uint32_t kMaxLabel = 4, kMaxHeadline = 40;  // tokens

// The colon after a label of one to four capitalised words that opens
// paragraph p, a short one; 0 when there is none.
uint32_t label_colon(const Context& c, uint32_t p) {
  const TokRange par = c.paragraph_tokens(p);
  if (par.size() > kMaxHeadline || !c.is_capitalized(par.b)) return 0;
  uint32_t colon = par.b;
  while (colon < par.e && colon < par.b + kMaxLabel && (c.is_capitalized(colon) || c.is(colon, ".")) &&
         !c.is(colon, ":")) {
    ++colon;
  }
  return colon > par.b && colon + 1 < par.e && c.is(colon, ":") ? colon : 0;
}

bool is_speaker(ActorType t) { return t == ActorType::kPerson || t == ActorType::kOrganization; }

// The person or organisation mention that is exactly the label, or a new
// one when the article names a person or organisation so (or a person by
// this surname) elsewhere; -1 when neither.
int speaker_mention(const Context& c, TokRange label, const MentionIndex& index, std::vector<Mention>& mentions,
                    int* lookups_left) {
  const ByteSpan b = bytes_of(c, label);
  const int m = index.named_in(b.b, b.e);
  if (m >= 0) {
    const Mention& found = mentions[m];
    return found.span.b == b.b && found.span.e == b.e && is_speaker(found.type) ? m : -1;
  }
  if (*lookups_left <= 0) return -1;
  --*lookups_left;
  const std::string_view label_text = c.text.str(b.b, b.e);
  for (const Mention& other : mentions) {
    if (other.pronoun || !is_speaker(other.type)) continue;
    const std::string_view name = c.text.str(other.span.b, other.span.e);
    const bool surname = other.type == ActorType::kPerson && name.size() > label_text.size() &&
                         name.ends_with(label_text) && name[name.size() - label_text.size() - 1] == ' ';
    if (name != label_text && !surname) continue;
    Mention added;
    added.span = b;
    added.type = other.type;
    mentions.push_back(added);
    return static_cast<int>(mentions.size()) - 1;
  }
  return -1;
}

}  // namespace

bool labelled_headline(const Context& c, uint32_t p, const MentionIndex& index, std::vector<Mention>& mentions,
                       int* lookups_left, Candidate* out) {
  const uint32_t colon = label_colon(c, p);
  if (colon == 0) return false;
  if ((p > 0 && label_colon(c, p - 1) != 0) ||
      (p + 1 < c.text.paragraphs.size() && label_colon(c, p + 1) != 0)) {
    return false;  // a point of a list of labelled paragraphs
  }
  const TokRange par = c.paragraph_tokens(p);
  const TokRange label{par.b, colon};
  Candidate cand;
  cand.source = label;
  cand.cue = TokRange{colon, colon + 1};
  cand.paragraph = p;
  cand.content = trim_punct(c, TokRange{colon + 1, par.e});
  if (!content_ok(c, cand.content)) return false;
  bool lowercase = false;  // not a line of names
  for (uint32_t k = cand.content.b; k < cand.content.e && !lowercase; ++k) {
    lowercase = c.is_word(k) && !c.is_capitalized(k);
  }
  if (!lowercase) return false;
  if (!(label.size() == 1 && c.noun(label.b) == NounKind::kDocument)) {
    cand.mention = speaker_mention(c, label, index, mentions, lookups_left);
    if (cand.mention < 0) return false;
  }
  const int q = c.opens(cand.content.b);
  if (q >= 0 && c.quotes[q].closed && c.quotes[q].close + 1 >= cand.content.e) {
    cand.kind = ClaimKind::kDirect;
    cand.quote = q;
    cand.content = TokRange{c.quotes[q].first(), c.quotes[q].last()};
  } else {
    cand.kind = c.has_mark(cand.content) ? ClaimKind::kMixed : ClaimKind::kIndirect;
  }
  if (!content_ok(c, cand.content)) return false;
  *out = cand;
  return true;
}

}  // namespace newsann::claims
