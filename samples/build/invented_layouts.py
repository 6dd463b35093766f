# ruff: noqa: E501
"""Five more invented documents (six plans), one per layout family of issue 3.

- ``unruled_dhr_2021_07_ashvale``: no cell borders, one rule under the header row, header repeated,
  agency sections, RAG as text, rec cells left empty on later rows.
- ``unruled_sar_2020_01_millbrook``: portrait, thin horizontal rules between rows and no vertical
  rule, header printed once, rec cells merged, RAG as fill.
- ``rotated_dhr_2018_02_kelham``: the Home Office DHR template, landscape pages stored portrait
  with ``/Rotate 90``.
- ``reportlab_cspr_2022_05_harbourside``: drawn with reportlab (stroked grid lines), portrait,
  Times, a No. column with ids R1, R2, 3a, 3b, sections as spanned rows.
- ``intro_logo_dhr_2020_03_fenwick``: a cover page (logo, heading, intro prose), running header and
  "Page X of Y" footer, two plans under their own headings, Word bullet lists in cells.

Same conventions as :mod:`invented`: seeded generation, so a rebuild gives the same data.
"""

from __future__ import annotations

import random
from datetime import date

from expected import STATUS_RE
from invented_builder import Act, Spec, Style, build_recs
from invented_text import DateWindow
from model import Column, Cover, Document, Plan, Rec

SEED = 20250301


def d(day: int, month: int, year: int) -> date:
    """Shorthand for a date."""
    return date(year, month, day)


# ---------------------------------------------------------------------------------------------
# U1. Ashvale DHR/2021/07: unruled, rule under the header only, header repeated, sections
# ---------------------------------------------------------------------------------------------

U1_POL = "Ashvale Police"
U1_ICB = "Ashvale and Dunmore Integrated Care Board"
U1_HSG = "Ashvale Homes"
U1_ASC = "Ashvale Council – Adult Social Care"

