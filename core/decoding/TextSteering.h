#pragma once
// DecodeOptions' what-if requests are over the whole text (as the joined
// result shows it: source positions of every sentence side by side, each
// with its </s>, and target rows one sentence after the other), but each
// sentence is decoded on its own. This cuts them into each sentence's
// Steering, in text order, and checks that every request named something
// of the text: a pin's step is known to fall in a sentence only once the
// sentences before it are decoded, so pins are checked at the end.

#include "alignment/Alignment.h"
#include "decoding/DecodeOptions.h"
#include "decoding/Steering.h"

#include <vector>

namespace attnviz {

class TextSteering {
 public:
  // `columns`: the source positions of the whole text. Throws SteeringError
  // for a masked or pinned position outside them.
  TextSteering(const DecodeOptions& options, int columns);

  // The steering of the next sentence, which has `columns` positions and
  // starts from `prefix`.
  Steering next(int columns, std::vector<Token> prefix) const;
  // That sentence decoded: the next starts after its columns and rows.
  void done(int columns, const Alignment& sentence);
  // Throws SteeringError for a pin whose step no sentence reached, or
  // whose step and source fall in different sentences.
  void check_pins() const;

 private:
  const DecodeOptions& options_;
  int columns_;
  int column_ = 0, row_ = 0;          // where the next sentence starts
  std::vector<bool> pin_applied_;
};

}  // namespace attnviz
