"""Column headers mapped to the canonical fields, tolerant of each plan's own wording.

Each header is normalised (NFKC, lower case, "&" -> "and", "#" -> "no", punctuation and line
breaks -> spaces) and scored against every canonical field by weighted keyword/phrase rules;
negative weights keep look-alikes apart ("Agreed by Agency Lead" is the agency, not the lead;
"Summary of Action Taken" is progress, not the action; "Scope of recommendation" is neither).

``map_headers`` then assigns fields greedily over all (column, field) pairs, highest score
first (ties: leftmost column, then field order), each field at most once and each column at
most once. A column may take a field other than its best one only when it scores at least 2
for it. Columns left over are "extra" (their text is kept by the caller, never dropped).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CANONICAL",
    "header_scores",
    "is_header_row",
    "map_headers",
    "normalise_header",
    "phases_as_actions",
]

CANONICAL = (
    "section",
    "rec_id",
    "recommendation",
    "agency",
    "action",
    "lead",
    "target_date",
    "progress",
    "review",
    "rag",
    "status",
)

EXTRA = "extra"

# (field, pattern on the normalised header, weight). Patterns are matched with word
# boundaries around them; several rules may add up for one field.
_RULES: tuple[tuple[str, str, int], ...] = (
    # section: a theme/axis column whose (often merged) cell heads several rows.
    ("section", r"axes?|axis|themes?|priorit(?:y|ies)|workstreams?|strands?|domaines?", 4),
    ("section", r"priority (?:actions?|measures?|tasks?|activit(?:y|ies))", -4),
    # rec_id: a number column.
    ("rec_id", r"no|nos|number|num|ref|reference|id|item", 6),
    # recommendation
    ("recommendation", r"recommendations?|recs?|recommandations?", 4),
    ("recommendation", r"smart", 1),
    # The main text column of plans outside review wording: what the row is about.
    (
        "recommendation",
        r"descriptions?|objectives?|objectifs?|goals?|aims?|findings?|issues?"
        r"|areas? for (?:improvement|development)|improvement areas?|indicators?|kpis?",
        3,
    ),
    ("recommendation", r"objective measures?|issues? log", -2),
    ("recommendation", r"^recommendations?", 1),
    ("recommendation", r"scope|local or regional", -10),
    ("recommendation", r"milestones?|enacting", -2),
    # agency
    (
        "agency",
        r"agency|agencies|agences?|organisations?|organizations?|partners?|partner agency",
        3,
    ),
    ("agency", r"agreed by|agreed", 3),
    ("agency", r"lead agency", 2),
    ("agency", r"responsible (?:agency|organisation)", 1),
    (
        "agency",
        r"departments?|institutions?|bodies|body|stakeholders?|services?|directorates?"
        r"|acteurs?|organismes?|intervenants?",
        3,
    ),
    # action
    ("action", r"actions?|tasks?|interventions?|milestones?|mesures?", 4),
    ("action", r"actions? taken|action completed|actions? achieved|milestones? achieved", -4),
    ("action", r"to take|actions? required|required actions?|agreed actions?|key actions?", 1),
    (
        "action",
        r"measures?|activit(?:y|ies)|deliverables?|steps?|duties|responsibilities|initiatives?"
        r"|what|quoi|activites?|responsabilites?",
        3,
    ),
    # lead
    ("lead", r"lead|leads|led by|leading", 3),
    ("lead", r"officers?|owners?|person|manager", 2),
    ("lead", r"owner", 2),
    ("lead", r"responsible|accountable|named|who|responsables?|porteurs?|qui|pilotes?", 3),
    ("lead", r"implementation lead", 2),
    ("lead", r"agreed", -4),
    ("lead", r"lead agency", -2),
    # target_date
    ("target_date", r"target|targets", 4),
    ("target_date", r"dates?", 1),
    ("target_date", r"timescales?|time scales?|timeframes?|time frames?|by when|deadlines?", 5),
    ("target_date", r"echeanciers?|echeances?|calendrier|delais?|horizon|quand", 5),
    ("target_date", r"due|due date|date due|completion by|expected completion", 3),
    (
        "target_date",
        r"completion date|date for completion|date of completion|date to be completed",
        2,
    ),
    ("target_date", r"review date|date received|date completed|date achieved", -1),
    ("target_date", r"implementation period|periods?|terms?|timelines?|when|schedule|end date", 4),
    ("target_date", r"years?|quarters?", 2),
    # progress
    ("progress", r"progress", 3),
    ("progress", r"updates?|updated", 3),
    ("progress", r"actions? taken|milestones? achieved|current position|position statement", 5),
    ("progress", r"suivi|avancement", 3),
    ("progress", r"evidence|comments?|commentary|notes?|remarks?", 2),
    ("progress", r"summary|to date|date received|achieved", 1),
    # review
    ("review", r"review|reviewed|audit|audits", 4),
    ("review", r"monitoring|monitored|oversight|scrutiny", 4),
    ("review", r"outcomes?|impact", 5),
    ("review", r"sub group|subgroup|sub committee", 3),
    ("review", r"finalisation|finalization|finalised|sign off|signed off", 3),
    ("review", r"scr|qa and a|assurance|date completed|date achieved", 1),
    ("review", r"date of completion", 2),
    # rag
    ("rag", r"rag|brag|red amber green|rag rating|rag status", 8),
    ("rag", r"status|rating", 2),
    # status: a column of status words ("Complete", "Incomplete"), the strongest status evidence.
    # Headed with progress or RAG words it is that column ("Progress / status", "RAG status").
    # Not "State": in tables of results it is a level of government.
    ("status", r"status|statut|etat", 4),
    (
        "status",
        r"progress|updates?|comments?|commentary|position|rag|brag|rating|red amber green",
        -3,
    ),
)

_COMPILED = tuple(
    (field, re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])"), weight)
    for field, pattern, weight in _RULES
)


def normalise_header(header: str) -> str:
    """Header text reduced for matching: "Implementation Lead &\\nAgency" -> "implementation
    lead and agency"."""
    # Accents folded so "Échéancier" matches "echeancier".
    text = unicodedata.normalize("NFKD", header)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("\u00ad", "").replace("&", " and ").replace("#", " no ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


def header_scores(header: str) -> dict[str, int]:
    """Score of the header for every canonical field (positive: plausible)."""
    norm = normalise_header(header)
    scores = dict.fromkeys(CANONICAL, 0)
    if not norm:
        return scores
    for field, pattern, weight in _COMPILED:
        if pattern.search(norm):
            scores[field] += weight
    return scores


_HEADER_MAX_WORDS = 14


def map_headers(headers: list[str]) -> list[str]:
    """Canonical field for each column header, or "extra" when none fits.

    Each canonical field is used at most once: the best-scoring column wins and the others
    become "extra" (or take another field they also fit). An empty header gives "extra".
    """
    candidates: list[tuple[int, int, int, str]] = []
    for col, header in enumerate(headers):
        if len(header.split()) > _HEADER_MAX_WORDS:
            # A sentence is body text taken for a header (a table whose header was not
            # printed on this page): its words name no column.
            continue
        scores = header_scores(header)
        best = max(scores.values())
        for order, field in enumerate(CANONICAL):
            score = scores[field]
            if score <= 0 or (score < best and score < 2):
                continue
            # Sort key: highest score, then leftmost column, then canonical order.
            candidates.append((-score, col, order, field))
    candidates.sort()
    result = [EXTRA] * len(headers)
    used: set[str] = set()
    for _, col, _, field in candidates:
        if field in used or result[col] != EXTRA:
            continue
        result[col] = field
        used.add(field)
    return result


_HEADER_CELL_MAX_WORDS = 10
_HEADER_CELL_MAX_CHARS = 90


def _header_like_field(cell: str) -> str:
    """The field a cell would name if it were a header cell, or "".

    Body cells also contain header words ("Lead - Corporate Parent Board", "Progress is
    reviewed monthly ..."), so only short cells without digits count, and only with a clear
    score (3 or more).
    """
    text = cell.strip()
    if not text or any(ch.isdigit() for ch in text):
        return ""
    if len(text) > _HEADER_CELL_MAX_CHARS or len(text.split()) > _HEADER_CELL_MAX_WORDS:
        return ""
    scores = header_scores(text)
    field = max(CANONICAL, key=lambda f: scores[f])
    return field if scores[field] >= 3 else ""


def is_header_row(cells: list[str]) -> bool:
    """True when the row's texts look like a header (e.g. a header row repeated on a new page).

    Counts the non-empty cells that look like header cells (short, no digits, scoring at least
    3 for some field) and the distinct fields they name. A header needs at least 2 non-empty
    cells, at least min(3, non-empty cells) distinct fields, and header-like cells making up at
    least half of the non-empty cells.
    """
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return False
    fields = [_header_like_field(c) for c in filled]
    named = [f for f in fields if f]
    distinct = set(named)
    return len(distinct) >= min(3, len(filled)) and 2 * len(named) >= len(filled)


_PHASE_RE = re.compile(
    r"(?<![a-z0-9])(?:before|during|after|phases?|stages?|preparedness|readiness|response"
    r"|recovery|immediate|short term|medium term|long term|year \d|q[1-4])(?![a-z0-9])"
)


def phases_as_actions(headers: list[str], fields: list[str]) -> list[str]:
    """A matrix of who does what when (Stakeholder | Before the event | During | After): with
    no action column, two or more unmapped columns headed by a phase or period are together
    the action; each keeps its header in the record's text."""
    phases = [
        c
        for c, (header, field) in enumerate(zip(headers, fields, strict=True))
        if field == EXTRA and _PHASE_RE.search(normalise_header(header))
    ]
    if "action" in fields or len(phases) < 2:
        return fields
    return ["action" if c in phases else field for c, field in enumerate(fields)]
