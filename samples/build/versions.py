# ruff: noqa: E501
"""Later versions of two sample plans: the same plan republished with progress added (issue 19).

Each :class:`Version` is an existing sample document (the OLD version, in ``samples/``) and a copy
of it edited the way a partnership republishes its plan (the NEW version, in
``samples/versions/``): statuses moved on, RAG ratings changed, target dates pushed back, dated
progress updates appended, one recommendation removed, one added at the end and one reworded.
Plan titles, case refs and the other recommendations' ids are kept, so every recommendation that
is in both versions is the same recommendation under the same id.

The copies are made with :func:`copy.deepcopy` and edited in place; nothing in the original
documents changes. ``origins`` records, for every recommendation of the new version, which
recommendation of the old one it is (``None`` for an added one): the expected changes are
computed from that pairing by ``build_versions.py``, never by reading the PDFs.

New progress text follows each plan's own style ("Update 10/05/2021: ...", "19/05/2021: ...",
"Completed 14/06/2021") so that the date opens the line and the project's update parser reads it
as a new dated update. The new sentences use no status word except in the status lines added on
purpose, and no date opens a sentence inside them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from invented import A_DOCUMENT
from invented_layouts import RL_DOCUMENT
from model import Document, Rec


@dataclass
class Version:
    """An old sample document, its later version, and which old rec each new rec is."""

    old: Document
    new: Document
    #: per plan, for each recommendation of the new plan in printed order: the index of the same
    #: recommendation in the old plan, or ``None`` when it was added
    origins: list[list[int | None]]
    #: what was changed, one line each, for ``samples/versions/README.md``
    changed: list[str] = field(default_factory=list)


class Editor:
    """Edits a deep copy of a document's plans, keeping track of where each rec came from."""

    def __init__(self, old: Document, stem: str, description: str) -> None:
        self.old = old
        self.new = replace(copy.deepcopy(old), stem=stem, description=description)
        self.origins: list[list[int | None]] = [list(range(len(p.recs))) for p in old.plans]
        self.changed: list[str] = []

    def rec(self, section: str, rec_id: str, plan: int = 0) -> Rec:
        """The new version's recommendation with this section and id (exactly one)."""
        found = [
            r for r in self.new.plans[plan].recs if r.section == section and r.rec_id == rec_id
        ]
        if len(found) != 1:
            raise ValueError(f"{len(found)} recs {section!r} {rec_id!r}")
        return found[0]

    def note(self, rec: Rec, what: str) -> None:
        """One line of the README list."""
        self.changed.append(f"`{rec.rec_id}` ({rec.section}): {what}")

    def reword(self, rec: Rec, old: str, new: str) -> None:
        """Replace one clause of the recommendation text (it must be there once)."""
        if rec.text.count(old) != 1:
            raise ValueError(f"{rec.rec_id}: {old!r} not once in the text")
        rec.text = rec.text.replace(old, new)
        self.note(rec, f"text reworded: “{old}” → “{new}”")

    def set_target(self, rec: Rec, row: int, old: str, new: str) -> None:
        """Change a physical row's target-date cell from ``old`` to ``new`` (same printed style)."""
        if rec.rows[row]["target"] != old:
            raise ValueError(f"{rec.rec_id}: target {rec.rows[row]['target']!r}, not {old!r}")
        rec.rows[row]["target"] = new
        self.note(rec, f"timescale “{old}” → “{new}”".replace("\n", " / "))

    def set_rag(self, rec: Rec, rag: str, fill: str) -> None:
        """Change the RAG rating (and its fill colour)."""
        self.note(rec, f"RAG {rec.rag} → {rag}")
        rec.rag, rec.rag_fill = rag, fill

    def add_progress(self, rec: Rec, *paragraphs: str, row: int = -1) -> None:
        """Append paragraphs to a physical row's progress cell (by default the last row)."""
        cell = rec.rows[row]["progress"]
        rec.rows[row]["progress"] = (
            "\n".join([cell, *paragraphs]) if cell else "\n".join(paragraphs)
        )
        for para in paragraphs:
            self.note(rec, f"progress paragraph added: “{para}”")

    def remove(self, section: str, rec_id: str, plan: int = 0) -> None:
        """Drop a recommendation; the others keep their ids."""
        recs = self.new.plans[plan].recs
        index = recs.index(self.rec(section, rec_id, plan))
        self.note(recs[index], "removed")
        del recs[index]
        del self.origins[plan][index]

    def add(self, rec: Rec, plan: int = 0) -> None:
        """Add a new recommendation at the end of the plan."""
        self.new.plans[plan].recs.append(rec)
        self.origins[plan].append(None)
        self.note(rec, "added at the end of the plan")

    def version(self) -> Version:
        """The finished version."""
        return Version(self.old, self.new, self.origins, self.changed)


# ---------------------------------------------------------------------------------------------
# Northshire DHR/2019/04 (docx): the plan as republished in summer 2021
# ---------------------------------------------------------------------------------------------

POL = "Northshire Police"
ASC = "Northshire County Council – Adult Social Care"
EUH = "Eastvale University Hospitals NHS Foundation Trust"
HSG = "Northshire Housing Partnership"
CSP = "Northshire Community Safety Partnership"


