# ruff: noqa: E501
"""Text generation for the invented plans: date formats and long progress updates.

Everything is drawn from a :class:`random.Random` seeded by the caller, so rebuilding gives the
same text. The sentence pool deliberately holds no status word (complete, closed, achieved,
ongoing, in progress, on track, underway): status words are only placed on purpose, so each
recommendation's status is unambiguous.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dates import find_dates
from expected import STATUS_RE

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def ordinal(day: int) -> str:
    """English ordinal suffix of a day number."""
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def fmt_date(d: date, style: str) -> str:
    """A date in one of the genre's formats (markup; superscript ordinals as ``<sup>``)."""
    if style == "dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "dmy4":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy_nopad":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "dot2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "dot_nopad":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "ordinal":
        return f"{d.day}<sup>{ordinal(d.day)}</sup> {MONTH_NAMES[d.month - 1]} {d.year}"
    if style == "ordinal_plain":
        return f"{d.day}{ordinal(d.day)} {MONTH_NAMES[d.month - 1]} {d.year}"
    if style == "long":
        return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
    if style == "month":
        return f"{MONTH_NAMES[d.month - 1]} {d.year}"
    if style == "review_by":
        return f"Review by {d.day}<sup>{ordinal(d.day)}</sup> {MONTH_NAMES[d.month - 1]} {d.year}"
    if style == "year":
        return str(d.year)
    raise ValueError(style)


def iso_for(d: date, style: str) -> str:
    """The ISO value a date printed in ``style`` stands for (at the printed precision)."""
    if style == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if style == "year":
        return f"{d.year:04d}"
    return d.isoformat()


def checked_date(d: date, style: str) -> str:
    """``fmt_date`` after asserting the date reader gives back exactly the intended value."""
    text = fmt_date(d, style)
    plain = re.sub(r"</?sup>", "", text)
    got = find_dates(plain)
    if got != [iso_for(d, style)]:
        raise AssertionError(f"{text!r} reads as {got}, meant {iso_for(d, style)}")
    return text


SENTENCES = [
    "A task and finish group chaired by the {lead} met on {date} to agree the scope of this work and the evidence the panel will need.",
    "The {doc} has been revised to include a section on {topic} and was approved at the {board} on {date}.",
    "Briefings on {topic} were delivered to {n} frontline practitioners between {month} and {month2}.",
    "A dip sample of {m} case files was carried out in {month}; {pct}% showed that {topic} had been considered at the first contact.",
    "Learning from this review has been added to the safeguarding training package, which is mandatory for all staff in patient-facing and public-facing roles.",
    "Compliance with the new process will be tested through the quarterly multi-agency audit programme and reported to the {board}.",
    "The panel asked for further evidence of impact and a short report was presented at the meeting on {date}.",
    "The e-learning module has been refreshed and {pct}% of eligible staff had finished it by {date}.",
    "A 7-minute briefing summarising the key learning from the review was published on the partnership website on {date} and circulated to all agencies.",
    "Supervision templates now include a prompt to discuss {topic} in every case held by the team.",
    "The {lead} has written to all team managers to remind them of the expectations set out in the {doc}.",
    "Staffing pressures in {month} delayed the roll-out of the revised process by around six weeks.",
    "A further audit is planned for {month2} to check that the improvement has been sustained.",
    "Feedback from practitioners who attended the sessions was positive, with {pct}% rating the content as good or excellent.",
    "The case management system has been changed so that {topic} is recorded in a mandatory field; the change went live on {date}.",
    "Managers have been asked to check the quality of recording in this area as part of monthly case file audits.",
    "The learning was presented at the {board} development session on {date}, attended by senior leaders from all partner agencies.",
    "A revised referral pathway has been agreed with the specialist domestic abuse service and was circulated to staff on {date}.",
    "Data for the last quarter shows {n} referrals, compared with {m} in the same quarter of the previous year.",
    "The {lead} attended the multi-agency practitioners' forum on {date} to explain the changes and answer questions.",
    "An easy-read version of the guidance has been produced with the help of people with lived experience.",
    "The results of the audit were shared with team leaders, and individual feedback was given to practitioners where recording fell short of the standard.",
    "Two workshops on {topic} have been held for GP practice safeguarding leads, and the slides are available on the intranet.",
    "The action was discussed with the regional lead, who agreed that the approach should be shared with neighbouring areas.",
    "The policy will be reviewed again in twelve months, or sooner if national guidance changes.",
    "A quality assurance framework has been developed so that the {board} can monitor the use of {topic} over time.",
    "Case examples drawn from this review are now used in the two-day level 3 safeguarding course.",
    "Evidence submitted to the panel includes the revised {doc}, training attendance figures and the audit report.",
    "Performance against the new standard is now reported monthly in the service's safeguarding dashboard.",
    "A small number of practitioners were unaware of the change, so a reminder was included in the staff newsletter in {month}.",
    "Agreement has been reached with the commissioning team that the requirement will be written into the new contract from {month2}.",
    "The first cohort of {n} staff attended the new training in {month}; further dates have been set for the rest of the year.",
    "The {lead} has provided a written assurance statement to the panel confirming the position.",
    "Work with the IT supplier to add the new alert to the case management system has taken longer than expected.",
    "The MARAC coordinator has confirmed that agencies are now bringing the relevant information to the meeting.",
    "An audit of {m} cases in {month} found consistent use of the {doc} in all but {k} cases, and those cases were followed up with the staff involved.",
    "Team meetings in every locality have included a standing item on {topic} since {month}.",
    "The named professionals have met with the designated nurse to agree how the change will be monitored in primary care.",
    "Posters and pocket cards with the key messages on {topic} have been distributed to all wards, custody suites and housing offices.",
    "The service user reference group was consulted on the wording of the new leaflet, and their suggestions were adopted.",
]

