# ruff: noqa: E501
"""Four invented documents of the same family as the seed (five plans in all).

Content is invented but written to read like real DHR / SCR / CSPR / SAR action plans. Long
progress texts are generated from a seeded sentence pool (:mod:`invented_text`), so a rebuild
gives the same data.
"""

from __future__ import annotations

import random
from datetime import date

from invented_builder import Act, Spec, Style, build_recs
from invented_text import DateWindow
from model import Column, Document, Plan

SEED = 20240611


def d(day: int, month: int, year: int) -> date:
    """Shorthand for a date."""
    return date(year, month, day)


# ---------------------------------------------------------------------------------------------
# A. Northshire DHR/2019/04: sections by agency, "1." labels, actions 1.1.., rec cell merged
# ---------------------------------------------------------------------------------------------

POL = "Northshire Police"
ASC = "Northshire County Council – Adult Social Care"
EUH = "Eastvale University Hospitals NHS Foundation Trust"
HSG = "Northshire Housing Partnership"
CSP = "Northshire Community Safety Partnership"

A_SPECS = [
    Spec(
        "Northshire Police to ensure that call handlers and response officers identify and record all children present or normally resident at a domestic abuse incident.",
        "Northshire Police – Public Protection",
        [
            [
                Act(
                    "Revise the domestic abuse attendance checklist so that the names and dates of birth of all children linked to the address are mandatory fields.",
                    "DCI Public Protection",
                    d(30, 4, 2020),
                ),
                Act(
                    "Brief all call handlers on the revised checklist through the control room bulletin.",
                    "Control Room Inspector",
                    d(31, 5, 2020),
                ),
            ],
            [
                Act(
                    "Dip sample 50 domestic abuse incidents each quarter to test compliance and report the results to the DHR Standing Panel.",
                    "Head of Public Protection",
                    d(31, 1, 2021),
                ),
            ],
        ],
        "complete",
        "Green",
        "the recording of children at incidents",
        "Domestic Abuse Attendance Checklist",
        [120, 260],
        section=POL,
    ),
    Spec(
        "Northshire Police to review the handling of 'right to ask' applications under the Domestic Violence Disclosure Scheme so that applications are decided within the 35 day target.",
        "Northshire Police – Public Protection",
        [
            [
                Act(
                    "Map the current process and identify the causes of delay.",
                    "DI Safeguarding Hub",
                    d(31, 3, 2020),
                ),
                Act(
                    "Introduce a weekly performance report to the Safeguarding Hub manager.",
                    "DI Safeguarding Hub",
                    d(31, 3, 2020),
                ),
            ]
        ],
        "ongoing",
        "Amber",
        "disclosure scheme applications",
        "Disclosure Scheme Procedure",
        [330],
        section=POL,
    ),
    Spec(
        "Northshire Police to ensure that officers consider and record the offence of controlling or coercive behaviour at every domestic abuse incident where there is evidence of a pattern of behaviour.",
        "Northshire Police – Public Protection",
        [
            [
                Act(
                    "Deliver coercive control training to all response and neighbourhood officers.",
                    "Head of Learning and Development",
                    d(30, 9, 2020),
                )
            ],
            [
                Act(
                    "Add a coercive control prompt to the crime recording system.",
                    "Crime Registrar",
                    d(31, 12, 2020),
                )
            ],
            [
                Act(
                    "Audit 30 crime reports to measure the use of the offence.",
                    "DCI Public Protection",
                    d(31, 3, 2021),
                )
            ],
        ],
        "complete",
        "Blue",
        "coercive control",
        "Domestic Abuse Policy",
        [90, 110, 230],
        section=POL,
    ),
    Spec(
        "Adult Social Care to ensure that safeguarding enquiries involving domestic abuse include a DASH risk assessment and consideration of a referral to MARAC.",
        "Adult Social Care",
        [
            [
                Act(
                    "Amend the section 42 enquiry template to include the DASH risk assessment and MARAC referral decision.",
                    "Principal Social Worker",
                    d(30, 6, 2020),
                ),
                Act(
                    "Deliver a practice development session to all safeguarding adults teams.",
                    "Safeguarding Adults Manager",
                    d(31, 7, 2020),
                ),
            ]
        ],
        "complete",
        "Green",
        "DASH risk assessment",
        "Section 42 Enquiry Template",
        [380],
        section=ASC,
    ),
    Spec(
        "Adult Social Care to strengthen carers' assessments where the person cared for is also the alleged perpetrator of abuse.",
        "Adult Social Care",
        [
            [
                Act(
                    "Review the carers' assessment guidance to include the risk of abuse by the person cared for.",
                    "Head of Carers' Services",
                    d(30, 11, 2020),
                )
            ],
            [
                Act(
                    "Commission refresher training on carers' assessments for all community teams.",
                    "Workforce Development Lead",
                    d(28, 2, 2021),
                )
            ],
        ],
        "ongoing",
        "Red",
        "carers' assessments",
        "Carers' Assessment Guidance",
        [150, 190],
        section=ASC,
    ),
    Spec(
        "The Trust to embed routine enquiry about domestic abuse in the Emergency Department and in maternity services.",
        "Eastvale University Hospitals NHS FT",
        [
            [
                Act(
                    "Add routine enquiry questions to the ED triage record and the maternity booking record.",
                    "Named Nurse Safeguarding Adults",
                    d(31, 8, 2020),
                ),
                Act(
                    "Train ED and maternity staff in asking the questions safely.",
                    "Named Midwife",
                    d(31, 10, 2020),
                ),
            ],
            [
                Act(
                    "Audit routine enquiry rates quarterly and report to the Safeguarding Committee.",
                    "Head of Safeguarding",
                    d(31, 1, 2021),
                )
            ],
        ],
        "complete",
        "Green",
        "routine enquiry",
        "Safeguarding Adults Policy",
        [200, 240],
        section=EUH,
        alike="routine_enquiry_maternity",
    ),
    Spec(
        "The Trust to ensure that the hospital-based Independent Domestic Violence Advisor (IDVA) is told about every patient who discloses domestic abuse.",
        "Eastvale University Hospitals NHS FT",
        [
            [
                Act(
                    "Agree an electronic referral route from all wards and departments to the hospital IDVA.",
                    "Head of Safeguarding",
                    d(30, 9, 2020),
                )
            ]
        ],
        "complete",
        "Green",
        "referrals to the hospital IDVA",
        "IDVA Referral Pathway",
        [150],
        section=EUH,
    ),
    Spec(
        "The Trust to review its did-not-attend policy so that repeated non-attendance by adults with care and support needs prompts a safeguarding discussion.",
        "Eastvale University Hospitals NHS FT",
        [
            [
                Act(
                    "Revise the Was Not Brought / Did Not Attend policy for adults.",
                    "Deputy Chief Nurse",
                    d(31, 12, 2020),
                )
            ]
        ],
        "ongoing",
        "Amber",
        "repeated non-attendance",
        "Did Not Attend Policy",
        [300],
        section=EUH,
    ),
    Spec(
        "Housing providers to work towards accreditation against the Domestic Abuse Housing Alliance (DAHA) standards.",
        "Northshire Housing Partnership (all registered providers)",
        [
            [
                Act(
                    "Each provider to complete a self-assessment against the DAHA standards.",
                    "Tenancy Services Managers",
                    d(30, 6, 2020),
                ),
                Act(
                    "Prepare an accreditation plan with timescales.",
                    "Tenancy Services Managers",
                    d(30, 9, 2020),
                ),
            ]
        ],
        "ongoing",
        "Amber",
        "the DAHA standards",
        "Tenancy Management Policy",
        [280],
        section=HSG,
        alike="daha_accreditation",
    ),
    Spec(
        "Housing officers to be trained to recognise economic abuse and to refer tenants to specialist money advice.",
        "Northshire Housing Partnership",
        [
            [
                Act(
                    "Deliver economic abuse training to income and tenancy officers.",
                    "Learning and Development Officer",
                    d(31, 3, 2021),
                )
            ]
        ],
        "complete",
        "Green",
        "economic abuse",
        "Rent Arrears Procedure",
        [170],
        section=HSG,
    ),
    Spec(
        "The CSP to commission a campaign to raise awareness of domestic abuse among older people, their families and neighbours.",
        "Northshire Community Safety Partnership",
        [
            [
                Act(
                    "Agree campaign messages with older people's groups.",
                    "CSP Manager",
                    d(31, 7, 2020),
                )
            ],
            [
                Act(
                    "Launch the campaign in GP surgeries, pharmacies and libraries.",
                    "CSP Communications Officer",
                    d(30, 11, 2020),
                ),
                Act("Evaluate reach and calls to the helpline.", "CSP Manager", d(31, 3, 2021)),
            ],
        ],
        "complete",
        "Blue",
        "domestic abuse in later life",
        "Communications Plan",
        [110, 200],
        section=CSP,
    ),
    Spec(
        "The CSP to seek assurance that all agencies have implemented the recommendations of this review within 12 months of publication.",
        "Northshire Community Safety Partnership",
        [
            [
                Act(
                    "Hold a learning review event twelve months after publication.",
                    "CSP Chair",
                    d(30, 6, 2021),
                )
            ]
        ],
        "",
        "Red",
        "the implementation of DHR recommendations",
        "DHR Protocol",
        [60],
        section=CSP,
    ),
]