U1_SPECS = [
    Spec(
        "Ashvale Police to ensure that every domestic abuse incident where the victim is aged over 60 is reviewed by the Public Protection Unit within 48 hours.",
        "Ashvale Police",
        [
            [
                Act(
                    "Add an age flag to the domestic abuse incident triage so that incidents involving victims over 60 are routed to the Public Protection Unit.",
                    "DI Public Protection Unit",
                    d(31, 1, 2022),
                ),
                Act(
                    "Brief all sergeants on the review standard through the force's daily briefing system.",
                    "Inspector, Neighbourhood Policing",
                    d(28, 2, 2022),
                ),
            ],
            [
                Act(
                    "Audit 40 incidents involving older victims and report compliance to the DHR Oversight Group.",
                    "Head of Public Protection",
                    d(31, 8, 2022),
                )
            ],
        ],
        "complete",
        "Green",
        "older victims of domestic abuse",
        "Domestic Abuse Triage Standard",
        [190, 240],
        section=U1_POL,
    ),
    Spec(
        "Ashvale Police to ensure that officers attending a domestic abuse incident record whether the victim is a carer for the suspect, or the suspect a carer for the victim.",
        "Ashvale Police",
        [
            [
                Act(
                    "Add a caring relationship question to the DASH risk assessment form used by attending officers.",
                    "DI Public Protection Unit",
                    d(30, 6, 2022),
                )
            ]
        ],
        "ongoing",
        "Amber",
        "caring relationships",
        "DASH Risk Assessment Guidance",
        [300],
        section=U1_POL,
    ),
    Spec(
        "The ICB to ensure that GP practices record domestic abuse disclosures in a way that is visible to every clinician who sees the patient, including locums.",
        "Ashvale and Dunmore ICB",
        [
            [
                Act(
                    "Agree a standard clinical code and alert for domestic abuse disclosures with the practice system suppliers.",
                    "Designated Nurse Safeguarding Adults",
                    d(31, 3, 2022),
                ),
                Act(
                    "Issue guidance on the code and alert to all practices in Ashvale and Dunmore.",
                    "Named GP for Safeguarding",
                    d(30, 4, 2022),
                ),
            ],
            [
                Act(
                    "Include the use of the alert in the annual practice safeguarding self-assessment.",
                    "Head of Safeguarding, ICB",
                    d(31, 12, 2022),
                )
            ],
        ],
        "complete",
        "Green",
        "the recording of domestic abuse in primary care",
        "Primary Care Safeguarding Standards",
        [210, 230],
        section=U1_ICB,
        alike="gp_recording",
    ),
    Spec(
        "The ICB to seek assurance that older people's mental health services ask about domestic abuse at assessment and review.",
        "Ashvale and Dunmore ICB",
        [
            [
                Act(
                    "Add routine enquiry to the older people's mental health assessment template.",
                    "Associate Director of Nursing, Mental Health Trust",
                    d(31, 5, 2022),
                ),
                Act(
                    "Deliver routine enquiry training to the older people's community mental health teams.",
                    "Safeguarding Adults Lead, Mental Health Trust",
                    d(31, 10, 2022),
                ),
            ]
        ],
        "ongoing",
        "Red",
        "routine enquiry in mental health services",
        "Older People's Assessment Template",
        [280],
        section=U1_ICB,
    ),
    Spec(
        "Ashvale Homes to make sure that reports of anti-social behaviour between members of the same household are screened for domestic abuse.",
        "Ashvale Homes",
        [
            [
                Act(
                    "Revise the anti-social behaviour procedure to include a domestic abuse screening question.",
                    "Tenancy Services Manager",
                    d(31, 1, 2022),
                ),
                Act(
                    "Train all neighbourhood officers in the screening question and onward referral routes.",
                    "Learning and Development Partner",
                    d(31, 3, 2022),
                ),
            ]
        ],
        "complete",
        "Blue",
        "domestic abuse screening",
        "Anti-Social Behaviour Procedure",
        [230],
        section=U1_HSG,
    ),
    Spec(
        "Ashvale Homes to achieve accreditation from the Domestic Abuse Housing Alliance.",
        "Ashvale Homes",
        [
            [
                Act(
                    "Complete the DAHA self-assessment and agree an improvement plan.",
                    "Director of Housing Services",
                    d(30, 9, 2022),
                )
            ],
            [
                Act(
                    "Submit the accreditation application.",
                    "Director of Housing Services",
                    d(31, 3, 2023),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "the DAHA standards",
        "Domestic Abuse Policy",
        [150, 200],
        section=U1_HSG,
        alike="daha_accreditation",
    ),
    Spec(
        "Adult Social Care to ensure that carers' assessments explore the carer's own safety and any history of abuse within the relationship.",
        "Ashvale Council – Adult Social Care",
        [
            [
                Act(
                    "Revise the carers' assessment form to add questions about the carer's safety.",
                    "Principal Social Worker",
                    d(30, 4, 2022),
                ),
                Act(
                    "Quality assure 25 carers' assessments after three months of use.",
                    "Practice Quality Lead",
                    d(31, 8, 2022),
                ),
            ]
        ],
        "complete",
        "Green",
        "carers' safety",
        "Carers' Assessment Form",
        [330],
        section=U1_ASC,
    ),
    Spec(
        "Adult Social Care to ensure that a referral to MARAC is considered whenever a safeguarding concern involves domestic abuse and the person has care and support needs.",
        "Ashvale Council – Adult Social Care",
        [
            [
                Act(
                    "Add the MARAC referral decision to the safeguarding concern screening tool.",
                    "Safeguarding Adults Manager",
                    d(31, 7, 2022),
                )
            ],
            [
                Act(
                    "Report MARAC referrals from Adult Social Care to the DHR Oversight Group each quarter.",
                    "Safeguarding Adults Manager",
                    d(31, 1, 2023),
                )
            ],
        ],
        "ongoing",
        "Green",
        "MARAC referrals",
        "Safeguarding Concern Screening Tool",
        [170, 220],
        section=U1_ASC,
        alike="marac_adult_safeguarding",
    ),
    Spec(
        "Adult Social Care to share the learning from this review with commissioned home care providers.",
        "Ashvale Council – Adult Social Care",
        [
            [
                Act(
                    "Hold a learning event for registered managers of home care agencies.",
                    "Commissioning Manager, Home Care",
                    d(30, 11, 2022),
                )
            ]
        ],
        "complete",
        "Green",
        "the learning from this review",
        "Provider Bulletin",
        [120],
        section=U1_ASC,
    ),
]

U1_STYLE = Style(
    words_scale=0.5,
    label="<b>{id}.</b>",
    label_sep="<br>",
    action_label="n.m",
    date_styles=["dmy4", "ordinal", "dot_nopad", "month"],
    date_sep="\n",
    window=DateWindow(d(1, 11, 2021), d(31, 3, 2023), "dmy4"),
    board="DHR Oversight Group",
    complete_markers=[
        "Completed",
        "<b>COMPLETED</b>",
        "Complete – closed by the Oversight Group {date}",
    ],
    ongoing_markers=["Ongoing", "In progress – next update {month}", "<b>Ongoing</b>"],
    review_level="none",
    rag_mode="text",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 1),
)

U1_PLAN = Plan(
    title="Ashvale Community Safety Partnership – DHR/2021/07 Action Plan",
    intro="Recommendations of the Domestic Homicide Review into the death of 'Margaret' (DHR/2021/07). Agencies report to the DHR Oversight Group, which sets the RAG rating at each meeting.",
    case_ref="DHR/2021/07",
    columns=[
        Column("recommendation", "Recommendation", 4.4),
        Column("agency", "Agency", 2.4),
        Column("action", "Action", 4.6),
        Column("lead", "Lead Officer", 2.8),
        Column("target", "Target Date", 2.3),
        Column("progress", "Progress", 8.0),
        Column("rag", "RAG", 1.4),
    ],
    recs=build_recs(U1_STYLE, U1_SPECS),
    rec_level=("recommendation", "agency", "rag"),
    continuation="empty",
    rag_mode="text",
    header_fill="",
    borders="header_rule",
    cell_margins_pt=(3.0, 3.0),
)

U1_DOCUMENT = Document(
    stem="unruled_dhr_2021_07_ashvale",
    plans=[U1_PLAN],
    font="Liberation Sans Narrow",
    size_pt=9.0,
    landscape=True,
    page_header="OFFICIAL",
    page_header_align="right",
    cell_space_after_pt=4.0,
    description="Unruled table: one rule under the header row, header repeated, agency sections, RAG as text.",
)

# ---------------------------------------------------------------------------------------------
# U2. Millbrook SAR 2020/01: portrait, rules between rows only, header printed once, RAG fill
# ---------------------------------------------------------------------------------------------

U2_SPECS = [
    Spec(
        "Millbrook Safeguarding Adults Board to publish practice guidance on working with adults who are reluctant to engage, including how to use the self-neglect protocol.",
        "Millbrook SAB",
        [
            [
                Act(
                    "Write the practice guidance with partner agencies and people with lived experience.",
                    "SAB Business Manager",
                    d(31, 10, 2020),
                ),
                Act(
                    "Launch the guidance at a multi-agency learning event.",
                    "SAB Training Coordinator",
                    d(31, 12, 2020),
                ),
            ]
        ],
        "complete",
        "Green",
        "engagement with reluctant adults",
        "Self-Neglect Protocol",
        [360],
    ),
    Spec(
        "Adult Social Care to ensure that when a person declines an assessment, the decision and the person's capacity to make it are recorded, and the case is reviewed within three months.",
        "Millbrook Adult Social Care",
        [
            [
                Act(
                    "Add a 'declined assessment' outcome with a mandatory capacity field to the case recording system.",
                    "Systems Development Manager",
                    d(31, 1, 2021),
                )
            ],
            [
                Act(
                    "Set a three-month review task to be generated automatically for every declined assessment.",
                    "Systems Development Manager",
                    d(31, 3, 2021),
                ),
                Act(
                    "Audit 20 declined assessments and report the findings to the SAB Quality Sub-Group.",
                    "Principal Social Worker",
                    d(30, 6, 2021),
                ),
            ],
        ],
        "complete",
        "Blue",
        "declined assessments",
        "Assessment Recording Guidance",
        [160, 260],
    ),
    Spec(
        "Millbrook Community Health Services to ensure that district nurses escalate concerns when a patient repeatedly refuses wound care.",
        "Millbrook Community Health Services",
        [
            [
                Act(
                    "Introduce an escalation pathway for repeated refusal of care.",
                    "Head of Community Nursing",
                    d(30, 11, 2020),
                ),
                Act(
                    "Train district nursing teams in the pathway.",
                    "Community Nursing Practice Educator",
                    d(28, 2, 2021),
                ),
            ]
        ],
        "ongoing",
        "Amber",
        "refusal of care",
        "Community Nursing Escalation Pathway",
        [300],
    ),
    Spec(
        "The Fire and Rescue Service and housing providers to share information about tenants whose homes present a fire risk because of hoarding or smoking.",
        "Millbrook Fire and Rescue Service",
        [
            [
                Act(
                    "Agree an information sharing agreement between the fire service and the three largest housing providers.",
                    "Prevention Manager, Fire and Rescue",
                    d(31, 3, 2021),
                )
            ],
            [
                Act(
                    "Offer a Safe and Well visit to every tenant referred under the agreement.",
                    "Station Manager, Community Safety",
                    d(30, 9, 2021),
                )
            ],
        ],
        "complete",
        "Green",
        "fire risk in the home",
        "Information Sharing Agreement",
        [200, 230],
    ),
    Spec(
        "Millbrook General Hospital to make sure that discharge planning for adults who self-neglect includes a multi-agency meeting before discharge.",
        "Millbrook General Hospital NHS Trust",
        [
            [
                Act(
                    "Amend the complex discharge policy to require a multi-agency meeting for patients known to self-neglect.",
                    "Head of Patient Flow",
                    d(31, 5, 2021),
                )
            ]
        ],
        "ongoing",
        "Red",
        "discharge planning",
        "Complex Discharge Policy",
        [250],
    ),
    Spec(
        "All partner agencies to use the SAB's multi-agency risk management meeting process when the risk to an adult cannot be managed by one agency.",
        "All SAB partners",
        [
            [
                Act(
                    "Relaunch the multi-agency risk management process.",
                    "SAB Business Manager",
                    d(30, 4, 2021),
                ),
                Act(
                    "Collect data on the number of meetings held by each agency.",
                    "SAB Performance Officer",
                    d(31, 10, 2021),
                ),
            ]
        ],
        "complete",
        "Green",
        "multi-agency risk management",
        "Risk Management Meeting Guidance",
        [290],
    ),
    Spec(
        "The SAB to seek assurance that GP practices know how to raise a safeguarding concern about self-neglect.",
        "Millbrook SAB",
        [
            [
                Act(
                    "Include self-neglect in the GP safeguarding leads' forum programme.",
                    "Named GP for Adult Safeguarding",
                    d(31, 1, 2021),
                )
            ]
        ],
        "complete",
        "Green",
        "safeguarding concerns from primary care",
        "GP Safeguarding Toolkit",
        [140],
    ),
    Spec(
        "The SAB to evaluate the impact of this review's recommendations twelve months after the plan is agreed.",
        "Millbrook SAB",
        [
            [
                Act(
                    "Commission an independent evaluation of the action plan.",
                    "SAB Independent Chair",
                    d(31, 12, 2021),
                )
            ]
        ],
        "ongoing",
        "Amber",
        "the impact of the review",
        "SAB Annual Report",
        [110],
    ),
]

U2_STYLE = Style(
    words_scale=0.5,
    label="<b>Recommendation {id}</b>",
    label_sep="<br>",
    action_label="n.m",
    date_styles=["dmy2", "dmy4", "long", "dot2"],
    date_sep="\n",
    window=DateWindow(d(1, 7, 2020), d(31, 12, 2021), "dmy_nopad"),
    board="SAB Quality Sub-Group",
    complete_markers=["Completed", "Action achieved – evidence seen by the Sub-Group", "COMPLETE"],
    ongoing_markers=["Ongoing", "Underway – revised date agreed {date}"],
    review_level="none",
    rag_mode="fill",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 2),
)

U2_PLAN = Plan(
    title="Safeguarding Adults Review SAR 2020/01 ('Mr D'): Action Plan",
    intro="The Millbrook Safeguarding Adults Board agreed this plan on 9 July 2020. Progress is RAG rated by the SAB Quality Sub-Group: green on track, amber at risk, red off track, blue complete and evidenced.",
    case_ref="SAR 2020/01",
    columns=[
        Column("recommendation", "Recommendation", 3.5),
        Column("agency", "Agency", 2.0),
        Column("action", "Action", 3.5),
        Column("lead", "Lead", 2.2),
        Column("target", "Timescale", 2.2),
        Column("progress", "Progress update", 4.6),
        Column("rag", "RAG", 1.1),
    ],
    recs=build_recs(U2_STYLE, U2_SPECS),
    rec_level=("recommendation", "agency", "rag"),
    continuation="vmerge",
    rag_mode="fill",
    header_fill="",
    header_repeat=False,
    borders="row_rules",
    cell_margins_pt=(4.0, 4.0),
)

U2_DOCUMENT = Document(
    stem="unruled_sar_2020_01_millbrook",
    plans=[U2_PLAN],
    font="DejaVu Sans Condensed",
    size_pt=7.5,
    landscape=False,
    margins_cm=(2.0, 1.27, 2.0, 1.27),
    page_header="OFFICIAL – Millbrook SAB",
    page_header_align="left",
    cell_space_after_pt=3.0,
    description="Unruled portrait table: thin rules between rows, no vertical rule, header printed once, RAG as fill.",
)

# ---------------------------------------------------------------------------------------------
# R. Kelham DHR 2018/02: Home Office template, landscape stored as portrait with /Rotate 90
# ---------------------------------------------------------------------------------------------

R_SPECS = [
    Spec(
        "Kelham Community Safety Partnership to commission a review of the specialist domestic abuse services available to men who are victims.",
        "Kelham Community Safety Partnership",
        [
            [
                Act(
                    "Map current provision and referral routes for male victims.",
                    "",
                    d(31, 10, 2018),
                ),
                Act(
                    "Present options for a commissioned service to the Partnership Board.",
                    "",
                    d(31, 1, 2019),
                ),
            ],
            [Act("Commission the preferred option.", "", d(30, 6, 2019))],
        ],
        "complete",
        "",
        "male victims of domestic abuse",
        "Domestic Abuse Commissioning Plan",
        [200, 260],
        scope="Local",
    ),
    Spec(
        "Kelham Police to ensure that repeat callers are identified at the point of contact and that the call handler can see previous domestic abuse incidents at the address.",
        "Kelham Police",
        [
            [
                Act(
                    "Change the command and control system so that previous incidents at the address are shown to the call handler.",
                    "",
                    d(31, 12, 2018),
                ),
                Act("Brief call handlers on the repeat caller process.", "", d(31, 1, 2019)),
            ]
        ],
        "complete",
        "",
        "repeat callers",
        "Call Handling Standard Operating Procedure",
        [330],
        scope="Local",
    ),
    Spec(
        "The Clinical Commissioning Group to raise with NHS England the need for national guidance on sharing information about domestic abuse between GP practices when a patient registers elsewhere.",
        "Kelham CCG",
        [[Act("Write to the NHS England regional safeguarding lead.", "", d(30, 11, 2018))]],
        "complete",
        "",
        "the transfer of GP records",
        "GP Records Transfer Guidance",
        [140],
        scope="National",
    ),
    Spec(
        "Kelham Borough Council to ensure that housing options staff ask about domestic abuse when a household presents as homeless after a relationship breakdown.",
        "Kelham Borough Council",
        [
            [
                Act(
                    "Add a domestic abuse question to the homelessness assessment.",
                    "",
                    d(31, 3, 2019),
                ),
                Act(
                    "Deliver awareness training to all housing options staff.",
                    "",
                    d(30, 4, 2019),
                ),
            ],
            [
                Act(
                    "Check use of the question through a case audit.",
                    "",
                    d(30, 9, 2019),
                )
            ],
        ],
        "ongoing",
        "",
        "domestic abuse in homelessness assessments",
        "Homelessness Assessment Procedure",
        [170, 290],
        scope="Local",
    ),
    Spec(
        "The regional probation service to make sure that risk assessments of perpetrators under supervision take account of information held by children's social care.",
        "Regional Probation Service",
        [
            [
                Act(
                    "Agree a standard information request to children's social care at the start of every order.",
                    "",
                    d(28, 2, 2019),
                )
            ]
        ],
        "complete",
        "",
        "information from children's social care",
        "Risk Assessment Practice Guide",
        [230],
        scope="Regional",
    ),
    Spec(
        "Kelham Mental Health Trust to ensure that domestic abuse is considered in care planning for patients who are known perpetrators.",
        "Kelham Mental Health Trust",
        [
            [
                Act(
                    "Add a perpetrator risk section to the care programme approach documentation.",
                    "",
                    d(31, 5, 2019),
                ),
                Act("Train care coordinators in completing the section.", "", d(31, 7, 2019)),
            ]
        ],
        "ongoing",
        "",
        "perpetrator risk in care planning",
        "Care Programme Approach Policy",
        [310],
        scope="Local",
    ),
    Spec(
        "The Community Safety Partnership to publish the learning from this review for the public, including where to find help.",
        "Kelham Community Safety Partnership",
        [[Act("Publish a learning brief and a public leaflet.", "", d(31, 12, 2018))]],
        "complete",
        "",
        "public awareness",
        "Learning Brief",
        [90],
        scope="Local",
    ),
]

R_STYLE = Style(
    words_scale=0.5,
    label="{id}.",
    label_sep=" ",
    action_label="a)",
    date_styles=["dmy4", "ordinal_plain", "month", "dot2"],
    date_sep="\n",
    window=DateWindow(d(1, 8, 2018), d(31, 12, 2019), "long"),
    board="Community Safety Partnership Board",
    complete_markers=[],
    ongoing_markers=[],
    status_in="review",
    review_level="row",
    rag_mode="none",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 3),
)

