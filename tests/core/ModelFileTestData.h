#pragma once
// Shared by the model-file tests: a tiny model with random weights, a
// scratch folder per test, and the bytes of files.

#include "model/ModelFile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace attnviz::test {

// E=4, H=3 (so 3H=9, D=6), A=5, V_src=7, V_tgt=8: every tensor a few
// hundred bytes, and no square matrix but the init weight, so that a
// transposed shape shows.
inline Seq2SeqModelData tiny_model(ScoreFunction score = ScoreFunction::Additive, unsigned seed = 7,
                                   AttentionMechanism mechanism = AttentionMechanism::Global) {
  ModelConfig config;
  config.score = score;
  config.mechanism = mechanism;
  config.window = config.is_local() ? 2 : 0;
  config.embed = 4;
  config.hidden = 3;
  config.attn = 5;
  config.max_len_ratio = 1.5f;
  Seq2SeqModelData data{config,
                        Vocabulary({"<pad>", "<unk>", "<s>", "</s>", "the", "red", "car"}),
                        Vocabulary({"<pad>", "<unk>", "<s>", "</s>", "la", "voiture", "rouge", "été"}),
                        make_weights(config, 7, 8),
                        R"({"corpus":"toy","epochs":3,"bleu":12.5})"};
  std::mt19937 random(seed);
  std::normal_distribution<float> normal(0.0f, 0.5f);
  for (const TensorRef& tensor : tensors_of(data.weights, config))
    std::generate_n(tensor.data, tensor.size(), [&] { return normal(random); });
  return data;
}

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

inline void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// A fresh folder for each test, removed after it.
class ModelFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string name = (std::filesystem::temp_directory_path() / "attnviz-model-XXXXXX").string();
    ASSERT_NE(::mkdtemp(name.data()), nullptr);
    folder_ = name;
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }

  std::filesystem::path folder_;
};

}  // namespace attnviz::test