A_STYLE = Style(
    words_scale=0.5,
    label="<b>{id}.</b>",
    label_sep=" ",
    action_label="n.m",
    date_styles=["dmy2", "dmy4", "dot2", "dot_nopad", "dmy_nopad"],
    date_sep="\n",
    window=DateWindow(d(1, 2, 2020), d(30, 4, 2021), "dmy4"),
    board="DHR Standing Panel",
    complete_markers=["<b>Completed</b>", "COMPLETE", "Completed {date}"],
    ongoing_markers=["Ongoing", "<b>In progress</b>", "On track – next update due {month}"],
    rng=random.Random(SEED + 1),
)

A_PLAN = Plan(
    title="Northshire Community Safety Partnership – Domestic Homicide Review DHR/2019/04 Action Plan",
    intro="The recommendations below were agreed by the review panel and accepted by the Northshire Community Safety Partnership Board. Each lead agency reports progress to the DHR Standing Panel every quarter. The RAG rating shows the panel's view of progress at its last meeting.",
    case_ref="DHR/2019/04",
    columns=[
        Column("recommendation", "Recommendation", 4.3),
        Column("agency", "Agency", 2.5),
        Column("action", "Actions", 4.8),
        Column("lead", "Lead Officer", 3.0),
        Column("target", "Timescale", 2.4),
        Column("progress", "Progress Update", 8.0),
        Column("rag", "RAG", 1.2),
    ],
    recs=build_recs(A_STYLE, A_SPECS),
    rec_level=("recommendation", "agency", "rag"),
    continuation="vmerge",
    rag_mode="fill",
    header_fill="BDD7EE",
    section_fill="F2F2F2",
)

