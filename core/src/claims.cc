// The claims recognizer: per paragraph, the attribution frames of each
// sentence (claims_frames.h), then the quotations no frame took (split and
// continued quotes, quotes after "said:"), then the sources linked to actor
// mentions (claims_sources.h).
#include "claims.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "claims_context.h"
#include "claims_frames.h"
#include "claims_phrases.h"
#include "claims_headlines.h"
#include "claims_sources.h"

namespace newsann {

namespace {

using claims::Candidate;
using claims::Context;
using claims::Introduction;
using claims::Quote;
using claims::TokRange;

constexpr uint32_t kListItemMaxTokens = 60;
constexpr int kListMaxItems = 12;
constexpr uint32_t kOrphanLookBack = 3;  // paragraphs

class Recognizer {
 public:
  Recognizer(const Text& text, std::vector<Mention>& mentions)
      : c_(text), mentions_(mentions), index_(mentions) {}

  std::vector<ClaimMention> run() {
    count_speaker_labels();
    for (uint32_t p = 0; p < c_.text.paragraphs.size(); ++p) {
      size_t first_cand = cands_.size();
      paragraph_start_.push_back(first_cand);
      if (!transcript_turn(p)) {
        Candidate head;
        if (claims::labelled_headline(c_, p, index_, mentions_, &headline_lookups_, &head)) cands_.push_back(head);
      }
      bool intro_before = intro_.open && intro_.paragraph + 1 == p;
      Introduction next_intro;
      const Paragraph& par = c_.text.paragraphs[p];
      for (uint32_t s = par.first; s < par.last; ++s) claims::find_frames(c_, s, cands_, next_intro);
      if (intro_before) introduced(p, first_cand, next_intro);
      if (next_intro.open) {
        intro_ = next_intro;
        intro_items_ = 0;
      } else if (!(intro_.open && intro_.paragraph == p)) {
        intro_.open = false;
      }
      quotations(p, first_cand);
    }
    drop_nested_in_own_report();
    claims::link_sources(c_, cands_, mentions_);
    return output();
  }

 private:
  Context c_;
  std::vector<Mention>& mentions_;
  claims::MentionIndex index_;
  std::vector<Candidate> cands_;
  std::vector<size_t> paragraph_start_;  // first candidate of each paragraph
  Introduction intro_;
  int intro_items_ = 0;
  int headline_lookups_ = claims::kMaxHeadlineLookups;
  // The first quotation not before the paragraph quotations() last asked
  // about (paragraphs come in order, and so do the quotations).
  size_t quote_cursor_ = 0;

  TokRange paragraph(uint32_t p) const { return c_.paragraph_tokens(p); }

  // ---- Transcripts: "PENCE: Well, look, ..." --------------------------------

  std::unordered_map<std::string, int> label_count_;
  bool transcript_ = false;  // turns of two speakers or more

  // The speaker label that opens paragraph p (after an optional opening
  // mark): one to three words in capitals and a colon. Empty when none.
  TokRange speaker_label(uint32_t p) const {
    TokRange par = paragraph(p);
    uint32_t k = par.b;
    if (c_.opens(k) >= 0) ++k;
    uint32_t b = k;
    while (k < par.e && k < b + 4 && c_.is_word(k) && c_.tok(k).has(kAllCaps)) {
      ++k;
      if (c_.is(k, ".") && !c_.tok(k).has(kSpaceBefore)) ++k;  // "MR. SMITH"
    }
    if (k == b || k >= par.e || !c_.is(k, ":") || k + 4 >= par.e) return {};
    return TokRange{b, k};
  }

  std::string label_text(TokRange r) const {
    ByteSpan b = claims::bytes_of(c_, r);
    return std::string(c_.text.str(b.b, b.e));
  }

  void count_speaker_labels() {
    for (uint32_t p = 0; p < c_.text.paragraphs.size(); ++p) {
      TokRange l = speaker_label(p);
      if (!l.empty()) ++label_count_[label_text(l)];
    }
    // Two speakers or more, and some turns: a heading ("UPDATE:") alone is not a transcript.
    int turns = 0;
    for (const auto& [name, n] : label_count_) turns += n;
    transcript_ = label_count_.size() >= 2 && turns >= 3;
  }

