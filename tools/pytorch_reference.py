#!/usr/bin/python3
"""An independent PyTorch implementation of MODEL_SPEC.md, for parity.

Run by hand with Debian's torch (/usr/bin/python3), not in CI:

  tools/pytorch_reference.py --fixtures tests/fixtures/parity
      Writes a small random model per score function (<score>.safetensors)
      and per local or hard mechanism (local_m_<score>, local_p_<score>,
      hard_<score>) and what
      this module computes for a few sentences, greedy and forced
      (<name>.json), for tests/core/PytorchParityTest.cpp.

  tools/pytorch_reference.py --check MODEL --cli build/app/attnviz-cli
      Loads MODEL (e.g. one written by the C++ writer) into the module with
      a strict state_dict load, translates sentences with both and compares
      tokens, attention, scores and log-probability.

  tools/pytorch_reference.py --random-model OUT --score additive \
      --embed 64 --hidden 64 --attn 64 --src-vocab 800 --tgt-vocab 1500 \
      [--mechanism local-p --window 4]
      Writes a random model of any size (used by bench/compare_pytorch).

For users: `export(state_dict, config, src_vocab, tgt_vocab, card, path)`
writes a model trained with this module (or any module with the same
state_dict names) as a file attnviz opens; see docs/model-format.md.
"""

import argparse
import json
import math
import struct
import subprocess
import sys

import torch
from torch import nn

PAD, UNK, BOS, EOS = 0, 1, 2, 3
SPECIALS = ["<pad>", "<unk>", "<s>", "</s>"]
SCORES = ["dot", "scaled_dot", "general", "additive", "cosine"]
MECHANISMS = ["global", "local-m", "local-p", "hard"]


# ---------------------------------------------------------------- the model

class Encoder(nn.Module):
    def __init__(self, src_vocab, embed, hidden):
        super().__init__()
        self.embedding = nn.Embedding(src_vocab, embed)
        self.rnn = nn.GRU(embed, hidden, bidirectional=True, batch_first=True)


class Decoder(nn.Module):
    def __init__(self, tgt_vocab, embed, hidden, hard=False):
        super().__init__()
        d = 2 * hidden
        self.embedding = nn.Embedding(tgt_vocab, embed)
        self.init = nn.Linear(2 * hidden, d)
        # Hard attention's state reads no context (MODEL_SPEC.md, "Hard attention").
        self.rnn = nn.GRUCell(embed if hard else embed + 2 * hidden, d)
        self.combine = nn.Linear(d + 2 * hidden + embed, d)
        self.out = nn.Linear(d, tgt_vocab)


class Attention(nn.Module):
    """The score functions and attention mechanisms of MODEL_SPEC.md;
    parameters named as in the file."""

    def __init__(self, score, hidden, attn, mechanism="global", window=0):
        super().__init__()
        self.score = score
        self.mechanism = mechanism
        self.window = window
        d = 2 * hidden
        if mechanism == "local-p":
            self.position = nn.Linear(d, attn, bias=False)
            self.position_v = nn.Parameter(torch.empty(attn))
        if score == "general":
            self.W = nn.Parameter(torch.empty(d, 2 * hidden))
        elif score == "additive":
            self.query = nn.Linear(d, attn, bias=False)
            self.key = nn.Linear(2 * hidden, attn, bias=False)
            self.bias = nn.Parameter(torch.empty(attn))
            self.v = nn.Parameter(torch.empty(attn))
        elif score == "cosine":
            self.gamma = nn.Parameter(torch.empty(1))

    def forward(self, q, h):
        """Energies e_i = score(q, h_i) for q [D] and annotations h [n, 2H]."""
        if self.score == "dot":
            return h @ q
        if self.score == "scaled_dot":
            return (h @ q) / math.sqrt(q.shape[0])
        if self.score == "general":
            return h @ (self.W.t() @ q)
        if self.score == "additive":
            return torch.tanh(self.query(q) + self.key(h) + self.bias) @ self.v
        norms = torch.clamp(q.norm() * h.norm(dim=1), min=1e-8)
        return self.gamma * (h @ q) / norms

    def centre(self, q, step, n):
        """p_t for 0-based step `step` (t - 1) over n source positions."""
        if self.mechanism == "local-m":
            return torch.tensor(float(min(step, n - 1)), dtype=q.dtype)
        return n * torch.sigmoid(torch.tanh(self.position(q)) @ self.position_v)

    def weigh(self, q, energies, step):
        """The alignment row a_t and p_t (None for global): a softmax over
        every position, or over the window [p_t - D, p_t + D] clipped to the
        sentence, times local-p's Gaussian; exactly 0 outside the window.
        Hard attention's policy is the global softmax."""
        if self.mechanism in ("global", "hard"):
            return torch.softmax(energies, dim=0), None
        n = energies.shape[0]
        p = self.centre(q, step, n)
        first = max(0, math.ceil(float(p - self.window)))
        last = min(n - 1, math.floor(float(p + self.window)))
        inside = torch.softmax(energies[first:last + 1], dim=0)
        if self.mechanism == "local-p":
            sigma = self.window / 2
            offsets = torch.arange(first, last + 1, dtype=q.dtype) - p
            inside = inside * torch.exp(-offsets ** 2 / (2 * sigma ** 2))
        weights = torch.zeros(n, dtype=q.dtype)
        weights[first:last + 1] = inside
        return weights, float(p)