A_DOCUMENT = Document(
    stem="dhr_2019_04_northshire",
    plans=[A_PLAN],
    font="DejaVu Sans",
    size_pt=8.5,
    landscape=True,
    page_header="OFFICIAL",
    description="Invented DHR plan: agency sections, vertically merged rec cells, RAG as fill.",
)

# ---------------------------------------------------------------------------------------------
# B. Westbridge SCR-2017-03: two plans; R1.. labels with a) b) actions, rec cells left empty
# ---------------------------------------------------------------------------------------------

WCS = "Westbridge Children's Services"
WCH = "Westbridge Community Health NHS Trust"
WPOL = "Westbridge Police"
GAT = "Greenfields Academy Trust"

B1_SPECS = [
    Spec(
        "All agencies to ensure that practitioners working with families where there is parental substance misuse use the Westbridge Neglect Toolkit at assessment and at each review.",
        "WSCB Executive on behalf of all partner agencies",
        [
            [
                Act(
                    "Relaunch the Neglect Toolkit with a multi-agency briefing programme.",
                    "WSCB Business Manager",
                    d(30, 4, 2018),
                ),
                Act(
                    "Add use of the toolkit to the multi-agency audit programme.",
                    "Chair, Quality Assurance Sub Group",
                    d(31, 7, 2018),
                ),
            ],
            [
                Act(
                    "Report toolkit usage figures from each agency to the Executive.",
                    "WSCB Business Manager",
                    d(31, 1, 2019),
                )
            ],
        ],
        "complete",
        "Green",
        "the Neglect Toolkit",
        "Neglect Strategy",
        [220, 200],
    ),
    Spec(
        "Westbridge Children's Services to ensure that the voice of the child is recorded at every statutory visit, including the child's own words and what the worker saw of the child's daily life.",
        "Director of Children's Services",
        [
            [
                Act(
                    "Revise the statutory visit template so the child's views and observations are separate mandatory sections.",
                    "Head of Quality Assurance",
                    d(31, 3, 2018),
                )
            ]
        ],
        "complete",
        "Blue",
        "the voice of the child",
        "Statutory Visits Practice Standard",
        [310],
    ),
    Spec(
        "Health partners to ensure that a child's non-attendance at health appointments is shared with the GP and the health visitor within five working days.",
        "Designated Nurse, Westbridge and District CCG",
        [
            [
                Act(
                    "Agree a 'was not brought' notification standard across the acute trust, community health and GP practices.",
                    "Designated Nurse",
                    d(31, 5, 2018),
                ),
                Act(
                    "Audit compliance with the notification standard.",
                    "Named Nurse, Community Health",
                    d(30, 11, 2018),
                ),
            ]
        ],
        "ongoing",
        "Amber",
        "children who were not brought to appointments",
        "Was Not Brought Policy",
        [420],
    ),
    Spec(
        "The WSCB to revise its escalation policy so that practitioners know how to challenge decisions of another agency when they believe a child remains at risk.",
        "WSCB Independent Chair",
        [
            [
                Act(
                    "Rewrite the escalation policy, with a flowchart and named contacts in each agency.",
                    "WSCB Policy Officer",
                    d(30, 6, 2018),
                )
            ]
        ],
        "complete",
        "Green",
        "professional challenge and escalation",
        "Resolving Professional Differences Policy",
        [160],
    ),
    Spec(
        "Schools and early years settings to ensure that concerns about a child's presentation (hygiene, hunger, clothing) are recorded in date order and passed on when the child moves setting.",
        "Westbridge Education Safeguarding Service",
        [
            [
                Act(
                    "Issue guidance on chronologies to all designated safeguarding leads.",
                    "Education Safeguarding Manager",
                    d(31, 1, 2019),
                )
            ],
            [
                Act(
                    "Check transfer of records at the annual safeguarding audit of schools.",
                    "Education Safeguarding Manager",
                    d(31, 7, 2019),
                )
            ],
        ],
        "ongoing",
        "Amber",
        "chronologies in schools",
        "School Safeguarding Audit Tool",
        [140, 180],
    ),
    Spec(
        "The Police and Children's Services to agree a joint protocol for strategy discussions held out of hours.",
        "Westbridge Police and Westbridge Children's Services",
        [
            [
                Act(
                    "Draft the out of hours strategy discussion protocol.",
                    "DCI Child Protection",
                    d(31, 8, 2018),
                ),
                Act(
                    "Test the protocol through a joint audit of out of hours strategy discussions.",
                    "Emergency Duty Team Manager",
                    d(31, 12, 2018),
                ),
            ]
        ],
        "ongoing",
        "Green",
        "out of hours strategy discussions",
        "Strategy Discussion Protocol",
        [260],
        review_override="Action closed by the Sub Group on 12/03/2019 on the basis of the joint audit report.",
    ),
    Spec(
        "The WSCB to seek assurance that the learning from this review has been shared with all frontline staff and managers.",
        "WSCB Executive",
        [
            [
                Act(
                    "Deliver learning events and publish a briefing on the review.",
                    "WSCB Training Coordinator",
                    d(30, 9, 2018),
                )
            ]
        ],
        "complete",
        "Green",
        "learning from the review",
        "Learning and Improvement Framework",
        [120],
    ),
]