  // A paragraph of a transcript: a speaker label (the document has turns of
  // two speakers or more; a heading like "UPDATE:" does not alternate with
  // others), then the words of the turn.
  bool transcript_turn(uint32_t p) {
    if (!transcript_) return false;
    TokRange label = speaker_label(p);
    if (label.empty()) return false;
    TokRange par = paragraph(p);
    Candidate cand;
    cand.source = label;
    cand.cue = TokRange{label.e, label.e + 1};
    cand.paragraph = p;
    int q = c_.opens(par.b);
    uint32_t end = q >= 0 ? c_.quotes[q].last() : par.e;
    cand.content = claims::trim_punct(c_, TokRange{label.e + 1, end});
    cand.kind = q >= 0 ? ClaimKind::kDirect : ClaimKind::kIndirect;
    cand.quote = q;  // the quotation is this claim's: no orphan claim for it
    if (claims::content_ok(c_, cand.content)) cands_.push_back(cand);
    return true;
  }

  // The paragraph after "President Obama also said:" is what was said: a
  // quotation, or a point of a list (short, no attribution of its own).
  void introduced(uint32_t p, size_t first_cand, const Introduction& next_intro) {
    TokRange par = paragraph(p);
    int q = c_.opens(par.b);
    bool has_frames = cands_.size() > first_cand;
    Candidate cand;
    cand.source = intro_.source;
    cand.cue = intro_.cue;
    cand.copied_from = intro_.from;
    cand.paragraph = p;
    if (q >= 0 && !has_frames) {
      cand.kind = ClaimKind::kDirect;
      cand.quote = q;
      cand.content = TokRange{c_.quotes[q].first(), c_.quotes[q].last()};
      cands_.push_back(cand);
      intro_.open = false;
      return;
    }
    // Points of a list carry no final stop (unless bulleted); a paragraph
    // that ends with one is narration again.
    bool bulleted = c_.is_dash(par.b) || c_.is(par.b, "\xE2\x80\xA2") || c_.is(par.b, "*");
    // "Read the full transcript of his interview": the page's link after
    // the list, not a point of it.
    const uint32_t opener = bulleted ? par.b + 1 : par.b;
    const bool link = c_.has(opener, claims::kLink) && c_.is_capitalized(opener);
    // The first paragraph after the colon is what was said, whatever its
    // form (a block quotation without marks); later ones only as list points.
    bool first = intro_items_ == 0 && par.size() <= claims::kMaxContentTokens;
    bool list_item = !has_frames && !next_intro.open && !link &&
                     (first || (par.size() <= kListItemMaxTokens && (bulleted || !c_.is_final_punct(par.e - 1)))) &&
                     (first || c_.text.paragraphs[p].last - c_.text.paragraphs[p].first <= 2) &&
                     intro_items_ < kListMaxItems;
    if (!list_item) {
      intro_.open = false;
      intro_items_ = 0;
      return;
    }
    cand.kind = ClaimKind::kIndirect;
    cand.content = claims::trim_punct(c_, par);
    if (!claims::content_ok(c_, cand.content)) {
      intro_.open = false;
      return;
    }
    for (uint32_t i = cand.content.b; i < cand.content.e; ++i) {
      if (c_.opens(i) >= 0) cand.kind = ClaimKind::kMixed;
    }
    cands_.push_back(cand);
    intro_.paragraph = p;  // the list goes on
    ++intro_items_;
    if (first && c_.is_final_punct(par.e - 1) && !bulleted) intro_.open = false;  // prose, not a list
  }

  // Does the quotation end its sentence (nothing but punctuation after it)?
  bool ends_sentence(const Quote& q) const {
    if (!q.closed) return true;
    uint32_t after = q.close + 1;
    uint32_t end = c_.sentence_of(q.close).last;
    for (uint32_t i = after; i < end && i < after + 8; ++i) {
      if (c_.is_word(i) || c_.tok(i).kind == TokenKind::kNumber) return false;
    }
    return true;
  }

  // Most words capitalized (at least three words): a title or heading.
  bool title_case(TokRange r) const {
    uint32_t words = 0, caps = 0;
    for (uint32_t k = r.b; k < r.e && words < 20; ++k) {
      if (!c_.is_word(k)) continue;
      ++words;
      if (c_.is_capitalized(k)) ++caps;
    }
    return words >= 3 && caps * 10 >= words * 7;
  }

  // The quoted words end with . ! ? … or a comma (inside or right after
  // the closing mark).
  bool ends_with_stop(const Quote& q) const {
    uint32_t in = q.last() - 1;
    if (c_.is_final_punct(in) || c_.is(in, ",")) return true;
    uint32_t after = q.close + 1;
    return after < c_.size() && c_.sentence_of(after).paragraph == c_.sentence_of(q.close).paragraph &&
           (c_.is_final_punct(after) || c_.is(after, ","));
  }

