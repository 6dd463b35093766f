"""The review's case reference, as printed in the plan's title or intro ("BDHR/2013-14/02")."""

from __future__ import annotations

import re

# A reference is a code of letters then digits joined by / or -, possibly after "Case"/"Ref".
LABELLED = re.compile(
    r"\b(?:case|ref(?:erence)?|review)\s*(?:no\.?|number|ref\.?)?\s*[:#]?\s*"
    r"(?P<ref>[A-Z][A-Za-z]*[/\- ]?\d[\w/\-]*\d\w*)",
    re.IGNORECASE,
)
BARE = re.compile(r"\b(?P<ref>(?:DHR|SCR|CSPR|SAR|LCSPR|DHRs?)[/\-\s]?\d[\w/\-]*\w)\b")


def find_case_ref(*texts: str) -> str:
    """The first case reference in the texts, or ''."""
    for text in texts:
        for pattern in (LABELLED, BARE):
            match = pattern.search(text)
            if match:
                return match.group("ref").rstrip(".,;:")
    return ""
