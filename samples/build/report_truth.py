"""Truth for ``actionplan report`` on the samples: themes and recurring recommendations, judged by
hand from the recommendation texts of the samples (never by running or copying any matching
code), for the report tests to compare with.

Definitions
-----------
Recommendation
    One distinct record of the converted samples (``recommendations.csv`` of
    ``actionplan convert samples/*.pdf samples/structure``), keyed by
    ``(plan_title, section, rec_id)`` exactly as converted. ``(plan_title, rec_id)`` alone is
    not unique: plans laid out agency by agency number each agency's recommendations from 1
    (Northshire, Fenwick part 2, Westbridge single-agency, Birmingham agency plan, Ashvale), and
    ``section`` is the agency heading that tells them apart. Copies of one plan count once: the
    scanned samples (copies of born-digital ones) are left out, and a structure document's two
    or three renderers print the same plan. Records with no id in a plan (the heatwave matrix,
    the hoarding plan) have no recommendation text and share one key per plan, ``rec_id`` "".
    The writer copy of ``structure/unruled`` converts the Northbridge Police plan with an empty
    title; it is the same plan as ``NORTHBRIDGE`` and is not listed again.

Review
    One case. Plans with the same ``case_ref`` are one review (a document's overall plan and its
    single-agency plans). A plan with an empty ``case_ref`` is its own review by its title,
    except that the plans printed in one structure document are one review, named by the
    document's stem without the renderer suffix (``STRUCTURE_PLANS``, e.g. "footnotes").

Themes (``THEMES``)
    For every distinct recommendation, the themes of ``THEME_NAMES`` that apply, judged from the
    recommendation text only (never the action, lead, progress or other columns). A
    recommendation may have no theme or several. A record whose recommendation text is empty
    (the structure documents that print only actions, measures or milestones) has no theme.
    Where the converted recommendation text holds more than the recommendation itself (the
    maternity plan's "No. & title" cell joined to its description), all of that text is judged.
    A theme about a service (mental health, primary care, housing) applies when the
    recommendation asks that service or its staff to do something, or is about people's use of
    it; a theme about a topic applies when the required change is about that topic.

Recurring recommendations (``ALIKE``)
    Groups of recommendations that say essentially the same thing: the same required change,
    even if the agency, the group of people or the wording differs. Sharing a subject is not
    enough (two recommendations about school nurses are not alike unless they ask for the same
    change). Every group has members from at least two different reviews; near-duplicates
    within one review alone are not recurring (a group may hold several members of one review
    when another review's recommendation says the same). No recommendation is in two groups.
    Records with no recommendation text are in no group.

Recurring recommendations made by the builder (``recurring_made``)
    Not judged here: some sample recommendations were written alike on purpose, restating one
    change in another review's words while keeping its key phrases, and carry the family they
    were written into in ``alike`` (see ``model.Rec``; most are in ``invented_recurring.py``).
    ``build_report_truth.py`` reads those tags; a text-similarity method should find exactly
    these groups. Each of them says one thing, so its members also sit in one ``ALIKE`` group.

``build_report_truth.py`` checks these keys against the samples' expected files and writes
``samples/report.truth.json``.
"""

from __future__ import annotations

THEME_NAMES = (
    "Risk assessment",
    "Information sharing",
    "Training",
    "Referral pathways",
    "MARAC/MAPPA",
    "Mental health",
    "Substance misuse",
    "Primary care",
    "Housing",
    "Children in the household",
    "Record keeping",
    "Policy and guidance",
    "Supervision",
    "Routine enquiry",
    "Carers",
    "Self-neglect",
    "Audit",
)

# ---- plan titles, exactly as converted -------------------------------------------------------

# born-digital samples (samples/*.pdf), each with its case_ref
CHILD_T = "Child Safeguarding Practice Review: Child T – Action Plan"  # Child T
NORTHSHIRE = (  # DHR/2019/04
    "Northshire Community Safety Partnership – Domestic Homicide Review DHR/2019/04 Action Plan"
)
ABC = "Domestic Homicide Review Action Plan - DHR-ABC-2016-02"  # DHR-ABC-2016-02
ABC_SINGLE = "Single Agency Action Plans"  # DHR-ABC-2016-02
FENWICK_1 = "Part 1: Overview Report Recommendations – Multi-Agency Action Plan"  # DHR 03/2020
FENWICK_2 = (  # DHR 03/2020
    "Part 2: Individual Management Review Recommendations – Single Agency Action Plans"
)
HARBOURSIDE = (  # CSPR 2022/05
    "Child Safeguarding Practice Review CSPR 2022/05 (Harbourside): Action Plan"
)
ADULT_D = "Safeguarding Adults Review: Adult D – Action Plan"  # WXSAB/SAR/2015/12
KELHAM = "Domestic Homicide Review DHR 2018/02 (Kelham) – Action Plan"  # DHR 2018/02
MR_B = "Safeguarding Adults Review 'Mr B' – Action Plan"  # SAR/2016/02
WESTBRIDGE = "Multi-Agency Action Plan: Serious Case Review SCR-2017-03 (Child R)"  # SCR-2017-03
WESTBRIDGE_SINGLE = "Single Agency Action Plans: SCR-2017-03"  # SCR-2017-03
BDHR_JOINT = "Joint Review Action Plan in respect of Case BDHR/2013-14/02"  # BDHR/2013-14/02
BDHR_AGENCY = "Agency Action Plan in respect of Case BDHR/2013-14/02"  # BDHR/2013-14/02
ASHVALE = "Ashvale Community Safety Partnership – DHR/2021/07 Action Plan"  # DHR/2021/07
MILLBROOK = "Safeguarding Adults Review SAR 2020/01 ('Mr D'): Action Plan"  # SAR 2020/01
RIVERMOUTH = (  # DHR/2022/09
    "Rivermouth Community Safety Partnership – Domestic Homicide Review DHR/2022/09 Action Plan"
)
LOWFIELD = (  # SAR 2023/02
    "Lowfield Safeguarding Adults Board – Safeguarding Adults Review SAR 2023/02 ('Mrs E'): "
    "Action Plan"
)
GREYHAVEN = (  # CSPR 2023/07
    "Child Safeguarding Practice Review CSPR 2023/07 (Greyhaven): Action Plan"
)

# structure samples (samples/structure), no case_ref
HEATWAVE = "Heatwave Plan 2024: Partner Actions Before, During and After a Heatwave"
FOOTNOTES_1 = "Table 1: Priority 1 - Safer information sharing"
FOOTNOTES_2 = "Table 2: Priority 2 - Helping residents report concerns"
MATERNITY = "Maternity Safeguarding Improvement Plan 2024-2025"
DISTRICT_DUTIES = "Annex 3. Duties of district offices"
FLOOD_STRATEGY = "Annex 4. Objectives and measures of the flood strategy"
EARLY_ACTION = "Annex 5. Early action measures agreed by the District Disaster Committee"
HOARDING = "Self-Neglect and Hoarding: Safeguarding Adults Board Action Plan"
TRACKER = "Children's Services Improvement Plan: Action Tracker (Quarter 2 2024-25)"
UNRULED_DHR = "Domestic Homicide Review: Action Plan"
NORTHBRIDGE = "Northbridge Police: Single-Agency Action Plan"