def northshire_v2() -> Version:
    """``dhr_2019_04_northshire_v2``: statuses, RAG, timescales, updates; CSP 2 out, CSP 3 in."""
    ed = Editor(
        A_DOCUMENT,
        "dhr_2019_04_northshire_v2",
        "Later version of dhr_2019_04_northshire: progress to summer 2021.",
    )
    ed.reword(
        ed.rec(POL, "1"),
        "identify and record all children present or normally resident at a domestic abuse incident",
        "identify and record every child who is present or normally resident at the address of a domestic abuse incident",
    )

    p2 = ed.rec(POL, "2")
    ed.add_progress(
        p2,
        "Update 10/05/2021: The weekly performance report shows that applications received since January 2021 were decided in an average of 29 days, within the 35 day target.",
        "Completed 14/06/2021",
    )
    ed.set_rag(p2, "Green", "00B050")

    a2 = ed.rec(ASC, "2")
    ed.set_target(a2, 1, "28.2.21", "30.9.21")
    ed.add_progress(
        a2,
        "19/05/2021: The refresher training was postponed by the training provider; the DHR Standing Panel agreed a revised timescale of September 2021 at its meeting on 12/05/2021.",
    )
    ed.set_rag(a2, "Amber", "FFC000")

    e3 = ed.rec(EUH, "3")
    ed.set_target(e3, 0, "31/12/2020", "30/06/2021")
    ed.add_progress(
        e3,
        "Update 08/04/2021: The revised policy was approved by the Trust's Safeguarding Committee on 25/03/2021 and will be launched with the new patient administration system in June 2021.",
    )

    h1 = ed.rec(HSG, "1")
    ed.add_progress(
        h1,
        "Completed 30/07/2021 – all five registered providers have sent their DAHA self-assessments and accreditation plans to the DHR Standing Panel.",
    )
    ed.set_rag(h1, "Green", "00B050")

    ed.remove(CSP, "2")
    ed.add(
        Rec(
            rec_id="3",
            text="The CSP to commission an independent evaluation of the domestic abuse awareness campaign for older people and report the findings to the CSP Board.",
            label="<b>3.</b>",
            label_sep=" ",
            cells={
                "agency": CSP,
                "review": "Sub Group requested an update for the meeting on 14/10/2021.",
            },
            rows=[
                {
                    "action": "3.1 Agree the scope of the evaluation with older people's groups.\n3.2 Present the evaluation report to the CSP Board.",
                    "lead": "CSP Manager",
                    "target": "31/10/2021\n31/3/2022",
                    "progress": "Update 02/07/2021 - Terms of reference for the evaluation have been drafted and shared with older people's groups for comment.",
                }
            ],
            rag="Amber",
            rag_fill="FFC000",
            section=CSP,
        )
    )
    return ed.version()


# ---------------------------------------------------------------------------------------------
# Harbourside CSPR 2022/05 (reportlab): the tracker report as printed in spring 2024
# ---------------------------------------------------------------------------------------------

RL_HSCP = "Harbourside Safeguarding Children Partnership"
RL_NHS = "Harbourside Community NHS Trust"
RL_POL = "Harbourside Police"


def harbourside_v2() -> Version:
    """``reportlab_cspr_2022_05_harbourside_v2``: statuses, RAG, timescales, updates; R4 out, R7 in."""
    ed = Editor(
        RL_DOCUMENT,
        "reportlab_cspr_2022_05_harbourside_v2",
        "Later version of reportlab_cspr_2022_05_harbourside: progress to spring 2024.",
    )
    ed.reword(
        ed.rec(RL_HSCP, "R1"),
        "on teenagers is recognised, not only on young children",
        "on teenagers is recognised as well as its impact on young children",
    )

    r2 = ed.rec(RL_HSCP, "R2")
    ed.add_progress(
        r2,
        "Update 15/03/2024: Figures for the last two quarters show that a multi-agency discussion was held for every child missing from education for more than ten school days.",
        "Complete 28/03/2024",
    )
    ed.set_rag(r2, "Green", "00B050")

    r3b = ed.rec(RL_NHS, "3b")
    ed.set_target(r3b, 0, "May 2023\nSeptember 2023", "May 2023\nMarch 2024")
    ed.add_progress(
        r3b,
        "Update 22/02/2024 - The audit of 30 records has been moved to March 2024 because the new template reached the last community teams in January 2024.",
    )
    ed.set_rag(r3b, "Amber", "FFC20E")

    r5 = ed.rec(RL_POL, "R5")
    ed.set_target(r5, 1, "31/10/2023", "31/05/2024")
    ed.add_progress(
        r5,
        "14/03/2024: The audit of 25 missing episodes has been moved to May 2024 so that it covers the first full quarter of the new missing person record.",
    )

    ed.remove(RL_NHS, "R4")
    ed.add(
        Rec(
            rec_id="R7",
            text="Harbourside Police to ensure that officers record the views and wishes of the child in every child protection referral.",
            cells={"agency": ""},
            rows=[
                {
                    "action": "a) Add a prompt for the child's views and wishes to the child protection referral form.\nb) Audit 20 referrals for use of the prompt.",
                    "lead": "DCI Public Protection\nDI Missing and Exploited Children",
                    "target": "June 2024\nSeptember 2024",
                    "progress": "Update 18/03/2024: The wording of the prompt has been agreed with children's social care, and the prompt will be added to the referral form in the next system release.",
                }
            ],
            rag="Amber",
            rag_fill="FFBF00",
            section=RL_POL,
        )
    )
    return ed.version()


VERSIONS: list[Version] = [northshire_v2(), harbourside_v2()]
