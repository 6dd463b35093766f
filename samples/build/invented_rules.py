# ruff: noqa: E501
"""Two invented documents that test the normalisation rules: status, case references, ids, dates.

- ``evidence_dhr_2016_02_abc``: a Word document (LibreOffice) with two plans. Plan 1 has a
  "Status" column ("Complete", "Incomplete", "Not yet started", …) and timescales that are terms
  ("2016-2020", "2021-22", "Q3 2021/22", "by end of FY2023", "Annually"); plan 2 prints its ids
  in varied forms at the start of the recommendation cell ("Action 3:", "R4", "3(a)", "A5" on
  its own line, "6 - Title", "7."), and its case reference only in its intro.
- ``reportlab_sar_2015_12_adult_d``: drawn by reportlab; the case reference is a board-prefixed
  code in the intro ("WXSAB/SAR/2015/12"), a Ref column prints "1." and "3(a)"/"3(b)", status
  lines "Action complete", "Not started", "Partially complete", and timescales "2016 - 2018",
  "April – June 2016", "Quarterly", "2017/18".

The truth of these samples is given by hand, not read by the generic rules of :mod:`expected`:
every recommendation's ``status`` is :attr:`model.Rec.status_truth`, and every printed line of
the target-date column maps to its ISO dates in :attr:`model.Plan.date_truth`. The long
progress texts are drawn from the seeded sentence pool of :mod:`invented_text` (which holds no
status word), with the status lines and the prose traps placed by hand.
"""

from __future__ import annotations

import random
import re
from datetime import date

from invented_text import Context, DateWindow, progress_paragraphs
from model import Column, Document, Plan, Rec

SEED = 20250914

#: What the printed Status column says, and the status it stands for.
STATUS_COLUMN = {
    "Complete": "complete",
    "Incomplete": "ongoing",
    "Not complete": "ongoing",
    "Partially complete": "ongoing",
    "Not yet started": "not_started",
    "Ongoing": "ongoing",
}

#: Words that may say a status in any of the rules' vocabularies; the generated filler must
#: hold none of them (the hand-placed lines and traps are the only ones).
ANY_STATUS_RE = re.compile(
    r"complet|started|achiev|ongoing|progress|on track|underway|closed|finalis",
    re.IGNORECASE,
)


def d(day: int, month: int, year: int) -> date:
    """Shorthand for a date."""
    return date(year, month, day)


def updates(
    rng: random.Random,
    ctx: Context,
    window: DateWindow,
    words: int,
    traps: tuple[str, ...] = (),
    end: str = "",
) -> str:
    """A progress cell: seeded update paragraphs, trap sentences, then an optional status line.

    The i-th trap sentence closes the i-th paragraph (the last one when there are fewer);
    ``end`` is a paragraph of its own after all of them.
    """
    paras = progress_paragraphs(rng, ctx, window, words)
    for para in paras:
        if ANY_STATUS_RE.search(para):
            raise AssertionError(f"status word in generated progress: {para}")
    for i, trap in enumerate(traps):
        k = min(i, len(paras) - 1)
        paras[k] = f"{paras[k]} {trap}"
    if end:
        paras.append(end)
    return "\n".join(paras)


# ---------------------------------------------------------------------------------------------
# E. Aldwick, Bexton and Carrow DHR-ABC-2016-02: Status column, timescale terms, varied ids
# ---------------------------------------------------------------------------------------------

E_CASE = "DHR-ABC-2016-02"
E_BOARD = "CSP Board"
E_RNG = random.Random(SEED)
E1_WINDOW = DateWindow(d(1, 9, 2016), d(31, 12, 2017), "dmy4")
E2_WINDOW = DateWindow(d(1, 6, 2018), d(31, 1, 2020), "dmy4")


def e1_ctx(lead: str, topic: str, doc: str) -> Context:
    """Progress context of a plan-1 recommendation."""
    return Context(lead=lead, topic=topic, doc=doc, board=E_BOARD)


