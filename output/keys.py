"""Stable keys for plans.sqlite: the file's name in the batch, its sha256 and positions in it,
nothing run-dependent, so converting the same file again gives the same keys and a database can
be rebuilt or merged; the same content under two names is two documents (sharing a sha256).

    document      3f2a9c0d1e4b5a67           16 hex digits of the sha256 of name and content
    plan          3f2a9c0d1e4b5a67-2         its 2nd plan
    recommendation 3f2a9c0d1e4b5a67-2-5      the 5th recommendation of that plan
    action        3f2a9c0d1e4b5a67-2-5-a1    the 1st action of that recommendation
    update        3f2a9c0d1e4b5a67-2-5-u3    the 3rd dated progress update of it
"""

from __future__ import annotations

import hashlib

from actionplan.normalise.models import Document

KEY_DIGITS = 16
"""64 bits of the sha256: collisions are out of reach for any number of review PDFs."""


def document_key(doc: Document) -> str:
    """The document's key, from its source_file (its path in the batch) and content hash."""
    identity = f"{doc.source_file}\0{doc.sha256}"
    return hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()[:KEY_DIGITS]


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