class Seq2Seq(nn.Module):
    def __init__(self, config, src_vocab_size, tgt_vocab_size):
        super().__init__()
        self.config = config
        e, h = config["embed"], config["hidden"]
        self.encoder = Encoder(src_vocab_size, e, h)
        self.decoder = Decoder(tgt_vocab_size, e, h, config.get("mechanism") == "hard")
        self.attention = Attention(config["score"], h, config.get("attn", h),
                                   config.get("mechanism", "global"), config.get("window", 0))

    def encode(self, ids):
        """Annotations [n, 2H] and s_0 for one sentence of ids (ending in </s>)."""
        x = self.encoder.embedding(torch.tensor([ids]))
        annotations = self.encoder.rnn(x)[0][0]
        h = self.config["hidden"]
        ends = torch.cat([annotations[-1, :h], annotations[0, h:]])
        return annotations, torch.tanh(self.decoder.init(ends))

    def step(self, previous, state, annotations, step):
        """Decoder step `step` (0-based): energies, attention, p_t (local) or
        the policy (hard), new state, log-probabilities."""
        energies = self.attention(state, annotations)
        weights, position = self.attention.weigh(state, energies, step)
        embedded = self.decoder.embedding(torch.tensor(previous))
        if self.attention.mechanism == "hard":
            return self.hard_step(energies, weights, embedded, state, annotations)
        context = weights @ annotations
        state = self.decoder.rnn(torch.cat([embedded, context])[None], state[None])[0]
        return energies, weights, position, state, self.predict(state, context, embedded)

    def hard_step(self, energies, policy, embedded, state, annotations):
        """Inference: the context is the annotation of the policy's argmax,
        and the step's row is one-hot there."""
        chosen = int(torch.argmax(policy))
        weights = torch.zeros_like(policy)
        weights[chosen] = 1.0
        state = self.decoder.rnn(embedded[None], state[None])[0]
        return energies, weights, policy, state, self.predict(state, annotations[chosen], embedded)

    def predict(self, state, context, embedded):
        combined = torch.tanh(self.decoder.combine(torch.cat([state, context, embedded])))
        return torch.log_softmax(self.decoder.out(combined), dim=0)

    def marginal_nll(self, source_ids, target_ids):
        """Hard attention's training loss on one pair (target ending in </s>):
        -sum_t log sum_i a_t,i p(y_t | z_t = i), written out with no code
        from the inference path beyond the encoder and score function."""
        annotations, state = self.encode(source_ids)
        n = annotations.shape[0]
        loss, previous = 0.0, BOS
        for target in target_ids:
            policy = torch.softmax(self.attention(state, annotations), dim=0)
            embedded = self.decoder.embedding(torch.tensor(previous))
            state = self.decoder.rnn(embedded[None], state[None])[0]
            features = torch.cat([state.expand(n, -1), annotations, embedded.expand(n, -1)], dim=1)
            log_p = torch.log_softmax(self.decoder.out(torch.tanh(self.decoder.combine(features))), dim=1)
            loss = loss - torch.logsumexp(torch.log(policy) + log_p[:, target], dim=0)
            previous = target
        return loss