def e1_rec(rec_id: str, text: str, status: str, rows: list[dict[str, str]], alike: str = "") -> Rec:
    """A plan-1 recommendation: id in the No. column, the Status cell decides its status."""
    return Rec(
        rec_id=rec_id,
        text=text,
        cells={"status": status},
        rows=rows,
        status_truth=STATUS_COLUMN[status],
        alike=alike,
    )


E1_RECS = [
    e1_rec(
        "A1",
        "The Community Safety Partnership to publish a multi-agency domestic abuse training strategy that covers coercive and controlling behaviour and the increased risk at the point of separation.",
        "Complete",
        [
            {
                "action": "Draft the training strategy with the Domestic Abuse Strategic Board and consult all partner agencies on it before publication.",
                "lead": "CSP Manager",
                "target": "31/03/2017",
                "progress": updates(
                    E_RNG,
                    e1_ctx("CSP Manager", "coercive control", "Domestic Abuse Training Strategy"),
                    DateWindow(d(1, 9, 2016), d(31, 1, 2017), "dmy4"),
                    80,
                    end="Completed 14/02/2017",
                ),
            }
        ],
    ),
    e1_rec(
        "A2",
        "All partner agencies to adopt routine enquiry about domestic abuse in assessments of adults with care and support needs, and to record the answer.",
        "Incomplete",
        [
            {
                "action": "a) Add a routine enquiry question and a recording field to the adult social care assessment.\nb) Audit the use of routine enquiry in each year of the strategy period and report the results to the CSP.",
                "lead": "Head of Adult Social Care",
                "target": "2016-2020",
                "progress": updates(
                    E_RNG,
                    e1_ctx(
                        "Head of Adult Social Care",
                        "routine enquiry",
                        "Adult Social Care Assessment Guidance",
                    ),
                    E1_WINDOW,
                    150,
                    end="Ongoing",
                ),
            }
        ],
    ),
    e1_rec(
        "A3",
        "The Clinical Commissioning Group to make sure that GP practices record disclosures of domestic abuse in a way that every clinician can see, and share relevant information with the MARAC.",
        "Not complete",
        [
            {
                "action": "a) Agree a clinical code and a record alert for domestic abuse disclosures with the practice system suppliers.",
                "lead": "Designated Nurse, Safeguarding Adults",
                "target": "2021-22",
                "progress": updates(
                    E_RNG,
                    e1_ctx(
                        "Designated Nurse",
                        "the recording of domestic abuse",
                        "Primary Care Safeguarding Standards",
                    ),
                    E1_WINDOW,
                    100,
                ),
            },
            {
                "action": "b) Include information sharing with the MARAC in the primary care safeguarding audit tool.",
                "lead": "Named GP for Safeguarding",
                "target": "2021-22",
                "progress": updates(
                    E_RNG,
                    e1_ctx(
                        "Named GP",
                        "information sharing with the MARAC",
                        "Primary Care Audit Tool",
                    ),
                    E1_WINDOW,
                    100,
                    end="In progress",
                ),
            },
        ],
    ),
    e1_rec(
        "B1",
        "Aldwick Police to train all response officers in recognising coercive and controlling behaviour and in investigating the offence under section 76 of the Serious Crime Act 2015.",
        "Partially complete",
        [
            {
                "action": "a) Deliver face-to-face training on coercive control to every response team.",
                "lead": "Superintendent, Public Protection",
                "target": "Q3 2021/22",
                "progress": updates(
                    E_RNG,
                    e1_ctx(
                        "Superintendent",
                        "coercive and controlling behaviour",
                        "Domestic Abuse Investigation Policy",
                    ),
                    E1_WINDOW,
                    80,
                    traps=("Once the training is complete, the team will audit twenty cases.",),
                ),
            },
            {
                "action": "b) Revise the force protocol on investigating coercive and controlling behaviour.",
                "lead": "DCI Public Protection",
                "target": "Q3 2021/22",
                "progress": updates(
                    E_RNG,
                    e1_ctx(
                        "DCI Public Protection",
                        "coercive and controlling behaviour",
                        "Coercive Control Investigation Protocol",
                    ),
                    E1_WINDOW,
                    80,
                    traps=("The revised protocol is to be completed by March 2018.",),
                ),
            },
        ],
        alike="coercive_control_training",
    ),
    e1_rec(
        "B2",
        "Carrow Borough Council to include screening for domestic abuse in its housing register applications and homelessness assessments.",
        "Not yet started",
        [
            {
                "action": "Add domestic abuse screening questions to the housing register application and the homelessness assessment once the new housing management system is in place.",
                "lead": "Head of Housing Options",
                "target": "by end of FY2023",
                "progress": "\n".join(
                    [
                        "Update 04/12/2017: Work on this action has not begun. The screening questions depend on the new housing management system, and its procurement has been moved to the next financial year.",
                        "Update 19/03/2018: The business case for the new system has been approved by the Council's Cabinet and a supplier will be appointed in the summer. A completion report is due in June 2018.",
                        "Assurance to be supplied before the review is finalised.",
                    ]
                ),
            }
        ],
    ),
    e1_rec(
        "B3",
        "The CSP to make sure that the learning from this review reaches practitioners in all partner agencies and is tested for its impact on practice.",
        "Ongoing",
        [
            {
                "action": "a) Include the case in the multi-agency domestic abuse training and the partnership's learning briefings.\nb) Report on the impact of the learning to the CSP Board.",
                "lead": "CSP Training Coordinator\nCSP Manager",
                "target": "Ongoing\nAnnually",
                "progress": updates(
                    E_RNG,
                    e1_ctx(
                        "CSP Training Coordinator",
                        "the learning from this review",
                        "Learning Briefing",
                    ),
                    E1_WINDOW,
                    150,
                    end="Ongoing",
                ),
            }
        ],
    ),
    e1_rec(
        "B4",
        "Bexton Hospitals NHS Trust to refer every patient who discloses domestic abuse in the emergency department to the hospital IDVA service.",
        "Complete",
        [
            {
                "action": "Review any emergency department attendance where domestic abuse was disclosed but no referral to the hospital IDVA was made, and give feedback to the staff involved.",
                "lead": "Head of Safeguarding, Bexton Hospitals",
                "target": "As required",
                "progress": updates(
                    E_RNG,
                    e1_ctx(
                        "Head of Safeguarding",
                        "referrals to the hospital IDVA",
                        "Emergency Department Domestic Abuse Pathway",
                    ),
                    E1_WINDOW,
                    120,
                    end="ONGOING",
                ),
            }
        ],
    ),
]

