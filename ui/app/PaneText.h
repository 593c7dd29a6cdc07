#pragma once
// The lines of text a model pane shows above its heatmap: its title, the
// translation (with the model's own beside a forced or what-if one) and
// the statistics (log-probability, entropy, AER, notes on what the model
// did not read, the link back from a what-if).

#include "alignment/Alignment.h"
#include "model/ModelInfo.h"

#include <QString>

#include <optional>

namespace attnviz::ui {

class WhatIfState;

struct PaneFacts {
  const Alignment& original;  // before the options: log p, steps
  const Alignment& shown;     // as drawn: notes
  double mean_entropy = 0;    // of the rows as drawn
  bool follows_sentence = true;
  std::optional<double> aer;
  bool end_of_sentence_hidden = false;
  bool what_if = false;
};

// Rich text: "<b>additive</b> attention", the model's name after it
// unless it only repeats the score function.
QString header_html(const ModelInfo& info, bool follows_sentence);

// Plain text on one line. A file's matrix may come without a translation:
// its row labels are one.
QString translation_line(const Alignment& shown, bool follows_sentence, const WhatIfState& what_if,
                         const QString& own_translation);
// Rich text, parts joined by " · "; a what-if ends with a link "back".
QString statistics_line(const PaneFacts& facts);

}  // namespace attnviz::ui
