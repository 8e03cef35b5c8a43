// Attribution frames: the sentence patterns that tie a source and a cue to a
// content. Run per sentence, outside quotations (a cue inside a quote is the
// speaker's own words).
//
//   forward      Poland said (that) CONTENT.        X told reporters CONTENT.
//                X said: “QUOTE”                    X accuses Y of ...
//   inverted     CONTENT, AP News reports.          “QUOTE,” Lukashenko said.
//                “QUOTE,” said Mr. Reeves, a ...    CONTENT, the source, who ..., told Reuters.
//   appositive   Eric Reeves, one of the ..., said CONTENT.
//   participle   ..., adding that CONTENT           (source: the sentence's)
//   coordinated  ... but insisted CONTENT           (source: the sentence's)
//   adjunct      According to X, CONTENT.   CONTENT, according to X.   CONTENT, citing X.
//
// The content of a forward frame runs to the end of the sentence (or of a
// quotation that opens in it), stopping before a new attribution
// (claims_phrases.h content_end). A content that is exactly one quotation is
// a direct claim (its content the inside of the marks); one that holds a
// quotation is mixed.
#ifndef NEWSANN_CLAIMS_FRAMES_H_
#define NEWSANN_CLAIMS_FRAMES_H_

#include <cstdint>
#include <vector>

#include "claims_context.h"
#include "newsann/newsann.h"

namespace newsann::claims {

struct Candidate {
  ClaimKind kind = ClaimKind::kIndirect;
  TokRange source;         // empty: no source
  TokRange cue;            // empty: no cue (a quote continuing a paragraph)
  TokRange content;        // for a direct claim, the inside of the marks
  uint32_t paragraph = 0;
  int quote = -1;          // direct: the quotation (index into Context::quotes)
  int copied_from = -1;    // a continuation: the candidate whose source it shares
  int mention = -1;        // set by the caller: the actor mention of the source
};

// A "said:" that ends a paragraph: the next paragraphs are what was said
// (a list of points, or a quotation).
struct Introduction {
  bool open = false;
  TokRange source, cue;
  uint32_t paragraph = 0;
  int from = -1;  // the candidate whose source it has, or -1
};

// Appends the frames found in sentence `s` to `out` (candidates of earlier
// sentences may be read: a participle takes its source from the one before
// it). A "said:" at the end of the sentence's paragraph is left in `intro`.
void find_frames(const Context& c, uint32_t s, std::vector<Candidate>& out, Introduction& intro);

// Could `content` of this kind stand as a claim? (enough words)
bool content_ok(const Context& c, TokRange content);

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_FRAMES_H_