E_REVIEW = "Assurance to be supplied to the CSP before the review is finalised."
#: (label, separator between label and text, rec_id)
E2_IDS = [
    ("<b>Action 3:</b>", " ", "3"),
    ("R4", " ", "R4"),
    ("3(a)", " ", "3(a)"),
    ("<b>A5</b>", "\n", "A5"),
    ("<b>6</b>", " - ", "6"),
    ("7.", " ", "7"),
]


def e2_rec(
    n: int,
    text: str,
    agency: str,
    sign_off: str,
    rag: str,
    rows: list[dict[str, str]],
    status: str,
    alike: str = "",
) -> Rec:
    """A plan-2 recommendation: its id printed before the text in one of :data:`E2_IDS` forms."""
    label, sep, rec_id = E2_IDS[n]
    return Rec(
        rec_id=rec_id,
        text=text,
        label=label,
        label_sep=sep,
        cells={"agency": agency, "review": f"{E_REVIEW}\n{sign_off}"},
        rows=rows,
        rag=rag,
        status_truth=status,
        alike=alike,
    )


def e2_progress(lead: str, topic: str, doc: str, words: int, **kwargs: object) -> str:
    """A plan-2 progress cell (see :func:`updates`)."""
    ctx = Context(lead=lead, topic=topic, doc=doc, board=E_BOARD)
    return updates(E_RNG, ctx, E2_WINDOW, words, **kwargs)  # type: ignore[arg-type]


