#pragma once
// The apostrophe forms the tokenizer keeps as tokens and the detokenizer
// glues back: French elisions ("l'") attach to the next word, English
// clitics ("'s", "n't") to the previous one.

#include <string_view>

namespace attnviz {

// "l'", "qu'", "jusqu'"...: a lowercase token ending in an apostrophe.
bool is_french_elision(std::string_view text);
// "'s", "'re", "'ve", "'ll", "'d", "'m" and "n't".
bool is_english_clitic(std::string_view text);

}  // namespace attnviz
