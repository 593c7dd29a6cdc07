#include "BenchModel.h"

#include <cmath>
#include <random>

namespace attnviz::bench {
namespace {

Vocabulary numbered_vocabulary(int size) {
  std::vector<std::string> tokens = {"<pad>", "<unk>", "<s>", "</s>"};
  for (int id = 4; id < size; ++id) tokens.push_back("w" + std::to_string(id));
  return Vocabulary(std::move(tokens));
}

}  // namespace

std::unique_ptr<Seq2SeqModel> random_model(ScoreFunction score, int size, int src_vocab,
                                           int tgt_vocab) {
  Seq2SeqModelData data;
  data.config.score = score;
  data.config.embed = data.config.hidden = data.config.attn = size;
  data.src_vocab = numbered_vocabulary(src_vocab);
  data.tgt_vocab = numbered_vocabulary(tgt_vocab);
  data.weights = make_weights(data.config, src_vocab, tgt_vocab);
  std::srand(static_cast<unsigned>(score) + 1);
  for (const TensorRef& tensor : tensors_of(data.weights, data.config)) {
    Eigen::Map<Eigen::VectorXf>(tensor.data, tensor.size()).setRandom();
    Eigen::Map<Eigen::VectorXf>(tensor.data, tensor.size()) /= std::sqrt(static_cast<float>(size));
  }
  ModelInfo info;
  info.name = std::string("random-") + to_string(score);
  return std::make_unique<Seq2SeqModel>(std::move(data), std::move(info));
}

std::unique_ptr<TransformerModel> random_transformer(const TransformerConfig& config, int src_vocab,
                                                     int tgt_vocab) {
  TransformerModelData data;
  data.config = config;
  data.src_vocab = numbered_vocabulary(src_vocab);
  data.tgt_vocab = numbered_vocabulary(tgt_vocab);
  data.weights = make_transformer_weights(config, src_vocab, tgt_vocab);
  std::srand(1);
  for (const TensorRef& tensor : tensors_of(data.weights, config)) {
    Eigen::Map<Eigen::VectorXf>(tensor.data, tensor.size()).setRandom();
    Eigen::Map<Eigen::VectorXf>(tensor.data, tensor.size()) /= std::sqrt(static_cast<float>(config.d_model));
  }
  data.weights.out_bias.head(4).setConstant(-20.0f);  // <pad> <unk> <s> </s>
  ModelInfo info;
  info.name = "random-transformer";
  info.kind = "transformer";
  info.score = "scaled_dot";
  return std::make_unique<TransformerModel>(std::move(data), std::move(info));
}

std::string random_sentence(int words, int src_vocab, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> id(4, src_vocab - 1);
  std::string sentence;
  for (int i = 0; i < words; ++i) sentence += (i ? " w" : "w") + std::to_string(id(random));
  return sentence;
}

}  // namespace attnviz::bench