E2_RECS = [
    e2_rec(
        0,
        "Aldwick Police to complete a DASH risk assessment with the victim at every domestic abuse incident, and to record the reason whenever one cannot be completed.",
        "Aldwick Police",
        "Sign-off due at the DHR panel.",
        "Amber",
        [
            {
                "action": "i) Make the DASH risk assessment a mandatory step before a domestic abuse incident can be closed on the crime system.\nii) Brief all response sergeants on the change.",
                "target": "30/06/2018\n30/09/2018",
                "progress": e2_progress(
                    "Head of Crime Standards",
                    "DASH risk assessments",
                    "Crime Recording Standard",
                    120,
                    end="ONGOING",
                ),
            }
        ],
        "ongoing",
        alike="dash_every_incident",
    ),
    e2_rec(
        1,
        "Bexton Hospitals NHS Trust to provide level 3 safeguarding adults training, including domestic abuse, to all emergency department staff.",
        "Bexton Hospitals NHS Trust",
        "Sign-off due at the DHR panel.",
        "Green",
        [
            {
                "action": "i) Add a domestic abuse module to the level 3 safeguarding adults course.",
                "target": "31/12/2018",
                "progress": e2_progress(
                    "Named Nurse", "domestic abuse", "Safeguarding Training Strategy", 80
                ),
            },
            {
                "action": "ii) Report training compliance in the emergency department to the Trust Safeguarding Committee each quarter.",
                "target": "31/03/2020",
                "progress": e2_progress(
                    "Head of Safeguarding",
                    "training compliance",
                    "Safeguarding Committee Report",
                    80,
                    end="Completed 24/03/2020",
                ),
            },
        ],
        "complete",
    ),
    e2_rec(
        2,
        "Carrow Borough Council to check the housing file for previous reports of domestic abuse before it agrees a joint tenancy.",
        "Carrow Borough Council – Housing",
        "Sign-off due at the DHR panel.",
        "Green",
        [
            {
                "action": "i) Add a check of previous domestic abuse reports to the joint tenancy procedure.",
                "target": "September 2018",
                "progress": e2_progress(
                    "Tenancy Services Manager",
                    "joint tenancies",
                    "Joint Tenancy Procedure",
                    100,
                    traps=(
                        "Once the tenancy checks are complete, housing officers will be briefed at their team meetings.",
                    ),
                ),
            }
        ],
        "",
    ),
    e2_rec(
        3,
        "The Trust should ensure that health visitors and midwives ask about domestic abuse at every contact where it is safe to do so, and record when it was not safe to ask.",
        "Aldwick Community Health NHS Trust",
        "Sign-off due at the CSP Board.",
        "Red",
        [
            {
                "action": "i) Audit the recording of routine enquiry in health visiting and midwifery records.",
                "target": "31/03/2019",
                "progress": e2_progress(
                    "Head of Safeguarding Children",
                    "routine enquiry",
                    "Health Visiting Record Standard",
                    100,
                    end="Not yet achieved",
                ),
            }
        ],
        "ongoing",
    ),
    e2_rec(
        4,
        "Improve data capture\nThe Aldwick Domestic Abuse Service should record the protected characteristics of every person referred to it, so that the CSP can see which groups are not reaching the service.",
        "Aldwick Domestic Abuse Service",
        "Sign-off due at the DHR panel.",
        "Amber",
        [
            {
                "action": "i) Add protected characteristics to the referral form and the case management system.",
                "target": "31/12/2018",
                "progress": e2_progress(
                    "Service Manager", "protected characteristics", "Referral Form", 80
                ),
            },
            {
                "action": "ii) Report referral data by protected characteristic to the CSP every quarter.",
                "target": "Ongoing",
                "progress": e2_progress(
                    "Data and Performance Officer",
                    "referral data",
                    "Quarterly Performance Report",
                    80,
                    end="ONGOING",
                ),
            },
        ],
        "ongoing",
    ),
    e2_rec(
        5,
        "The National Probation Service to share risk information about perpetrators with the MARAC, including when the perpetrator is not under its supervision at the time.",
        "National Probation Service",
        "Sign-off due at the CSP Board.",
        "Green",
        [
            {
                "action": "i) Issue guidance to probation staff on sharing information with the MARAC.",
                "target": "March 2019",
                "progress": e2_progress(
                    "Head of Public Protection",
                    "information sharing with the MARAC",
                    "MARAC Information Sharing Guidance",
                    100,
                    end="Completed 11/09/2020",
                ),
            }
        ],
        "complete",
    ),
]

