#pragma once

#include <string>

namespace attnviz {

// The `config` metadata of a Transformer file (TRANSFORMER_SPEC.md, "Sizes").
struct TransformerConfig {
  int d_model = 64;            // d
  int heads = 4;               // h; d is divisible by h
  int ffn = 256;               // f, the feed-forward layer's width
  int enc_layers = 2;          // L_enc
  int dec_layers = 2;          // L_dec
  int max_positions = 256;     // P: the longest source or decoder input, </s> and <s> counted
  std::string src_lang = "en";
  std::string tgt_lang = "fr";
  float max_len_ratio = 2.0f;  // decoding stops after floor(ratio * n) + 10 steps (or P)

  int head_size() const { return d_model / heads; }  // d_k
};

}  // namespace attnviz
