#!/usr/bin/python3
"""How a model's attention looks, in numbers: reads `attnviz-cli translate
--format json` lines (one per sentence) on stdin and prints, over every
attention row, the mean peak weight, the share of rows peaking above 0.9,
the mean entropy of the row (each row divided by its sum first, since
local-p's rows sum to less than 1), the mean row sum, the share of source
positions a row gives any weight to, and how often the argmax moves
forwards or stays (monotonicity); then the same for the rows of function
words (French determiners, prepositions, pronouns, punctuation and </s>,
which have no single source word) and of the other words.

  cut -f1 corpus/test.tsv | attnviz-cli translate --model local-p --format json \\
      --input /dev/stdin | tools/attention_shape.py

--map policy reads a hard attention model's policy (the distribution each
one-hot row was chosen from) instead of its `attention`.
"""

import argparse
import json
import math
import sys

FUNCTION_WORDS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "à", "en", "dans", "sur",
    "sous", "avec", "pour", "par", "et", "mais", "ou", "que", "qu'", "qui", "ne", "n'", "pas", "se", "s'",
    "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "je", "j'", "tu", "nous", "vous", "on",
    "est-ce", ".", ",", "?", "!", "</s>",
}


def row_entropy(row):
    total = sum(row)
    return -sum(w / total * math.log(w / total) for w in row if w > 0)


class Shape:
    def __init__(self):
        self.rows = self.peaks = self.sharp = self.entropies = self.sums = self.covered = 0.0

    def add(self, row):
        self.rows += 1
        self.peaks += max(row)
        self.sharp += max(row) > 0.9
        self.entropies += row_entropy(row)
        self.sums += sum(row)
        self.covered += sum(w > 0 for w in row) / len(row)

    def summary(self):
        n = max(self.rows, 1)
        return {"rows": int(self.rows), "mean_peak": round(self.peaks / n, 4),
                "share_peak_over_0.9": round(self.sharp / n, 4), "mean_entropy": round(self.entropies / n, 4),
                "mean_row_sum": round(self.sums / n, 4), "mean_share_attended": round(self.covered / n, 4)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", default="attention", help="the JSON key of the rows: attention or policy")
    args = parser.parse_args()
    every, function, content = Shape(), Shape(), Shape()
    steps = forwards = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        result = json.loads(line)
        rows = result[args.map]
        argmaxes = [max(range(len(row)), key=row.__getitem__) for row in rows]
        steps += len(argmaxes) - 1
        forwards += sum(b >= a for a, b in zip(argmaxes, argmaxes[1:]))
        for token, row in zip(result["tgt_tokens"], rows):
            every.add(row)
            (function if token in FUNCTION_WORDS else content).add(row)
    summary = every.summary()
    summary["monotonic_steps"] = round(forwards / max(steps, 1), 4)
    summary["function_words"] = function.summary()
    summary["other_words"] = content.summary()
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