  // "“...” ― Albert Einstein": a dash and a name after the closing mark.
  bool dash_attribution(const Quote& q, Candidate* cand) const {
    if (!q.closed) return false;
    uint32_t d = q.close + 1;
    if (d >= c_.size() || c_.quote_at(d) >= 0) return false;
    if (c_.sentence_of(d).paragraph != c_.sentence_of(q.close).paragraph) return false;
    uint32_t k = d;
    if (c_.is(k, ",")) ++k;
    if (k >= c_.size() || !c_.is_dash(k)) return false;
    uint32_t end = paragraph(c_.sentence_of(k).paragraph).e;
    TokRange src = claims::np_right(c_, k + 1, end);
    if (!claims::is_source_phrase(c_, src) || !c_.is_capitalized(src.b)) return false;
    uint32_t after = src.e;
    if (after < end && !(c_.is(after, ",") || c_.is_final_punct(after) || c_.opens(after) >= 0)) {
      return false;
    }
    cand->source = src;
    cand->cue = TokRange{k, k + 1};
    return true;
  }

  // Quotations no frame took: a quote split or continued after an
  // attributed one, a quote signed with a dash, and a paragraph that is a
  // quotation continuing an earlier speaker's words.
  void quotations(uint32_t p, size_t first_cand) {
    TokRange par = paragraph(p);
    // The paragraph's first quotation (then its others, in order); most
    // paragraphs have none.
    while (quote_cursor_ < c_.quotes.size() && c_.quotes[quote_cursor_].open < par.b) ++quote_cursor_;
    if (quote_cursor_ >= c_.quotes.size() || c_.quotes[quote_cursor_].open >= par.e) return;
    int q = static_cast<int>(quote_cursor_);
    // Quotes covered by a candidate of this paragraph (sweep over both in order).
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    for (size_t i = first_cand; i < cands_.size(); ++i) {
      const Candidate& k = cands_[i];
      if (k.quote >= 0) {
        spans.push_back({c_.quotes[k.quote].open, c_.quotes[k.quote].end()});
      } else {
        spans.push_back({k.content.b, k.content.e});
      }
    }
    std::sort(spans.begin(), spans.end());
    size_t si = 0;
    uint32_t reach = 0;  // furthest end among spans starting at or before the quote
    for (; q < static_cast<int>(c_.quotes.size()) && c_.quotes[q].open < par.e; ++q) {
      const Quote& quote = c_.quotes[q];
      while (si < spans.size() && spans[si].first <= quote.open + 1) {
        reach = std::max(reach, spans[si].second);
        ++si;
      }
      if (reach > quote.open) continue;  // inside a claim already
      TokRange inner{quote.first(), quote.last()};
      if (claims::count_words(c_, inner) < (quote.single ? 3u : 1u)) continue;
      Candidate cand;
      cand.kind = ClaimKind::kDirect;
      cand.quote = q;
      cand.content = inner;
      cand.paragraph = p;
      if (dash_attribution(quote, &cand)) {
        cands_.push_back(cand);
        continue;
      }
      bool starts_sentence = quote.open == c_.sentence_of(quote.open).first;
      if (!starts_sentence) continue;
      if (!ends_sentence(quote)) {
        // "''It's basically just a tax increase'' for the top income bracket."
        // continuing a speaker: mixed, to the end of the sentence.
        uint32_t end = c_.sentence_of(quote.close).last;
        if (!quote.closed || end > quote.close + 12) continue;
        TokRange tail = claims::trim_punct(c_, TokRange{quote.open, end});
        if (c_.has_mark(TokRange{quote.close + 1, tail.e})) continue;
        cand.kind = ClaimKind::kMixed;
        cand.quote = -1;
        cand.content = tail;
      }
      // Continues a claim earlier in this paragraph: same source and cue, of
      // the nearest claim before it (the frames push candidates in their
      // own order: "(Frank cites a memo)." before "“...,” Frank writes.
      // “...”" is found after it).
      int prev = -1;
      for (size_t i = cands_.size(), steps = 0; i-- > first_cand && steps < 50; ++steps) {
        if (!cands_[i].source.empty() && cands_[i].content.b < quote.open &&
            (prev < 0 || cands_[i].content.b > cands_[prev].content.b)) {
          prev = static_cast<int>(i);
        }
      }
      if (prev >= 0) {
        cand.source = cands_[prev].source;
        cand.cue = cands_[prev].cue;
        cand.copied_from = prev;
        cand.mention = cands_[prev].mention;
        cands_.push_back(cand);
        continue;
      }
      if (quote.open != par.b) continue;
      // A heading in quotation marks ("‘We need to listen’", "'All Bets Are
      // Off.'") has no final stop, or is in title case.
      if (quote.closed && !ends_with_stop(quote)) continue;
      if (title_case(inner)) continue;
      // A paragraph that opens with a quotation and has no cue: the words of
      // the speaker of the paragraphs before (cue null).
      continued_speaker(p, &cand);
      if (!cand.source.empty() || claims::count_words(c_, inner) >= 4) cands_.push_back(cand);
    }
  }

