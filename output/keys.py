"""Stable keys for plans.sqlite: the file's sha256 and positions in it, nothing run-dependent,
so converting the same file again gives the same keys and a database can be rebuilt or merged.

    document      3f2a9c0d1e4b5a67           the first 16 hex digits of the file's sha256
    plan          3f2a9c0d1e4b5a67-2         its 2nd plan
    recommendation 3f2a9c0d1e4b5a67-2-5      the 5th recommendation of that plan
    action        3f2a9c0d1e4b5a67-2-5-a1    the 1st action of that recommendation
    update        3f2a9c0d1e4b5a67-2-5-u3    the 3rd dated progress update of it
"""

from __future__ import annotations

import hashlib

from normalise.models import Document

KEY_DIGITS = 16
"""64 bits of the sha256: collisions are out of reach for any number of review PDFs."""


def document_key(doc: Document) -> str:
    """The document's key; a file that could not even be hashed is keyed by its name."""
    digest = doc.sha256 or hashlib.sha256(f"source_file:{doc.source_file}".encode()).hexdigest()
    return digest[:KEY_DIGITS]


def plan_key(document: str, position: int) -> str:
    """The key of the plan at 1-based position in the document."""
    return f"{document}-{position}"


def recommendation_key(plan: str, position: int) -> str:
    """The key of the recommendation at 1-based position in the plan."""
    return f"{plan}-{position}"


def action_key(recommendation: str, position: int) -> str:
    """The key of the action at 1-based position in the recommendation."""
    return f"{recommendation}-a{position}"


def update_key(recommendation: str, position: int) -> str:
    """The key of the progress update at 1-based position in the recommendation."""
    return f"{recommendation}-u{position}"