# each structure plan's review: the stem of its document without the renderer suffix
STRUCTURE_PLANS = {
    HEATWAVE: "fillcells",
    FOOTNOTES_1: "footnotes",
    FOOTNOTES_2: "footnotes",
    MATERNITY: "idtitles",
    DISTRICT_DUTIES: "nonreview",
    FLOOD_STRATEGY: "nonreview",
    EARLY_ACTION: "nonreview",
    HOARDING: "shiftedheader",
    TRACKER: "tracker",
    UNRULED_DHR: "unruled",
    NORTHBRIDGE: "unruled",
}

# ---- sections (agency headings) that are too long to repeat ----------------------------------

NORTHSHIRE_ASC = "Northshire County Council – Adult Social Care"
EASTVALE_TRUST = "Eastvale University Hospitals NHS Foundation Trust"
NORTHSHIRE_CSP = "Northshire Community Safety Partnership"
FENWICK_TRUST = "Fenwick Health and Care NHS Trust"
HARBOURSIDE_PARTNERSHIP = "Harbourside Safeguarding Children Partnership"
HARBOURSIDE_TRUST = "Harbourside Community NHS Trust"
WESTBRIDGE_HEALTH = "Westbridge Community Health NHS Trust"
BIRMINGHAM_CSC = "Birmingham Children Social Care"
BIRMINGHAM_WOMENS = "Birmingham Women's NHS Foundation Trust"
PROBATION = "Wales Probation Trust and Staffordshire and West Midlands Probation Trust"
ASHVALE_ICB = "Ashvale and Dunmore Integrated Care Board"
ASHVALE_ASC = "Ashvale Council – Adult Social Care"
FLOOD_1 = "1. Strengthen early warning for river floods in the lower basin"
FLOOD_2 = "2. Improve preparedness of municipalities and communities"

# ---- themes ------------------------------------------------------------------------------------