def max_steps(config, source_ids):
    return math.floor(config["max_len_ratio"] * len(source_ids)) + 10


def decode(model, source_ids, forced=None, record=True):
    """Greedy decoding, or teacher forcing of `forced` ids (ending in </s>)."""
    annotations, state = model.encode(source_ids)
    limit = len(forced) if forced is not None else max_steps(model.config, source_ids)
    result = {"tgt_ids": [], "attention": [], "scores": [], "logprob": 0.0,
              "probabilities": [], "top": [], "margins": [], "positions": []}
    token = BOS
    for t in range(limit):
        energies, weights, position, state, log_probs = model.step(token, state, annotations, t)
        token = forced[t] if forced is not None else int(torch.argmax(log_probs))
        result["tgt_ids"].append(token)
        if record:
            record_step(result, energies, weights, log_probs, token)
            # local: p_t; hard: the policy row
            result["positions"].append(position.tolist() if torch.is_tensor(position) else position)
        if token == EOS:
            break
    return result


def record_step(result, energies, weights, log_probs, token):
    top = torch.topk(log_probs, min(6, log_probs.shape[0]))
    result["attention"].append(weights.tolist())
    result["scores"].append(energies.tolist())
    result["logprob"] += float(log_probs[token])
    result["probabilities"].append(math.exp(float(log_probs[token])))
    result["top"].append(top.indices[:5].tolist())
    # How far the best token is ahead of the runner-up: a float32 rounding
    # difference must not be able to change a greedy choice.
    result["margins"].append(float(top.values[0] - top.values[1]))


# ---------------------------------------------------------------- the file

def export(state_dict, config, src_vocab, tgt_vocab, card, path):
    """Writes a model as the .safetensors file of MODEL_SPEC.md.

    state_dict: the module's state_dict (names as in the spec's table);
    config: {"score", "embed", "hidden", "attn", "src_lang", "tgt_lang",
    "max_len_ratio"}, and for local attention "mechanism" ("local-m",
    "local-p") and "window"; src_vocab / tgt_vocab: token lists (index = id) with
    <pad> <unk> <s> </s> at ids 0-3; card: a dict or None.
    """
    metadata = {
        "format": "attnviz-seq2seq",
        "format_version": "1",
        "config": json.dumps(config),
        "src_vocab": json.dumps(src_vocab, ensure_ascii=False),
        "tgt_vocab": json.dumps(tgt_vocab, ensure_ascii=False),
    }
    if card is not None:
        metadata["card"] = json.dumps(card, ensure_ascii=False)
    write_safetensors(path, state_dict, metadata)


def write_safetensors(path, tensors, metadata):
    header, blobs, offset = {"__metadata__": metadata}, [], 0
    for name, tensor in tensors.items():
        data = tensor.detach().to(torch.float32).contiguous().numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensor.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, ensure_ascii=False).encode("utf-8")
    text += b" " * (-len(text) % 8)  # padded like the reference writer
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(text)))
        out.write(text)
        for blob in blobs:
            out.write(blob)


def read_safetensors(path):
    with open(path, "rb") as f:
        raw = f.read()
    (length,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + length].decode("utf-8"))
    metadata = header.pop("__metadata__")
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        data = bytearray(raw[8 + length + begin:8 + length + end])
        tensors[name] = torch.frombuffer(data, dtype=torch.float32).reshape(info["shape"])
    return tensors, metadata