E_PLAN_1 = Plan(
    title=f"Domestic Homicide Review Action Plan - {E_CASE}",
    intro="This plan sets out the Partnership's response to the recommendations of the overview report. Progress is reported to the CSP Board every quarter, and the Status column records the position the Board agreed at its last meeting.",
    case_ref=E_CASE,
    columns=[
        Column("no", "No.", 1.1),
        Column("recommendation", "Recommendation", 4.6),
        Column("action", "Action", 4.6),
        Column("lead", "Lead", 2.8),
        Column("target", "Timescale", 2.2),
        Column("progress", "Progress", 8.4),
        Column("status", "Status", 2.2),
    ],
    recs=E1_RECS,
    rec_level=("no", "recommendation", "status"),
    continuation="vmerge",
    rag_mode="none",
    header_fill="E7E6E6",
    date_truth={
        "31/03/2017": ("2017-03-31",),
        "2016-2020": ("2020",),
        "2021-22": ("2022",),
        "Q3 2021/22": (),
        "by end of FY2023": ("2023",),
        "Ongoing": (),
        "Annually": (),
        "As required": (),
    },
)

E_PLAN_2 = Plan(
    title="Single Agency Action Plans",
    intro=f"This plan responds to the recommendations of {E_CASE} and sets out each agency's actions.",
    case_ref=E_CASE,
    columns=[
        Column("recommendation", "Recommendation", 4.6),
        Column("agency", "Agency", 2.4),
        Column("action", "Action", 4.4),
        Column("target", "Target date", 2.0),
        Column("progress", "Progress", 7.2),
        Column("review", "Assurance and sign-off", 3.6),
        Column("rag", "RAG", 1.3),
    ],
    recs=E2_RECS,
    rec_level=("recommendation", "agency", "review", "rag"),
    continuation="empty",
    rag_mode="text",
    header_fill="E7E6E6",
    page_break_before=True,
    date_truth={
        "30/06/2018": ("2018-06-30",),
        "30/09/2018": ("2018-09-30",),
        "31/12/2018": ("2018-12-31",),
        "31/03/2020": ("2020-03-31",),
        "September 2018": ("2018-09",),
        "31/03/2019": ("2019-03-31",),
        "Ongoing": (),
        "March 2019": ("2019-03",),
    },
)

E_DOCUMENT = Document(
    stem="evidence_dhr_2016_02_abc",
    plans=[E_PLAN_1, E_PLAN_2],
    font="Liberation Serif",
    size_pt=9.0,
    landscape=True,
    page_header="OFFICIAL - SENSITIVE",
    page_header_align="right",
    description="Status column, timescale terms, case ref in title then intro only, ids in varied forms.",
)

# ---------------------------------------------------------------------------------------------
# S. West Exmoor SAB WXSAB/SAR/2015/12 (Adult D): reportlab, Ref "1."/"3(a)", status lines
# ---------------------------------------------------------------------------------------------