B2_SPECS = [
    Spec(
        "Managers to ensure that assessments in cases of chronic neglect consider the cumulative impact on the child, not just the latest incident.",
        "Head of Service, Children in Need",
        [
            [
                Act(
                    "Include cumulative harm in the assessment quality standard.",
                    "Head of Quality Assurance",
                    d(31, 3, 2018),
                ),
                Act(
                    "Run practice workshops on cumulative harm for all social work teams.",
                    "Principal Social Worker",
                    d(30, 6, 2018),
                ),
            ],
            [
                Act(
                    "Audit 20 neglect assessments to test the change.",
                    "Head of Quality Assurance",
                    d(31, 10, 2018),
                )
            ],
            [
                Act(
                    "Report the audit findings to the WSCB Quality Assurance Sub Group.",
                    "Head of Service, Children in Need",
                    d(31, 1, 2019),
                )
            ],
        ],
        "complete",
        "Green",
        "cumulative harm",
        "Assessment Quality Standard",
        [90, 160, 120],
        section=WCS,
    ),
    Spec(
        "Children's Services to make sure case transfers between teams include a face-to-face handover for children subject to child protection plans.",
        "Head of Service, Child Protection",
        [
            [
                Act(
                    "Amend the case transfer procedure and monitor compliance through monthly performance reports.",
                    "Team Manager, Child Protection",
                    d(31, 5, 2018),
                )
            ]
        ],
        "complete",
        "Green",
        "case transfer",
        "Case Transfer Procedure",
        [230],
        section=WCS,
    ),
    Spec(
        "Health visitors to complete a family health needs assessment at every new birth visit and update it when circumstances change.",
        "Director of Nursing",
        [
            [
                Act(
                    "Re-issue the family health needs assessment guidance.",
                    "Health Visiting Service Lead",
                    d(28, 2, 2018),
                ),
                Act(
                    "Record-keeping audit of 40 records.",
                    "Named Nurse Safeguarding Children",
                    d(31, 7, 2018),
                ),
            ]
        ],
        "ongoing",
        "Amber",
        "family health needs assessments",
        "Health Visiting Record-Keeping Standard",
        [350],
        section=WCH,
    ),
    Spec(
        "School nurses to be invited to child protection conferences for school-age children.",
        "Director of Nursing",
        [
            [
                Act(
                    "Agree with the conference service that school nurses receive every invitation.",
                    "Named Nurse Safeguarding Children",
                    d(31, 1, 2019),
                )
            ]
        ],
        "complete",
        "Blue",
        "school nurse attendance at conferences",
        "Child Protection Conference Procedure",
        [140],
        section=WCH,
    ),
    Spec(
        "Westbridge Police to ensure that officers attending incidents where children are present complete a child concern notification.",
        "Superintendent, Public Protection",
        [
            [
                Act(
                    "Brief all response officers on the child concern notification requirement.",
                    "Inspector, Public Protection",
                    d(31, 7, 2018),
                )
            ],
            [
                Act(
                    "Add a mandatory field to the incident log.",
                    "Force Systems Manager",
                    d(31, 10, 2018),
                ),
                Act(
                    "Dip sample 100 incidents to check compliance.",
                    "Inspector, Public Protection",
                    d(31, 3, 2019),
                ),
            ],
        ],
        "ongoing",
        "Red",
        "child concern notifications",
        "Child Concern Notification Policy",
        [200, 260],
        section=WPOL,
    ),
    Spec(
        "Greenfields Academy Trust to ensure that designated safeguarding leads receive supervision at least once a term.",
        "Chief Executive, Greenfields Academy Trust",
        [
            [
                Act(
                    "Introduce termly supervision for all designated safeguarding leads.",
                    "Trust Safeguarding Lead",
                    d(31, 12, 2018),
                )
            ]
        ],
        "complete",
        "Green",
        "supervision of designated safeguarding leads",
        "Trust Safeguarding Policy",
        [180],
        section=GAT,
    ),
    Spec(
        "The Trust to ensure that absence from school of a child on a child protection plan is reported to the social worker on the first day.",
        "Chief Executive, Greenfields Academy Trust",
        [
            [
                Act(
                    "Update the attendance procedure and brief attendance officers.",
                    "Trust Safeguarding Lead",
                    d(31, 1, 2019),
                )
            ]
        ],
        "",
        "Amber",
        "first-day absence calls",
        "Attendance Procedure",
        [90],
        section=GAT,
    ),
]

