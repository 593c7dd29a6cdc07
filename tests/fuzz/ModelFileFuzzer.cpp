// libFuzzer target: any bytes as a model file of either format (the seeds
// hold GRU models and a Transformer). The loader must either return a model
// or throw ModelFileError; a crash, a sanitizer report or any other
// exception (which aborts) is a finding.
#include "model/ModelFile.h"
#include "model/ModelFileError.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    attnviz::load_model_bytes(std::as_bytes(std::span(data, size)), "fuzz.safetensors");
  } catch (const attnviz::ModelFileError&) {
  }
  return 0;
}