THEMES: dict[tuple[str, str, str], tuple[str, ...]] = {
    # ---- CHILD_T (Child T)
    # The Partnership to ensure that practitioners understand the impact of a parent's learning
    # disability on their ability to act on professional advice, and adapt how they communicate.
    (CHILD_T, "", "1"): ("Training",),
    # Children's Social Care to ensure that pre-birth assessments start by 20 weeks of pregnancy
    # where there are known risk factors.
    (CHILD_T, "", "2"): ("Children in the household",),
    # Health visiting and midwifery services to share information about unborn babies where there
    # are safeguarding concerns through a formal handover meeting.
    (CHILD_T, "", "3a"): ("Information sharing", "Children in the household"),
    # GP practices to record the names of all adults living in a household with a child subject
    # to a child protection plan.
    (CHILD_T, "", "3b"): ("Primary care", "Children in the household", "Record keeping"),
    # All agencies to make sure safer sleep advice is given and recorded at every contact with
    # families with babies under one, with attention to co-sleeping after alcohol or drug use.
    (CHILD_T, "", "4"): ("Substance misuse", "Children in the household", "Record keeping"),
    # The Partnership to review the multi-agency neglect strategy, with a focus on chronic
    # neglect in families known to services over many years.
    (CHILD_T, "", "5"): ("Children in the household", "Policy and guidance"),
    # Education settings to ensure designated safeguarding leads attend child protection
    # conferences or send a written report.
    (CHILD_T, "", "6"): ("Information sharing",),
    # ---- NORTHSHIRE (DHR/2019/04)
    # Northshire Police to ensure that call handlers and response officers identify and record
    # all children present or normally resident at a domestic abuse incident.
    (NORTHSHIRE, "Northshire Police", "1"): ("Children in the household", "Record keeping"),
    # Northshire Police to review the handling of 'right to ask' applications under the Domestic
    # Violence Disclosure Scheme so that applications are decided within the 35 day target.
    (NORTHSHIRE, "Northshire Police", "2"): (),
    # Northshire Police to ensure that officers consider and record the offence of controlling or
    # coercive behaviour at every domestic abuse incident where there is evidence of a patt...
    (NORTHSHIRE, "Northshire Police", "3"): ("Record keeping",),
    # Adult Social Care to ensure that safeguarding enquiries involving domestic abuse include a
    # DASH risk assessment and consideration of a referral to MARAC.
    (NORTHSHIRE, NORTHSHIRE_ASC, "1"): ("Risk assessment", "Referral pathways", "MARAC/MAPPA"),
    # Adult Social Care to strengthen carers' assessments where the person cared for is also the
    # alleged perpetrator of abuse.
    (NORTHSHIRE, NORTHSHIRE_ASC, "2"): ("Carers",),
    # The Trust to embed routine enquiry about domestic abuse in the Emergency Department and in
    # maternity services.
    (NORTHSHIRE, EASTVALE_TRUST, "1"): ("Routine enquiry",),
    # The Trust to ensure that the hospital-based Independent Domestic Violence Advisor (IDVA) is
    # told about every patient who discloses domestic abuse.
    (NORTHSHIRE, EASTVALE_TRUST, "2"): ("Referral pathways",),
    # The Trust to review its did-not-attend policy so that repeated non-attendance by adults
    # with care and support needs prompts a safeguarding discussion.
    (NORTHSHIRE, EASTVALE_TRUST, "3"): ("Policy and guidance",),
    # Housing providers to work towards accreditation against the Domestic Abuse Housing Alliance
    # (DAHA) standards.
    (NORTHSHIRE, "Northshire Housing Partnership", "1"): ("Housing",),
    # Housing officers to be trained to recognise economic abuse and to refer tenants to
    # specialist money advice.
    (NORTHSHIRE, "Northshire Housing Partnership", "2"): (
        "Training",
        "Referral pathways",
        "Housing",
    ),
    # The CSP to commission a campaign to raise awareness of domestic abuse among older people,
    # their families and neighbours.
    (NORTHSHIRE, NORTHSHIRE_CSP, "1"): (),
    # The CSP to seek assurance that all agencies have implemented the recommendations of this
    # review within 12 months of publication.
    (NORTHSHIRE, NORTHSHIRE_CSP, "2"): ("Audit",),
    # ---- ABC (DHR-ABC-2016-02)
    # The Community Safety Partnership to publish a multi-agency domestic abuse training strategy
    # that covers coercive and controlling behaviour and the increased risk at the point of...
    (ABC, "", "A1"): ("Training", "Policy and guidance"),
    # All partner agencies to adopt routine enquiry about domestic abuse in assessments of adults
    # with care and support needs, and to record the answer.
    (ABC, "", "A2"): ("Record keeping", "Routine enquiry"),
    # The Clinical Commissioning Group to make sure that GP practices record disclosures of
    # domestic abuse in a way that every clinician can see, and share relevant information with
    # t...
    (ABC, "", "A3"): ("Information sharing", "MARAC/MAPPA", "Primary care", "Record keeping"),
    # Aldwick Police to train all response officers in recognising coercive and controlling
    # behaviour and in investigating the offence under section 76 of the Serious Crime Act 2015.
    (ABC, "", "B1"): ("Training",),
    # Carrow Borough Council to include screening for domestic abuse in its housing register
    # applications and homelessness assessments.
    (ABC, "", "B2"): ("Housing", "Routine enquiry"),
    # The CSP to make sure that the learning from this review reaches practitioners in all
    # partner agencies and is tested for its impact on practice.
    (ABC, "", "B3"): ("Training", "Audit"),
    # Bexton Hospitals NHS Trust to refer every patient who discloses domestic abuse in the
    # emergency department to the hospital IDVA service.
    (ABC, "", "B4"): ("Referral pathways",),
    # ---- ABC_SINGLE (DHR-ABC-2016-02)
    # Aldwick Police to complete a DASH risk assessment with the victim at every domestic abuse
    # incident, and to record the reason whenever one cannot be completed.
    (ABC_SINGLE, "", "3"): ("Risk assessment", "Record keeping"),
    # Bexton Hospitals NHS Trust to provide level 3 safeguarding adults training, including
    # domestic abuse, to all emergency department staff.
    (ABC_SINGLE, "", "R4"): ("Training",),
    # Carrow Borough Council to check the housing file for previous reports of domestic abuse
    # before it agrees a joint tenancy.
    (ABC_SINGLE, "", "3(a)"): ("Risk assessment", "Housing"),
    # The Trust should ensure that health visitors and midwives ask about domestic abuse at every
    # contact where it is safe to do so, and record when it was not safe to ask.
    (ABC_SINGLE, "", "A5"): ("Record keeping", "Routine enquiry"),
    # Improve data capture The Aldwick Domestic Abuse Service should record the protected
    # characteristics of every person referred to it, so that the CSP can see which groups are
    # not ...
    (ABC_SINGLE, "", "6"): ("Record keeping",),
    # The National Probation Service to share risk information about perpetrators with the MARAC,
    # including when the perpetrator is not under its supervision at the time.
    (ABC_SINGLE, "", "7"): ("Information sharing", "MARAC/MAPPA"),
    # ---- FENWICK_1 (DHR 03/2020)
    # The Community Safety Partnership to ensure that all agencies have a domestic abuse policy
    # that covers abuse by adult children of their parents.
    (FENWICK_1, "", "1"): ("Policy and guidance",),
    # Agencies to make sure that practitioners understand the risk posed by a family member who
    # is dependent on the victim for money or housing.
    (FENWICK_1, "", "2"): ("Risk assessment", "Training"),
    # The Partnership to review how the Domestic Abuse Service receives referrals from GPs and
    # pharmacies.
    (FENWICK_1, "", "3"): ("Referral pathways", "Primary care"),
    # The Partnership to make information about domestic abuse services available in the
    # languages most spoken in Fenwick.
    (FENWICK_1, "", "4"): ("Referral pathways",),
    # ---- FENWICK_2 (DHR 03/2020)
    # Fenwick Police to ensure that officers consider a Domestic Violence Protection Notice at
    # every incident where the suspect lives with the victim.
    (FENWICK_2, "Fenwick Police", "1"): ("Risk assessment",),
    # Fenwick Police to review the supervision of domestic abuse investigations where the suspect
    # is a family member other than a partner.
    (FENWICK_2, "Fenwick Police", "2"): ("Supervision",),
    # The Trust to ensure that community nurses who visit older patients ask about the people
    # living in the household and any concerns about them.
    (FENWICK_2, FENWICK_TRUST, "1"): ("Routine enquiry",),
    # The Trust to provide domestic abuse training for staff in its memory assessment service.
    (FENWICK_2, FENWICK_TRUST, "2"): ("Training", "Mental health"),
    # The Domestic Abuse Service to extend its outreach to older victims living with adult
    # children.
    (FENWICK_2, "Fenwick Domestic Abuse Service", "1"): (),
    # ---- HARBOURSIDE (CSPR 2022/05)
    # The Partnership to revise its neglect strategy so that the cumulative impact of neglect on
    # teenagers is recognised, not only on young children.
    (HARBOURSIDE, HARBOURSIDE_PARTNERSHIP, "R1"): (
        "Children in the household",
        "Policy and guidance",
    ),
    # The Partnership to ensure that when a child is missing from education for more than ten
    # school days, a multi-agency discussion takes place.
    (HARBOURSIDE, HARBOURSIDE_PARTNERSHIP, "R2"): ("Information sharing",),
    # School nurses to offer every young person who is the subject of a child protection plan a
    # health assessment within four weeks.
    (HARBOURSIDE, HARBOURSIDE_TRUST, "3a"): (),
    # The Trust to make sure that a young person's own account is recorded separately from the
    # parent's account at every health contact.
    (HARBOURSIDE, HARBOURSIDE_TRUST, "3b"): ("Children in the household", "Record keeping"),
    # The Trust to ensure that staff in the emergency department refer young people who attend
    # after self-harm to the liaison psychiatry service before discharge.
    (HARBOURSIDE, HARBOURSIDE_TRUST, "R4"): ("Referral pathways", "Mental health"),
    # Harbourside Police to ensure that a young person found during a missing episode is offered
    # a return home interview, and that the interview is shared with the allocated social wo...
    (HARBOURSIDE, "Harbourside Police", "R5"): ("Information sharing",),
    # Harbourside Police to make sure that intelligence about adults who exploit children is
    # shared at the weekly exploitation meeting.
    (HARBOURSIDE, "Harbourside Police", "R6"): ("Information sharing",),
    # ---- ADULT_D (WXSAB/SAR/2015/12)
    # The Board to publish multi-agency guidance on working with adults who self-neglect,
    # including how to assess mental capacity when an adult repeatedly refuses care and support.
    (ADULT_D, "", "1"): ("Policy and guidance", "Self-neglect"),
    # Partner agencies to make sure that practitioners assess and record mental capacity for
    # specific decisions, and do not assume capacity without assessing it.
    (ADULT_D, "", "2"): ("Record keeping",),
    # West Exmoor Council to set up a multi-agency risk management meeting for adults at high
    # risk who do not meet the criteria for a safeguarding enquiry.
    (ADULT_D, "", "3(a)"): ("Risk assessment",),
    # The Board to seek assurance that the high-risk adults panel is used, and that it reduces
    # risk for the adults referred to it.
    (ADULT_D, "", "3(b)"): ("Risk assessment", "Audit"),
    # West Exmoor Clinical Commissioning Group to make sure that GP practices follow up adults
    # who are known to self-neglect when they do not attend appointments.
    (ADULT_D, "", "4"): ("Primary care", "Self-neglect"),
    # West Exmoor Fire and Rescue Service to offer a home fire safety visit to every adult
    # referred to it by a partner agency because of hoarding.
    (ADULT_D, "", "5"): ("Self-neglect",),
    # ---- KELHAM (DHR 2018/02)
    # Kelham Community Safety Partnership to commission a review of the specialist domestic abuse
    # services available to men who are victims.
    (KELHAM, "", "1"): (),
    # Kelham Police to ensure that repeat callers are identified at the point of contact and that
    # the call handler can see previous domestic abuse incidents at the address.
    (KELHAM, "", "2"): ("Risk assessment", "Record keeping"),
    # The Clinical Commissioning Group to raise with NHS England the need for national guidance
    # on sharing information about domestic abuse between GP practices when a patient registe...
    (KELHAM, "", "3"): ("Information sharing", "Primary care", "Policy and guidance"),
    # Kelham Borough Council to ensure that housing options staff ask about domestic abuse when a
    # household presents as homeless after a relationship breakdown.
    (KELHAM, "", "4"): ("Housing", "Routine enquiry"),
    # The regional probation service to make sure that risk assessments of perpetrators under
    # supervision take account of information held by children's social care.
    (KELHAM, "", "5"): ("Risk assessment", "Information sharing"),
    # Kelham Mental Health Trust to ensure that domestic abuse is considered in care planning for
    # patients who are known perpetrators.
    (KELHAM, "", "6"): ("Mental health",),
    # The Community Safety Partnership to publish the learning from this review for the public,
    # including where to find help.
    (KELHAM, "", "7"): ("Referral pathways",),
    # ---- MR_B (SAR/2016/02)
    # The Safeguarding Adults Board to ensure that all partner agencies have a clear process for
    # responding to adults who self-neglect, including those who decline services.
    (MR_B, "", "1"): ("Policy and guidance", "Self-neglect"),
    # Adult Social Care to ensure that mental capacity assessments are decision-specific and
    # time-specific and are recorded, particularly where a person repeatedly refuses care.
    (MR_B, "", "2"): ("Record keeping",),
    # The ambulance service and the acute trust to share information when an adult is repeatedly
    # taken to hospital after falls at home.
    (MR_B, "", "3"): ("Information sharing",),
    # The Board to seek assurance that the hoarding protocol is understood by housing, fire and
    # rescue and environmental health staff.
    (MR_B, "", "4a"): ("Housing", "Self-neglect", "Audit"),
    # Fire and Rescue Service to offer a Safe and Well visit to every adult referred under the
    # hoarding protocol.
    (MR_B, "", "4b"): ("Self-neglect",),
    # Commissioners to ensure that home care providers report missed or refused calls to the care
    # coordinator within 24 hours.
    (MR_B, "", "5"): ("Information sharing",),
    # The Board to raise with the Department of Health the need for national guidance on section
    # 42 enquiries in cases of self-neglect.
    (MR_B, "", "6"): ("Policy and guidance", "Self-neglect"),
    # ---- WESTBRIDGE (SCR-2017-03)
    # All agencies to ensure that practitioners working with families where there is parental
    # substance misuse use the Westbridge Neglect Toolkit at assessment and at each review.
    (WESTBRIDGE, "", "R1"): ("Substance misuse", "Children in the household"),
    # Westbridge Children's Services to ensure that the voice of the child is recorded at every
    # statutory visit, including the child's own words and what the worker saw of the child's...
    (WESTBRIDGE, "", "R2"): ("Children in the household", "Record keeping"),
    # Health partners to ensure that a child's non-attendance at health appointments is shared
    # with the GP and the health visitor within five working days.
    (WESTBRIDGE, "", "R3"): ("Information sharing", "Primary care"),
    # The WSCB to revise its escalation policy so that practitioners know how to challenge
    # decisions of another agency when they believe a child remains at risk.
    (WESTBRIDGE, "", "R4"): ("Policy and guidance",),
    # Schools and early years settings to ensure that concerns about a child's presentation
    # (hygiene, hunger, clothing) are recorded in date order and passed on when the child moves
    # s...
    (WESTBRIDGE, "", "R5"): ("Information sharing", "Record keeping"),
    # The Police and Children's Services to agree a joint protocol for strategy discussions held
    # out of hours.
    (WESTBRIDGE, "", "R6"): ("Information sharing", "Policy and guidance"),
    # The WSCB to seek assurance that the learning from this review has been shared with all
    # frontline staff and managers.
    (WESTBRIDGE, "", "R7"): ("Training", "Audit"),
    # ---- WESTBRIDGE_SINGLE (SCR-2017-03)
    # Managers to ensure that assessments in cases of chronic neglect consider the cumulative
    # impact on the child, not just the latest incident.
    (WESTBRIDGE_SINGLE, "Westbridge Children's Services", "1"): (
        "Children in the household",
        "Supervision",
    ),
    # Children's Services to make sure case transfers between teams include a face-to-face
    # handover for children subject to child protection plans.
    (WESTBRIDGE_SINGLE, "Westbridge Children's Services", "2"): ("Information sharing",),
    # Health visitors to complete a family health needs assessment at every new birth visit and
    # update it when circumstances change.
    (WESTBRIDGE_SINGLE, WESTBRIDGE_HEALTH, "1"): ("Children in the household",),
    # School nurses to be invited to child protection conferences for school-age children.
    (WESTBRIDGE_SINGLE, WESTBRIDGE_HEALTH, "2"): ("Information sharing",),
    # Westbridge Police to ensure that officers attending incidents where children are present
    # complete a child concern notification.
    (WESTBRIDGE_SINGLE, "Westbridge Police", "1"): (
        "Information sharing",
        "Referral pathways",
        "Children in the household",
    ),
    # Greenfields Academy Trust to ensure that designated safeguarding leads receive supervision
    # at least once a term.
    (WESTBRIDGE_SINGLE, "Greenfields Academy Trust", "1"): ("Supervision",),
    # The Trust to ensure that absence from school of a child on a child protection plan is
    # reported to the social worker on the first day.
    (WESTBRIDGE_SINGLE, "Greenfields Academy Trust", "2"): ("Information sharing",),
    # ---- BDHR_JOINT (BDHR/2013-14/02)
    # Raise the awareness of all Children in Care and those who care for them about what
    # constitutes a safe and a risky relationship, with a view to supporting an outcome that all
    # chi...
    (BDHR_JOINT, "", "1"): (),
    # That all police officers and staff recognise the importance of considering the safeguarding
    # of children and young persons identified within any reported incident.
    (BDHR_JOINT, "", "2"): ("Training", "Children in the household"),
    # Probation Offender Managers should ensure that information about visitors to Domestic
    # Violence perpetrators supplied by the prison service is considered at MAPP meetings and 6
    # w...
    (BDHR_JOINT, "", "3"): ("Risk assessment", "Information sharing", "MARAC/MAPPA"),
    # MAPP panels to consider use of a Violent Offender Order where formal supervision is ending.
    (BDHR_JOINT, "", "4"): ("MARAC/MAPPA",),
    # West Midlands Police and Birmingham Children's Social Care Services to review domestic
    # violence training to ensure learning from this case in relation to control, coercion and
    # r...
    (BDHR_JOINT, "", "5"): ("Training",),
    # Offender managers to set accredited Domestic Abuse Programmes as an objective for custodial
    # sentence planning, where appropriate, and encourage transfer to a prison providing th...
    (BDHR_JOINT, "", "6"): (),
    # Birmingham Community Safety Partnership and Police and Crime Board to review local
    # arrangements for the effective management of domestic violence abusers and offenders.
    (BDHR_JOINT, "", "7"): (),
    # Those organisations that completed an IMR or information report are required to provide
    # evidence that action has been taken to address individual and management practice which
    # h...
    (BDHR_JOINT, "", "8"): ("Audit",),
    # ---- BDHR_AGENCY (BDHR/2013-14/02)
    # Further audit to be undertaken to determine whether there are examples of children being
    # created on Care First but no referral opened
    (BDHR_AGENCY, BIRMINGHAM_CSC, "1"): ("Record keeping", "Audit"),
    # To achieve full CSC involvement at MAPPA level 2 and 3 panels
    (BDHR_AGENCY, BIRMINGHAM_CSC, "2"): ("MARAC/MAPPA",),
    # Remind staff to consistently record the details of others who are present during a
    # consultation i.e. partners, friends and relatives and include conversations that take place
    # in...
    (BDHR_AGENCY, BIRMINGHAM_WOMENS, "1"): ("Record keeping",),
    # Ensure consistency in practice in accordance with Trust guidelines for domestic abuse.
    (BDHR_AGENCY, BIRMINGHAM_WOMENS, "2"): ("Policy and guidance",),
    # Share appropriate contextual historical information relating domestic abuse.
    (BDHR_AGENCY, BIRMINGHAM_WOMENS, "3"): ("Information sharing",),
    # OASys practice need to reflect current risk concerns so that appropriate risk
    # management/sentence plans are formulated and implemented, including the use of SARA.
    (BDHR_AGENCY, PROBATION, "1"): ("Risk assessment",),
    # Case Recording must provide a record of all activity/contacts in a supervised case.
    (BDHR_AGENCY, PROBATION, "2"): ("Record keeping",),
    # MAPPA practice. MAPPA panels should reflect the meeting discussion, take an overview of
    # risk concerns and victim safety, be effectively chaired and ensure actions are
    # communicat...
    (BDHR_AGENCY, PROBATION, "3"): (
        "Risk assessment",
        "Information sharing",
        "MARAC/MAPPA",
        "Record keeping",
    ),
    # Transfers. Risk Management and Victim Safety is maximised through clear transfer
    # arrangements between Trusts, in particular in early agreement between ACOs/Senior Managers,
    # in H...
    (BDHR_AGENCY, PROBATION, "4"): ("Risk assessment", "Information sharing"),
    # Rehabilitative Interventions. (i) Interventions identified to address risk should be
    # prioritised and implemented in a custodial/community setting as part of the Sentence
    # Plannin...
    (BDHR_AGENCY, PROBATION, "5"): (),
    # West Midlands Police to ensure that it has a policy covering the management of Category 2
    # violent MAPPAs offenders
    (BDHR_AGENCY, "West Midlands Police", "1"): ("MARAC/MAPPA", "Policy and guidance"),
    # West Midlands Police should ensure that police information and intelligence on the
    # management of violent MAPPA offenders is recorded on Visor
    (BDHR_AGENCY, "West Midlands Police", "2"): ("MARAC/MAPPA", "Record keeping"),
    # West Midlands Police should ensure that WMP policy covers the use of duty mobile phones by
    # offender management teams (LPU and PPU), including appropriate guidance on out of hour...
    (BDHR_AGENCY, "West Midlands Police", "3"): ("Policy and guidance",),
    # West Midlands Police to ensure that the training provided to violent MAPPA offender
    # managers is appropriate and tailored to their role
    (BDHR_AGENCY, "West Midlands Police", "4"): ("Training", "MARAC/MAPPA"),
    # West Midlands Police to ensure that Violent MAPPA offenders are considered as a specific
    # cohort in the current review of domestic abuse offender management
    (BDHR_AGENCY, "West Midlands Police", "5"): ("MARAC/MAPPA",),
    # West Midlands Police to ensure that lessons learned through this IMR are incorporated into
    # policy development and future staff training
    (BDHR_AGENCY, "West Midlands Police", "6"): ("Training", "Policy and guidance"),
    # All practice staff to receive training regarding Domestic Abuse
    (BDHR_AGENCY, "Birmingham Cross City CCG", "1"): ("Training", "Primary care"),
    # Specific advice should be given to the front counter clerk who took the initial call in
    # regard to the lack of detail obtained and the importance of obtaining such detail.
    (BDHR_AGENCY, "West Mercia Constabulary", "1"): ("Supervision",),
    # Generic advice should be provided to communications staff that full details must be
    # obtained from callers in order to best inform the officers dealing with the incident. Once
    # th...
    (BDHR_AGENCY, "West Mercia Constabulary", "2"): ("Training",),
    # Specific advice should be provided to the responding Police Constable detailing the
    # importance of documenting, fully, the message result. (The facility exists for officers to
    # in...
    (BDHR_AGENCY, "West Mercia Constabulary", "3"): (
        "Referral pathways",
        "Children in the household",
        "Record keeping",
        "Supervision",
    ),
    # Learning and Development should ensure that all officers and staff recognise the importance
    # of considering the safeguarding of children and young persons identified within any r...
    (BDHR_AGENCY, "West Mercia Constabulary", "4"): ("Training", "Children in the household"),
    # ---- UNRULED_DHR (structure: unruled)
    # All agencies should ask older people about domestic abuse when assessing care needs.
    (UNRULED_DHR, "", "1"): ("Routine enquiry",),
    # The police should review how they respond to reports involving carers.
    (UNRULED_DHR, "", "2"): ("Carers",),
    # GP practices should be supported to recognise abuse of older patients.
    (UNRULED_DHR, "", "3"): ("Training", "Primary care"),
    # Adult social care should record the relationship of the alleged abuser.
    (UNRULED_DHR, "", "4"): ("Record keeping",),
    # The partnership should commission specialist support for older victims.
    (UNRULED_DHR, "", "5"): (),
    # The partnership should publish a briefing on this review for all staff.
    (UNRULED_DHR, "", "6"): ("Training",),
    # ---- ASHVALE (DHR/2021/07)
    # Ashvale Police to ensure that every domestic abuse incident where the victim is aged over
    # 60 is reviewed by the Public Protection Unit within 48 hours.
    (ASHVALE, "Ashvale Police", "1"): ("Supervision",),
    # Ashvale Police to ensure that officers attending a domestic abuse incident record whether
    # the victim is a carer for the suspect, or the suspect a carer for the victim.
    (ASHVALE, "Ashvale Police", "2"): ("Record keeping", "Carers"),
    # The ICB to ensure that GP practices record domestic abuse disclosures in a way that is
    # visible to every clinician who sees the patient, including locums.
    (ASHVALE, ASHVALE_ICB, "1"): ("Primary care", "Record keeping"),
    # The ICB to seek assurance that older people's mental health services ask about domestic
    # abuse at assessment and review.
    (ASHVALE, ASHVALE_ICB, "2"): ("Mental health", "Routine enquiry", "Audit"),
    # Ashvale Homes to make sure that reports of anti-social behaviour between members of the
    # same household are screened for domestic abuse.
    (ASHVALE, "Ashvale Homes", "1"): ("Risk assessment", "Housing"),
    # Ashvale Homes to achieve accreditation from the Domestic Abuse Housing Alliance.
    (ASHVALE, "Ashvale Homes", "2"): ("Housing",),
    # Adult Social Care to ensure that carers' assessments explore the carer's own safety and any
    # history of abuse within the relationship.
    (ASHVALE, ASHVALE_ASC, "1"): ("Risk assessment", "Routine enquiry", "Carers"),
    # Adult Social Care to ensure that a referral to MARAC is considered whenever a safeguarding
    # concern involves domestic abuse and the person has care and support needs.
    (ASHVALE, ASHVALE_ASC, "2"): ("Referral pathways", "MARAC/MAPPA"),
    # Adult Social Care to share the learning from this review with commissioned home care
    # providers.
    (ASHVALE, ASHVALE_ASC, "3"): ("Training",),
    # ---- MILLBROOK (SAR 2020/01)
    # Millbrook Safeguarding Adults Board to publish practice guidance on working with adults who
    # are reluctant to engage, including how to use the self-neglect protocol.
    (MILLBROOK, "", "1"): ("Policy and guidance", "Self-neglect"),
    # Adult Social Care to ensure that when a person declines an assessment, the decision and the
    # person's capacity to make it are recorded, and the case is reviewed within three months.
    (MILLBROOK, "", "2"): ("Record keeping",),
    # Millbrook Community Health Services to ensure that district nurses escalate concerns when a
    # patient repeatedly refuses wound care.
    (MILLBROOK, "", "3"): ("Self-neglect",),
    # The Fire and Rescue Service and housing providers to share information about tenants whose
    # homes present a fire risk because of hoarding or smoking.
    (MILLBROOK, "", "4"): ("Information sharing", "Housing", "Self-neglect"),
    # Millbrook General Hospital to make sure that discharge planning for adults who self-neglect
    # includes a multi-agency meeting before discharge.
    (MILLBROOK, "", "5"): ("Information sharing", "Self-neglect"),
    # All partner agencies to use the SAB's multi-agency risk management meeting process when the
    # risk to an adult cannot be managed by one agency.
    (MILLBROOK, "", "6"): ("Risk assessment",),
    # The SAB to seek assurance that GP practices know how to raise a safeguarding concern about
    # self-neglect.
    (MILLBROOK, "", "7"): ("Primary care", "Self-neglect", "Audit"),
    # The SAB to evaluate the impact of this review's recommendations twelve months after the
    # plan is agreed.
    (MILLBROOK, "", "8"): ("Audit",),
    # ---- RIVERMOUTH (DHR/2022/09)
    # Rivermouth Police to give every frontline officer and supervisor classroom training in
    # recognising coercive and controlling behaviour and in investigating the offence under
    # section 76 of the Serious Crime Act 2015.
    (RIVERMOUTH, "", "1"): ("Training",),
    # Rivermouth Police to make sure that officers complete a DASH risk assessment with the
    # victim at every domestic abuse incident, and record the reason when a victim declines to
    # answer.
    (RIVERMOUTH, "", "2"): ("Risk assessment", "Record keeping"),
    # Rivermouth Police to check the domestic abuse history of every applicant, and of the
    # applicant's partner, before a shotgun or firearm certificate is granted or renewed.
    (RIVERMOUTH, "", "3"): ("Risk assessment",),
    # The Integrated Care Board to make sure that GP practices record domestic abuse disclosures
    # consistently, so that they are visible to every clinician who sees the patient, locums
    # included.
    (RIVERMOUTH, "", "4"): ("Primary care", "Record keeping"),
    # The Mental Health Trust to adopt a Think Family approach, so that clinicians assessing an
    # adult ask about any children in the household and consider how the adult's mental illness
    # affects them.
    (RIVERMOUTH, "", "5"): ("Mental health", "Children in the household", "Routine enquiry"),
    # South Coast Ambulance Service to ensure that crews record and pass on any sign of non-fatal
    # strangulation to the police and the patient's GP.
    (RIVERMOUTH, "", "6"): ("Information sharing", "Primary care", "Record keeping"),
    # Rivermouth Homes to achieve accreditation against the Domestic Abuse Housing Alliance (DAHA)
    # standards.
    (RIVERMOUTH, "", "7"): ("Housing",),
    # The Community Safety Partnership to commission a perpetrator programme that accepts
    # self-referrals from people worried about their own behaviour.
    (RIVERMOUTH, "", "8"): ("Referral pathways",),
    # The CSP to work with local faith leaders to raise awareness of forced marriage and
    # so-called honour-based abuse.
    (RIVERMOUTH, "", "9"): (),
    # ---- LOWFIELD (SAR 2023/02)
    # The SAB to run multi-agency training on professional curiosity, so that practitioners do
    # not accept explanations at face value and check what an adult tells them against what they
    # observe.
    (LOWFIELD, "", "1"): ("Training",),
    # Lowfield Fire and Rescue Service to offer a home fire safety visit, as part of a Safe and
    # Well visit, to every adult referred to it because of hoarding or self-neglect.
    (LOWFIELD, "", "2"): ("Self-neglect",),
    # Lowfield Council's adult safeguarding service to make sure that a referral to MARAC is
    # considered whenever a safeguarding concern involves domestic abuse and the adult has care
    # and support needs, and that the decision is recorded.
    (LOWFIELD, "", "3"): ("Referral pathways", "MARAC/MAPPA", "Record keeping"),
    # The Drug and Alcohol Service to adopt a Think Family approach, so that keyworkers assessing
    # an adult ask about any children in the household and consider how the adult's drinking
    # affects them.
    (LOWFIELD, "", "4"): ("Substance misuse", "Children in the household", "Routine enquiry"),
    # Lowfield Council to agree a transition protocol so that young people with autism are known
    # to adult services by the age of 17.
    (LOWFIELD, "", "5"): ("Referral pathways", "Policy and guidance"),
    # Lowfield Integrated Care Board to make sure that people prescribed opioids on repeat are
    # reviewed by a prescriber at least every six months.
    (LOWFIELD, "", "6"): ("Primary care",),
    # Adult Social Care to offer an independent advocate under the Care Act to every adult who has
    # substantial difficulty taking part in a safeguarding enquiry.
    (LOWFIELD, "", "7"): (),
    # Lowfield Homes to make sure that tenancy sustainment officers visit tenants with rent
    # arrears who have care and support needs before any eviction.
    (LOWFIELD, "", "8"): ("Housing",),
    # ---- GREYHAVEN (CSPR 2023/07)
    # Greyhaven Hospitals to introduce routine enquiry about domestic abuse in the Emergency
    # Department and on maternity wards.
    (GREYHAVEN, "", "1"): ("Routine enquiry",),
    # Adult mental health, drug and alcohol services to work to a Think Family approach, in which
    # staff assessing an adult ask about any children in the household and consider how the
    # adult's needs affect them.
    (GREYHAVEN, "", "2"): (
        "Mental health",
        "Substance misuse",
        "Children in the household",
        "Routine enquiry",
    ),
    # The Partnership to provide multi-agency training on professional curiosity, so that
    # practitioners do not accept parents' explanations at face value and check what they are
    # told against what they see in the home.
    (GREYHAVEN, "", "3"): ("Training",),
    # The Partnership to publish a protocol for the assessment of bruising in babies who are not
    # yet mobile.
    (GREYHAVEN, "", "4"): ("Children in the household", "Policy and guidance"),
    # Schools to make sure that children who are electively home educated are seen by the
    # education welfare service within four weeks of the child leaving school.
    (GREYHAVEN, "", "5"): (),
    # Children's social care to ensure that the case of a child stepped down from a child
    # protection plan is reviewed at three months.
    (GREYHAVEN, "", "6"): (),
    # Greyhaven Council to ensure that families caring for a disabled child are offered an early
    # help assessment when they ask for respite.
    (GREYHAVEN, "", "7"): ("Referral pathways", "Carers"),
    # ---- MATERNITY (structure: idtitles). The converted recommendation is the "No. & title"
    # cell joined to the Description cell, whose generated sentences are judged with it (see
    # the docstring); each comment gives the title, then what the description's sentences
    # are about.
    # Single maternity safeguarding pathway; directory of specialist services; dip sample;
    # joint risk assessment template; guidance on routine enquiry; winter checklist.
    (MATERNITY, "", "1"): (
        "Risk assessment",
        "Referral pathways",
        "Policy and guidance",
        "Routine enquiry",
        "Audit",
    ),
    # Routine enquiry at booking; directory of specialist services (twice); briefing to
    # managers; housing team to embed the joint risk assessment template, understood through
    # supervision; out-of-hours contact; dip sample.
    (MATERNITY, "", "2"): (
        "Risk assessment",
        "Training",
        "Referral pathways",
        "Housing",
        "Supervision",
        "Routine enquiry",
        "Audit",
    ),
    # Perinatal mental health referral; publish quality assurance framework; audit of
    # out-of-hours arrangements; primary care networks to pilot the winter checklist.
    (MATERNITY, "", "3"): ("Referral pathways", "Mental health", "Primary care", "Audit"),
    # Interpreting for antenatal contacts; housing team to publish the referral pathway;
    # induction programme for new staff; audit of an information-sharing protocol; threshold
    # document; dip sample.
    (MATERNITY, "", "4"): (
        "Information sharing",
        "Training",
        "Referral pathways",
        "Housing",
        "Policy and guidance",
        "Audit",
    ),
    # Enhanced maternity dataset; learning in the practitioner bulletin; transition
    # arrangements; communication plan understood through supervision; threshold document;
    # quality assurance framework (twice).
    (MATERNITY, "", "5"): (
        "Training",
        "Record keeping",
        "Policy and guidance",
        "Supervision",
        "Audit",
    ),
    # Joint visits with health visitors; housing team to circulate the referral pathway and
    # extend the joint risk assessment template; practitioner bulletin; directory of services.
    (MATERNITY, "", "6"): ("Risk assessment", "Training", "Referral pathways", "Housing"),
    # Learning from serious incidents; housing team data dashboard; training on coercive
    # control; audit of transition arrangements; primary care networks to circulate the
    # referral pathway.
    (MATERNITY, "", "7"): ("Training", "Referral pathways", "Primary care", "Housing", "Audit"),
    # Fathers and partners included; practitioner bulletin; mental health trust to audit its
    # case recording standards; joint risk assessment template; audit of the quality
    # assurance framework; training on coercive control tested by audit; audit of the
    # directory of specialist services.
    (MATERNITY, "", "8"): (
        "Risk assessment",
        "Training",
        "Referral pathways",
        "Mental health",
        "Record keeping",
        "Audit",
    ),
    # Audit of safeguarding supervision; case recording standards; quality assurance
    # framework (housing team among others); dip sample.
    (MATERNITY, "", "9"): ("Housing", "Record keeping", "Supervision", "Audit"),
    # ---- plans that print no recommendation text (actions, measures, milestones only): no
    # theme. HEATWAVE and HOARDING number no rows: one key each stands for all their rows.
    (HEATWAVE, "", ""): (),
    (HOARDING, "", ""): (),
    (FOOTNOTES_1, "", "1.1"): (),
    (FOOTNOTES_1, "", "1.2"): (),
    (FOOTNOTES_1, "", "1.3"): (),
    (FOOTNOTES_1, "", "1.4"): (),
    (FOOTNOTES_1, "", "1.5"): (),
    (FOOTNOTES_1, "", "1.6"): (),
    (FOOTNOTES_1, "", "1.7"): (),
    (FOOTNOTES_2, "", "2.1"): (),
    (FOOTNOTES_2, "", "2.2"): (),
    (FOOTNOTES_2, "", "2.3"): (),
    (DISTRICT_DUTIES, "", "1"): (),
    (DISTRICT_DUTIES, "", "2"): (),
    (DISTRICT_DUTIES, "", "3"): (),
    (DISTRICT_DUTIES, "", "4"): (),
    (DISTRICT_DUTIES, "", "5"): (),
    (DISTRICT_DUTIES, "", "6"): (),
    (FLOOD_STRATEGY, FLOOD_1, "1.1"): (),
    (FLOOD_STRATEGY, FLOOD_1, "1.2"): (),
    (FLOOD_STRATEGY, FLOOD_1, "1.3"): (),
    (FLOOD_STRATEGY, FLOOD_2, "2.1"): (),
    (FLOOD_STRATEGY, FLOOD_2, "2.2"): (),
    (FLOOD_STRATEGY, FLOOD_2, "2.3"): (),
    (EARLY_ACTION, "", "A1"): (),
    (EARLY_ACTION, "", "A2"): (),
    (EARLY_ACTION, "", "B1"): (),
    (EARLY_ACTION, "", "C4"): (),
    (EARLY_ACTION, "", "C5"): (),
    (NORTHBRIDGE, "", "P1"): (),
    (NORTHBRIDGE, "", "P2"): (),
    (NORTHBRIDGE, "", "P3"): (),
    (NORTHBRIDGE, "", "P4"): (),
    (TRACKER, "", "1"): (),
    (TRACKER, "", "2"): (),
    (TRACKER, "", "3"): (),
    (TRACKER, "", "4"): (),
    (TRACKER, "", "5"): (),
    (TRACKER, "", "6"): (),
    (TRACKER, "", "7"): (),
    (TRACKER, "", "8"): (),
    (TRACKER, "", "9"): (),
    (TRACKER, "", "10"): (),
    (TRACKER, "", "11"): (),
    (TRACKER, "", "12"): (),
    (TRACKER, "", "13"): (),
    (TRACKER, "", "14"): (),
    (TRACKER, "", "15"): (),
    (TRACKER, "", "16"): (),
    (TRACKER, "", "17"): (),
    (TRACKER, "", "18"): (),
    (TRACKER, "", "19"): (),
    (TRACKER, "", "20"): (),
    (TRACKER, "", "21"): (),
    (TRACKER, "", "22"): (),
    (TRACKER, "", "23"): (),
    (TRACKER, "", "24"): (),
    (TRACKER, "", "25"): (),
    (TRACKER, "", "26"): (),
    (TRACKER, "", "27"): (),
    (TRACKER, "", "28"): (),
    (TRACKER, "", "29"): (),
    (TRACKER, "", "30"): (),
    (TRACKER, "", "31"): (),
    (TRACKER, "", "32"): (),
    (TRACKER, "", "33"): (),
    (TRACKER, "", "34"): (),
    (TRACKER, "", "35"): (),
    (TRACKER, "", "36"): (),
    (TRACKER, "", "37"): (),
    (TRACKER, "", "38"): (),
    (TRACKER, "", "39"): (),
    (TRACKER, "", "40"): (),
    (TRACKER, "", "41"): (),
    (TRACKER, "", "42"): (),
    (TRACKER, "", "43"): (),
    (TRACKER, "", "44"): (),
}