def load(path):
    """The module, config and vocabularies of a model file (strict load)."""
    tensors, metadata = read_safetensors(path)
    config = json.loads(metadata["config"])
    src_vocab = json.loads(metadata["src_vocab"])
    tgt_vocab = json.loads(metadata["tgt_vocab"])
    model = Seq2Seq(config, len(src_vocab), len(tgt_vocab))
    model.load_state_dict(tensors, strict=True)
    return model.eval(), src_vocab, tgt_vocab


# ---------------------------------------------------------------- fixtures

SRC_WORDS = ("the a cat dog red car house small big is and sees my your old new "
             "green blue sleeps runs here there , . ? !").split()
TGT_WORDS = ("le la un une chat chien rouge voiture maison petit petite grand grande "
             "est et voit mon ma ton ta vieux nouveau vert bleu dort court ici la-bas "
             ", . ? !").split()
SENTENCES = ["the red car .", "a small dog sees my old house !", "cat",
             "The dog sleeps here , and your blue car runs there ?",
             "my zebra is green ."]
FORCED = [("the red car .", "la voiture rouge ."),
          ("a small dog sees my old house !", "un petit chien voit ma vieille maison !"),
          ("The dog sleeps here , and your blue car runs there ?", "le chien dort")]


# Larger weights where they make annotations and attention sharp without
# feeding rounding back into the decoder's recurrence.
# position_v: enough that local-p's p_t ranges over the sentence rather
# than sitting near its middle.
GAINS = {"encoder.rnn": 2.5, "decoder.init": 2.5, "attention.W": 1.5, "attention.query": 3.0,
         "attention.key": 3.0, "attention.v": 3.0, "attention.bias": 3.0,
         "attention.position_v": 10.0}
# The local fixtures: each mechanism with score functions of each kind
# (none, a matrix, a network), D = 2 so that windows are clipped often.
LOCAL_FIXTURES = [("local-m", "general"), ("local-m", "additive"),
                  ("local-p", "dot"), ("local-p", "additive"), ("local-p", "cosine")]
# Hard attention with each kind of score function; after the others so
# that their seeds, and files, stay as they were.
HARD_FIXTURES = [("hard", "dot"), ("hard", "general"), ("hard", "additive"), ("hard", "cosine")]
FIXTURE_WINDOW = 2
EOS_BIAS = 0.0


def random_model(score, src_vocab, tgt_vocab, embed, hidden, attn, seed,
                 mechanism="global", window=0):
    """Random weights at PyTorch-like scale (so float32 rounding is not
    amplified from step to step), with the score function's parameters
    scaled up so that attention is far from uniform, and the specials other
    than </s> never emitted."""
    config = {"score": score, "embed": embed, "hidden": hidden, "attn": attn,
              "src_lang": "en", "tgt_lang": "fr", "max_len_ratio": 1.5}
    if mechanism != "global":
        config["mechanism"] = mechanism
    if mechanism in ("local-m", "local-p"):
        config["window"] = window
    torch.manual_seed(seed)
    model = Seq2Seq(config, len(src_vocab), len(tgt_vocab))
    with torch.no_grad():
        for name, p in model.named_parameters():
            fan_in = p.shape[-1] if p.dim() > 1 else 1
            std = 1.0 if "embedding" in name else 0.1 if p.dim() == 1 else 1.0 / math.sqrt(fan_in)
            p.normal_(0.0, std * GAINS.get(name.split(".")[0] + "." + name.split(".")[1], 1.0))
        if score == "cosine":
            model.attention.gamma.fill_(8.0)
        model.decoder.out.bias[[PAD, UNK, BOS]] = -20.0
        model.decoder.out.bias[EOS] = EOS_BIAS
    return model.eval(), config


def ids_of(words, vocab):
    index = {w: i for i, w in enumerate(vocab)}
    return [index.get(w.lower(), UNK) for w in words]


