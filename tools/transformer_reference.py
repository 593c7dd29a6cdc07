#!/usr/bin/python3
"""PyTorch reference of docs/transformer-spec.md, built on torch.nn.Transformer.

Run by hand with Debian's torch (/usr/bin/python3), not in CI:

  tools/transformer_reference.py --fixtures tests/fixtures/transformer
      Writes a small random Transformer (transformer.safetensors) and what
      torch computes for a few sentences, greedy and forced, with every
      attention map of the spec (transformer.json): the fixtures the C++
      engine's parity test reads.
      (Kept apart from tests/fixtures/parity, whose files are GRU models.)

The maps come from running the layers of the very nn.Transformer one by
one with need_weights=True; every case also checks that this layer-by-layer
pass gives the same logits as nn.Transformer's own forward, so the maps
are those of torch's module, not of a re-implementation.
"""
import argparse
import json
import math
import sys

import torch
from torch import nn

from pytorch_reference import SENTENCES, SPECIALS, SRC_WORDS, TGT_WORDS, UNK, EOS, BOS, PAD, ids_of, write_safetensors

EOS_BIAS = 0.5  # some greedy cases stop on </s>, others at the length limit
FORCED = [("the red car .", "la voiture rouge ."),
          ("a small dog sees my old house !", "un petit chien voit ma vieille maison !")]


class TransformerModel(nn.Module):
    """The spec's module: its state_dict names are the file's tensor names."""

    def __init__(self, config, src_vocab_size, tgt_vocab_size):
        super().__init__()
        d = config["d_model"]
        self.config = config
        self.src_embed = nn.Embedding(src_vocab_size, d)
        self.tgt_embed = nn.Embedding(tgt_vocab_size, d)
        self.transformer = nn.Transformer(d_model=d, nhead=config["heads"], num_encoder_layers=config["enc_layers"],
                                          num_decoder_layers=config["dec_layers"], dim_feedforward=config["ffn"],
                                          dropout=0.0, batch_first=True)
        self.out = nn.Linear(d, tgt_vocab_size)
        self.register_buffer("pe", positional_encoding(config["max_positions"], d), persistent=False)

    def embed(self, table, ids):
        return table(ids) * math.sqrt(self.config["d_model"]) + self.pe[: ids.shape[1]]

    def logits(self, source_ids, decoder_inputs):
        """nn.Transformer's own forward: the check on the layer-by-layer pass."""
        size = decoder_inputs.shape[1]
        mask = nn.Transformer.generate_square_subsequent_mask(size)
        z = self.transformer(self.embed(self.src_embed, source_ids), self.embed(self.tgt_embed, decoder_inputs),
                             tgt_mask=mask)
        return self.out(z)