B_COLUMNS = [
    Column("recommendation", "Recommendation (SMART)", 4.0),
    Column("agency", "Agreed by", 3.0),
    Column("action", "Action Required", 4.0),
    Column("lead", "Implementation Lead", 3.0),
    Column("target", "Target date for completion", 2.3),
    Column("progress", "Summary of Action Taken", 6.4),
    Column("review", "Sub Group Progress & Finalisation", 2.9),
    Column("rag", "RAG Rating", 1.8),
]

B_WINDOW = DateWindow(d(1, 1, 2018), d(31, 3, 2019), "ordinal")

B1_STYLE = Style(
    words_scale=0.4,
    label="<b>{id}</b>",
    label_sep="<br>",
    action_label="a)",
    date_styles=["ordinal", "month", "review_by", "ordinal"],
    date_sep="<br>",
    window=B_WINDOW,
    board="WSCB Executive",
    complete_markers=["<b>COMPLETED</b>", "Completed"],
    ongoing_markers=["<b>ONGOING</b>", "In progress"],
    lead_prefix="Lead: ",
    rng=random.Random(SEED + 2),
)
B2_STYLE = Style(
    words_scale=0.4,
    label="<b>Recommendation {id}</b>",
    label_sep="\n",
    action_label="n.m",
    date_styles=["ordinal", "month", "dmy4"],
    date_sep="<br>",
    window=B_WINDOW,
    board="WSCB Quality Assurance Sub Group",
    complete_markers=["<b>COMPLETED</b>", "<b>Complete</b>"],
    ongoing_markers=["<b>ONGOING</b>", "Ongoing"],
    lead_prefix="<b>Lead</b> - ",
    rng=random.Random(SEED + 3),
)

B1_RECS = build_recs(B1_STYLE, B1_SPECS, id_format="R{n}")
# two hand-made date cells the genre is known for: a misspelt month and a revised date
B1_RECS[4].rows[0]["target"] = "31<sup>st</sup> Janury 2019"
B1_RECS[2].rows[0]["target"] = "31/05/2018 revised to 30/09/2018\n30<sup>th</sup> November 2018"

B_PLAN_1 = Plan(
    title="Multi-Agency Action Plan: Serious Case Review SCR-2017-03 (Child R)",
    intro="This plan was agreed by the Westbridge Safeguarding Children Board (WSCB) on 14 December 2017. Agencies report progress to the SCR Sub Group, which decides when each action can be finalised. Status as at March 2019.",
    case_ref="SCR-2017-03",
    columns=B_COLUMNS,
    recs=B1_RECS,
    rec_level=("recommendation", "agency", "review", "rag"),
    continuation="empty",
    rag_mode="fill",
    header_fill="DBE5F1",
)