R_PLAN = Plan(
    title="Domestic Homicide Review DHR 2018/02 (Kelham) – Action Plan",
    intro="Home Office template. The Kelham Community Safety Partnership monitors this plan; outcomes are recorded when the Partnership has seen evidence of completion.",
    case_ref="DHR 2018/02",
    columns=[
        Column("recommendation", "Recommendation", 4.6),
        Column("scope", "Scope of recommendation i.e. local or regional", 2.9),
        Column("action", "Action to take", 4.2),
        Column("agency", "Lead Agency", 2.8),
        Column("progress", "Key milestones achieved in enacting recommendation", 6.2),
        Column("target", "Target Date", 2.1),
        Column("review", "Date of completion and Outcome", 3.6),
    ],
    recs=build_recs(R_STYLE, R_SPECS),
    rec_level=("recommendation", "scope", "agency"),
    continuation="vmerge",
    rag_mode="none",
    header_fill="BFBFBF",
)

R_DOCUMENT = Document(
    stem="rotated_dhr_2018_02_kelham",
    plans=[R_PLAN],
    font="Liberation Sans",
    size_pt=8.5,
    landscape=True,
    page_header="OFFICIAL",
    rotate=90,
    description="Home Office DHR template; landscape pages stored portrait with /Rotate 90.",
)