def positional_encoding(positions, d):
    p = torch.arange(positions, dtype=torch.float64)[:, None]
    k = torch.arange(0, d, 2, dtype=torch.float64)
    angle = p / torch.pow(10000.0, k / d)
    pe = torch.zeros(positions, d, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(angle)
    pe[:, 1::2] = torch.cos(angle)
    return pe.to(torch.float32)


def attend(attention, queries, memory, mask=None):
    """One MultiheadAttention call that also returns its per-head maps."""
    out, weights = attention(queries, memory, memory, attn_mask=mask, need_weights=True,
                             average_attn_weights=False)
    return out, weights[0]  # [heads, queries, keys]


def encode(model, source_ids):
    """memory and the encoder self-attention maps, layer by layer."""
    x = model.embed(model.src_embed, source_ids)
    maps = []
    for layer in model.transformer.encoder.layers:
        attended, weights = attend(layer.self_attn, x, x)
        x = layer.norm1(x + attended)
        x = layer.norm2(x + layer.linear2(torch.relu(layer.linear1(x))))
        maps.append(weights)
    return model.transformer.encoder.norm(x), maps


def decode_prefix(model, memory, decoder_inputs):
    """Logits after the last decoder input, and every decoder map."""
    u = model.embed(model.tgt_embed, decoder_inputs)
    mask = nn.Transformer.generate_square_subsequent_mask(decoder_inputs.shape[1])
    self_maps, cross_maps = [], []
    for layer in model.transformer.decoder.layers:
        attended, self_weights = attend(layer.self_attn, u, u, mask)
        u = layer.norm1(u + attended)
        attended, cross_weights = attend(layer.multihead_attn, u, memory)
        u = layer.norm2(u + attended)
        u = layer.norm3(u + layer.linear2(torch.relu(layer.linear1(u))))
        self_maps.append(self_weights)
        cross_maps.append(cross_weights)
    z = model.transformer.decoder.norm(u)
    return model.out(z), self_maps, cross_maps


def max_steps(config, source_ids):
    return math.floor(config["max_len_ratio"] * len(source_ids)) + 10


def decode(model, source_ids, forced=None):
    """Greedy (forced=None) or forced decoding with the spec's maps.

    Each step runs the decoder over the whole prefix (no cache: this is the
    plain definition the engine's cached steps must equal); the maps of the
    last step hold every row, as causal masking leaves earlier rows as they
    were when their token was emitted."""
    with torch.no_grad():
        source = torch.tensor([source_ids])
        memory, encoder_maps = encode(model, source)
        inputs, emitted, log_prob, margins = [BOS], [], 0.0, []
        limit = len(forced) if forced is not None else max_steps(model.config, source_ids)
        for step in range(limit):
            logits, self_maps, cross_maps = decode_prefix(model, memory, torch.tensor([inputs]))
            last = logits[0, -1]
            check_against_torch(model, source, torch.tensor([inputs]), logits)
            if forced is not None:
                token = forced[step]
            else:
                top = torch.topk(last, 2)
                token = int(torch.argmax(last))  # ties: lowest id, as torch.argmax
                margins.append(float(top.values[0] - top.values[1]))
            log_prob += float(torch.log_softmax(last.double(), dim=0)[token])
            emitted.append(token)
            if token == EOS and forced is None:
                break
            inputs.append(token)
        # Rows of the decoder maps: one per emitted token (the last step's
        # prefix holds T decoder inputs, <s> y_1 .. y_{T-1}).
        return {"tgt_ids": emitted, "log_prob": log_prob, "margins": margins,
                "maps": maps_json(encoder_maps, self_maps, cross_maps)}


def check_against_torch(model, source, inputs, logits):
    reference = model.logits(source, inputs)
    difference = float((reference - logits).abs().max())
    if difference > 1e-4:
        raise AssertionError(f"layer-by-layer pass differs from nn.Transformer by {difference}")


def maps_json(encoder_maps, self_maps, cross_maps):
    maps = []
    for kind, layers in (("encoder_self", encoder_maps), ("decoder_self", self_maps), ("cross", cross_maps)):
        for layer, heads in enumerate(layers):
            for head, weights in enumerate(heads):
                maps.append({"kind": kind, "layer": layer, "head": head, "weights": weights.tolist()})
    return maps


def random_model(src_vocab, tgt_vocab, seed):
    config = {"d_model": 16, "heads": 4, "ffn": 32, "enc_layers": 2, "dec_layers": 2, "max_positions": 64,
              "src_lang": "en", "tgt_lang": "fr", "max_len_ratio": 1.5}
    torch.manual_seed(seed)
    model = TransformerModel(config, len(src_vocab), len(tgt_vocab))
    with torch.no_grad():
        # Sharper attention than PyTorch's init gives, so that the maps tell
        # heads apart; specials other than </s> are never emitted.
        for layer in list(model.transformer.encoder.layers) + list(model.transformer.decoder.layers):
            for attention in [layer.self_attn] + ([layer.multihead_attn] if hasattr(layer, "multihead_attn") else []):
                attention.in_proj_weight.mul_(3.0)
        model.out.bias[[PAD, UNK, BOS]] = -20.0
        model.out.bias[EOS] = EOS_BIAS
    return model.eval(), config


def fixture_case(model, src_vocab, tgt_vocab, sentence, target=None):
    source_ids = ids_of(sentence.split(), src_vocab) + [EOS]
    forced = None if target is None else ids_of(target.split(), tgt_vocab) + [EOS]
    result = decode(model, source_ids, forced)
    margins = result.pop("margins")
    if target is None and min(margins) < 1e-3:
        raise ValueError(f"greedy choice too close to call for {sentence!r}: {min(margins)}")
    result.update({"sentence": sentence, "mode": "greedy" if target is None else "forced", "src_ids": source_ids,
                   "tgt_tokens": [tgt_vocab[i] for i in result["tgt_ids"]] if target is None
                   else target.split() + ["</s>"]})
    if target is not None:
        result["target"] = target
    return result


def write_fixtures(folder):
    src_vocab, tgt_vocab = SPECIALS + SRC_WORDS, SPECIALS + TGT_WORDS
    for seed in range(100):
        model, config = random_model(src_vocab, tgt_vocab, seed)
        try:
            cases = [fixture_case(model, src_vocab, tgt_vocab, s) for s in SENTENCES]
            cases += [fixture_case(model, src_vocab, tgt_vocab, s, t) for s, t in FORCED]
            break
        except ValueError:
            continue
    else:
        raise SystemExit("no seed below 100 gives well-separated greedy choices")
    metadata = {"format": "attnviz-transformer", "format_version": "1", "config": json.dumps(config),
                "src_vocab": json.dumps(src_vocab, ensure_ascii=False),
                "tgt_vocab": json.dumps(tgt_vocab, ensure_ascii=False),
                "card": json.dumps({"note": "random weights from tools/transformer_reference.py", "seed": seed})}
    write_safetensors(f"{folder}/transformer.safetensors", model.state_dict(), metadata)
    with open(f"{folder}/transformer.json", "w") as out:
        json.dump({"model": "transformer.safetensors", "cases": cases}, out)
    for case in cases:
        print(f"seed {seed} {case['mode']:6} {case['sentence']!r} -> {' '.join(case['tgt_tokens'])} "
              f"(log p {case['log_prob']:.4f}, {len(case['maps'])} maps)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", required=True, help="folder for transformer.safetensors and .json")
    write_fixtures(parser.parse_args().fixtures)


if __name__ == "__main__":
    sys.exit(main())
