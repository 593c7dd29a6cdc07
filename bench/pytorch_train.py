#!/usr/bin/python3
"""PyTorch's side of the training section of bench/compare_pytorch: the
module of tools/pytorch_reference.py trained on one batch of random ids
with the same shapes as bench/train_timer (every sentence the same length,
so neither side pays for padding), batched over sentences, with the same
optimizer step as our trainer: cross-entropy, backward,
clip_grad_norm_(5), Adam.

  pytorch_train.py --score S --threads T [--batch 32] [--source 12] [--target 12]
                   [--src-vocab 900] [--tgt-vocab 1600] [--steps 60]

Prints JSON lines: first {"torch", "threads", "blas"} (the BLAS libraries
mapped into this process, from /proc/self/maps), then {"score", "tokens",
"seconds", "tokens_per_second"}.
"""

import argparse
import json
import math
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

import pytorch_reference as reference  # noqa: E402


def loaded_blas():
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line or "lapack" in line}
    return sorted(p for p in paths if p.startswith("/"))


def energies(attention, q, h):
    """score(q_b, h_b,i) for queries q [B, D] and annotations h [B, S, 2H]."""
    dots = torch.bmm(h, q.unsqueeze(2)).squeeze(2)
    if attention.score == "dot":
        return dots
    if attention.score == "scaled_dot":
        return dots / math.sqrt(q.shape[1])
    if attention.score == "general":
        return torch.bmm(h, (q @ attention.W).unsqueeze(2)).squeeze(2)
    if attention.score == "additive":
        keys = attention.key(h) + attention.bias
        return torch.tanh(attention.query(q).unsqueeze(1) + keys) @ attention.v
    norms = torch.clamp(q.norm(dim=1, keepdim=True) * h.norm(dim=2), min=1e-8)
    return attention.gamma * dots / norms


def batch_loss(model, source, target_in, target_out):
    """Mean cross-entropy over the batch with teacher forcing (MODEL_SPEC.md)."""
    hidden = model.config["hidden"]
    annotations = model.encoder.rnn(model.encoder.embedding(source))[0]
    ends = torch.cat([annotations[:, -1, :hidden], annotations[:, 0, hidden:]], dim=1)
    state = torch.tanh(model.decoder.init(ends))
    embedded = model.decoder.embedding(target_in)
    features = []
    for t in range(target_in.shape[1]):
        weights = torch.softmax(energies(model.attention, state, annotations), dim=1)
        context = torch.bmm(weights.unsqueeze(1), annotations).squeeze(1)
        state = model.decoder.rnn(torch.cat([embedded[:, t], context], dim=1), state)
        features.append(torch.cat([state, context, embedded[:, t]], dim=1))
    combined = torch.tanh(model.decoder.combine(torch.stack(features, dim=1)))
    logits = model.decoder.out(combined)
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), target_out.reshape(-1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--score", required=True, choices=reference.SCORES)
    parser.add_argument("--threads", type=int, required=True)
    for name, default in [("batch", 32), ("source", 12), ("target", 12), ("src-vocab", 900),
                          ("tgt-vocab", 1600), ("steps", 60)]:
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(),
                      "blas": loaded_blas()}), flush=True)
    torch.manual_seed(42)
    config = {"score": args.score, "embed": 64, "hidden": 64, "attn": 64}
    model = reference.Seq2Seq(config, args.src_vocab, args.tgt_vocab)
    with torch.no_grad():  # the reference module leaves its attention tensors uninitialised
        for parameter in model.attention.parameters():
            parameter.uniform_(-0.1, 0.1)
        if args.score == "cosine":
            model.attention.gamma.fill_(math.sqrt(128))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)  # our trainer's default
    source = torch.randint(4, args.src_vocab, (args.batch, args.source))
    source[:, -1] = reference.EOS
    target = torch.randint(4, args.tgt_vocab, (args.batch, args.target + 1))
    target[:, 0] = reference.BOS
    target[:, -1] = reference.EOS

    def step():
        optimizer.zero_grad()
        loss = batch_loss(model, source, target[:, :-1], target[:, 1:])
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optimizer.step()

    for _ in range(3):
        step()  # warm-up
    start = time.perf_counter()
    for _ in range(args.steps):
        step()
    seconds = time.perf_counter() - start
    tokens = args.steps * args.batch * args.target
    print(json.dumps({"score": args.score, "tokens": tokens, "seconds": seconds,
                      "tokens_per_second": tokens / seconds}), flush=True)


if __name__ == "__main__":
    main()
