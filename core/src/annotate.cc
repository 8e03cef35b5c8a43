// The pipeline: validate, analyse, recognise, link, convert offsets.
#include <algorithm>

#include "actors.h"
#include "annotation.h"
#include "claims.h"
#include "entities.h"
#include "figures.h"
#include "newsann/newsann.h"
#include "text.h"
#include "utf.h"

namespace newsann {

std::string_view name(ActorType t) {
  switch (t) {
    case ActorType::kPerson: return "person";
    case ActorType::kOrganization: return "organization";
    case ActorType::kPlace: return "place";
    case ActorType::kGroup: return "group";
  }
  return "person";
}

std::string_view name(FigureKind k) {
  switch (k) {
    case FigureKind::kCount: return "count";
    case FigureKind::kMoney: return "money";
    case FigureKind::kPercent: return "percent";
    case FigureKind::kQuantity: return "quantity";
    case FigureKind::kDate: return "date";
    case FigureKind::kTime: return "time";
    case FigureKind::kDuration: return "duration";
    case FigureKind::kAge: return "age";
    case FigureKind::kRange: return "range";
    case FigureKind::kOrdinal: return "ordinal";
  }
  return "count";
}

std::string_view name(ClaimKind k) {
  switch (k) {
    case ClaimKind::kDirect: return "direct";
    case ClaimKind::kIndirect: return "indirect";
    case ClaimKind::kAccordingTo: return "according_to";
    case ClaimKind::kMixed: return "mixed";
  }
  return "indirect";
}

namespace {

Span to_span(ByteSpan b) {
  Span s;
  s.start = s.byte_start = b.b;
  s.end = s.byte_end = b.e;
  return s;
}

bool within_one_paragraph(const Text& text, ByteSpan s) {
  if (s.empty() || s.e > text.s.size()) return false;
  auto it = std::upper_bound(text.paragraphs.begin(), text.paragraphs.end(), s.b,
                             [](uint32_t b, const Paragraph& p) { return b < p.b; });
  if (it == text.paragraphs.begin()) return false;
  --it;
  return s.e <= it->e;
}

// Runs the recognizers over valid UTF-8 and builds the document with byte
// offsets in both offset fields; the caller converts.
Document analyse(std::string_view s, const std::optional<Date>& published) {
  Text text(s);
  std::vector<FigureMention> figures = find_figures(text, published);
  std::vector<Mention> mentions = find_actors(text);
  std::vector<ClaimMention> claims = find_claims(text, mentions);
  std::vector<EntityInfo> entities = link_entities(text, mentions);

  Document doc;
  doc.actors.reserve(mentions.size());
  doc.figures.reserve(figures.size());
  doc.claims.reserve(claims.size());
  // Safety net for the invariant every recognizer keeps: nothing runs across
  // a paragraph (a block boundary, for annotate_blocks).
  std::vector<int> actor_index(mentions.size(), -1);
  std::vector<size_t> order(mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return mentions[a].span.b < mentions[b].span.b; });
  for (size_t i : order) {
    const Mention& m = mentions[i];
    if (m.entity < 0 || static_cast<size_t>(m.entity) >= entities.size()) continue;
    if (!within_one_paragraph(text, m.span)) continue;
    actor_index[i] = static_cast<int>(doc.actors.size());
    doc.actors.push_back(Actor{to_span(m.span), m.type, static_cast<size_t>(m.entity), m.pronoun});
  }
  // Entities keep only mentions that survived; ids follow first mention.
  std::vector<int> entity_index(entities.size(), -1);
  std::vector<uint32_t> mention_count;  // per document entity: its lists are sized once
  for (Actor& a : doc.actors) {
    int& ei = entity_index[a.entity];
    if (ei < 0) {
      ei = static_cast<int>(doc.entities.size());
      Entity e;
      e.id = std::to_string(doc.entities.size() + 1);
      e.id.insert(e.id.begin(), 'e');  // not "e" + ...: GCC 12 false -Wrestrict
      e.name = std::move(entities[a.entity].name);  // read once: the first mention
      e.type = entities[a.entity].type;
      doc.entities.push_back(std::move(e));
      mention_count.push_back(0);
    }
    a.entity = static_cast<size_t>(ei);
    ++mention_count[a.entity];
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) doc.entities[e].mentions.reserve(mention_count[e]);
  for (size_t i = 0; i < doc.actors.size(); ++i) doc.entities[doc.actors[i].entity].mentions.push_back(i);
  for (FigureMention& f : figures) {
    if (!within_one_paragraph(text, f.span)) continue;
    doc.figures.push_back(Figure{to_span(f.span), f.kind, std::move(f.value)});
  }
  std::sort(doc.figures.begin(), doc.figures.end(),
            [](const Figure& a, const Figure& b) { return a.span.start < b.span.start; });
  for (const ClaimMention& c : claims) {
    if (!within_one_paragraph(text, c.content)) continue;
    if (c.cue && c.cue->e > s.size()) continue;
    Claim out;
    out.kind = c.kind;
    out.content = to_span(c.content);
    if (c.cue) out.cue = to_span(*c.cue);
    if (c.source && !c.source->empty() && c.source->e <= s.size()) {
      out.source = to_span(*c.source);
      if (c.source_mention >= 0 && static_cast<size_t>(c.source_mention) < mentions.size()) {
        int ai = actor_index[c.source_mention];
        if (ai >= 0) out.source_entity = doc.actors[ai].entity;
      }
    }
    doc.claims.push_back(std::move(out));
  }
  std::stable_sort(doc.claims.begin(), doc.claims.end(), [](const Claim& a, const Claim& b) {
    return a.content.start < b.content.start;
  });
  return doc;
}

// All UTF-16 offset fields of the document, for one conversion sweep.
std::vector<uint32_t*> utf16_fields(Document& doc) {
  std::vector<uint32_t*> out;
  auto add = [&](Span& s) {
    out.push_back(&s.start);
    out.push_back(&s.end);
  };
  for (Actor& a : doc.actors) add(a.span);
  for (Figure& f : doc.figures) add(f.span);
  for (Claim& c : doc.claims) {
    add(c.content);
    if (c.source) add(*c.source);
    if (c.cue) add(*c.cue);
  }
  return out;
}

Error check_options(const Options& options, std::optional<Date>* published) {
  Error err;
  if (!options.date.empty()) {
    *published = parse_iso_date(options.date);
    if (!*published) {
      err.code = Error::Code::kInvalidDate;
      // Quoted for the reader, cut to 40 bytes on a code point boundary,
      // on one line: the message goes to JSON and to a status line.
      std::string shown = replace_invalid_utf8(options.date.substr(0, 40));
      for (char& ch : shown) if (ch == '\n' || ch == '\r') ch = ' ';
      err.message = "invalid date \"" + shown + "\": expected YYYY-MM-DD";
    }
  }
  return err;
}

// Validates (or repairs) one input; returns the text to analyse.
Error check_text(std::string_view in, const Options& options, std::string* repaired,
                 std::string_view* text) {
  Error err;
  *text = in;
  if (in.size() > kMaxInputBytes) {
    err.code = Error::Code::kTooLarge;
    err.message = "input of " + std::to_string(in.size()) + " bytes exceeds the limit of " +
                  std::to_string(kMaxInputBytes) + " bytes";
    return err;
  }
  size_t bad = find_invalid_utf8(in);
  if (bad != std::string_view::npos) {
    if (!options.replace_invalid) {
      err.code = Error::Code::kInvalidUtf8;
      err.byte_offset = bad;
      err.message = "invalid UTF-8 at byte " + std::to_string(bad);
      return err;
    }
    *repaired = replace_invalid_utf8(in);
    if (repaired->size() > kMaxInputBytes) {
      err.code = Error::Code::kTooLarge;
      err.message = "input exceeds the size limit once invalid bytes are replaced";
      return err;
    }
    *text = *repaired;
  }
  return err;
}

}  // namespace

