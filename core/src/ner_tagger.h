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
  void score(uint64_t h, float* scores) const;

 private:
  std::vector<uint64_t> keys_;  // open addressing; 0 = empty slot
  std::vector<uint32_t> slot_;  // index into weights_ / kNerTags
  std::vector<float> weights_;
  uint64_t mask_ = 0;
  size_t count_ = 0;
};

}  // namespace newsann

#endif  // NEWSANN_NER_TAGGER_H_
