// The name tagger: an averaged perceptron over ner_features.h, decoding each
// sentence greedily left to right (each unit's tag is a feature of the next).
//
// The model is the embedded lexicon "ner_model" (core/lexicons/ner_model.txt),
// written by tools/train_ner.cc: one line per feature, its name and one
// integer weight per tag, scaled by the "scale" line. Training data and
// licences are named in the file's header.
#ifndef NEWSANN_NER_TAGGER_H_
#define NEWSANN_NER_TAGGER_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "ner_features.h"

namespace newsann {

class NerTagger {
 public:
  // The tagger with the embedded model, loaded once.
  static const NerTagger& get();
  // A tagger with the model text given (for tests and the trainer).
  explicit NerTagger(std::string_view model_text);

  size_t features() const { return count_; }

  // Tags every unit of the sentence (kTagO for non-candidates). margin[i] is
  // the best score minus the runner-up's, a confidence.
  void tag(const SentenceView& v, std::vector<uint8_t>* tags, std::vector<float>* margin) const;

  // Adds the weights of feature hash h to scores (no-op when unknown).
  void score(uint64_t h, float* scores) const {
    if (h == 0) h = 1;
    for (size_t p = h & mask_;; p = (p + 1) & mask_) {
      const Slot& s = slots_[p];
      if (s.key == h) {
        add_weights(s.w, scores);
        return;
      }
      if (s.key == 0) return;
    }
  }

 private:
  // Open addressing: a feature's hash and its weights in one 32-byte slot,
  // so a probe that hits reads one cache line; key 0 = empty slot.
  struct alignas(32) Slot {
    uint64_t key = 0;
    float w[kNerTags] = {};
  };
  static_assert(sizeof(Slot) == 32, "a slot is half a cache line");
  static_assert(kNerTags == 5, "add_weights adds four tags at once, then the fifth");
  // scores[t] += w[t] for the five tags: the first four as one 4-lane add
  // (each lane is the same single float addition, so the sums are exactly
  // those of a scalar loop), the fifth alone. The hottest statement of the
  // tagger: a scalar loop cost twice the instructions.
  static void add_weights(const float* w, float* scores) {
    typedef float Lanes __attribute__((vector_size(16)));
    Lanes a, b;
    std::memcpy(&a, scores, sizeof a);
    std::memcpy(&b, w, sizeof b);
    a += b;
    std::memcpy(scores, &a, sizeof a);
    scores[4] += w[4];
  }
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t count_ = 0;
};

}  // namespace newsann

#endif  // NEWSANN_NER_TAGGER_H_
