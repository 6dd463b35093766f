# ruff: noqa: E501
"""Three invented documents written to hold recurring recommendations (issue 19).

National learning comes back review after review: DHRs, SARs and CSPRs keep asking for coercive
control training, routine enquiry, DASH risk assessments, MARAC referrals, a Think Family
approach, professional curiosity. These plans restate such changes on purpose, each in its own
words (another agency, another framing, at least about 30% of its content words not in any other
member) but keeping the key phrases. Every recommendation written into a family carries
``alike="<family>"``; where an older sample asks for the same change, that recommendation is
tagged with the same family in its own data file. The other recommendations here are on topics
no other sample covers.

- ``dhr_2022_09_rivermouth``: Word/LibreOffice, landscape, a "Rec No." column, rec cells merged
  over their rows, RAG as fill, one plan of nine recommendations.
- ``sar_2023_02_lowfield``: drawn with reportlab, landscape Helvetica, "1." labels, an assurance
  column, rec cells left empty on later rows, RAG as fill.
- ``portrait_cspr_2023_07_greyhaven``: Word/LibreOffice, portrait, "Recommendation 1" labels on
  their own line, a) b) actions, rec cells left empty on later rows, RAG as text.

Families (member: plan, rec_id):

- ``fire_safety_visit``: Adult D 5, Mr B 4b, Lowfield 2
- ``daha_accreditation``: Northshire housing 1, Ashvale Homes 2, Rivermouth 7
- ``coercive_control_training``: ABC B1, Rivermouth 1
- ``dash_every_incident``: ABC (single agency) 3, Rivermouth 2
- ``gp_recording``: Ashvale ICB 1, Rivermouth 4
- ``marac_adult_safeguarding``: Ashvale adult social care 2, Lowfield 3
- ``routine_enquiry_maternity``: Northshire Eastvale 1, Greyhaven 1
- ``think_family``: Rivermouth 5, Lowfield 4, Greyhaven 2
- ``professional_curiosity``: Lowfield 1, Greyhaven 3

Same conventions as :mod:`invented`: seeded generation, so a rebuild gives the same data.
"""

from __future__ import annotations

import random
from datetime import date

from invented_builder import Act, Spec, Style, build_recs
from invented_text import DateWindow
from model import Column, Document, Plan

SEED = 20260119


def d(day: int, month: int, year: int) -> date:
    """Shorthand for a date."""
    return date(year, month, day)


# ---------------------------------------------------------------------------------------------
# V1. Rivermouth DHR/2022/09: Word, landscape, Rec No. column, merged rec cells, RAG as fill
# ---------------------------------------------------------------------------------------------

V1_POL = "Rivermouth Police"
V1_ICB = "Rivermouth and Estuary Integrated Care Board"
V1_MHT = "Rivermouth Mental Health NHS Trust"
V1_CSP = "Rivermouth Community Safety Partnership"

