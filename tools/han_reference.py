#!/usr/bin/python3
"""PyTorch reference of the hierarchical attention network (docs/model-spec.md,
"Hierarchical attention for documents"; Yang et al. 2016).

Run by hand with Debian's torch (/usr/bin/python3), not in CI:

  tools/han_reference.py --fixtures tests/fixtures/han
      Writes a small random network (han.safetensors) and what torch
      computes for a few documents (han.json): class probabilities, the
      sentence weights and every sentence's word weights, the fixtures the
      C++ engine's parity test reads.

  tools/han_reference.py --check MODEL.safetensors --cli build/app/attnviz-cli [--document TEXT]...
      Loads a file written by attnviz's trainer into the module with a
      strict state_dict load, classifies the documents with both (the
      module reads the tokens the engine reports) and prints the largest
      difference; exits 1 above 1e-5.

The module's state_dict keys are the file's tensor names; export() writes
a file attnviz opens.
"""
import argparse
import json
import subprocess
import sys

import torch
from torch import nn

from pytorch_reference import SPECIALS, read_safetensors, write_safetensors

UNK = 1
WORDS = ("the a dog cat bread milk book letter hat coat car train eats reads wears drives "
         "does not never sleep she he they sees my old red . ? !").split()
CLASSES = ["food", "animals", "reading", "clothing", "travel"]
DOCUMENTS = [
    "the dog eats the bread . she does not read the book ?",
    "they wear my old hat .",
    "does the cat sleep ? he never drives the car . she reads a letter . the train is red !",
    "a zebra eats milk .",  # "zebra" is not in the vocabulary: <unk>
]
CONFIG = {"embed": 6, "word_hidden": 5, "sentence_hidden": 4}


class HAN(nn.Module):
    """The spec's module. Attention Linear layers are registered under the
    spec's names (word_attention.weight, not word_attention.linear.weight)."""

    def __init__(self, config, vocab_size, classes):
        super().__init__()
        E, Hw, Hs = config["embed"], config["word_hidden"], config["sentence_hidden"]
        self.embedding = nn.Embedding(vocab_size, E)
        self.word_rnn = nn.GRU(E, Hw, bidirectional=True, batch_first=True)
        self.word_attention = nn.Linear(2 * Hw, 2 * Hw)
        self.word_context = nn.Parameter(torch.empty(2 * Hw).uniform_(-(2 * Hw) ** -0.5, (2 * Hw) ** -0.5))
        self.sentence_rnn = nn.GRU(2 * Hw, Hs, bidirectional=True, batch_first=True)
        self.sentence_attention = nn.Linear(2 * Hs, 2 * Hs)
        self.sentence_context = nn.Parameter(torch.empty(2 * Hs).uniform_(-(2 * Hs) ** -0.5, (2 * Hs) ** -0.5))
        self.classifier = nn.Linear(2 * Hs, classes)

    @staticmethod
    def attend(linear, annotations, context):
        """u_i = tanh(W h_i + b), a_i = softmax_i(u_i . context), s = sum_i a_i h_i."""
        weights = torch.softmax(torch.tanh(linear(annotations)) @ context, dim=0)
        return weights, weights @ annotations

    def forward(self, sentences):
        """One document: a list of sentences, each a list of word ids."""
        word_weights, vectors = [], []
        for ids in sentences:
            annotations, _ = self.word_rnn(self.embedding(torch.tensor([ids])))
            weights, vector = self.attend(self.word_attention, annotations[0], self.word_context)
            word_weights.append(weights)
            vectors.append(vector)
        annotations, _ = self.sentence_rnn(torch.stack(vectors).unsqueeze(0))
        sentence_weights, document = self.attend(self.sentence_attention, annotations[0], self.sentence_context)
        probabilities = torch.softmax(self.classifier(document), dim=0)
        return probabilities, sentence_weights, word_weights


