"""Comparing records: the same plan across versions, the same recommendation across reviews.

Pure functions on Documents (no I/O): text similarity (similarity), which plans are versions of
one plan (versions), which recommendations of two versions are the same (matching), and what
changed between them (changes).
"""