Result annotate(std::string_view utf8, const Options& options) {
  Result r;
  std::optional<Date> published;
  r.error = check_options(options, &published);
  if (!r.ok()) return r;
  std::string repaired;
  std::string_view text;
  r.error = check_text(utf8, options, &repaired, &text);
  if (!r.ok()) return r;
  r.doc = analyse(text, published);
  std::vector<uint32_t*> fields = utf16_fields(r.doc);
  bytes_to_utf16(text, fields);
  return r;
}

Result annotate_blocks(const std::vector<std::string_view>& blocks, const Options& options) {
  Result r;
  std::optional<Date> published;
  r.error = check_options(options, &published);
  if (!r.ok()) return r;
  // Join the blocks with blank lines: a paragraph boundary, which nothing
  // crosses. Block-internal line breaks stay; a block-internal blank line
  // only splits that block into two paragraphs.
  std::string joined;
  std::vector<uint32_t> starts;  // byte start of each block in `joined`
  std::vector<std::string> repaired(blocks.size());
  size_t total = 0;
  for (std::string_view b : blocks) total += b.size() + 2;
  if (total > kMaxInputBytes) {
    r.error.code = Error::Code::kTooLarge;
    r.error.message = "input of " + std::to_string(total) + " bytes exceeds the limit of " +
                      std::to_string(kMaxInputBytes) + " bytes";
    return r;
  }
  joined.reserve(total);
  for (size_t i = 0; i < blocks.size(); ++i) {
    std::string_view text;
    Error err = check_text(blocks[i], options, &repaired[i], &text);
    if (err.code != Error::Code::kNone) {
      err.message = "block " + std::to_string(i) + ": " + err.message;
      r.error = err;
      return r;
    }
    if (i > 0) joined += "\n\n";
    starts.push_back(static_cast<uint32_t>(joined.size()));
    joined.append(text);
  }
  r.doc = analyse(joined, published);
  r.doc.per_block = true;
  r.doc.blocks = blocks.size();
  // Byte offsets -> (block, offset in block). UTF-16 offsets are converted
  // per block, so each block's text is swept once.
  std::vector<std::vector<Span*>> per_block(blocks.size());
  auto place = [&](Span& s) {
    size_t bi = static_cast<size_t>(
        std::upper_bound(starts.begin(), starts.end(), s.byte_start) - starts.begin() - 1);
    s.block = static_cast<uint32_t>(bi);
    s.byte_start -= starts[bi];
    s.byte_end -= starts[bi];
    s.start = s.byte_start;
    s.end = s.byte_end;
    per_block[bi].push_back(&s);
  };
  for (Actor& a : r.doc.actors) place(a.span);
  for (Figure& f : r.doc.figures) place(f.span);
  for (Claim& c : r.doc.claims) {
    place(c.content);
    if (c.source) place(*c.source);
    if (c.cue) place(*c.cue);
  }
  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    if (per_block[bi].empty()) continue;
    std::string_view text(joined.data() + starts[bi],
                          (bi + 1 < starts.size() ? starts[bi + 1] - 2 : joined.size()) - starts[bi]);
    std::vector<uint32_t*> fields;
    for (Span* s : per_block[bi]) {
      fields.push_back(&s->start);
      fields.push_back(&s->end);
    }
    bytes_to_utf16(text, fields);
  }
  return r;
}

}  // namespace newsann
