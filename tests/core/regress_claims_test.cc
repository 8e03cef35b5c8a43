// Regressions found by fuzzing the claims recognizer (fuzz/, issue 6). The
// sanitizer stage of npm test (scripts/sanitize.sh) runs them under ASan +
// UBSan, where an out-of-bounds read aborts; natively they check behaviour.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsann/newsann.h"

namespace newsann {
namespace {

std::string_view slice(std::string_view text, const Span& s) {
  return text.substr(s.byte_start, s.byte_end - s.byte_start);
}

// A text (or block) ending with the comma after a cue: split_quote_after()
// looked for a quotation opening at the token after the comma, one past the
// last token (claims_frames.cc -> Context::opens, heap-buffer-overflow).
TEST(RegressClaims, TextEndsWithCommaAfterCue) {
  const std::string text = "\"We stay,\" she said,";
  Result r = annotate(text);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.doc.claims.size(), 1u);
  const Claim& c = r.doc.claims[0];
  EXPECT_EQ(c.kind, ClaimKind::kDirect);
  EXPECT_EQ(slice(text, c.content), "We stay,");
  ASSERT_TRUE(c.source && c.cue);
  EXPECT_EQ(slice(text, *c.source), "she");
  EXPECT_EQ(slice(text, *c.cue), "said");

  // The same as the last block of a page.
  std::vector<std::string_view> blocks = {"Title", text};
  Result b = annotate_blocks(blocks);
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b.doc.claims.size(), 1u);
  EXPECT_EQ(b.doc.claims[0].content.block, 1u);
}

// "-According to y-": the adjunct's content ran from the leading dash to the
// trailing one and was trimmed to "According to y", a content holding its
// own cue and source. A claim's source and cue lie apart from its content
// or strictly inside it (fuzz/check.cc); Frames::push now keeps to that.
TEST(RegressClaims, AdjunctContentTrimmedOntoItself) {
  for (const std::string text : {"-According to y-", "- According to officials -"}) {
    Result r = annotate(text);
    ASSERT_TRUE(r.ok());
    for (const Claim& c : r.doc.claims) {
      for (const std::optional<Span>& part : {c.source, c.cue}) {
        if (!part) continue;
        const bool apart = part->byte_end <= c.content.byte_start || part->byte_start >= c.content.byte_end;
        const bool inside = c.content.byte_start < part->byte_start && part->byte_end < c.content.byte_end;
        EXPECT_TRUE(apart || inside) << text;
      }
    }
  }
  // A well-formed adjunct keeps its claim.
  const std::string text = "According to officials, the border was closed.";
  Result r = annotate(text);
  ASSERT_EQ(r.doc.claims.size(), 1u);
  EXPECT_EQ(slice(text, r.doc.claims[0].content), "the border was closed");
}

}  // namespace
}  // namespace newsann
