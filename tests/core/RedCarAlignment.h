#pragma once
// A hand-made alignment for "the red car" -> "la voiture rouge" whose
// numbers the alignment and evaluation tests work out by hand.

#include "alignment/Alignment.h"

namespace attnviz::test {

// Rows: la, voiture, rouge, </s>; columns: the, red, car, </s>.
//   la      -> the (0.7)
//   voiture -> </s> has the most (0.5), car (0.3) is the best word
//   rouge   -> red (0.6)
//   </s>    -> </s>
inline Alignment red_car_alignment() {
  Alignment alignment;
  alignment.source_tokens = {"the", "red", "car", "</s>"};
  alignment.source_unknown = {false, false, false, false};
  alignment.target_tokens = {"la", "voiture", "rouge", "</s>"};
  alignment.translation = "la voiture rouge";
  AttentionMap map;
  map.name = "attention";
  map.weights.resize(4, 4);
  map.weights << 0.7f, 0.1f, 0.1f, 0.1f,
                 0.1f, 0.1f, 0.3f, 0.5f,
                 0.0f, 0.6f, 0.2f, 0.2f,
                 0.0f, 0.0f, 0.0f, 1.0f;
  map.scores.resize(4, 4);
  map.scores << 1, 2, 3, 4,
                5, 6, 7, 8,
                9, 10, 11, 12,
                13, 14, 15, 16;
  alignment.maps.push_back(map);
  alignment.steps.resize(4);
  return alignment;
}

}  // namespace attnviz::test
