#pragma once
// From corpus sentence pairs to what the trainer reads: vocabularies built
// from the training split, and every pair as ids.

#include "corpus/SentencePair.h"
#include "tokens/Vocabulary.h"
#include "training/TrainingBatch.h"

#include <vector>

namespace attnviz {

enum class Side { Source, Target };

// The four specials, then every token of that side of `pairs`, most frequent
// first (ties alphabetically, so the ids do not depend on hash order).
Vocabulary build_vocabulary(const std::vector<SentencePair>& pairs, Side side);
// Tokens missing from a vocabulary become <unk>.
std::vector<IdPair> to_ids(const std::vector<SentencePair>& pairs, const Vocabulary& source,
                           const Vocabulary& target);

}  // namespace attnviz