# ---- recurring recommendations ---------------------------------------------------------------

ALIKE: list[tuple[tuple[str, str, str], ...]] = [
    # GP practices to record disclosures of domestic abuse so that every clinician can see them
    (
        (ABC, "", "A3"),
        (ASHVALE, ASHVALE_ICB, "1"),
        (RIVERMOUTH, "", "4"),
    ),
    # every hospital patient who discloses domestic abuse to reach the hospital IDVA
    (
        (NORTHSHIRE, EASTVALE_TRUST, "2"),
        (ABC, "", "B4"),
    ),
    # housing providers to be accredited by the Domestic Abuse Housing Alliance
    (
        (NORTHSHIRE, "Northshire Housing Partnership", "1"),
        (ASHVALE, "Ashvale Homes", "2"),
        (RIVERMOUTH, "", "7"),
    ),
    # adult safeguarding concerns involving domestic abuse to consider a referral to MARAC
    (
        (NORTHSHIRE, NORTHSHIRE_ASC, "1"),
        (ASHVALE, ASHVALE_ASC, "2"),
        (LOWFIELD, "", "3"),
    ),
    # carers' assessments to address abuse within the caring relationship
    (
        (NORTHSHIRE, NORTHSHIRE_ASC, "2"),
        (ASHVALE, ASHVALE_ASC, "1"),
    ),
    # ask adults with care needs / older people about domestic abuse when assessing them
    (
        (ABC, "", "A2"),
        (UNRULED_DHR, "", "1"),
        (ASHVALE, ASHVALE_ICB, "2"),
    ),
    # routine enquiry about domestic abuse by maternity and midwifery services (and the
    # emergency department)
    (
        (NORTHSHIRE, EASTVALE_TRUST, "1"),
        (ABC_SINGLE, "", "A5"),
        (GREYHAVEN, "", "1"),
    ),
    # housing and homelessness assessments to ask about domestic abuse
    (
        (ABC, "", "B2"),
        (KELHAM, "", "4"),
    ),
    # fire and rescue to offer a home (fire) safety visit to every adult referred for hoarding
    (
        (ADULT_D, "", "5"),
        (MR_B, "", "4b"),
        (LOWFIELD, "", "2"),
    ),
    # the SAB to give agencies an agreed way of working with adults who self-neglect and
    # refuse or decline support
    (
        (ADULT_D, "", "1"),
        (MR_B, "", "1"),
        (MILLBROOK, "", "1"),
    ),
    # mental capacity to be assessed for the specific decision and recorded (notably refusals)
    (
        (ADULT_D, "", "2"),
        (MR_B, "", "2"),
        (MILLBROOK, "", "2"),
    ),
    # a multi-agency risk management meeting for adults at high risk
    (
        (ADULT_D, "", "3(a)"),
        (MILLBROOK, "", "6"),
    ),
    # repeated missed appointments by a vulnerable adult to prompt follow-up, not discharge
    (
        (NORTHSHIRE, EASTVALE_TRUST, "3"),
        (ADULT_D, "", "4"),
    ),
    # revise the multi-agency neglect strategy (chronic or cumulative neglect)
    (
        (CHILD_T, "", "5"),
        (HARBOURSIDE, HARBOURSIDE_PARTNERSHIP, "R1"),
    ),
    # record the child's or young person's own voice/account at every contact
    (
        (HARBOURSIDE, HARBOURSIDE_TRUST, "3b"),
        (WESTBRIDGE, "", "R2"),
    ),
    # police attending incidents to identify children present and act to safeguard them
    (
        (NORTHSHIRE, "Northshire Police", "1"),
        (WESTBRIDGE_SINGLE, "Westbridge Police", "1"),
        (BDHR_JOINT, "", "2"),
        (BDHR_AGENCY, "West Mercia Constabulary", "4"),
    ),
    # domestic abuse training to cover coercive and controlling behaviour
    (
        (ABC, "", "A1"),
        (ABC, "", "B1"),
        (BDHR_JOINT, "", "5"),
        (RIVERMOUTH, "", "1"),
    ),
    # domestic abuse training for a group of health staff
    (
        (ABC_SINGLE, "", "R4"),
        (FENWICK_2, FENWICK_TRUST, "2"),
        (BDHR_AGENCY, "Birmingham Cross City CCG", "1"),
    ),
    # the learning from the review to reach (and be shared with) frontline practitioners
    (
        (ABC, "", "B3"),
        (WESTBRIDGE, "", "R7"),
        (UNRULED_DHR, "", "6"),
        (ASHVALE, ASHVALE_ASC, "3"),
    ),
    # a check, twelve months on, that the review's recommendations were implemented / worked
    (
        (NORTHSHIRE, NORTHSHIRE_CSP, "2"),
        (MILLBROOK, "", "8"),
    ),
    # specialist domestic abuse support that reaches older victims
    (
        (FENWICK_2, "Fenwick Domestic Abuse Service", "1"),
        (UNRULED_DHR, "", "5"),
    ),
    # police to complete a DASH risk assessment at every domestic abuse incident, recording why
    # when it is not done
    (
        (ABC_SINGLE, "", "3"),
        (RIVERMOUTH, "", "2"),
    ),
    # adult services to take a Think Family approach: ask adults about the children in their
    # household and consider the effect on them
    (
        (RIVERMOUTH, "", "5"),
        (LOWFIELD, "", "4"),
        (GREYHAVEN, "", "2"),
    ),
    # multi-agency training on professional curiosity (explanations not taken at face value)
    (
        (LOWFIELD, "", "1"),
        (GREYHAVEN, "", "3"),
    ),
]