def fixture_case(model, src_vocab, tgt_vocab, sentence, target=None):
    source_ids = ids_of(sentence.split(), src_vocab) + [EOS]
    forced = None if target is None else ids_of(target.split(), tgt_vocab) + [EOS]
    result = decode(model, source_ids, forced)
    margins = result.pop("margins")
    if target is None and min(margins) < 1e-3:
        raise ValueError(f"greedy choice too close to call for {sentence!r}: {min(margins)}")
    check_conditioning(model, source_ids, result)
    positions = result.pop("positions")
    if model.attention.mechanism == "hard":
        result["policy"] = positions
        result["marginal_nll"] = float(model.marginal_nll(source_ids, result["tgt_ids"]))
    elif model.attention.mechanism != "global":
        result["positions"] = positions
    result.update({"sentence": sentence, "mode": "greedy" if target is None else "forced",
                   "src_ids": source_ids,
                   "tgt_tokens": [tgt_vocab[i] for i in result["tgt_ids"]]})
    if target is not None:
        # Forced rows are labelled with the words as given, unknown ones too.
        result.update({"target": target, "tgt_tokens": target.split() + ["</s>"]})
    return result


def fixture_name(mechanism, score):
    return score if mechanism == "global" else mechanism.replace("-", "_") + "_" + score


def write_fixtures(folder):
    src_vocab, tgt_vocab = SPECIALS + SRC_WORDS, SPECIALS + TGT_WORDS
    kinds = [("global", score) for score in SCORES] + LOCAL_FIXTURES + HARD_FIXTURES
    for index, (mechanism, score) in enumerate(kinds):
        name = fixture_name(mechanism, score)
        model, config, seed, cases = well_conditioned_model(mechanism, score, src_vocab, tgt_vocab, index)
        card = {"note": "random weights from tools/pytorch_reference.py", "seed": seed}
        export(model.state_dict(), config, src_vocab, tgt_vocab, card, f"{folder}/{name}.safetensors")
        with open(f"{folder}/{name}.json", "w") as out:
            fixture = {"model": f"{name}.safetensors", "cases": cases}
            if mechanism in ("local-m", "local-p"):
                fixture["window"] = FIXTURE_WINDOW
            json.dump(fixture, out)
        summarise(name, seed, cases)


def well_conditioned_model(mechanism, score, src_vocab, tgt_vocab, index):
    """The first seed whose model passes fixture_case's checks on every case."""
    window = FIXTURE_WINDOW if mechanism in ("local-m", "local-p") else 0
    for seed in range(100 * index, 100 * index + 100):
        model, config = random_model(score, src_vocab, tgt_vocab, 12, 12, 10, seed, mechanism, window)
        try:
            with torch.no_grad():
                cases = [fixture_case(model, src_vocab, tgt_vocab, s) for s in SENTENCES]
                cases += [fixture_case(model, src_vocab, tgt_vocab, s, t) for s, t in FORCED]
            return model, config, seed, cases
        except ValueError as problem:
            print(f"{mechanism} {score}: seed {seed} skipped: {problem}")
    raise RuntimeError(f"no well-conditioned {mechanism} {score} model in 100 seeds")


def check_conditioning(model, source_ids, result):
    """The same decode in float64 must agree with float32 to well within the
    C++ test's 1e-5, or the fixture would test chaos, not the engine."""
    exact = decode(model.double(), source_ids, result["tgt_ids"])
    model.float()
    worst = max(max_difference(result[key], exact[key]) for key in ("attention", "scores"))
    if worst > 2e-6:
        raise ValueError(f"float32 and float64 differ by {worst:.1e}: ill-conditioned fixture")
    check_window_edges(model, result["positions"])
    check_hard_choices(model, result["positions"])


def check_window_edges(model, positions):
    """A window edge p_t +- D within rounding of a whole position could fall
    on either side of it in another float32 implementation."""
    if model.attention.mechanism != "local-p":
        return
    closest = min(abs(p - round(p)) for p in positions)
    if closest < 1e-4:
        raise ValueError(f"p_t lies {closest:.1e} from a whole position: window edge too close to call")