S_CASE = "WXSAB/SAR/2015/12"
S_RNG = random.Random(SEED + 1)
S_WINDOW = DateWindow(d(1, 2, 2016), d(31, 12, 2017), "dmy4")
S_BOARD = "SAB Case Review Sub-Group"
RAG_FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "0070C0"}


def s_progress(lead: str, topic: str, doc: str, words: int, **kwargs: object) -> str:
    """A progress cell of the SAR plan (see :func:`updates`)."""
    ctx = Context(lead=lead, topic=topic, doc=doc, board=S_BOARD)
    return updates(S_RNG, ctx, S_WINDOW, words, **kwargs)  # type: ignore[arg-type]


def s_rec(
    rec_id: str,
    ref: str,
    text: str,
    rag: str,
    status: str,
    rows: list[dict[str, str]],
    alike: str = "",
) -> Rec:
    """A SAR recommendation: ``ref`` printed in the Ref column, RAG as a fill."""
    return Rec(
        rec_id=rec_id,
        text=text,
        no_label=ref,
        rows=rows,
        rag=rag,
        rag_fill=RAG_FILL[rag],
        status_truth=status,
        alike=alike,
    )


S_RECS = [
    s_rec(
        "1",
        "1.",
        "The Board to publish multi-agency guidance on working with adults who self-neglect, including how to assess mental capacity when an adult repeatedly refuses care and support.",
        "Green",
        "complete",
        [
            {
                "action": "i) Draft self-neglect and hoarding guidance with partner agencies.\nii) Launch the guidance at a Board practitioner event.",
                "lead": "SAB Business Manager",
                "target": "31 March 2016",
                "progress": s_progress(
                    "SAB Business Manager",
                    "self-neglect",
                    "Self-Neglect and Hoarding Guidance",
                    150,
                    end="Action complete",
                ),
            }
        ],
    ),
    s_rec(
        "2",
        "2.",
        "Partner agencies to make sure that practitioners assess and record mental capacity for specific decisions, and do not assume capacity without assessing it.",
        "Amber",
        "ongoing",
        [
            {
                "action": "i) Deliver Mental Capacity Act training to adult social care and community health staff.",
                "lead": "Principal Social Worker",
                "target": "2016 - 2018",
                "progress": s_progress(
                    "Principal Social Worker",
                    "mental capacity assessment",
                    "Mental Capacity Act Policy",
                    130,
                ),
            },
            {
                "action": "ii) Audit mental capacity assessments in 30 cases a year.",
                "lead": "MCA Lead, West Exmoor Council",
                "target": "2016 - 2018",
                "progress": s_progress(
                    "MCA Lead",
                    "mental capacity assessment",
                    "MCA Audit Tool",
                    130,
                    end="In progress – revised date agreed",
                ),
            },
        ],
    ),
    s_rec(
        "3(a)",
        "3(a)",
        "West Exmoor Council to set up a multi-agency risk management meeting for adults at high risk who do not meet the criteria for a safeguarding enquiry.",
        "Red",
        "not_started",
        [
            {
                "action": "i) Agree terms of reference for a high-risk adults panel with the police, the mental health trust and housing providers.",
                "lead": "Head of Adult Safeguarding",
                "target": "April – June 2016",
                "progress": "\n".join(
                    [
                        "Update 14/06/2016: The terms of reference have not been drafted. The Head of Adult Safeguarding post was vacant from February to May 2016, and the work will be taken forward by the new postholder.",
                        "Update 20/09/2016: A meeting with the police, the mental health trust and the two largest housing providers has been arranged for October 2016 to agree the scope of the panel and how referrals will be made.",
                        "Update 12/01/2017: The October meeting was postponed because of winter pressures in adult social care. A new date will be set by the Sub-Group.",
                        "Not started",
                    ]
                ),
            }
        ],
    ),
    s_rec(
        "3(b)",
        "3(b)",
        "The Board to seek assurance that the high-risk adults panel is used, and that it reduces risk for the adults referred to it.",
        "Amber",
        "ongoing",
        [
            {
                "action": "i) Report the number of referrals to the panel and their outcomes to the Board.",
                "lead": "SAB Business Manager",
                "target": "Quarterly",
                "progress": s_progress(
                    "SAB Business Manager",
                    "high-risk adults",
                    "SAB Performance Report",
                    170,
                    end="Partially complete",
                ),
            }
        ],
    ),
    s_rec(
        "4",
        "4.",
        "West Exmoor Clinical Commissioning Group to make sure that GP practices follow up adults who are known to self-neglect when they do not attend appointments.",
        "Blue",
        "complete",
        [
            {
                "action": "i) Add a follow-up standard for adults who do not attend to the primary care safeguarding standards.",
                "lead": "Designated Nurse, Adult Safeguarding",
                "target": "2017/18",
                "progress": s_progress(
                    "Designated Nurse",
                    "missed appointments",
                    "Primary Care Safeguarding Standards",
                    140,
                ),
            },
            {
                "action": "ii) Check the standard through the annual practice safeguarding self-assessment.",
                "lead": "Named GP, Adult Safeguarding",
                "target": "2017/18",
                "progress": s_progress(
                    "Named GP",
                    "missed appointments",
                    "Practice Safeguarding Self-Assessment",
                    130,
                    end="Action complete",
                ),
            },
        ],
    ),
    s_rec(
        "5",
        "5.",
        "West Exmoor Fire and Rescue Service to offer a home fire safety visit to every adult referred to it by a partner agency because of hoarding.",
        "Green",
        "",
        [
            {
                "action": "i) Agree a referral route for hoarding concerns with adult social care and housing providers.",
                "lead": "Prevention Manager",
                "target": "30 September 2016",
                "progress": s_progress(
                    "Prevention Manager",
                    "hoarding",
                    "Home Fire Safety Visit Policy",
                    130,
                    traps=(
                        "Once the referral route is complete, crews will be briefed at each station.",
                    ),
                ),
            }
        ],
        alike="fire_safety_visit",
    ),
]

