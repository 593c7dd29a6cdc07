#!/usr/bin/python3
"""Turns `attnviz-cli info --format json` lines (one per model) into the
Markdown model table of docs/models.md, from each model's card."""

import json
import sys


def percent(card, key):
    return f"{100 * card[key]:.1f}%" if key in card else "n/a"


def row(info):
    card = info["card"] or {}
    minutes, seconds = divmod(round(card.get("training_seconds", 0)), 60)
    return (f"| `{info['score']}` | {info['parameters']:,} | {percent(card, 'test_exact_match')} | "
            f"{card.get('test_bleu', 'n/a')} | {card.get('test_aer', 'n/a')} | "
            f"{percent(card, 'long_exact_match')} | {percent(card, 'novel_exact_match')} | "
            f"{card.get('epochs', 'n/a')} | {minutes} min {seconds:02d} s |")


def main():
    print("| score function | parameters | test exact match | test BLEU | test AER "
          "| long exact match | novel exact match | epochs | training time |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for line in sys.stdin:
        if line.strip():
            print(row(json.loads(line)))


if __name__ == "__main__":
    main()
