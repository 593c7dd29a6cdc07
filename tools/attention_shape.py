#!/usr/bin/python3
"""How a model's attention looks, in numbers: reads `attnviz-cli translate
--format json` lines (one per sentence) on stdin and prints, over every
attention row, the mean peak weight, the mean entropy of the row (each row
divided by its sum first, since local-p's rows sum to less than 1), the
mean row sum, the share of source positions a row gives any weight to,
and how often the argmax moves forwards or stays (monotonicity).

  cut -f1 corpus/test.tsv | attnviz-cli translate --model local-p --format json \\
      --input /dev/stdin | tools/attention_shape.py
"""

import json
import math
import sys


def row_entropy(row):
    total = sum(row)
    return -sum(w / total * math.log(w / total) for w in row if w > 0)


def main():
    rows = peaks = entropies = sums = covered = 0.0
    steps = forwards = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        attention = json.loads(line)["attention"]
        argmaxes = [max(range(len(row)), key=row.__getitem__) for row in attention]
        steps += len(argmaxes) - 1
        forwards += sum(b >= a for a, b in zip(argmaxes, argmaxes[1:]))
        for row in attention:
            rows += 1
            peaks += max(row)
            entropies += row_entropy(row)
            sums += sum(row)
            covered += sum(w > 0 for w in row) / len(row)
    print(json.dumps({"rows": int(rows), "mean_peak": round(peaks / rows, 4),
                      "mean_entropy": round(entropies / rows, 4), "mean_row_sum": round(sums / rows, 4),
                      "mean_share_attended": round(covered / rows, 4),
                      "monotonic_steps": round(forwards / max(steps, 1), 4)}))


if __name__ == "__main__":
    main()
