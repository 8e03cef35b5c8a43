// Native throughput and memory of the extraction core, on one core.
//
//   build/native/benchmark/native_bench [CORPUS.jsonl]
//
// CORPUS defaults to build/bench/corpus.jsonl (benchmark/make_corpus.mjs:
// >= 10 MiB of real article texts). Prints, on the same bytes and in the
// same process:
//   - the anchors: a memchr pass (memory bandwidth), one RE2 scan for
//     capitalised words (what a single regex costs), and tokenising alone;
//   - annotate() per article, in MB/s, with its ratio to each anchor;
//   - linearity: one document of 1, 2, 4, 8 MiB (concatenated articles),
//     MB/s each: time proportional to length means a flat column;
//   - peak resident memory.
#include <re2/re2.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsann/newsann.h"
#include "text.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Runs f over all texts `reps` times; returns the best pass's seconds.
template <typename F>
double best_of(int reps, const std::vector<std::string>& texts, F f) {
  double best = 1e30;
  for (int r = 0; r < reps; ++r) {
    auto t0 = Clock::now();
    for (const std::string& t : texts) f(t);
    best = std::min(best, seconds_since(t0));
  }
  return best;
}

long peak_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

volatile size_t g_sink;  // keeps results alive so no pass is optimised away

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "build/bench/corpus.jsonl";
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "native_bench: cannot open %s (run: node benchmark/make_corpus.mjs)\n",
                 path.c_str());
    return 1;
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    texts.push_back(j["text"].get<std::string>());
    bytes += texts.back().size();
  }
  const double mb = bytes / 1e6;
  std::printf("corpus: %s, %zu articles, %.1f MB\n", path.c_str(), texts.size(), mb);
  long rss_loaded = peak_rss_kib();

  RE2 caps("(\\p{Lu}\\pL+)");
  double t_memchr = best_of(3, texts, [](const std::string& t) {
    size_t n = 0;
    for (const char* p = t.data(); (p = static_cast<const char*>(std::memchr(p, '\n', t.data() + t.size() - p)));
         ++p)
      ++n;
    g_sink = n;
  });
  double t_re2 = best_of(3, texts, [&](const std::string& t) {
    re2::StringPiece in(t);
    size_t n = 0;
    while (RE2::FindAndConsume(&in, caps)) ++n;
    g_sink = n;
  });
  double t_tok = best_of(3, texts, [](const std::string& t) {
    newsann::Text text(t);
    g_sink = text.tokens.size();
  });
  size_t actors = 0, figures = 0, claims = 0, failed = 0;
  auto t0 = Clock::now();
  for (const std::string& t : texts) {
    newsann::Result r = newsann::annotate(t);
    if (!r.ok()) {
      ++failed;
      continue;
    }
    actors += r.doc.actors.size();
    figures += r.doc.figures.size();
    claims += r.doc.claims.size();
  }
  double t_first = seconds_since(t0);
  double t_ann = std::min(t_first, best_of(2, texts, [](const std::string& t) {
                            g_sink = newsann::annotate(t).doc.actors.size();
                          }));

  std::printf("\n%-34s %10s %10s\n", "pass (one core)", "MB/s", "annotate ×");
  std::printf("%-34s %10.0f %10.1f\n", "anchor: memchr newlines", mb / t_memchr, t_ann / t_memchr);
  std::printf("%-34s %10.1f %10.1f\n", "anchor: RE2 scan capitalised words", mb / t_re2, t_ann / t_re2);
  std::printf("%-34s %10.1f %10.1f\n", "anchor: tokenise + sentences", mb / t_tok, t_ann / t_tok);
  std::printf("%-34s %10.1f %10s\n", "annotate (per article)", mb / t_ann, "1.0");
  std::printf("  %zu actors, %zu figures, %zu claims; %zu rejected; %.0f articles/s\n", actors, figures,
              claims, failed, texts.size() / t_ann);

  std::printf("\nlinearity: one document of N MiB\n%-10s %10s %10s\n", "MiB", "seconds", "MB/s");
  std::string big;
  for (size_t target : {1u, 2u, 4u, 8u}) {
    big.clear();
    for (size_t i = 0; big.size() < (target << 20); i = (i + 1) % texts.size()) {
      big += texts[i];
      big += "\n\n";
    }
    big.resize(target << 20);
    // Cut back to a code point boundary.
    while (!big.empty() && (static_cast<unsigned char>(big.back()) & 0xC0) == 0x80) big.pop_back();
    if (!big.empty() && static_cast<unsigned char>(big.back()) >= 0xC0) big.pop_back();
    auto t1 = Clock::now();
    newsann::Result r = newsann::annotate(big);
    double s = seconds_since(t1);
    std::printf("%-10zu %10.3f %10.1f%s\n", target, s, big.size() / 1e6 / s, r.ok() ? "" : " (rejected)");
  }
  long rss = peak_rss_kib();
  std::printf("\npeak resident memory: %.1f MiB (%.1f MiB holding the corpus before annotating)\n",
              rss / 1024.0, rss_loaded / 1024.0);
  return 0;
}
