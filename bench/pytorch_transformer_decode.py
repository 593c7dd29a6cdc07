#!/usr/bin/python3
"""PyTorch's side of compare_pytorch's Transformer section: an
attnviz-transformer file loaded into tools/transformer_reference.py's
module (torch.nn.Transformer, the file's tensor names are its state_dict)
and decoded greedily the way the PyTorch translation tutorial does
("Language Translation with nn.Transformer and torchtext", greedy_decode):
the encoder once, then at every step the decoder over the whole prefix
with a causal mask, the generator on the last position, torch.max, the
token appended to the prefix. Batch 1, torch.set_num_threads(1),
torch.inference_mode (the tutorial runs under eval() only; inference_mode
can only make torch faster). Steps: the spec's limit, floor(max_len_ratio
* n) + 10 capped at max_positions, or fewer when </s> comes first.

  pytorch_transformer_decode.py SENTENCES_FILE REPEATS MODEL...
      Prints JSON lines: first {"torch", "threads", "blas"} (the BLAS and
      LAPACK libraries mapped into this process, from /proc/self/maps),
      then per model and sentence {"model", "words", "steps", "tokens",
      "seconds"}: the median over REPEATS runs of this thread's CPU time,
      as decode_timer's, so that time spent descheduled is not counted.
  pytorch_transformer_decode.py --random-model OUT
      Writes a random Transformer at the shipped size (d_model 64, 4 heads,
      ffn 256, 2+2 layers, V_src 800, V_tgt 1500, max_len_ratio 1.5) whose
      output bias never lets it emit </s> (nor <pad>, <unk>, <s>): every
      sentence decodes to the length limit, on both sides alike.
"""

import json
import math
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))

import torch  # noqa: E402
from torch import nn  # noqa: E402

import pytorch_reference as gru_reference  # noqa: E402
from transformer_reference import TransformerModel  # noqa: E402

BOS, EOS = gru_reference.BOS, gru_reference.EOS
SHIPPED_SIZE = {"d_model": 64, "heads": 4, "ffn": 256, "enc_layers": 2, "dec_layers": 2, "max_positions": 256,
                "src_lang": "en", "tgt_lang": "fr", "max_len_ratio": 1.5}
SRC_VOCAB, TGT_VOCAB = 800, 1500


def loaded_blas():
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line or "lapack" in line}
    return sorted(p for p in paths if p.startswith("/"))


def load(path):
    tensors, metadata = gru_reference.read_safetensors(path)
    if metadata.get("format") != "attnviz-transformer":
        raise SystemExit(f"{path}: not an attnviz-transformer file")
    config = json.loads(metadata["config"])
    src_vocab, tgt_vocab = json.loads(metadata["src_vocab"]), json.loads(metadata["tgt_vocab"])
    model = TransformerModel(config, len(src_vocab), len(tgt_vocab))
    model.load_state_dict(tensors, strict=True)
    return model.eval(), src_vocab, tgt_vocab


def greedy_decode(model, source_ids):
    """The tutorial's greedy_decode, batch first."""
    config = model.config
    limit = min(math.floor(config["max_len_ratio"] * len(source_ids)) + 10, config["max_positions"])
    memory = model.transformer.encoder(model.embed(model.src_embed, torch.tensor([source_ids])))
    ys = torch.tensor([[BOS]])
    for _ in range(limit):
        mask = nn.Transformer.generate_square_subsequent_mask(ys.shape[1])
        out = model.transformer.decoder(model.embed(model.tgt_embed, ys), memory, tgt_mask=mask)
        _, next_word = torch.max(model.out(out[:, -1]), dim=1)
        ys = torch.cat([ys, next_word[:, None]], dim=1)
        if int(next_word) == EOS:
            break
    return ys[0, 1:].tolist()


def time_sentence(model, src_vocab, tgt_vocab, sentence, repeats):
    ids = gru_reference.ids_of(sentence.split(), src_vocab) + [EOS]
    times = []
    for _ in range(repeats):
        start = time.thread_time()
        emitted = greedy_decode(model, ids)
        times.append(time.thread_time() - start)
    return {"words": len(ids) - 1, "steps": len(emitted), "tokens": [tgt_vocab[i] for i in emitted],
            "seconds": statistics.median(times)}


def write_random_model(path):
    src_vocab = gru_reference.SPECIALS + [f"s{i}" for i in range(SRC_VOCAB - 4)]
    tgt_vocab = gru_reference.SPECIALS + [f"t{i}" for i in range(TGT_VOCAB - 4)]
    torch.manual_seed(1)
    model = TransformerModel(SHIPPED_SIZE, len(src_vocab), len(tgt_vocab))
    with torch.no_grad():
        model.out.bias[[gru_reference.PAD, gru_reference.UNK, BOS, EOS]] = -20.0
    metadata = {"format": "attnviz-transformer", "format_version": "1", "config": json.dumps(SHIPPED_SIZE),
                "src_vocab": json.dumps(src_vocab), "tgt_vocab": json.dumps(tgt_vocab),
                "card": json.dumps({"note": "random weights from bench/pytorch_transformer_decode.py"})}
    gru_reference.write_safetensors(path, model.state_dict(), metadata)


def main():
    if sys.argv[1:2] == ["--random-model"]:
        write_random_model(sys.argv[2])
        return
    sentences_file, repeats, models = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    torch.set_num_threads(1)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(),
                      "blas": loaded_blas()}), flush=True)
    with open(sentences_file) as f:
        sentences = f.read().splitlines()
    with torch.inference_mode():
        for path in models:
            model, src_vocab, tgt_vocab = load(path)
            for sentence in sentences:
                row = time_sentence(model, src_vocab, tgt_vocab, sentence, repeats)
                print(json.dumps({"model": path, **row}), flush=True)


if __name__ == "__main__":
    main()