def export(state_dict, config, vocab, classes, card, path):
    metadata = {"format": "attnviz-han", "format_version": "1", "config": json.dumps(config),
                "vocab": json.dumps(vocab, ensure_ascii=False), "classes": json.dumps(classes, ensure_ascii=False)}
    if card is not None:
        metadata["card"] = json.dumps(card, ensure_ascii=False)
    write_safetensors(path, state_dict, metadata)


def load(path):
    tensors, metadata = read_safetensors(path)
    config = json.loads(metadata["config"])
    vocab, classes = json.loads(metadata["vocab"]), json.loads(metadata["classes"])
    model = HAN(config, len(vocab), len(classes))
    model.load_state_dict(tensors, strict=True)
    return model, vocab, classes


def tokens_of(text):
    """The corpus's own tokens: lowercase, split on spaces, sentences ending at . ? !"""
    sentences, current = [], []
    for token in text.lower().split():
        current.append(token)
        if token in (".", "?", "!"):
            sentences.append(current)
            current = []
    return sentences + ([current] if current else [])


def classify(model, vocab, text):
    return classify_sentences(model, vocab, tokens_of(text))


def classify_sentences(model, vocab, sentences):
    index = {word: i for i, word in enumerate(vocab)}
    with torch.no_grad():
        probabilities, sentence_weights, word_weights = model([[index.get(t, UNK) for t in s] for s in sentences])
    return {"sentences": sentences, "probabilities": probabilities.tolist(),
            "sentence_weights": sentence_weights.tolist(), "word_weights": [w.tolist() for w in word_weights]}


def random_model(seed):
    torch.manual_seed(seed)
    model = HAN(CONFIG, len(SPECIALS) + len(WORDS), len(CLASSES))
    with torch.no_grad():  # sharper attention than at initialisation, so weights differ clearly
        for level in (model.word_attention, model.sentence_attention):
            level.weight.mul_(4.0)
        model.word_context.mul_(8.0)
        model.sentence_context.mul_(8.0)
    return model


def write_fixtures(folder):
    model, vocab = random_model(15), SPECIALS + WORDS
    export(model.state_dict(), CONFIG, vocab, CLASSES, {"corpus": "none: random weights"}, f"{folder}/han.safetensors")
    cases = [classify(model, vocab, text) for text in DOCUMENTS]
    with open(f"{folder}/han.json", "w") as out:
        json.dump({"torch": torch.__version__, "cases": cases}, out, indent=1)
        out.write("\n")
    print(f"wrote {folder}/han.safetensors and han.json ({len(cases)} documents)")


def largest_difference(reference, engine):
    pairs = list(zip(reference["probabilities"], engine["probabilities"]))
    for mine, theirs in zip(reference["sentences_detail"], engine["sentences"]):
        pairs.append((mine["weight"], theirs["weight"]))
        pairs += list(zip(mine["word_weights"], theirs["word_weights"]))
    return max(abs(a - b) for a, b in pairs)


def check(path, cli, documents):
    model, vocab, _ = load(path)
    worst = 0.0
    for text in documents:
        engine = json.loads(subprocess.run([cli, "classify", "--model", path, "--format", "json", text],
                                           check=True, capture_output=True, text=True).stdout)
        # The engine's own tokens: this checks the network, not the tokenizer
        # (tests/core/TokenizerTest.cpp does).
        mine = classify_sentences(model, vocab, [sentence["tokens"] for sentence in engine["sentences"]])
        mine["sentences_detail"] = [{"weight": w, "word_weights": ww}
                                    for w, ww in zip(mine["sentence_weights"], mine["word_weights"])]
        difference = largest_difference(mine, engine)
        worst = max(worst, difference)
        print(f"{difference:.2e}  {text}")
    print(f"largest difference {worst:.2e}")
    return 0 if worst <= 1e-5 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixtures")
    parser.add_argument("--check")
    parser.add_argument("--cli")
    parser.add_argument("--document", action="append")
    args = parser.parse_args()
    torch.set_num_threads(1)
    if args.fixtures:
        write_fixtures(args.fixtures)
        return 0
    if args.check and args.cli:
        return check(args.check, args.cli, args.document or DOCUMENTS)
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
