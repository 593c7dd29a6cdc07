#pragma once
// The checks both model formats make on a file's tensors once its config
// is read, and the one copy of the weights out of the file's bytes. They
// throw FormatError; the format's reader adds the file's name.

#include "model/Safetensors.h"
#include "model/TensorRef.h"
#include "tokens/Vocabulary.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace attnviz {

using Tensors = std::map<std::string, SafetensorsTensor>;
using ExpectedTensors = std::vector<std::pair<std::string, std::vector<long long>>>;

// The Vocabulary's own checks, with the metadata key in the message.
Vocabulary make_vocabulary(std::vector<std::string> tokens, const std::string& key);
// Every tensor of the file is one the config expects; `model` completes
// "tensor X is not part of ..." (e.g. "a model with the additive score").
void require_known_tensors(const Tensors& tensors, const ExpectedTensors& expected, const std::string& model);
// Every expected tensor is there with the expected shape.
void require_expected_shapes(const Tensors& tensors, const ExpectedTensors& expected);
// File bytes straight into the sized weights, each then checked finite.
void copy_weights(const Tensors& tensors, const std::vector<TensorRef>& destinations);

}  // namespace attnviz
