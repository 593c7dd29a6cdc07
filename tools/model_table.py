#!/usr/bin/python3
"""Turns `attnviz-cli info --format json` lines (one per model) into the
Markdown model table of docs/models.md, from each model's card, with the
typed-sentence exact match from the JSON lines file given as argument
(`attnviz-cli eval --input ... --format json`, one line per model file).
A local-attention model's row names its score function, mechanism and
window, a hard one's its score function and mechanism; a Transformer's its layers, heads and width."""

import json
import pathlib
import sys

TYPED = {}  # model file stem -> `attnviz-cli eval --input` result


def percent(card, key):
    return f"{100 * card[key]:.1f}%" if key in card else "n/a"


def typed(info):
    """The hand-written typed sentences, when train_all.sh measured them."""
    result = TYPED.get(info["name"])
    return f"{100 * result['exact_match']:.1f}%" if result else "n/a"


def attention(info):
    if info.get("kind") == "transformer":
        card = info["card"] or {}
        sizes = (f"{card['enc_layers']}+{card['dec_layers']} layers, {card['heads']} heads, d = {card['d_model']}"
                 if "d_model" in card else "sizes not in its card")
        return f"Transformer ({sizes})"
    if info.get("mechanism", "global") == "global":
        return f"`{info['score']}`"
    if info["mechanism"] == "hard":
        return f"`{info['score']}`, hard"
    return f"`{info['score']}`, {info['mechanism']}, D = {info['window']}"


def row(info):
    card = info["card"] or {}
    # A model trained further (train --from) counts every run.
    minutes, seconds = divmod(round(card.get("total_training_seconds", card.get("training_seconds", 0))), 60)
    return (f"| {attention(info)} | {info['parameters']:,} | {percent(card, 'test_exact_match')} | "
            f"{card.get('test_bleu', 'n/a')} | {card.get('test_aer', 'n/a')} | "
            f"{percent(card, 'long_exact_match')} | {percent(card, 'longer_exact_match')} | "
            f"{percent(card, 'novel_exact_match')} | {typed(info)} | "
            f"{card.get('total_epochs', card.get('epochs', 'n/a'))} | {minutes} min {seconds:02d} s |")


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as typed_results:
            for line in typed_results:
                if line.strip():
                    result = json.loads(line)
                    TYPED[pathlib.Path(result["model"]).stem] = result
    print("| score function | parameters | test exact match | test BLEU | test AER "
          "| long exact match | longer exact match | novel exact match | typed exact match | epochs | training time |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for line in sys.stdin:
        if line.strip():
            print(row(json.loads(line)))


if __name__ == "__main__":
    main()