def check_hard_choices(model, policies):
    """A hard step whose two best positions are within rounding of each
    other could choose either in another float32 implementation."""
    if model.attention.mechanism != "hard":
        return
    gap = min(sorted(row)[-1] - sorted(row)[-2] for row in policies if len(row) > 1)
    if gap < 1e-3:
        raise ValueError(f"policy's two best positions {gap:.1e} apart: choice too close to call")


def summarise(name, seed, cases):
    peaks = [max(row) for case in cases for row in case["attention"]]
    positions = [p for case in cases for p in case.get("positions", [])]
    if "policy" in cases[0]:
        peaks = [max(row) for case in cases for row in case["policy"]]
    spread = f", p_t in [{min(positions):.2f}, {max(positions):.2f}]" if positions else ""
    lengths = [len(case["tgt_ids"]) for case in cases if case["mode"] == "greedy"]
    print(f"{name}: seed {seed}, greedy lengths {lengths}, "
          f"mean peak attention {sum(peaks) / len(peaks):.2f}{spread}")


# ---------------------------------------------------------------- --check

def check(path, cli, sentences):
    """Compares the C++ CLI with this module on a model file; exit 1 on a mismatch."""
    model, src_vocab, tgt_vocab = load(path)
    worst = 0.0
    for sentence in sentences:
        ours = json.loads(subprocess.run(
            [cli, "translate", "--model", path, "--format", "json", sentence],
            check=True, capture_output=True, text=True).stdout.splitlines()[0])
        source_ids = ids_of(ours["src_tokens"][:-1], src_vocab) + [EOS]
        with torch.no_grad():
            theirs = decode(model, source_ids)
        tokens = [tgt_vocab[i] for i in theirs["tgt_ids"]]
        if tokens != ours["tgt_tokens"]:
            print(f"MISMATCH {sentence!r}: attnviz {ours['tgt_tokens']} vs torch {tokens}")
            return 1
        worst = max(worst, max_difference(ours["attention"], theirs["attention"]))
        print(f"ok {sentence!r} -> {ours['translation']!r}, logprob attnviz "
              f"{ours['logprob']:.6f} torch {theirs['logprob']:.6f}")
    print(f"largest attention difference {worst:.2e}")
    return 0 if worst < 1e-5 else 1


def max_difference(a, b):
    return max(abs(x - y) for row_a, row_b in zip(a, b) for x, y in zip(row_a, row_b))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fixtures", help="folder to write the parity fixtures into")
    parser.add_argument("--check", metavar="MODEL", help="model file to compare with --cli")
    parser.add_argument("--cli", help="the attnviz-cli binary for --check")
    parser.add_argument("--sentence", action="append", help="for --check (repeatable)")
    parser.add_argument("--random-model", metavar="OUT", help="write a random model")
    parser.add_argument("--score", default="additive", choices=SCORES)
    parser.add_argument("--mechanism", default="global", choices=MECHANISMS)
    parser.add_argument("--window", type=int, default=4, help="D of a local mechanism")
    for size, default in (("embed", 64), ("hidden", 64), ("attn", 64),
                          ("src-vocab", 800), ("tgt-vocab", 1500)):
        parser.add_argument(f"--{size}", type=int, default=default)
    args = parser.parse_args()
    torch.set_num_threads(1)
    if args.fixtures:
        write_fixtures(args.fixtures)
    elif args.check:
        return check(args.check, args.cli, args.sentence or SENTENCES)
    elif args.random_model:
        write_random_model(args)
    else:
        parser.print_help()
        return 2
    return 0


def write_random_model(args):
    src_vocab = SPECIALS + [f"s{i}" for i in range(args.src_vocab - 4)]
    tgt_vocab = SPECIALS + [f"t{i}" for i in range(args.tgt_vocab - 4)]
    window = args.window if args.mechanism in ("local-m", "local-p") else 0
    model, config = random_model(args.score, src_vocab, tgt_vocab, args.embed,
                                 args.hidden, args.attn, SCORES.index(args.score),
                                 args.mechanism, window)
    export(model.state_dict(), config, src_vocab, tgt_vocab, None, args.random_model)


if __name__ == "__main__":
    sys.exit(main())