# Considered and not grouped (a shared subject but a different required change):
# - Child T 6 (DSLs attend child protection conferences) / Westbridge health 2 (school nurses
#   invited to them): different professionals, attending versus being invited.
# - Harbourside R2 (missing education ten days: multi-agency discussion) / Greenfields 2 (absence
#   of a child on a plan reported on the first day).
# - Westbridge Children's Services 1 (assessments weigh cumulative neglect) / the neglect
#   strategy group: an assessment practice, not a strategy.
# - Westbridge Children's Services 2 (face-to-face handover at transfer) / BDHR probation 4
#   (transfer arrangements between trusts).
# - Unruled DHR 2 (police review response to reports involving carers) and 4 (adult social care
#   record the abuser's relationship) / Ashvale police 2 (record carer status at incidents).
# - Ashvale homes 1 (screen anti-social behaviour reports for abuse) / the homelessness enquiry
#   group; ABC 3 (DASH at every incident) / the MARAC group; Kelham 3 / Mr B 6 (national
#   guidance on different subjects); Fenwick police 2 / Ashvale police 1 (oversight of
#   different kinds of case); Kelham 1 (services for men) / the older victims group.
# - Greyhaven 5 (electively home educated children seen within four weeks) / Harbourside R2
#   (missing education); Lowfield 8 (visit before eviction) / the housing groups; Rivermouth 3
#   (firearms applicants' history checked) / the DASH group; Lowfield 1 and Greyhaven 3
#   (professional curiosity) / the learning-reaches-practitioners group.