S_PLAN = Plan(
    title="Safeguarding Adults Review: Adult D – Action Plan",
    intro=f"The review ({S_CASE}) was commissioned by the West Exmoor Safeguarding Adults Board. The Board accepted all of the review's recommendations in December 2015, and progress is monitored by its Case Review Sub-Group.",
    case_ref=S_CASE,
    columns=[
        Column("no", "Ref", 1.1),
        Column("recommendation", "Recommendation", 4.6),
        Column("action", "Actions", 4.6),
        Column("lead", "Responsible", 2.8),
        Column("target", "By when", 2.6),
        Column("progress", "Update", 8.2),
        Column("rag", "RAG Status", 1.6),
    ],
    recs=S_RECS,
    rec_level=("no", "recommendation", "rag"),
    continuation="empty",
    rag_mode="fill",
    header_fill="DDEBF7",
    date_truth={
        "31 March 2016": ("2016-03-31",),
        "2016 - 2018": ("2018",),
        "April – June 2016": ("2016-04", "2016-06"),
        "Quarterly": (),
        "2017/18": ("2018",),
        "30 September 2016": ("2016-09-30",),
    },
)

S_DOCUMENT = Document(
    stem="reportlab_sar_2015_12_adult_d",
    plans=[S_PLAN],
    font="Helvetica",
    size_pt=8.5,
    landscape=True,
    margins_cm=(2.0, 1.5, 2.0, 1.5),
    page_header="OFFICIAL",
    page_header_align="left",
    cell_space_after_pt=3.0,
    renderer="reportlab",
    description="Drawn with reportlab: board-prefixed case code in the intro, Ref 1./3(a)/3(b), status lines, timescale terms.",
)

RULES_DOCUMENTS = [E_DOCUMENT, S_DOCUMENT]
