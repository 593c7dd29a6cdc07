#pragma once
// The tokenization sacreBLEU applies by default before counting n-grams
// ("13a", the one of mteval-v13a.pl used by WMT), so that our BLEU is the
// number a reader gets from `sacrebleu` on the same text:
//   - remove "<skipped>" and "-\n", turn "\n" into a space, decode &quot;
//     &amp; &lt; &gt;;
//   - put spaces around { | } ~ [ \ ] ^ _ ` ! " # $ % & ( ) * + : ; < = > ? @ /;
//   - split "." and "," off unless a digit sits on both sides ("3.5" stays);
//   - split "-" off after a digit;
//   - split on white space.
// The apostrophe and the hyphen between letters stay inside words.

#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

std::vector<std::string> tokenize_13a(std::string_view line);

}  // namespace attnviz