B_PLAN_2 = Plan(
    title="Single Agency Action Plans: SCR-2017-03",
    intro="Each agency that contributed an Individual Management Review has its own plan below. Numbering restarts for each agency.",
    case_ref="SCR-2017-03",
    columns=B_COLUMNS,
    recs=build_recs(B2_STYLE, B2_SPECS),
    rec_level=("recommendation", "agency", "review", "rag"),
    continuation="empty",
    rag_mode="fill",
    header_fill="DBE5F1",
    page_break_before=True,
)

B_DOCUMENT = Document(
    stem="scr_2017_03_westbridge",
    plans=[B_PLAN_1, B_PLAN_2],
    font="Liberation Serif",
    size_pt=9.5,
    landscape=True,
    page_header="OFFICIAL - SENSITIVE",
    footer_left="Westbridge Safeguarding Children Board – SCR-2017-03 action plan v4",
    description="Invented SCR document with two plans; rec cells left empty on later rows.",
)

# ---------------------------------------------------------------------------------------------
# C. Eastmoor CSPR (Child T): portrait, RAG as text, ids 3a/3b, (i) (ii) actions, pseudonym as case ref
# ---------------------------------------------------------------------------------------------

C_SPECS = [
    Spec(
        "The Partnership to ensure that practitioners understand the impact of a parent's learning disability on their ability to act on professional advice, and adapt how they communicate.",
        "Eastmoor Safeguarding Children Partnership",
        [
            [
                Act(
                    "Commission training on working with parents with a learning disability.",
                    "Partnership Training Manager",
                    d(31, 10, 2022),
                )
            ],
            [
                Act(
                    "Publish practice guidance with the adult learning disability team.",
                    "Principal Social Worker",
                    d(28, 2, 2023),
                )
            ],
        ],
        "complete",
        "Green",
        "parents with a learning disability",
        "Parents with Additional Needs Guidance",
        [150, 180],
        rec_id="1",
    ),
    Spec(
        "Children's Social Care to ensure that pre-birth assessments start by 20 weeks of pregnancy where there are known risk factors.",
        "Eastmoor Children's Social Care",
        [
            [
                Act(
                    "Amend the pre-birth protocol to set the 20 week standard.",
                    "Head of Safeguarding",
                    d(30, 9, 2022),
                ),
                Act(
                    "Report timeliness of pre-birth assessments to the Partnership each quarter.",
                    "Performance Manager",
                    None,
                ),
            ]
        ],
        "ongoing",
        "Amber",
        "pre-birth assessments",
        "Pre-birth Protocol",
        [300],
        rec_id="2",
    ),
    Spec(
        "Health visiting and midwifery services to share information about unborn babies where there are safeguarding concerns through a formal handover meeting.",
        "Eastmoor Community Health and Eastmoor Maternity Services",
        [
            [
                Act(
                    "Introduce a monthly midwife–health visitor liaison meeting in each locality.",
                    "Named Midwife",
                    d(31, 12, 2022),
                )
            ]
        ],
        "complete",
        "Blue",
        "midwife to health visitor handover",
        "Antenatal Liaison Standard",
        [220],
        rec_id="3a",
    ),
    Spec(
        "GP practices to record the names of all adults living in a household with a child subject to a child protection plan.",
        "Eastmoor Integrated Care Board",
        [
            [
                Act(
                    "Issue a coding guide for household members to all practices.",
                    "Named GP",
                    d(30, 11, 2022),
                ),
                Act("Audit records in six practices.", "Designated Nurse", d(31, 3, 2023)),
            ]
        ],
        "ongoing",
        "Red",
        "recording of household members",
        "GP Safeguarding Coding Guide",
        [240],
        rec_id="3b",
    ),
    Spec(
        "All agencies to make sure safer sleep advice is given and recorded at every contact with families with babies under one, with attention to co-sleeping after alcohol or drug use.",
        "All partner agencies",
        [
            [
                Act(
                    "Adopt a single multi-agency safer sleep assessment tool.",
                    "Designated Nurse",
                    d(31, 1, 2023),
                )
            ],
            [
                Act(
                    "Train practitioners in children's social care, early help and housing to use the tool.",
                    "Partnership Training Manager",
                    d(30, 6, 2023),
                )
            ],
            [
                Act(
                    "Audit use of the tool in cases of babies under one.",
                    "Partnership Business Manager",
                    None,
                )
            ],
        ],
        "ongoing",
        "Amber",
        "safer sleep",
        "Safer Sleep Guidance",
        [100, 130, 200],
        rec_id="4",
    ),
    Spec(
        "The Partnership to review the multi-agency neglect strategy, with a focus on chronic neglect in families known to services over many years.",
        "Eastmoor Safeguarding Children Partnership",
        [
            [
                Act(
                    "Hold a multi-agency review of the neglect strategy and agree a revised version.",
                    "Partnership Business Manager",
                    d(31, 3, 2023),
                )
            ]
        ],
        "complete",
        "Green",
        "chronic neglect",
        "Neglect Strategy",
        [330],
        rec_id="5",
    ),
    Spec(
        "Education settings to ensure designated safeguarding leads attend child protection conferences or send a written report.",
        "Eastmoor Education Safeguarding Team",
        [
            [
                Act(
                    "Monitor attendance and reports through the conference service.",
                    "Education Safeguarding Adviser",
                    d(30, 6, 2023),
                )
            ]
        ],
        "",
        "Amber",
        "school contributions to conferences",
        "Conference Report Template",
        [80],
        rec_id="6",
    ),
]

