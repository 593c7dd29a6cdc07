#!/usr/bin/python3
"""One training step of torch.nn.Transformer, for the C++ trainer's parity test.

Run by hand with Debian's torch (/usr/bin/python3), not in CI:

  tools/transformer_training_reference.py --fixtures tests/fixtures/transformer
      Writes training_step.safetensors (a small random Transformer, as
      tools/transformer_reference.py builds it), training_step_gradients.safetensors
      (the same tensor names holding d loss / d weight, the summed loss in
      its card) and training_step.json (the sentence pairs as ids), for
      tests/core/TransformerTrainingParityTest.cpp.

The loss is what the C++ trainer's graph sums: cross-entropy over every
target token and </s>, <pad> ignored, on a batch of sentences of different
lengths run by nn.Transformer's own forward with its key padding masks and
causal mask, in training mode (dropout 0).
"""
import argparse
import json
import sys

import torch
from torch import nn

from pytorch_reference import BOS, EOS, PAD, SPECIALS, SRC_WORDS, TGT_WORDS, write_safetensors
from transformer_reference import random_model

# (source ids, target ids) without </s>; lengths differ on both sides.
PAIRS = [([4, 9, 5, 11, 7, 20], [13, 6, 8]), ([6], [5, 22, 9, 14, 30]), ([15, 8, 27], [19])]


def padded(rows, fill=PAD):
    width = max(len(row) for row in rows)
    return torch.tensor([row + [fill] * (width - len(row)) for row in rows])


def step_loss(model):
    source = padded([src + [EOS] for src, _ in PAIRS])
    decoder_inputs = padded([[BOS] + tgt for _, tgt in PAIRS])
    targets = padded([tgt + [EOS] for _, tgt in PAIRS])
    source_padding = source == PAD
    mask = nn.Transformer.generate_square_subsequent_mask(decoder_inputs.shape[1])
    z = model.transformer(model.embed(model.src_embed, source), model.embed(model.tgt_embed, decoder_inputs),
                          tgt_mask=mask, src_key_padding_mask=source_padding,
                          memory_key_padding_mask=source_padding)
    logits = model.out(z)
    return nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1),
                                       ignore_index=PAD, reduction="sum")


def write_fixtures(folder):
    src_vocab, tgt_vocab = SPECIALS + SRC_WORDS, SPECIALS + TGT_WORDS
    model, config = random_model(src_vocab, tgt_vocab, 0)
    model.train()  # autograd through nn.Transformer's reference path (dropout is 0)
    loss = step_loss(model)
    loss.backward()
    metadata = {"format": "attnviz-transformer", "format_version": "1", "config": json.dumps(config),
                "src_vocab": json.dumps(src_vocab, ensure_ascii=False),
                "tgt_vocab": json.dumps(tgt_vocab, ensure_ascii=False)}
    weights = model.state_dict()
    gradients = {name: parameter.grad for name, parameter in model.named_parameters()}
    if list(gradients) != list(weights):
        raise AssertionError("every tensor of the file must be a parameter, in the same order")
    write_safetensors(f"{folder}/training_step.safetensors", weights,
                      dict(metadata, card=json.dumps({"note": "random weights, tools/transformer_training_reference.py"})))
    write_safetensors(f"{folder}/training_step_gradients.safetensors", gradients,
                      dict(metadata, card=json.dumps({"note": "d loss / d weight of training_step.safetensors"})))
    with open(f"{folder}/training_step.json", "w") as out:
        json.dump({"pairs": [{"source": s, "target": t} for s, t in PAIRS], "loss": float(loss)}, out)
    print(f"loss {float(loss):.6f} over {sum(len(t) + 1 for _, t in PAIRS)} tokens, "
          f"{sum(g.numel() for g in gradients.values())} gradient entries")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", required=True, help="folder for the three fixture files")
    write_fixtures(parser.parse_args().fixtures)


if __name__ == "__main__":
    sys.exit(main())
