#!/usr/bin/python3
"""PyTorch's side of bench/compare_pytorch: greedy decoding, batch 1, one
thread, torch.inference_mode, with the module of tools/pytorch_reference.py.

  pytorch_decode.py SENTENCES_FILE REPEATS MODEL...

Prints JSON lines: first {"torch", "threads", "blas"} (the BLAS and LAPACK
libraries actually mapped into this process, from /proc/self/maps), then per
model and sentence {"model", "words", "steps", "tokens", "seconds"} with the
median time over REPEATS runs, in this thread's CPU time (as
decode_timer's), so that time spent descheduled on a shared machine is not
counted.
"""

import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))

import torch  # noqa: E402

import pytorch_reference as reference  # noqa: E402


def loaded_blas():
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line or "lapack" in line}
    return sorted(p for p in paths if p.startswith("/"))


def time_sentence(model, src_vocab, tgt_vocab, sentence, repeats):
    ids = reference.ids_of(sentence.split(), src_vocab) + [reference.EOS]
    times = []
    for _ in range(repeats):
        start = time.thread_time()
        result = reference.decode(model, ids, record=False)
        times.append(time.thread_time() - start)
    return {"words": len(ids) - 1, "steps": len(result["tgt_ids"]),
            "tokens": [tgt_vocab[i] for i in result["tgt_ids"]],
            "seconds": statistics.median(times)}


def main():
    sentences_file, repeats, models = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    torch.set_num_threads(1)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(),
                      "blas": loaded_blas()}), flush=True)
    with open(sentences_file) as f:
        sentences = f.read().splitlines()
    with torch.inference_mode():
        for path in models:
            model, src_vocab, tgt_vocab = reference.load(path)
            for sentence in sentences:
                row = time_sentence(model, src_vocab, tgt_vocab, sentence, repeats)
                print(json.dumps({"model": path, **row}), flush=True)


if __name__ == "__main__":
    main()
