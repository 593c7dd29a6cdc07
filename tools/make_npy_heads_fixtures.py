#!/usr/bin/python3
"""Writes the .npy fixtures of tests/fixtures/npy_heads with numpy itself:
attention with layers and heads as other tools save it, in the dtypes,
byte orders and layouts attnviz reads (issue 13, "Attention from other
tools"). Each NAME.npy gets NAME.tokens.json (its labels) and
NAME.expected.json: {"shape": [...], "values": [...]}, every number as
numpy reads it back from the file (float16 rounding included), in C order.

    tools/make_npy_heads_fixtures.py [tests/fixtures/npy_heads]
"""
import json
import os
import sys

import numpy

SOURCE = ["die", "Katze", "schläft", "hier", "</s>"]
TARGET = ["the", "cat", "sleeps", "</s>"]


def attention(shape, seed):
    """Rows that sum to 1: a softmax of seeded normal energies."""
    energies = numpy.random.default_rng(seed).normal(size=shape) * 2.0
    weights = numpy.exp(energies - energies.max(axis=-1, keepdims=True))
    return weights / weights.sum(axis=-1, keepdims=True)


def write(folder, name, array, tokens=True):
    path = os.path.join(folder, name + ".npy")
    numpy.save(path, array, allow_pickle=False)
    read = numpy.load(path, allow_pickle=False)
    expected = {"dtype": read.dtype.str, "fortran_order": bool(numpy.isfortran(read)),
                "shape": list(read.shape), "values": [float(v) for v in read.astype(numpy.float64).ravel(order="C")]}
    with open(os.path.join(folder, name + ".expected.json"), "w") as out:
        json.dump(expected, out)
        out.write("\n")
    if tokens:
        with open(os.path.join(folder, name + ".tokens.json"), "w", encoding="utf-8") as out:
            json.dump({"src_tokens": SOURCE, "tgt_tokens": TARGET}, out, ensure_ascii=False)
            out.write("\n")


def main(folder):
    os.makedirs(folder, exist_ok=True)
    tgt, src = len(TARGET), len(SOURCE)
    # [layers, heads, tgt, src] float16, little-endian, C order
    write(folder, "layers_heads_f2", attention((2, 3, tgt, src), 1).astype("<f2"))
    # [heads, tgt, src] float64, big-endian
    write(folder, "heads_f8_big", attention((3, tgt, src), 2).astype(">f8"))
    # [layers, heads, tgt, src] float32, Fortran order
    write(folder, "layers_heads_f4_fortran", numpy.asfortranarray(attention((2, 2, tgt, src), 3).astype("<f4")))
    # Hugging Face output_attentions stacked with the batch axis: [layers, 1, heads, tgt, src], big-endian float32
    write(folder, "hf_batch1_f4", attention((2, 1, 2, tgt, src), 4).astype(">f4"))
    # the same with a batch of 2 sentences: refused
    write(folder, "hf_batch2_f4", attention((2, 2, 2, tgt, src), 5).astype("<f4"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "npy_heads"))