V1_SPECS = [
    Spec(
        "Rivermouth Police to give every frontline officer and supervisor classroom training in recognising coercive and controlling behaviour and in investigating the offence under section 76 of the Serious Crime Act 2015.",
        V1_POL,
        [
            [
                Act(
                    "Commission a one-day classroom course on coercive control from the specialist domestic abuse service.",
                    "Head of Learning and Development",
                    d(31, 5, 2023),
                ),
                Act(
                    "Deliver the course to all response and neighbourhood officers and their sergeants.",
                    "Head of Learning and Development",
                    d(31, 3, 2024),
                ),
            ],
            [
                Act(
                    "Review 30 coercive control crime reports for the quality of evidence gathering.",
                    "DCI Public Protection",
                    d(30, 6, 2024),
                )
            ],
        ],
        "complete",
        "Green",
        "coercive control",
        "Domestic Abuse Investigation Policy",
        [220, 200],
        alike="coercive_control_training",
    ),
    Spec(
        "Rivermouth Police to make sure that officers complete a DASH risk assessment with the victim at every domestic abuse incident, and record the reason when a victim declines to answer.",
        V1_POL,
        [
            [
                Act(
                    "Make the DASH questions and a 'declined' reason field part of the mobile incident app.",
                    "Digital Policing Lead",
                    d(30, 9, 2023),
                )
            ],
            [
                Act(
                    "Report the rate of DASH completion by team to the monthly performance meeting.",
                    "Head of Public Protection",
                    None,
                )
            ],
        ],
        "ongoing",
        "Amber",
        "DASH risk assessments",
        "DASH Risk Assessment Guidance",
        [150, 150],
        alike="dash_every_incident",
    ),
    Spec(
        "Rivermouth Police to check the domestic abuse history of every applicant, and of the applicant's partner, before a shotgun or firearm certificate is granted or renewed.",
        V1_POL,
        [
            [
                Act(
                    "Add a domestic abuse history check of the applicant and partner to the firearms licensing procedure.",
                    "Firearms Licensing Manager",
                    d(31, 7, 2023),
                )
            ]
        ],
        "complete",
        "Blue",
        "firearms licensing",
        "Firearms Licensing Procedure",
        [180],
    ),
    Spec(
        "The Integrated Care Board to make sure that GP practices record domestic abuse disclosures consistently, so that they are visible to every clinician who sees the patient, locums included.",
        V1_ICB,
        [
            [
                Act(
                    "Agree one clinical code and an alert for a disclosure of domestic abuse with the GP clinical system suppliers.",
                    "Designated Nurse for Safeguarding Adults",
                    d(31, 10, 2023),
                ),
                Act(
                    "Brief practice safeguarding leads and locum agencies on the code and alert.",
                    "Named GP for Safeguarding",
                    d(31, 1, 2024),
                ),
            ],
            [
                Act(
                    "Audit the use of the code in ten practices.",
                    "Named GP for Safeguarding",
                    d(31, 7, 2024),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "the recording of disclosures in primary care",
        "Primary Care Safeguarding Toolkit",
        [200, 180],
        alike="gp_recording",
    ),
    Spec(
        "The Mental Health Trust to adopt a Think Family approach, so that clinicians assessing an adult ask about any children in the household and consider how the adult's mental illness affects them.",
        V1_MHT,
        [
            [
                Act(
                    "Add Think Family questions to the adult mental health assessment and care plan.",
                    "Associate Director of Nursing",
                    d(31, 12, 2023),
                )
            ],
            [
                Act(
                    "Train community mental health team clinicians in using the questions.",
                    "Trust Safeguarding Lead",
                    d(31, 3, 2024),
                )
            ],
        ],
        "complete",
        "Green",
        "Think Family",
        "Adult Assessment Template",
        [160, 140],
        alike="think_family",
    ),
    Spec(
        "South Coast Ambulance Service to ensure that crews record and pass on any sign of non-fatal strangulation to the police and the patient's GP.",
        "South Coast Ambulance Service NHS Foundation Trust",
        [
            [
                Act(
                    "Add non-fatal strangulation to the crew safeguarding referral form.",
                    "Head of Safeguarding",
                    d(30, 11, 2023),
                )
            ]
        ],
        "ongoing",
        "Red",
        "non-fatal strangulation",
        "Safeguarding Referral Form",
        [240],
    ),
    Spec(
        "Rivermouth Homes to achieve accreditation against the Domestic Abuse Housing Alliance (DAHA) standards.",
        "Rivermouth Homes",
        [
            [
                Act(
                    "Complete a self-assessment against the DAHA standards.",
                    "Director of Housing Management",
                    d(30, 6, 2023),
                )
            ],
            [
                Act(
                    "Apply for accreditation and prepare staff for the assessment visit.",
                    "Director of Housing Management",
                    d(31, 5, 2024),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "the DAHA standards",
        "Domestic Abuse Policy",
        [160, 190],
        alike="daha_accreditation",
    ),
    Spec(
        "The Community Safety Partnership to commission a perpetrator programme that accepts self-referrals from people worried about their own behaviour.",
        V1_CSP,
        [
            [
                Act(
                    "Write a service specification that allows self-referral.",
                    "Community Safety Manager",
                    d(31, 8, 2023),
                ),
                Act(
                    "Award the contract and publicise the self-referral route.",
                    "Commissioning Officer",
                    d(31, 1, 2024),
                ),
            ]
        ],
        "complete",
        "Green",
        "self-referral for perpetrators",
        "Perpetrator Programme Specification",
        [260],
    ),
    Spec(
        "The CSP to work with local faith leaders to raise awareness of forced marriage and so-called honour-based abuse.",
        V1_CSP,
        [
            [
                Act(
                    "Hold two workshops with faith and community leaders.",
                    "Community Cohesion Officer",
                    d(31, 10, 2023),
                )
            ]
        ],
        "",
        "Green",
        "forced marriage",
        "Community Engagement Plan",
        [140],
    ),
]

V1_STYLE = Style(
    words_scale=0.5,
    label="",
    label_sep="",
    action_label="n.m",
    date_styles=["dmy4", "long", "month"],
    date_sep="\n",
    window=DateWindow(d(1, 2, 2023), d(30, 9, 2024), "dmy4"),
    board="DHR Implementation Group",
    complete_markers=["Completed", "<b>COMPLETE</b>", "Completed {date}"],
    ongoing_markers=["Ongoing", "In progress – next update {month}"],
    review_level="none",
    rag_mode="fill",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 1),
)

V1_PLAN = Plan(
    title="Rivermouth Community Safety Partnership – Domestic Homicide Review DHR/2022/09 Action Plan",
    intro="The review panel's recommendations were accepted by the Rivermouth Community Safety Partnership Board in January 2023. Lead agencies report progress to the DHR Implementation Group every quarter, which sets the RAG rating.",
    case_ref="DHR/2022/09",
    columns=[
        Column("no", "Rec No.", 1.3),
        Column("recommendation", "Recommendation", 4.6),
        Column("agency", "Lead Agency", 2.6),
        Column("action", "Action", 4.6),
        Column("lead", "Lead Officer", 2.6),
        Column("target", "Target Date", 2.2),
        Column("progress", "Progress to date", 7.0),
        Column("rag", "RAG", 1.2),
    ],
    recs=build_recs(V1_STYLE, V1_SPECS),
    rec_level=("no", "recommendation", "agency", "rag"),
    continuation="vmerge",
    rag_mode="fill",
    header_fill="C6D9F1",
)

V1_DOCUMENT = Document(
    stem="dhr_2022_09_rivermouth",
    plans=[V1_PLAN],
    font="Liberation Sans",
    size_pt=8.5,
    landscape=True,
    page_header="OFFICIAL",
    description="Invented DHR plan holding recurring recommendations: Rec No. column, merged rec cells, RAG as fill.",
)

# ---------------------------------------------------------------------------------------------
# V2. Lowfield SAR 2023/02: reportlab, landscape, "1." labels, assurance column, RAG as fill
# ---------------------------------------------------------------------------------------------

V2_SPECS = [
    Spec(
        "The SAB to run multi-agency training on professional curiosity, so that practitioners do not accept explanations at face value and check what an adult tells them against what they observe.",
        "Lowfield Safeguarding Adults Board",
        [
            [
                Act(
                    "Design a half-day course on professional curiosity with case studies from this review.",
                    "SAB Training Coordinator",
                    d(30, 11, 2023),
                ),
                Act(
                    "Run the course four times a year for staff from all partner agencies.",
                    "SAB Training Coordinator",
                    None,
                ),
            ]
        ],
        "ongoing",
        "Green",
        "professional curiosity",
        "SAB Training Programme",
        [260],
        alike="professional_curiosity",
    ),
    Spec(
        "Lowfield Fire and Rescue Service to offer a home fire safety visit, as part of a Safe and Well visit, to every adult referred to it because of hoarding or self-neglect.",
        "Lowfield Fire and Rescue Service",
        [
            [
                Act(
                    "Agree a referral route for hoarding and self-neglect with adult social care and housing providers.",
                    "Prevention Manager",
                    d(31, 10, 2023),
                )
            ],
            [
                Act(
                    "Report the number of referrals and visits to the SAB each quarter.",
                    "Prevention Manager",
                    d(31, 3, 2024),
                )
            ],
        ],
        "complete",
        "Blue",
        "fire risk from hoarding",
        "Safe and Well Visit Procedure",
        [170, 150],
        alike="fire_safety_visit",
    ),
    Spec(
        "Lowfield Council's adult safeguarding service to make sure that a referral to MARAC is considered whenever a safeguarding concern involves domestic abuse and the adult has care and support needs, and that the decision is recorded.",
        "Lowfield Council – Adult Social Care",
        [
            [
                Act(
                    "Add a MARAC decision field to the safeguarding concern form.",
                    "Safeguarding Adults Manager",
                    d(31, 12, 2023),
                ),
                Act(
                    "Brief the safeguarding adults team on MARAC referral criteria.",
                    "Principal Social Worker",
                    d(31, 1, 2024),
                ),
            ]
        ],
        "complete",
        "Green",
        "MARAC referrals",
        "Safeguarding Concern Form",
        [240],
        alike="marac_adult_safeguarding",
    ),
    Spec(
        "The Drug and Alcohol Service to adopt a Think Family approach, so that keyworkers assessing an adult ask about any children in the household and consider how the adult's drinking affects them.",
        "Lowfield Drug and Alcohol Service",
        [
            [
                Act(
                    "Add questions about children in the household to the comprehensive assessment.",
                    "Service Manager",
                    d(30, 9, 2023),
                )
            ],
            [
                Act(
                    "Audit 20 assessments for the use of the questions.",
                    "Clinical Lead",
                    d(31, 3, 2024),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "Think Family",
        "Comprehensive Assessment Form",
        [150, 200],
        alike="think_family",
    ),
    Spec(
        "Lowfield Council to agree a transition protocol so that young people with autism are known to adult services by the age of 17.",
        "Lowfield Council",
        [
            [
                Act(
                    "Write the transition protocol with children's and adult services.",
                    "Head of Transitions",
                    d(31, 1, 2024),
                )
            ]
        ],
        "ongoing",
        "Red",
        "transition to adult services",
        "Preparing for Adulthood Protocol",
        [230],
    ),
    Spec(
        "Lowfield Integrated Care Board to make sure that people prescribed opioids on repeat are reviewed by a prescriber at least every six months.",
        "Lowfield Integrated Care Board",
        [
            [
                Act(
                    "Run a search in every practice for patients on repeat opioids with no review in six months.",
                    "Medicines Optimisation Lead",
                    d(31, 8, 2023),
                ),
                Act(
                    "Share the results with each practice and agree a review plan.",
                    "Medicines Optimisation Lead",
                    d(31, 12, 2023),
                ),
            ]
        ],
        "complete",
        "Green",
        "opioid prescribing",
        "Repeat Prescribing Policy",
        [200],
    ),
    Spec(
        "Adult Social Care to offer an independent advocate under the Care Act to every adult who has substantial difficulty taking part in a safeguarding enquiry.",
        "Lowfield Council – Adult Social Care",
        [
            [
                Act(
                    "Add an advocacy prompt to the section 42 enquiry template.",
                    "Safeguarding Adults Manager",
                    d(30, 11, 2023),
                )
            ]
        ],
        "complete",
        "Blue",
        "advocacy in safeguarding enquiries",
        "Section 42 Enquiry Template",
        [180],
    ),
    Spec(
        "Lowfield Homes to make sure that tenancy sustainment officers visit tenants with rent arrears who have care and support needs before any eviction.",
        "Lowfield Homes",
        [
            [
                Act(
                    "Change the arrears procedure so that a home visit is required before notice is served.",
                    "Income Manager",
                    d(31, 10, 2023),
                )
            ]
        ],
        "",
        "Amber",
        "eviction of tenants with care needs",
        "Rent Arrears Procedure",
        [210],
    ),
]

V2_STYLE = Style(
    words_scale=0.5,
    label="<b>{id}.</b>",
    label_sep=" ",
    action_label="(i)",
    date_styles=["dmy4", "long", "month"],
    date_sep="\n",
    window=DateWindow(d(1, 6, 2023), d(31, 12, 2024), "long"),
    board="SAB Learning and Review Group",
    complete_markers=["Complete", "Completed {date}"],
    ongoing_markers=["Ongoing", "In progress"],
    review_level="rec",
    rag_mode="fill",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 2),
)

V2_PLAN = Plan(
    title="Lowfield Safeguarding Adults Board – Safeguarding Adults Review SAR 2023/02 ('Mrs E'): Action Plan",
    intro="The Board accepted the review's recommendations in May 2023. The SAB Learning and Review Group checks the evidence for each action and sets the RAG rating.",
    case_ref="SAR 2023/02",
    columns=[
        Column("recommendation", "Recommendation", 5.0),
        Column("agency", "Agency", 2.6),
        Column("action", "Actions", 4.6),
        Column("lead", "Lead", 2.6),
        Column("target", "Due", 2.0),
        Column("progress", "Progress", 6.0),
        Column("review", "Board assurance", 3.0),
        Column("rag", "RAG", 1.1),
    ],
    recs=build_recs(V2_STYLE, V2_SPECS),
    rec_level=("recommendation", "agency", "review", "rag"),
    continuation="empty",
    rag_mode="fill",
    header_fill="E2EFDA",
)

V2_DOCUMENT = Document(
    stem="sar_2023_02_lowfield",
    plans=[V2_PLAN],
    font="Helvetica",
    size_pt=8.5,
    landscape=True,
    margins_cm=(2.0, 1.5, 2.0, 1.5),
    page_header="OFFICIAL",
    page_header_align="left",
    cell_space_after_pt=3.0,
    renderer="reportlab",
    description="Drawn with reportlab: SAR plan holding recurring recommendations, assurance column, RAG as fill.",
)

# ---------------------------------------------------------------------------------------------
# V3. Greyhaven CSPR 2023/07: Word, portrait, "Recommendation 1" labels, a) b) actions, RAG text
# ---------------------------------------------------------------------------------------------

V3_SPECS = [
    Spec(
        "Greyhaven Hospitals to introduce routine enquiry about domestic abuse in the Emergency Department and on maternity wards.",
        "Greyhaven Hospitals NHS Foundation Trust",
        [
            [
                Act(
                    "Add a routine enquiry question to the emergency department triage record and the maternity booking record.",
                    "Head of Safeguarding",
                    d(31, 3, 2024),
                ),
                Act(
                    "Train emergency department and maternity staff to ask the question safely.",
                    "Named Midwife",
                    d(30, 6, 2024),
                ),
            ]
        ],
        "complete",
        "Green",
        "routine enquiry",
        "Domestic Abuse Policy",
        [260],
        alike="routine_enquiry_maternity",
    ),
    Spec(
        "Adult mental health, drug and alcohol services to work to a Think Family approach, in which staff assessing an adult ask about any children in the household and consider how the adult's needs affect them.",
        "Greyhaven Adult Services",
        [
            [
                Act(
                    "Agree a Think Family protocol between adult and children's services.",
                    "Partnership Business Manager",
                    d(31, 5, 2024),
                )
            ],
            [
                Act(
                    "Audit 30 adult assessments for the children in the household.",
                    "Partnership Quality Assurance Officer",
                    d(31, 12, 2024),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "Think Family",
        "Think Family Protocol",
        [180, 200],
        alike="think_family",
    ),
    Spec(
        "The Partnership to provide multi-agency training on professional curiosity, so that practitioners do not accept parents' explanations at face value and check what they are told against what they see in the home.",
        "Greyhaven Safeguarding Children Partnership",
        [
            [
                Act(
                    "Add a professional curiosity module to the multi-agency training offer.",
                    "Partnership Training Lead",
                    d(29, 2, 2024),
                ),
                Act(
                    "Publish a practice briefing with examples from this review.",
                    "Partnership Business Manager",
                    d(31, 3, 2024),
                ),
            ]
        ],
        "complete",
        "Green",
        "professional curiosity",
        "Multi-Agency Training Offer",
        [240],
        alike="professional_curiosity",
    ),
    Spec(
        "The Partnership to publish a protocol for the assessment of bruising in babies who are not yet mobile.",
        "Greyhaven Safeguarding Children Partnership",
        [
            [
                Act(
                    "Write the bruising protocol with the designated doctor.",
                    "Designated Doctor for Safeguarding",
                    d(30, 4, 2024),
                )
            ]
        ],
        "complete",
        "Blue",
        "bruising in non-mobile babies",
        "Bruising Protocol",
        [200],
    ),
    Spec(
        "Schools to make sure that children who are electively home educated are seen by the education welfare service within four weeks of the child leaving school.",
        "Greyhaven Council – Education",
        [
            [
                Act(
                    "Change the elective home education procedure to include a visit within four weeks.",
                    "Head of Education Welfare",
                    d(31, 7, 2024),
                )
            ]
        ],
        "ongoing",
        "Red",
        "elective home education",
        "Elective Home Education Procedure",
        [220],
    ),
    Spec(
        "Children's social care to ensure that the case of a child stepped down from a child protection plan is reviewed at three months.",
        "Greyhaven Council – Children's Social Care",
        [
            [
                Act(
                    "Set a three-month review task for every step-down from a child protection plan.",
                    "Head of Safeguarding and Quality",
                    d(31, 5, 2024),
                )
            ]
        ],
        "ongoing",
        "Amber",
        "step-down from child protection plans",
        "Step-Down Procedure",
        [190],
    ),
    Spec(
        "Greyhaven Council to ensure that families caring for a disabled child are offered an early help assessment when they ask for respite.",
        "Greyhaven Council – Children's Social Care",
        [
            [
                Act(
                    "Add an early help offer to the short breaks request process.",
                    "Head of Disabled Children's Service",
                    d(30, 9, 2024),
                )
            ]
        ],
        "",
        "Green",
        "support for families of disabled children",
        "Short Breaks Statement",
        [150],
    ),
]

V3_STYLE = Style(
    words_scale=0.5,
    label="<b>Recommendation {id}</b>",
    label_sep="<br>",
    action_label="a)",
    date_styles=["dmy4", "ordinal_plain", "month"],
    date_sep="\n",
    window=DateWindow(d(1, 1, 2024), d(31, 3, 2025), "dmy4"),
    board="Partnership Executive",
    complete_markers=["Complete", "Completed – evidence accepted by the Executive."],
    ongoing_markers=["Ongoing", "In progress"],
    review_level="none",
    rag_mode="text",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 3),
)

V3_PLAN = Plan(
    title="Child Safeguarding Practice Review CSPR 2023/07 (Greyhaven): Action Plan",
    intro="Agreed by the Greyhaven Safeguarding Children Partnership Executive in December 2023. Progress is reported to the Executive every quarter; the RAG column records its judgement.",
    case_ref="CSPR 2023/07",
    columns=[
        Column("recommendation", "Recommendation", 3.6),
        Column("agency", "Lead agency", 2.3),
        Column("action", "Actions", 3.4),
        Column("lead", "Lead", 2.2),
        Column("target", "Timescale", 2.2),
        Column("progress", "Progress", 4.6),
        Column("rag", "RAG", 1.4),
    ],
    recs=build_recs(V3_STYLE, V3_SPECS),
    rec_level=("recommendation", "agency", "rag"),
    continuation="empty",
    rag_mode="text",
    header_fill="FBE4D5",
)

V3_DOCUMENT = Document(
    stem="portrait_cspr_2023_07_greyhaven",
    plans=[V3_PLAN],
    font="Liberation Sans",
    size_pt=8.0,
    landscape=False,
    margins_cm=(2.0, 1.27, 2.0, 1.27),
    page_header="OFFICIAL",
    page_header_align="right",
    description="Invented CSPR plan in portrait holding recurring recommendations; RAG as text.",
)

RECURRING_DOCUMENTS = [V1_DOCUMENT, V2_DOCUMENT, V3_DOCUMENT]