for _s in SENTENCES:
    if STATUS_RE.search(_s):
        raise AssertionError(f"status word in sentence pool: {_s}")


@dataclass
class Context:
    """What the progress sentences talk about."""

    lead: str
    topic: str
    doc: str
    board: str


@dataclass
class DateWindow:
    """The period a plan's progress updates fall in, and how their dates are printed."""

    start: date
    end: date
    style: str  # fmt_date style for dates inside progress text

    def pick(self, rng: random.Random) -> date:
        """A random date inside the window."""
        return self.start + timedelta(days=rng.randrange((self.end - self.start).days))


def sentence(rng: random.Random, ctx: Context, window: DateWindow, template: str) -> str:
    """One progress sentence from ``template`` with its placeholders filled in."""
    d1 = window.pick(rng)
    month = MONTH_NAMES[d1.month - 1] + f" {d1.year}"
    d2 = d1 + timedelta(days=rng.randrange(40, 200))
    month2 = MONTH_NAMES[d2.month - 1] + f" {d2.year}"
    return template.format(
        lead=ctx.lead,
        topic=ctx.topic,
        doc=ctx.doc,
        board=ctx.board,
        date=fmt_date(window.pick(rng), window.style),
        month=month,
        month2=month2,
        n=rng.randrange(40, 900),
        m=rng.randrange(12, 80),
        k=rng.randrange(2, 6),
        pct=rng.randrange(62, 99),
    )


def progress_paragraphs(
    rng: random.Random, ctx: Context, window: DateWindow, words: int, dated: bool = True
) -> list[str]:
    """Paragraphs of a progress update of roughly ``words`` words.

    No sentence repeats within one update. With ``dated`` most paragraphs open with an update
    date ("Update 14/03/2018:"), in date order as the genre's running logs are.
    """
    pool = SENTENCES[:]
    rng.shuffle(pool)
    bodies: list[str] = []
    total = 0
    while total < words and pool:
        n_sent = min(rng.randrange(2, 5), len(pool))
        body = " ".join(sentence(rng, ctx, window, pool.pop()) for _ in range(n_sent))
        bodies.append(body)
        total += len(re.sub(r"<[^>]+>", "", body).split())
    if not dated:
        return bodies
    prefix = rng.choice(("Update {d}:", "{d} –", "Update {d} -", "{d}:"))
    flags = [rng.random() < 0.7 for _ in bodies]
    days = sorted(window.pick(rng) for _ in range(sum(flags)))
    paras = []
    for body, flag in zip(bodies, flags, strict=True):
        if flag:
            body = prefix.format(d=fmt_date(days.pop(0), window.style)) + " " + body
        paras.append(body)
    return paras