C_STYLE = Style(
    words_scale=0.5,
    label="<b>Recommendation {id}</b>",
    label_sep="<br>",
    action_label="(i)",
    date_styles=["dmy2", "dmy_nopad", "dot2"],
    date_sep="\n",
    window=DateWindow(d(1, 6, 2022), d(30, 6, 2023), "long"),
    board="Partnership Executive",
    complete_markers=["Complete", "Completed – evidence accepted by the Partnership."],
    ongoing_markers=["Ongoing", "In progress"],
    review_level="none",
    rag_mode="text",
    rng=random.Random(SEED + 4),
)

C_PLAN = Plan(
    title="Child Safeguarding Practice Review: Child T – Action Plan",
    intro="Agreed by the Eastmoor Safeguarding Children Partnership Executive. The Learning and Improvement Group reviews progress every two months; the RAG status column records its judgement.",
    case_ref="Child T",  # no code printed; the pseudonym in the title is the reference
    columns=[
        Column("recommendation", "Recommendation", 3.4),
        Column("agency", "Lead Agency", 2.4),
        Column("action", "Action to take", 3.3),
        Column("lead", "Responsible Lead", 2.4),
        Column("target", "By when", 2.2),
        Column("progress", "Progress to date", 5.0),
        Column("rag", "RAG status", 1.5),
    ],
    recs=build_recs(C_STYLE, C_SPECS),
    rec_level=("recommendation", "agency", "rag"),
    continuation="vmerge",
    rag_mode="text",
    header_fill="E2EFD9",
)

C_DOCUMENT = Document(
    stem="cspr_child_t_portrait",
    plans=[C_PLAN],
    font="Liberation Sans",
    size_pt=8.0,
    landscape=False,
    margins_cm=(2.0, 1.27, 2.0, 1.27),
    page_header="OFFICIAL",
    page_header_align="right",
    description="Invented CSPR plan in portrait; RAG as text; no case reference.",
)

# ---------------------------------------------------------------------------------------------
# D. Kingsford SAR/2016/02: Home Office style columns, No. column, no RAG, header printed once
# ---------------------------------------------------------------------------------------------

