// libFuzzer target: any bytes as typed text. Beyond not crashing, every
// token and the detokenized text must be well-formed UTF-8 and no token may
// be empty, or the UI's labels would break.
#include "tokens/Tokenizer.h"
#include "tokens/Utf8.h"

#include <cstdint>

namespace {

// Decoding replaces every ill-formed sequence, so only valid UTF-8 survives
// the round trip unchanged.
void require_utf8(const std::string& text) {
  if (attnviz::encode_utf8(attnviz::decode_utf8(text)) != text) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view sentence(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> texts;
  for (const attnviz::Token& token : attnviz::Tokenizer().tokenize(sentence)) {
    if (token.text.empty() || token.surface.empty()) __builtin_trap();
    require_utf8(token.text);
    require_utf8(token.surface);
    texts.push_back(token.text);
  }
  require_utf8(attnviz::detokenize(texts));
  return 0;
}
