"""Scoring conversions against ground truth: used by the benchmarks and the tests, not installed
with the library."""
