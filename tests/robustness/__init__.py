"""Hostile inputs: bad files built by code, the suite that converts them, and the fuzz campaign."""
