// Native throughput and memory of the extraction core, on one core.
//
//   build/native/benchmark/native_bench [--layers] [CORPUS.jsonl]
//
// CORPUS defaults to build/bench/corpus.jsonl (benchmark/make_corpus.mjs:
// >= 10 MiB of real article texts). Prints, on the same bytes and in the
// same process:
//   - the anchors: a memchr pass (memory bandwidth), one RE2 scan for
//     capitalised words (what a single regex costs), and tokenising alone;
//   - annotate() per article, in MB/s, with its ratio to each anchor;
//   - linearity: one document of 1, 2, 4, 8 MiB (concatenated articles),
//     MB/s each: time proportional to length means a flat column;
//   - CPU time per layer (text, figures, actors, claims, entities) and of
//     annotate() and to_json(): thread CPU time, which other processes on
//     the same cores disturb less than wall time;
//   - peak resident memory.
// --layers prints only the CPU times (a quick A/B comparison).
#include <re2/re2.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "actors.h"
#include "claims.h"
#include "entities.h"
#include "figures.h"
#include "newsann/newsann.h"
#include "text.h"

namespace {

using Clock = std::chrono::steady_clock;

volatile size_t g_sink;  // keeps results alive so no pass is optimised away

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

// CPU seconds of this thread: robust to other processes sharing the cores.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Per-layer CPU time of one pass over the corpus, in the pipeline's order
// (annotation.h); the best of `reps` passes per layer.
struct LayerTimes {
  double text = 1e30, figures = 1e30, actors = 1e30, claims = 1e30, entities = 1e30, json = 1e30;
};

LayerTimes layer_times(int reps, const std::vector<std::string>& texts) {
  LayerTimes best;
  for (int r = 0; r < reps; ++r) {
    LayerTimes t{0, 0, 0, 0, 0, 0};
    for (const std::string& s : texts) {
      double c0 = thread_cpu_seconds();
      newsann::Text text(s);
      double c1 = thread_cpu_seconds();
      auto figures = newsann::find_figures(text, std::nullopt);
      double c2 = thread_cpu_seconds();
      auto mentions = newsann::find_actors(text);
      double c3 = thread_cpu_seconds();
      auto claims = newsann::find_claims(text, mentions);
      double c4 = thread_cpu_seconds();
      auto entities = newsann::link_entities(text, mentions);
      double c5 = thread_cpu_seconds();
      t.text += c1 - c0;
      t.figures += c2 - c1;
      t.actors += c3 - c2;
      t.claims += c4 - c3;
      t.entities += c5 - c4;
      g_sink = figures.size() + claims.size() + entities.size();
    }
    best.text = std::min(best.text, t.text);
    best.figures = std::min(best.figures, t.figures);
    best.actors = std::min(best.actors, t.actors);
    best.claims = std::min(best.claims, t.claims);
    best.entities = std::min(best.entities, t.entities);
  }
  return best;
}

long peak_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

void print_anchors_and_annotate(const std::vector<std::string>& texts, double mb);
void print_cpu_per_layer(const std::vector<std::string>& texts, double mb);
void print_linearity(const std::vector<std::string>& texts);

int main(int argc, char** argv) {
  std::string path = "build/bench/corpus.jsonl";
  bool layers_only = false;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--layers") {
      layers_only = true;
    } else {
      path = argv[i];
    }
  }
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

  if (!layers_only) print_anchors_and_annotate(texts, mb);
  print_cpu_per_layer(texts, mb);
  if (layers_only) return 0;
  print_linearity(texts);
  long rss = peak_rss_kib();
  std::printf("\npeak resident memory: %.1f MiB (%.1f MiB holding the corpus before annotating)\n",
              rss / 1024.0, rss_loaded / 1024.0);
  return 0;
}

void print_anchors_and_annotate(const std::vector<std::string>& texts, double mb) {
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

}

// CPU time (not wall time) per layer and for annotate + to_json, so the
// figures hold on a machine whose cores are shared.
void print_cpu_per_layer(const std::vector<std::string>& texts, double mb) {
  LayerTimes lt = layer_times(2, texts);
  double json_cpu = 1e30, ann_cpu = 1e30;
  for (int r = 0; r < 2; ++r) {
    double a = 0, j = 0;
    for (const std::string& t : texts) {
      double c0 = thread_cpu_seconds();
      newsann::Result res = newsann::annotate(t);
      double c1 = thread_cpu_seconds();
      std::string out = newsann::to_json(res.doc);
      double c2 = thread_cpu_seconds();
      a += c1 - c0;
      j += c2 - c1;
      g_sink = out.size();
    }
    ann_cpu = std::min(ann_cpu, a);
    json_cpu = std::min(json_cpu, j);
  }
  std::printf("\n%-34s %10s %10s\n", "CPU time per layer", "MB/s", "share");
  double sum = lt.text + lt.figures + lt.actors + lt.claims + lt.entities;
  auto row = [&](const char* name, double sec) {
    std::printf("%-34s %10.1f %9.0f%%\n", name, mb / sec, 100 * sec / sum);
  };
  row("text (tokens, sentences)", lt.text);
  row("figures", lt.figures);
  row("actors", lt.actors);
  row("claims", lt.claims);
  row("entities", lt.entities);
  row("sum of layers", sum);
  std::printf("%-34s %10.1f\n", "annotate (CPU time)", mb / ann_cpu);
  std::printf("%-34s %10.1f\n", "to_json", mb / json_cpu);
}

void print_linearity(const std::vector<std::string>& texts) {
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
}