D_SPECS = [
    Spec(
        "The Safeguarding Adults Board to ensure that all partner agencies have a clear process for responding to adults who self-neglect, including those who decline services.",
        "Kingsford Safeguarding Adults Board",
        [
            [
                Act("Publish a multi-agency self-neglect protocol.", "", d(31, 3, 2017)),
                Act(
                    "Deliver briefings on the protocol to frontline staff in all agencies.",
                    "",
                    d(30, 9, 2017),
                ),
            ],
            [Act("Audit the use of the protocol after six months.", "", d(31, 3, 2018))],
        ],
        "complete",
        "",
        "self-neglect",
        "Self-Neglect Protocol",
        [180, 160],
        scope="Local",
        rec_id="1",
    ),
    Spec(
        "Adult Social Care to ensure that mental capacity assessments are decision-specific and time-specific and are recorded, particularly where a person repeatedly refuses care.",
        "Kingsford Adult Social Care",
        [
            [
                Act("Revise the mental capacity assessment form.", "", d(30, 6, 2017)),
                Act(
                    "Mental Capacity Act refresher training for all social workers.",
                    "",
                    d(31, 12, 2017),
                ),
            ]
        ],
        "complete",
        "",
        "mental capacity assessment",
        "Mental Capacity Act Policy",
        [300],
        scope="Local",
        rec_id="2",
    ),
    Spec(
        "The ambulance service and the acute trust to share information when an adult is repeatedly taken to hospital after falls at home.",
        "Regional Ambulance Service NHS Trust",
        [
            [
                Act(
                    "Agree an information sharing agreement for frequent fallers.",
                    "",
                    d(30, 9, 2017),
                ),
            ]
        ],
        "ongoing",
        "",
        "frequent falls",
        "Information Sharing Agreement",
        [260],
        scope="Regional",
        rec_id="3",
    ),
    Spec(
        "The Board to seek assurance that the hoarding protocol is understood by housing, fire and rescue and environmental health staff.",
        "Kingsford Safeguarding Adults Board",
        [
            [
                Act(
                    "Run joint workshops on the hoarding protocol for housing, fire and environmental health staff",
                    "",
                    d(31, 12, 2017),
                ),
                Act("Add hoarding cases to the Board's audit programme", "", d(1, 1, 2018)),
            ]
        ],
        "complete",
        "",
        "hoarding",
        "Hoarding Protocol",
        [150],
        scope="Local",
        rec_id="4a",
        unlabelled=True,
        bullets=True,
    ),
    Spec(
        "Fire and Rescue Service to offer a Safe and Well visit to every adult referred under the hoarding protocol.",
        "Kingsford Fire and Rescue Service",
        [[Act("Amend the Safe and Well referral criteria.", "", d(31, 10, 2017))]],
        "complete",
        "",
        "Safe and Well visits",
        "Safe and Well Policy",
        [120],
        scope="Regional",
        rec_id="4b",
        unlabelled=True,
        alike="fire_safety_visit",
    ),
    Spec(
        "Commissioners to ensure that home care providers report missed or refused calls to the care coordinator within 24 hours.",
        "Kingsford County Council Commissioning",
        [
            [
                Act(
                    "Write the 24 hour reporting requirement into the home care contract.",
                    "",
                    d(30, 4, 2018),
                )
            ],
            [Act("Check compliance at contract monitoring visits.", "", d(31, 10, 2018))],
        ],
        "ongoing",
        "",
        "missed and refused calls",
        "Home Care Contract Specification",
        [200, 220],
        scope="Local",
        rec_id="5",
    ),
    Spec(
        "The Board to raise with the Department of Health the need for national guidance on section 42 enquiries in cases of self-neglect.",
        "Kingsford Safeguarding Adults Board",
        [[Act("Independent Chair to write to the Department of Health.", "", d(31, 12, 2017))]],
        "",
        "",
        "national guidance on self-neglect",
        "Board Business Plan",
        [70],
        scope="National",
        rec_id="6",
    ),
]

D_STYLE = Style(
    words_scale=0.5,
    label="",
    label_sep="",
    action_label="i)",
    date_styles=["dmy4", "dot2", "month", "dot_nopad"],
    date_sep="\n",
    window=DateWindow(d(1, 1, 2017), d(30, 6, 2018), "dmy4"),
    board="Safeguarding Adults Board",
    complete_markers=[],
    ongoing_markers=[],
    status_in="review",
    review_level="row",
    rag_mode="none",
    rng=random.Random(SEED + 5),
)

D_RECS = build_recs(D_STYLE, D_SPECS)
D_RECS[3].rows[0]["target"] = (
    "December 2017<br>2018"  # two unlabelled actions: a month, a bare year
)

D_PLAN = Plan(
    title="Safeguarding Adults Review 'Mr B' – Action Plan",
    intro="This action plan responds to Safeguarding Adults Review SAR/2016/02, commissioned by the Kingsford Safeguarding Adults Board. It follows the Home Office template. Outcomes are recorded when the Board's SAR sub-group has seen evidence that an action has made a difference.",
    case_ref="SAR/2016/02",
    columns=[
        Column("no", "No.", 1.2),
        Column("recommendation", "Recommendation", 3.8),
        Column("scope", "Scope of recommendation i.e. local or regional", 3.7),
        Column("action", "Action to take", 3.8),
        Column("agency", "Lead Agency", 2.9),
        Column("progress", "Key milestones achieved in enacting recommendation", 5.6),
        Column("target", "Target Date", 2.4),
        Column("review", "Date of completion and Outcome", 3.5),
    ],
    recs=D_RECS,
    rec_level=("no", "recommendation", "scope", "agency"),
    continuation="empty",
    rag_mode="none",
    header_fill="D9D9D9",
    header_repeat=False,
)

D_DOCUMENT = Document(
    stem="sar_2016_02_home_office",
    plans=[D_PLAN],
    font="DejaVu Serif",
    size_pt=8.5,
    landscape=True,
    page_header="OFFICIAL - SENSITIVE",
    page_header_align="left",
    description="Invented SAR plan on the Home Office template: No. column, Scope column, no RAG, header row printed once.",
)

INVENTED_DOCUMENTS = [A_DOCUMENT, B_DOCUMENT, C_DOCUMENT, D_DOCUMENT]