# ---------------------------------------------------------------------------------------------
# RL. Harbourside CSPR 2022/05: reportlab, portrait, Times, No. column R1 R2 3a 3b, sections
# ---------------------------------------------------------------------------------------------

RL_HSCP = "Harbourside Safeguarding Children Partnership"
RL_NHS = "Harbourside Community NHS Trust"
RL_POL = "Harbourside Police"

RL_SPECS = [
    Spec(
        "The Partnership to revise its neglect strategy so that the cumulative impact of neglect on teenagers is recognised, not only on young children.",
        "",
        [
            [
                Act(
                    "Revise the neglect strategy and the graded care profile guidance to cover adolescents.",
                    "Partnership Business Manager",
                    d(31, 3, 2023),
                ),
                Act(
                    "Hold two multi-agency workshops on adolescent neglect.",
                    "Partnership Training Lead",
                    d(30, 6, 2023),
                ),
            ]
        ],
        "complete",
        "Green",
        "adolescent neglect",
        "Neglect Strategy",
        [420],
        section=RL_HSCP,
        rec_id="R1",
    ),
    Spec(
        "The Partnership to ensure that when a child is missing from education for more than ten school days, a multi-agency discussion takes place.",
        "",
        [
            [
                Act(
                    "Agree the trigger and the process with schools, the education welfare service and children's social care.",
                    "Head of Education Welfare",
                    d(28, 2, 2023),
                )
            ],
            [
                Act(
                    "Report the number of discussions held to the Partnership Executive every quarter.",
                    "Partnership Performance Officer",
                    d(31, 12, 2023),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "children missing education",
        "Children Missing Education Protocol",
        [220, 250],
        section=RL_HSCP,
        rec_id="R2",
    ),
    Spec(
        "School nurses to offer every young person who is the subject of a child protection plan a health assessment within four weeks.",
        "",
        [
            [
                Act(
                    "Change the school nursing service specification to include the four-week standard.",
                    "Head of 0-19 Services",
                    d(31, 1, 2023),
                )
            ]
        ],
        "complete",
        "Blue",
        "health assessments",
        "School Nursing Service Specification",
        [260],
        section=RL_NHS,
        rec_id="3a",
    ),
    Spec(
        "The Trust to make sure that a young person's own account is recorded separately from the parent's account at every health contact.",
        "",
        [
            [
                Act(
                    "Add a 'young person's view' section to the electronic health record templates.",
                    "Chief Clinical Information Officer",
                    d(31, 5, 2023),
                ),
                Act(
                    "Audit 30 records for use of the new section.",
                    "Named Nurse for Safeguarding Children",
                    d(30, 9, 2023),
                ),
            ]
        ],
        "ongoing",
        "Red",
        "the young person's voice",
        "Record Keeping Policy",
        [380],
        section=RL_NHS,
        rec_id="3b",
    ),
    Spec(
        "The Trust to ensure that staff in the emergency department refer young people who attend after self-harm to the liaison psychiatry service before discharge.",
        "",
        [
            [
                Act(
                    "Introduce a self-harm referral prompt in the emergency department discharge checklist.",
                    "Emergency Department Matron",
                    d(30, 4, 2023),
                )
            ]
        ],
        "complete",
        "Green",
        "self-harm referrals",
        "Emergency Department Discharge Checklist",
        [180],
        section=RL_NHS,
        rec_id="R4",
    ),
    Spec(
        "Harbourside Police to ensure that a young person found during a missing episode is offered a return home interview, and that the interview is shared with the allocated social worker.",
        "",
        [
            [
                Act(
                    "Agree a single process for return home interviews with children's social care.",
                    "DI Missing and Exploited Children",
                    d(31, 3, 2023),
                ),
                Act(
                    "Add a return home interview field to the missing person record.",
                    "Missing Persons Coordinator",
                    d(31, 5, 2023),
                ),
            ],
            [
                Act(
                    "Audit 25 missing episodes for completion and sharing of the interview.",
                    "DI Missing and Exploited Children",
                    d(31, 10, 2023),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "return home interviews",
        "Missing Children Procedure",
        [200, 240],
        section=RL_POL,
        rec_id="R5",
    ),
    Spec(
        "Harbourside Police to make sure that intelligence about adults who exploit children is shared at the weekly exploitation meeting.",
        "",
        [
            [
                Act(
                    "Add a standing intelligence item to the weekly exploitation meeting agenda.",
                    "DCI Public Protection",
                    d(28, 2, 2023),
                )
            ]
        ],
        "complete",
        "Green",
        "exploitation intelligence",
        "Exploitation Meeting Terms of Reference",
        [160],
        section=RL_POL,
        rec_id="R6",
    ),
]

RL_STYLE = Style(
    words_scale=0.55,
    label="",
    label_sep="",
    action_label="a)",
    date_styles=["dmy4", "ordinal_plain", "month", "dmy2"],
    date_sep="\n",
    window=DateWindow(d(1, 9, 2022), d(31, 12, 2023), "dmy4"),
    board="Partnership Executive",
    complete_markers=["Completed", "Complete {date}"],
    ongoing_markers=["Ongoing", "In progress"],
    review_level="none",
    rag_mode="fill",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 4),
)

RL_PLAN = Plan(
    title="Child Safeguarding Practice Review CSPR 2022/05 (Harbourside): Action Plan",
    intro="The Harbourside Safeguarding Children Partnership accepted all recommendations of this review. This report is produced from the Partnership's action tracking system.",
    case_ref="CSPR 2022/05",
    columns=[
        Column("no", "No.", 1.0),
        Column("recommendation", "Recommendation", 3.6),
        Column("action", "Action", 3.6),
        Column("lead", "Lead", 2.3),
        Column("target", "Timescale", 1.9),
        Column("progress", "Progress", 5.0),
        Column("rag", "RAG", 1.3),
    ],
    recs=build_recs(RL_STYLE, RL_SPECS),
    rec_level=("no", "recommendation", "rag"),
    continuation="empty",
    rag_mode="fill",
    header_fill="D9E2F3",
    section_fill="EDEDED",
)

RL_DOCUMENT = Document(
    stem="reportlab_cspr_2022_05_harbourside",
    plans=[RL_PLAN],
    font="Times-Roman",
    size_pt=9.0,
    landscape=False,
    margins_cm=(2.0, 1.5, 2.0, 1.5),
    page_header="OFFICIAL",
    page_header_align="right",
    cell_space_after_pt=3.0,
    renderer="reportlab",
    description="Drawn with reportlab: stroked grid lines, spanned section rows, No. column, Times.",
)

# ---------------------------------------------------------------------------------------------
# IL. Fenwick DHR 03/2020: cover page with logo, running header, two plans, Word bullet lists
# ---------------------------------------------------------------------------------------------

IL_POL = "Fenwick Police"
IL_HLT = "Fenwick Health and Care NHS Trust"
IL_DAS = "Fenwick Domestic Abuse Service"

IL1_SPECS = [
    Spec(
        "The Community Safety Partnership to ensure that all agencies have a domestic abuse policy that covers abuse by adult children of their parents.",
        "Fenwick Community Safety Partnership",
        [
            [
                Act(
                    "Review each agency's policy against a common checklist",
                    "CSP Manager",
                    d(31, 12, 2020),
                ),
                Act(
                    "Share a model policy section on adult family violence",
                    "CSP Manager",
                    d(31, 3, 2021),
                ),
            ]
        ],
        "complete",
        "Green",
        "adult family violence",
        "Domestic Abuse Policy Checklist",
        [260],
        unlabelled=True,
        bullets=True,
    ),
    Spec(
        "Agencies to make sure that practitioners understand the risk posed by a family member who is dependent on the victim for money or housing.",
        "All agencies",
        [
            [
                Act(
                    "Include economic dependency in the multi-agency domestic abuse training.",
                    "Domestic Abuse Training Coordinator",
                    d(31, 1, 2021),
                ),
                Act(
                    "Publish a 7-minute briefing on economic dependency.",
                    "CSP Manager",
                    d(28, 2, 2021),
                ),
            ],
            [
                Act(
                    "Evaluate the training through a follow-up survey of attendees.",
                    "Domestic Abuse Training Coordinator",
                    d(30, 6, 2021),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "economic dependency",
        "Domestic Abuse Training Programme",
        [210, 220],
    ),
    Spec(
        "The Partnership to review how the Domestic Abuse Service receives referrals from GPs and pharmacies.",
        "Fenwick Community Safety Partnership",
        [
            [
                Act(
                    "Agree a simple referral form for primary care and community pharmacies.",
                    "Domestic Abuse Service Manager",
                    d(30, 11, 2020),
                )
            ]
        ],
        "complete",
        "Blue",
        "referrals from primary care",
        "Referral Pathway",
        [300],
    ),
    Spec(
        "The Partnership to make information about domestic abuse services available in the languages most spoken in Fenwick.",
        "Fenwick Community Safety Partnership",
        [
            [
                Act(
                    "Translate the service leaflet into six languages",
                    "Communications Officer",
                    d(31, 3, 2021),
                ),
                Act(
                    "Distribute the leaflet through community and faith groups",
                    "Community Engagement Officer",
                    d(30, 6, 2021),
                ),
            ]
        ],
        "ongoing",
        "Red",
        "translated information",
        "Service Leaflet",
        [180],
        unlabelled=True,
        bullets=True,
    ),
]

IL2_SPECS = [
    Spec(
        "Fenwick Police to ensure that officers consider a Domestic Violence Protection Notice at every incident where the suspect lives with the victim.",
        "Fenwick Police",
        [
            [
                Act(
                    "Issue guidance on Domestic Violence Protection Notices to all response officers.",
                    "Superintendent, Safeguarding",
                    d(30, 9, 2020),
                ),
                Act(
                    "Add a protection notice decision to the incident closure checklist.",
                    "Force Crime Registrar",
                    d(30, 11, 2020),
                ),
            ]
        ],
        "complete",
        "Green",
        "protection notices",
        "Domestic Abuse Investigation Policy",
        [330],
        section=IL_POL,
    ),
    Spec(
        "Fenwick Police to review the supervision of domestic abuse investigations where the suspect is a family member other than a partner.",
        "Fenwick Police",
        [
            [
                Act(
                    "Dip sample 30 familial domestic abuse investigations.",
                    "DCI Public Protection",
                    d(31, 1, 2021),
                )
            ],
            [
                Act(
                    "Report the findings and any improvement actions to the CSP.",
                    "DCI Public Protection",
                    d(31, 3, 2021),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "familial domestic abuse",
        "Investigation Supervision Standard",
        [170, 230],
        section=IL_POL,
    ),
    Spec(
        "The Trust to ensure that community nurses who visit older patients ask about the people living in the household and any concerns about them.",
        "Fenwick Health and Care NHS Trust",
        [
            [
                Act(
                    "Add household composition to the community nursing assessment.",
                    "Head of Community Nursing",
                    d(31, 12, 2020),
                ),
                Act(
                    "Brief all community nursing teams on the change.",
                    "Safeguarding Adults Lead",
                    d(31, 1, 2021),
                ),
            ]
        ],
        "complete",
        "Green",
        "household composition",
        "Community Nursing Assessment",
        [290],
        section=IL_HLT,
    ),
    Spec(
        "The Trust to provide domestic abuse training for staff in its memory assessment service.",
        "Fenwick Health and Care NHS Trust",
        [
            [
                Act(
                    "Deliver a domestic abuse module to the memory assessment service team.",
                    "Safeguarding Adults Lead",
                    d(31, 3, 2021),
                )
            ]
        ],
        "ongoing",
        "Green",
        "domestic abuse in the memory assessment service",
        "Safeguarding Training Strategy",
        [160],
        section=IL_HLT,
    ),
    Spec(
        "The Domestic Abuse Service to extend its outreach to older victims living with adult children.",
        "Fenwick Domestic Abuse Service",
        [
            [
                Act(
                    "Appoint an older people's outreach worker.",
                    "Domestic Abuse Service Manager",
                    d(31, 3, 2021),
                )
            ],
            [
                Act(
                    "Set up drop-in sessions in the two largest GP surgeries.",
                    "Older People's Outreach Worker",
                    d(30, 9, 2021),
                ),
                Act(
                    "Report referral numbers to the CSP every quarter.",
                    "Domestic Abuse Service Manager",
                    d(31, 12, 2021),
                ),
            ],
        ],
        "complete",
        "Green",
        "outreach to older victims",
        "Outreach Service Plan",
        [190, 250],
        section=IL_DAS,
    ),
]

IL_WINDOW = DateWindow(d(1, 9, 2020), d(31, 12, 2021), "ordinal")
IL1_STYLE = Style(
    words_scale=0.5,
    label="<b>Recommendation {id}</b>",
    label_sep="\n",
    action_label="n.m",
    date_styles=["ordinal", "dmy4", "month"],
    date_sep="\n",
    window=IL_WINDOW,
    board="Fenwick CSP Board",
    complete_markers=["Completed", "<b>Complete</b>"],
    ongoing_markers=["Ongoing", "On track – next review {month}"],
    review_level="none",
    rag_mode="fill",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 5),
)
IL2_STYLE = Style(
    words_scale=0.5,
    label="<b>{id}.</b>",
    label_sep=" ",
    action_label="n.m",
    date_styles=["dmy2", "ordinal", "dot_nopad"],
    date_sep="\n",
    window=IL_WINDOW,
    board="Fenwick CSP Board",
    complete_markers=["COMPLETED", "Completed {date}"],
    ongoing_markers=["Ongoing", "In progress"],
    review_level="none",
    rag_mode="text",
    shared_date_chance=0.0,
    rng=random.Random(SEED + 6),
)


def bulleted_progress(recs: list[Rec], which: set[int]) -> None:
    """Turn the progress updates of some recs into "• " bullet items.

    A closing status line (short, with a status word) stays a plain paragraph.
    """
    for index in which:
        for row in recs[index].rows:
            paras = row["progress"].split("\n")
            out = []
            for k, para in enumerate(paras):
                closing = k == len(paras) - 1 and len(para) < 60 and STATUS_RE.search(para)
                out.append(para if closing else "• " + para)
            row["progress"] = "\n".join(out)


IL1_RECS = build_recs(IL1_STYLE, IL1_SPECS)
IL2_RECS = build_recs(IL2_STYLE, IL2_SPECS)
bulleted_progress(IL1_RECS, {1, 2})
bulleted_progress(IL2_RECS, {0, 4})

IL_COLUMNS_1 = [
    Column("recommendation", "Recommendation", 4.6),
    Column("agency", "Lead Agency", 2.6),
    Column("action", "Action", 4.5),
    Column("lead", "Lead Officer", 2.8),
    Column("target", "Target Date", 2.2),
    Column("progress", "Progress", 7.8),
    Column("rag", "RAG", 1.2),
]
IL_COLUMNS_2 = [
    Column("recommendation", "Recommendation", 4.8),
    Column("action", "Action", 4.8),
    Column("lead", "Lead", 3.0),
    Column("target", "Timescale", 2.2),
    Column("progress", "Update", 8.6),
    Column("rag", "RAG Status", 1.6),
]

IL_PLAN_1 = Plan(
    title="Part 1: Overview Report Recommendations – Multi-Agency Action Plan",
    intro="The recommendations of the DHR 03/2020 overview report are made to the Partnership as a whole, with a lead agency for each.",
    case_ref="DHR 03/2020",
    columns=IL_COLUMNS_1,
    recs=IL1_RECS,
    rec_level=("recommendation", "agency", "rag"),
    continuation="vmerge",
    rag_mode="fill",
    header_fill="DEEAF6",
)

IL_PLAN_2 = Plan(
    title="Part 2: Individual Management Review Recommendations – Single Agency Action Plans",
    intro="The recommendations each agency made in its Individual Management Review for DHR 03/2020, grouped by agency. Numbering restarts for each agency.",
    case_ref="DHR 03/2020",
    columns=IL_COLUMNS_2,
    recs=IL2_RECS,
    rec_level=("recommendation", "rag"),
    continuation="empty",
    rag_mode="text",
    header_fill="DEEAF6",
    section_fill="FBE4D5",
    page_break_before=True,
)

IL_COVER = Cover(
    heading="Fenwick Community Safety Partnership",
    subheading="Domestic Homicide Review DHR 03/2020 – 'Edith' – Action Plans and Progress Report",
    paragraphs=[
        "This document reports progress on the recommendations of the Domestic Homicide Review into the death of Edith, aged 78, who was killed by her adult son in March 2020. The review was commissioned by the Fenwick Community Safety Partnership under section 9 of the Domestic Violence, Crime and Victims Act 2004 and was completed in November 2020.",
        "The Partnership would like to express its sincere condolences to Edith's family and friends, and thanks them for their contribution to the review. Edith was described by her neighbours as a generous and independent woman who loved her garden and her grandchildren.",
        "The plans that follow are in two parts. Part 1 covers the recommendations of the overview report, which are made to the Partnership as a whole. Part 2 covers the recommendations that each agency made in its own Individual Management Review. Progress is reported to the Partnership Board every quarter and this report is updated after each meeting.",
        "<b>How to read the RAG ratings.</b> Green: the action is on track or has been completed. Amber: there is some slippage but the action is expected to be delivered. Red: the action is at risk or overdue. Blue: completed, and the Board has seen evidence of impact.",
        "If you have been affected by the issues raised in this review, help is available from the Fenwick Domestic Abuse Service on 0800 000 0000 (a fictitious number for this sample) or the National Domestic Abuse Helpline.",
    ],
    logo_alt="Fenwick Community Safety Partnership logo",
    logo_width_cm=4.5,
)

IL_DOCUMENT = Document(
    stem="intro_logo_dhr_2020_03_fenwick",
    plans=[IL_PLAN_1, IL_PLAN_2],
    font="Liberation Sans",
    size_pt=8.5,
    landscape=True,
    page_header="Fenwick Borough Council – Community Safety Partnership",
    page_header_align="left",
    list_bullets=True,
    cover=IL_COVER,
    description="Cover page with logo and intro prose, running header and footer, two plans, Word bullet lists in cells.",
)

LAYOUT_DOCUMENTS = [U1_DOCUMENT, U2_DOCUMENT, R_DOCUMENT, RL_DOCUMENT, IL_DOCUMENT]