  // The speaker a cue-less quotation paragraph continues: the source of the
  // last claim in the paragraphs just before, or the person last named in a
  // paragraph between them without claims (a caption, a narration).
  void continued_speaker(uint32_t p, Candidate* cand) {
    for (uint32_t back = 1; back <= kOrphanLookBack && back <= p; ++back) {
      uint32_t pp = p - back;
      size_t b = paragraph_start_[pp], e = paragraph_start_[pp + 1];
      for (size_t i = e, steps = 0; i-- > b && steps < 50; ++steps) {
        if (!cands_[i].source.empty()) {
          cand->source = cands_[i].source;
          cand->copied_from = static_cast<int>(i);
          cand->mention = cands_[i].mention;
          return;
        }
      }
      // A caption (no final stop) names who is pictured, not who speaks.
      TokRange ptoks = paragraph(pp);
      if (!c_.is_final_punct(ptoks.e - 1) && c_.closes(ptoks.e - 1) < 0) continue;
      const Paragraph& par = c_.text.paragraphs[pp];
      int m = index_.last_of(par.b, par.e, [](ActorType t) { return t == ActorType::kPerson; });
      if (m >= 0) {
        const ByteSpan& s = mentions_[m].span;
        uint32_t tb = static_cast<uint32_t>(c_.text.token_at(s.b));
        uint32_t te = static_cast<uint32_t>(c_.text.token_at(s.e));
        if (tb < te) {
          cand->source = TokRange{tb, te};
          cand->mention = m;
          return;
        }
      }
    }
  }

  // "Mr. Reeves said he thought that ...": a claim whose source is the
  // pronoun that opens another claim's content is part of that claim.
  std::vector<bool> nested_in_own_report() const {
    std::vector<bool> out(cands_.size(), false);
    std::vector<uint32_t> content_starts;
    content_starts.reserve(cands_.size());
    for (const Candidate& k : cands_) content_starts.push_back(k.content.b);
    std::sort(content_starts.begin(), content_starts.end());
    for (size_t i = 0; i < cands_.size(); ++i) {
      const Candidate& k = cands_[i];
      if (k.source.size() != 1 || k.copied_from >= 0) continue;
      if (claims::pronoun_of(c_, k.source) == claims::Referent::kNone) continue;
      out[i] = std::binary_search(content_starts.begin(), content_starts.end(), k.source.b);
    }
    return out;
  }

  void drop_nested_in_own_report() {
    std::vector<bool> nested = nested_in_own_report();
    std::vector<int> new_index(cands_.size(), -1);
    std::vector<Candidate> kept;
    kept.reserve(cands_.size());
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (nested[i]) continue;
      new_index[i] = static_cast<int>(kept.size());
      kept.push_back(cands_[i]);
    }
    for (Candidate& k : kept) {
      if (k.copied_from >= 0) k.copied_from = new_index[k.copied_from];
    }
    cands_.swap(kept);
  }

  std::vector<ClaimMention> output() const {
    std::vector<ClaimMention> out;
    out.reserve(cands_.size());
    for (size_t ci = 0; ci < cands_.size(); ++ci) {
      const Candidate& k = cands_[ci];
      ClaimMention m;
      m.kind = k.kind;
      m.content = claims::bytes_of(c_, k.content);
      if (m.content.empty()) continue;
      if (!k.source.empty()) {
        m.source = claims::bytes_of(c_, k.source);
        m.source_mention = k.mention;
      }
      if (!k.cue.empty()) m.cue = claims::bytes_of(c_, k.cue);
      out.push_back(m);
    }
    // One claim per content span: the first frame that found it.
    std::stable_sort(out.begin(), out.end(), [](const ClaimMention& a, const ClaimMention& b) {
      return a.content.b < b.content.b;
    });
    std::vector<ClaimMention> unique;
    unique.reserve(out.size());
    for (const ClaimMention& m : out) {
      bool dup = false;
      for (size_t i = unique.size(), steps = 0; i-- > 0 && unique[i].content.b == m.content.b && steps < 16;
           ++steps) {
        if (unique[i].content == m.content) dup = true;
      }
      if (!dup) unique.push_back(m);
    }
    return unique;
  }
};

}  // namespace

std::vector<ClaimMention> find_claims(const Text& text, std::vector<Mention>& mentions) {
  if (text.tokens.empty() || text.paragraphs.empty()) return {};
  return Recognizer(text, mentions).run();
}

}  // namespace newsann
