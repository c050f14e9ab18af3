"""Benchmarks run by ``make bench`` (``python -m evals.benchmarks``); figures go to docs/BENCHMARKS.md."""
