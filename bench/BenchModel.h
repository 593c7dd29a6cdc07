#pragma once
// Random models and sentences for timing: the weights do not matter to
// the speed, only the sizes do.

#include "model/Seq2SeqModel.h"
#include "model/TransformerModel.h"

#include <memory>
#include <string>

namespace attnviz::bench {

// E = H = A = `size`, vocabularies of `src_vocab` and `tgt_vocab` tokens
// named w4, w5, ...
std::unique_ptr<Seq2SeqModel> random_model(ScoreFunction score, int size, int src_vocab,
                                           int tgt_vocab);
// A Transformer of `config`'s size with the same vocabularies, whose output
// bias never lets it emit </s> (nor <pad>, <unk>, <s>): it always decodes
// to its length limit, the most a pane can have to compute and draw.
std::unique_ptr<TransformerModel> random_transformer(const TransformerConfig& config, int src_vocab,
                                                     int tgt_vocab);
// `words` random source words of such a model, separated by spaces.
std::string random_sentence(int words, int src_vocab, unsigned seed);

}  // namespace attnviz::bench
