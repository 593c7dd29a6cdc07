#pragma once
// The --plain flag of translate and export: the translation text without
// the French space before ? ! ; : ("Où est le chat?" rather than "Où est le
// chat ?"). The models' own text (Alignment::translation) is French-styled.

#include "alignment/Alignment.h"
#include "alignment/EndOfSentence.h"
#include "tokens/Tokenizer.h"

#include <CLI/CLI.hpp>

namespace attnviz::cli {

// Rewrites the translation from the target tokens (</s> left out) in `style`.
inline void restyle_translation(Alignment& alignment, DetokenizeStyle style) {
  alignment.translation = detokenize(target_words(alignment), style);
}

inline void add_plain_flag(CLI::App& command, bool& plain) {
  command.add_flag("--plain", plain,
                   "Print the translation without the French space before ? ! ; : (\"Où est le chat?\")");
}

}  // namespace attnviz::cli
