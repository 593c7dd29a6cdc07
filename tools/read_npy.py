#!/usr/bin/python3
"""Prints a .npy file as numpy reads it, so tests can check our writer
against numpy itself: "<dtype> <rows> <cols>", then one line per row with
every value as repr(float).

    tools/read_npy.py matrix.npy
"""
import sys

import numpy


def main(path):
    matrix = numpy.load(path, allow_pickle=False)
    rows, cols = matrix.shape
    print(matrix.dtype, rows, cols)
    for row in matrix:
        print(" ".join(repr(float(value)) for value in row))


if __name__ == "__main__":
    main(sys.argv[1])
