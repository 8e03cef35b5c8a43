// The C ABI (abi.h) over newsann.h. Plain C++: Emscripten is only in the
// link flags (CMakeLists.txt), which export exactly these functions.
#include "abi.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "compact.h"
#include "newsann/newsann.h"

namespace {

newsann::Options make_options(const char* date, uint32_t date_len, uint32_t flags) {
  newsann::Options options;
  if (date_len > 0) options.date.assign(date, date_len);
  options.replace_invalid = (flags & NEWSANN_LENIENT) != 0;
  return options;
}

// Copies the result into a malloc'ed, NUL-terminated buffer the caller owns.
char* hand_over(const std::string& bytes) {
  char* out = static_cast<char*>(std::malloc(bytes.size() + 1));
  if (out == nullptr) return nullptr;
  std::memcpy(out, bytes.data(), bytes.size());
  out[bytes.size()] = '\0';
  return out;
}

char* result(const newsann::Result& r, uint32_t flags) {
  if (!r.ok()) return hand_over(newsann::error_json(r.error));
  return hand_over((flags & NEWSANN_COMPACT) ? newsann::compact::encode(r.doc) : newsann::to_json(r.doc));
}

}  // namespace

extern "C" {

int newsann_schema_version(void) { return newsann::kSchemaVersion; }

uint32_t newsann_max_input_bytes(void) { return static_cast<uint32_t>(newsann::kMaxInputBytes); }

void* newsann_alloc(uint32_t size) { return std::malloc(size == 0 ? 1 : size); }

void newsann_free(void* p) { std::free(p); }

char* newsann_annotate(const char* text, uint32_t text_len, const char* date, uint32_t date_len,
                       uint32_t flags) {
  std::string_view input = text_len > 0 ? std::string_view(text, text_len) : std::string_view();
  return result(newsann::annotate(input, make_options(date, date_len, flags)), flags);
}

char* newsann_annotate_blocks(const char* texts, const uint32_t* lengths, uint32_t count,
                              const char* date, uint32_t date_len, uint32_t flags) {
  std::vector<std::string_view> blocks;
  blocks.reserve(count);
  size_t at = 0;
  for (uint32_t i = 0; i < count; ++i) {
    blocks.emplace_back(lengths[i] > 0 ? texts + at : "", lengths[i]);
    at += lengths[i];
  }
  return result(newsann::annotate_blocks(blocks, make_options(date, date_len, flags)), flags);
}

}  // extern "C"
