"""The structure samples: one invented plan per mechanism, rendered by two or three renderers.

Each builder returns the same content for every renderer (the same seed); only the renderer and
small per-renderer settings differ. Rows cut by a page break are authored as two fragments with
a page break between them, so the break falls where the mechanism needs it whatever the
renderer's metrics; the tracker alone is left to flow and split rows by itself.
"""

from __future__ import annotations

from structure_model import Cell, Doc, Footnotes, Heading, PageBreak, Para, Rec, Row, Table, Writer


def C(text: str = "", **kw) -> Cell:
    return Cell(text, **kw)


def hdr(*names: str) -> Row:
    return Row([C(n) for n in names], kind="header")


# ---- 1. footnotes ----------------------------------------------------------------------------


def footnotes(renderer: str) -> Doc:
    w = Writer(101)
    cols = [0.30, 0.21, 0.19, 0.13, 0.17]
    header = hdr(
        "Milestone", "Measurement", "Reporting Mechanism", "Target Date", "Required or Encouraged"
    )
    openers = {
        "1.1": "Agree a single point of contact in each member agency for information requests.",
        "1.2": "Publish a partnership data-sharing agreement covering all statutory partners^1.",
        "1.3": "Deliver joint briefings on the agreement to designated safeguarding leads.",
        "1.4": "Introduce a shared template for requests made under the agreement.",
        "1.5": "Test the timeliness of responses to urgent requests through a themed audit.",
        "1.6": "Review how consent is recorded when information is shared without it^2.",
        "1.7": "Report the findings of the first year to the Partnership Board.",
        "2.1": "Map the routes by which residents currently report concerns about neglect.",
        "2.2": "Refresh the public web pages so that reporting routes are easy to find.",
        "2.3": "Run a campaign with community and faith groups on recognising neglect.",
    }
    measures = {
        "1.1": "Contact list published on the partnership website and kept under review.",
        "1.2": "Agreement signed by all eleven statutory partners.",
        "1.3": "Number of briefings held and attendance by agency.",
        "1.4": "Template in use by at least 80% of member agencies at six months.",
        "1.5": "Audit report with response times for a sample of 30 urgent requests.",
        "1.6": "Revised guidance issued and a sample of records checked.",
        "1.7": "Annual report considered by the Board.",
        "2.1": "Mapping exercise completed and shared with partners.",
        "2.2": "Pages updated and tested with a resident reference group.",
        "2.3": "Campaign delivered in at least four localities.",
    }
    reporting = {
        "1.1": "Quarterly update to the Executive Group.",
        "1.2": "Signed copies held by the business unit; exception report to the Board.",
        "1.3": "Training dashboard reported to the Learning and Development Sub-Group.",
        "1.4": "Template usage reported in the quarterly performance report.",
        "1.5": "Audit report to the Quality Assurance Group.",
        "1.6": "Guidance and audit summary to the Executive Group.",
        "1.7": "Annual report to the Partnership Board.",
        "2.1": "Briefing note to the Executive Group.",
        "2.2": "Communications update to the Executive Group.",
        "2.3": "Campaign evaluation to the Partnership Board.",
    }
    dates = {
        "1.1": "30 June 2024",
        "1.2": "31 July 2024",
        "1.3": "30 September 2024",
        "1.4": "31 October 2024",
        "1.5": "31 January 2025",
        "1.6": "31 March 2025",
        "1.7": "30 June 2025",
        "2.1": "31 October 2024",
        "2.2": "31 December 2024",
        "2.3": "31 March 2025",
    }
    req = {
        "1.1": "Required for all member agencies.",
        "1.2": "Required for all statutory partners; encouraged for commissioned providers.",
        "1.3": "Encouraged for all agencies with a designated safeguarding lead.",
        "1.5": "Required for the three statutory safeguarding partners.",
        "1.6": "Required for all member agencies that hold case records.",
        "1.7": "Required of the partnership business unit.",
        "2.1": "Encouraged for all member agencies and community groups.",
        "2.2": "Required of the council's communications team.",
        "2.3": "Encouraged for the voluntary and faith sector forum.",
    }
    length = {
        "1.1": 2,
        "1.2": 3,
        "1.3": 2,
        "1.4": 2,
        "1.5": 1,
        "1.6": 2,
        "1.7": 1,
        "2.1": 1,
        "2.2": 1,
        "2.3": 1,
    }
    recs = {k: Rec(k, 0, first_skip=k) for k in openers}

    def row(k: str) -> Row:
        extra = " " + w.more(1) if k.startswith("1") else ""
        return Row(
            [
                C(f"{k} " + w.text(openers[k], length[k])),
                C(measures[k] + extra),
                C(reporting[k]),
                C(dates[k]),
                C(req[k]),
            ],
            recs[k],
        )

    t1a = Table(cols, [row("1.1"), row("1.2"), row("1.3")], header, "once")
    cut = Row(
        [
            C("1.4 " + w.text(openers["1.4"], 2)),
            C(measures["1.4"] + " " + w.more(1)),
            C(reporting["1.4"]),
            C(dates["1.4"]),
            C("Required for all member agencies once the template is agreed; encouraged"),
        ],
        recs["1.4"],
    )
    t1a.rows.append(cut)
    rest = Row(
        [C(), C(), C(), C(), C("for non-member agencies that submit requests to partners")],
        recs["1.4"],
    )
    t1b = Table(cols, [rest, row("1.5"), row("1.6"), row("1.7")], None, "none")
    t2 = Table(cols, [row("2.1"), row("2.2"), row("2.3")], header, "once")
    blocks = [
        Heading(
            "Westmoor Safeguarding Children Partnership: Information Sharing Action Plan 2024-25",
            13,
        ),
        Para(
            "This plan sets out the milestones agreed by the partnership following the "
            "thematic review of information sharing. Each milestone shows how completion will "
            "be measured and reported, and whether it is required of member agencies or "
            "encouraged for other organisations that work with children and families."
        ),
        Heading("Table 1: Priority 1 - Safer information sharing", 11),
        t1a,
        Footnotes(
            [
                "The data-sharing agreement replaces the 2019 protocol and follows the statutory "
                "guidance on information sharing for practitioners.",
                "Sharing without consent must be recorded with the reason and the name of the "
                "manager who agreed it.",
                "Member agencies are those named in the partnership's published arrangements.",
            ]
        ),
        PageBreak(),
        t1b,
        Para(
            "The second priority responds to the review's finding that residents did not know "
            "how to raise a concern about a child. The milestones below were agreed at the "
            "Executive Group in March 2024 and will be reviewed alongside the communications "
            "strategy."
        ),
        Heading("Table 2: Priority 2 - Helping residents report concerns", 11),
        t2,
    ]
    return Doc(
        f"footnotes_{renderer}",
        "footnotes",
        renderer,
        False,
        "sans",
        9,
        blocks,
        2,
        footer="Westmoor SCP - Information Sharing Action Plan",
        title="Information Sharing Action Plan 2024-25",
    )


# ---- 2. idtitles -------------------------------------------------------------------------------


def idtitles(renderer: str) -> Doc:
    w = Writer(202)
    cols = [0.22, 0.36, 0.13, 0.11, 0.18]
    header = hdr("No. & title", "Description", "Owner", "Timescale", "Progress")
    items = [
        ("1", "Single maternity safeguarding pathway", "Head of Midwifery", "April 2024"),
        ("2", "Routine enquiry at booking", "Named Midwife for Safeguarding", "June 2024"),
        ("3", "Perinatal mental health referral", "Perinatal Mental Health Lead", "July 2024"),
        ("4", "Interpreting for antenatal contacts", "Patient Experience Manager", "Sept 2024"),
        ("5", "Enhanced maternity dataset", "Head of Digital Services", "December 2024"),
        ("6", "Joint visits with health visitors", "Health Visiting Service Manager", "Jan 2025"),
        ("7", "Learning from serious incidents", "Director of Midwifery", "March 2025"),
        ("8", "Fathers and partners included", "Family Hubs Lead", "June 2025"),
        ("9", "Audit of safeguarding supervision", "Named Nurse", "September 2025"),
    ]
    progress = [
        "Complete. The pathway was launched in April and is on the intranet.",
        "On track. Question set agreed; training of community teams under way.",
        "Partially complete. Referral form revised; response times still being measured.",
        "Delayed. The new interpreting contract starts later than planned.",
        "On track. Fields agreed with the regional data team; testing in progress.",
        "Not started. Awaiting agreement of a shared visiting protocol.",
        "On track. Quarterly learning forum established.",
        "Not started. Scoping meeting booked with the Family Hubs network.",
        "Not started. Audit tool to be agreed with the Named Nurse group.",
    ]
    recs = [Rec(n, 0, first_skip=f"{n} -") for n, *_ in items]

    def row(i: int, n_desc: int, keep=True) -> Row:
        n, title, owner, when = items[i]
        return Row(
            [C(f"{n} - {title}"), C(w.text("", n_desc)), C(owner), C(when), C(progress[i])],
            recs[i],
            can_split=not keep,
        )

    t1 = Table(cols, [row(0, 8), row(1, 8), row(2, 7)], header, "once", size=9)
    t2 = Table(cols, [row(3, 9), row(4, 10), row(5, 9)], None, "none", size=9)
    # project 8 is cut by the page break: its description and progress go on over the page
    n, title, owner, when = items[7]
    cut_a = Row(
        [
            C(f"{n} - {title}"),
            C(w.text("", 15)),
            C(owner),
            C(when),
            C("Not started. Scoping meeting booked with the Family Hubs network"),
        ],
        recs[7],
    )
    t3 = Table(cols, [row(6, 10), cut_a], None, "none", size=9)
    cut_b = Row(
        [
            C(),
            C(w.more(3)),
            C(),
            C(),
            C("and the fathers' support group; first session planned for July"),
        ],
        recs[7],
    )
    t4 = Table(cols, [cut_b, row(8, 7)], None, "none", size=9)
    blocks = [
        Heading("Maternity Safeguarding Improvement Plan 2024-2025", 14),
        Para(
            "The improvement plan brings together the actions agreed after the maternity "
            "safeguarding peer review. Each project has a number and a short title, an owner, a "
            "timescale and a progress statement updated for the Maternity Safeguarding Group.",
            size=9.5,
        ),
        t1,
        PageBreak(),
        t2,
        PageBreak(),
        t3,
        PageBreak(),
        t4,
    ]
    return Doc(
        f"idtitles_{renderer}",
        "idtitles",
        renderer,
        True,
        "serif",
        9,
        blocks,
        1,
        title="Maternity Safeguarding Improvement Plan",
        footer="Maternity Safeguarding Improvement Plan - version 3",
    )


# ---- 5. shiftedheader --------------------------------------------------------------------------


def shiftedheader(renderer: str) -> Doc:
    w = Writer(505)
    cols = [0.46, 0.17, 0.13, 0.24]
    header = hdr("Action", "Lead", "Target date", "Progress")
    data = [
        (
            "Establish a multi-agency hoarding panel with agreed terms of reference.",
            "Head of Adult Safeguarding",
            "May 2024",
        ),
        (
            "Publish a self-neglect practice guide for frontline staff.",
            "Principal Social Worker",
            "June 2024",
        ),
        (
            "Add self-neglect prompts to the fire service home safety visit.",
            "Group Manager, Prevention",
            "July 2024",
        ),
        (
            "Offer legal literacy sessions on the Mental Capacity Act to housing officers.",
            "Legal Services Manager",
            "Sept 2024",
        ),
        (
            "Agree an escalation route for cases where a person repeatedly refuses support.",
            "Safeguarding Adults Board Manager",
            "Oct 2024",
        ),
        (
            "Review the use of environmental health powers in self-neglect cases.",
            "Environmental Health Lead",
            "Nov 2024",
        ),
        (
            "Include self-neglect in the annual multi-agency case file audit.",
            "Quality Assurance Lead",
            "Dec 2024",
        ),
        (
            "Produce a leaflet for families and neighbours on raising concerns.",
            "Communications Officer",
            "Jan 2025",
        ),
        (
            "Evaluate the hoarding panel after its first twelve months.",
            "Head of Adult Safeguarding",
            "May 2025",
        ),
        (
            "Report progress on this plan to the Board's annual general meeting.",
            "Board Business Manager",
            "July 2025",
        ),
    ]
    progress = [
        "Complete. The panel met for the first time in May and meets monthly.",
        "Complete. Guide published on the Board website in June.",
        "In progress. Prompts drafted and being tested by two station teams.",
        "In progress. Two of four sessions delivered; attendance has been good.",
        "Not yet started. Draft route to be discussed at the next Executive Group.",
        "In progress. A survey of district councils' use of powers is under way.",
        "Not yet started. Audit scheduled for the winter programme.",
        "Not yet started. Design brief agreed with the communications team.",
        "Not yet started.",
        "Not yet started.",
    ]
    recs = [Rec("", 0) for _ in data]

    def row(i: int, n: int) -> Row:
        text, lead, when = data[i]
        return Row(
            [C(w.text(text, n)), C(lead), C(when), C(progress[i] + " " + w.more(1))], recs[i]
        )

    def cut(i: int, n_a: int, prog_a: str, n_b: int, prog_b: str) -> tuple[Row, Row]:
        text, lead, when = data[i]
        return (
            Row([C(w.text(text, n_a)), C(lead), C(when), C(prog_a)], recs[i]),
            Row([C(w.more(n_b)), C(), C(), C(prog_b)], recs[i]),
        )

    c1a, c1b = cut(
        4,
        3,
        "Not yet started. Draft route to be discussed at the next",
        3,
        "Executive Group meeting in September before consultation with partners.",
    )
    c2a, c2b = cut(
        7,
        8,
        "Not yet started. Design brief agreed with the communications",
        2,
        "team; printing to be funded from the Board's training budget.",
    )
    t1 = Table(cols, [row(0, 3), row(1, 3), row(2, 3), row(3, 3), c1a], header, "once")
    t2 = Table(cols, [c1b, row(5, 5), row(6, 5), c2a], None, "none", shift_pt=4.0, scale=0.985)
    t3 = Table(
        cols,
        [c2b, row(8, 4), row(9, 3)],
        None,
        "none",
        shift_pt=-3.0 if renderer != "writer" else 2.5,
        scale=0.99,
    )
    size = 10
    blocks = [
        Heading("Self-Neglect and Hoarding: Safeguarding Adults Board Action Plan", 14),
        Para(
            "This plan responds to the Board's thematic review of self-neglect. It is "
            "monitored by the Performance and Quality Sub-Group, which receives an updated "
            "copy every quarter; the progress column below reflects the position in "
            "September 2024."
        ),
        t1,
        PageBreak(),
        t2,
        PageBreak(),
        t3,
    ]
    return Doc(
        f"shiftedheader_{renderer}",
        "shiftedheader",
        renderer,
        False,
        "sans",
        size,
        blocks,
        1,
        footer="Safeguarding Adults Board - Self-Neglect Action Plan",
        title="Self-Neglect Action Plan",
    )


# ---- 7. unruled --------------------------------------------------------------------------------


def unruled(renderer: str) -> Doc:
    w = Writer(707)
    cols1 = [0.06, 0.30, 0.32, 0.16, 0.16]
    head1 = hdr("No.", "Recommendation", "Action", "Lead", "By when")
    recs1 = [
        "All agencies should ask older people about domestic abuse when assessing care needs.",
        "The police should review how they respond to reports involving carers.",
        "GP practices should be supported to recognise abuse of older patients.",
        "Adult social care should record the relationship of the alleged abuser.",
        "The partnership should commission specialist support for older victims.",
        "The partnership should publish a briefing on this review for all staff.",
    ]
    leads1 = [
        "Adult Social Care",
        "Northbridge Police",
        "Integrated Care Board",
        "Adult Social Care",
        "Community Safety Partnership",
        "Community Safety Partnership",
    ]
    when1 = [
        "September 2024",
        "October 2024",
        "December 2024",
        "January 2025",
        "April 2025",
        "June 2025",
    ]
    r1 = [Rec(str(i + 1), 1) for i in range(6)]

    def row1(i: int, n: int) -> Row:
        return Row([C(str(i + 1)), C(recs1[i]), C(w.text("", n)), C(leads1[i]), C(when1[i])], r1[i])

    cut_a = Row([C("4"), C(recs1[3]), C(w.text("", 5)), C(leads1[3]), C(when1[3])], r1[3])
    cut_b = Row([C(), C(), C(w.more(3)), C(), C()], r1[3])
    t1a = Table(cols1, [row1(0, 4), row1(1, 4), row1(2, 4), cut_a], head1, "once", style="none")
    t1b = Table(cols1, [cut_b, row1(4, 4), row1(5, 2)], None, "none", style="none")

    cols2 = [0.08, 0.50, 0.24, 0.18]
    head2 = hdr("Ref", "Single-agency action", "Owner", "Date")
    acts = [
        (
            "P1",
            "Issue a briefing to all response officers on coercive control by carers.",
            "Chief Inspector, Public Protection",
            "August 2024",
        ),
        (
            "P2",
            "Add a prompt about carers to the domestic abuse risk assessment form.",
            "Detective Inspector, Safeguarding",
            "October 2024",
        ),
        (
            "P3",
            "Dip sample twenty reports involving victims aged over 65.",
            "Detective Inspector, Safeguarding",
            "January 2025",
        ),
        (
            "P4",
            "Share the findings of the dip sample with the partnership.",
            "Chief Inspector, Public Protection",
            "March 2025",
        ),
    ]
    r2 = [Rec(a[0], 1) for a in acts]

    def row2(i: int, n: int) -> Row:
        ref, text, owner, when = acts[i]
        return Row([C(ref), C(w.text(text, n)), C(owner), C(when)], r2[i])

    ref, text, owner, when = acts[2]
    c2a = Row([C(ref), C(w.text(text, 3)), C(owner), C(when)], r2[2])
    c2b = Row([C(), C(w.more(3)), C(), C()], r2[2])
    t2a = Table(cols2, [row2(0, 3), row2(1, 3), c2a], head2, "once", style="none")
    t2b = Table(cols2, [c2b, row2(3, 4)], None, "none", style="none")
    blocks = [
        Heading("Domestic Homicide Review: Action Plan", 13),
        Para(
            "The review panel agreed the following recommendations and actions. Agencies "
            "will report progress to the Community Safety Partnership every six months until "
            "all actions are complete."
        ),
        t1a,
        PageBreak(),
        t1b,
        Heading("Northbridge Police: Single-Agency Action Plan", 12),
        Para(
            "The police made the following commitments in their individual management review, "
            "in addition to the partnership actions above."
        ),
        t2a,
        PageBreak(),
        t2b,
        Para(
            "Both plans will be kept under review by the Domestic Abuse Partnership Board, which "
            "will report completion to the Home Office quality assurance panel.",
            italic=True,
        ),
    ]
    return Doc(
        f"unruled_{renderer}",
        "unruled",
        renderer,
        True,
        "narrow" if renderer == "writer" else "sans",
        10.5 if renderer == "writer" else 9.5,
        blocks,
        2,
        title="DHR Action Plan",
        footer="OFFICIAL - Domestic Homicide Review Action Plan",
    )


# ---- 3. nonreview ------------------------------------------------------------------------------


def nonreview(renderer: str) -> Doc:
    w = Writer(303)
    # (a) district plan: each department's duties
    cols_a = [0.07, 0.23, 0.70]
    head_a = hdr("No.", "Department", "Duties")
    depts = [
        (
            "District Health Office",
            "Activate the district health cluster within 24 hours of the flood warning.",
        ),
        (
            "District Education Office",
            "Identify schools that can serve as temporary shelters "
            "and agree their use with head teachers.",
        ),
        (
            "Water Supply and Sanitation Division",
            "Pre-position chlorine tablets and water containers at ward level before the monsoon.",
        ),
        (
            "District Police Office",
            "Coordinate search and rescue teams with the armed police and local volunteers.",
        ),
        (
            "Social Development Office",
            "Maintain a list of households with older people, people "
            "with disabilities and single women.",
        ),
        (
            "District Agriculture Office",
            "Advise farmers on early harvesting and the safe storage of seed and grain.",
        ),
    ]
    ra = [Rec(str(i + 1), 2) for i in range(len(depts))]

    def row_a(i: int, n: int) -> Row:
        name, duty = depts[i]
        return Row([C(str(i + 1)), C(name), C(w.text(duty, n))], ra[i])

    cut_a1 = Row([C("4"), C(depts[3][0]), C(w.text(depts[3][1], 5))], ra[3])
    cut_a2 = Row([C(), C(), C(w.more(2))], ra[3])
    ta1 = Table(cols_a, [row_a(0, 7), row_a(1, 7), row_a(2, 6), cut_a1], head_a, "once")
    ta2 = Table(cols_a, [cut_a2, row_a(4, 3), row_a(5, 2)], None, "none")

    # (b) objectives with merged cells over measures
    cols_b = [0.23, 0.43, 0.16, 0.18]
    head_b = hdr("Objective", "Measures", "Implementation period", "Responsible institution")
    objectives = {
        "1": "1. Strengthen early warning for river floods in the lower basin",
        "2": "2. Improve preparedness of municipalities and communities",
    }
    measures = [
        (
            "1.1.",
            "Install automatic river gauges at six additional stations.",
            "2016-2020",
            "Hydrometeorological Service",
        ),
        (
            "1.2.",
            "Link gauge readings to an SMS alert system for mayors.",
            "2017-2019",
            "Ministry of Interior",
        ),
        (
            "1.3.",
            "Train local radio stations to broadcast standard warning messages.",
            "2018-2020",
            "Public broadcaster",
        ),
        (
            "2.1.",
            "Prepare municipal contingency plans with evacuation routes.",
            "2016-2020",
            "Municipalities",
        ),
        (
            "2.2.",
            "Equip volunteer fire brigades with pumps and boats.",
            "2021-22",
            "Civil Protection Directorate",
        ),
        (
            "2.3.",
            "Run annual simulation exercises in high-risk municipalities.",
            "2021-25",
            "Civil Protection Directorate",
        ),
    ]
    rb = [Rec(m[0].rstrip("."), 1, first_skip=m[0]) for m in measures]

    def row_b(i: int, n: int, objective: str | None) -> Row:
        mid, text, period, who = measures[i]
        first = C(objective) if objective else C(merge_up=True)
        return Row([first, C(f"{mid} " + w.text(text, n)), C(period), C(who)], rb[i])

    mid, text, period, who = measures[4]
    cut_b1 = Row([C(merge_up=True), C(f"{mid} " + w.text(text, 5)), C(period), C(who)], rb[4])
    cut_b2 = Row([C(), C(w.more(2)), C(), C()], rb[4])
    tb1 = Table(
        cols_b,
        [
            row_b(0, 2, objectives["1"]),
            row_b(1, 2, None),
            row_b(2, 2, None),
            row_b(3, 2, objectives["2"]),
            cut_b1,
        ],
        head_b,
        "once",
    )
    tb2 = Table(cols_b, [cut_b2, row_b(5, 2, None)], None, "none")

    # (c) measures with letter-prefixed references
    cols_c = [0.07, 0.47, 0.18, 0.12, 0.16]
    head_c = hdr("Ref", "Measure", "Lead", "Deadline", "Status")
    refs = [
        (
            "A1",
            "Publish the flood risk map for every ward.",
            "GIS Unit",
            "Mar 2024",
            "Complete; maps on the district portal.",
        ),
        (
            "A2",
            "Agree thresholds for triggering early action.",
            "Technical Committee",
            "Jun 2024",
            "Complete; thresholds endorsed in June.",
        ),
        (
            "B1",
            "Set up cash transfer lists for flood-prone wards.",
            "Social Development Office",
            "Sep 2024",
            "In progress; four of seven wards listed.",
        ),
        (
            "C4",
            "Stock emergency shelter kits in two warehouses.",
            "Red Cross District Chapter",
            "Dec 2024",
            "Delayed; second warehouse still being leased.",
        ),
        (
            "C5",
            "Review the plan after each monsoon season.",
            "District Disaster Committee",
            "Annually",
            "Not yet due; first review in October.",
        ),
    ]
    rc = [Rec(r[0], 1) for r in refs]

    def row_c(i: int, n: int) -> Row:
        ref, text, lead, dl, status = refs[i]
        return Row([C(ref), C(w.text(text, n)), C(lead), C(dl), C(status)], rc[i])

    ref, text, lead, dl, _status = refs[3]
    cut_c1 = Row(
        [C(ref), C(w.text(text, 8)), C(lead), C(dl), C("Delayed; second warehouse")], rc[3]
    )
    cut_c2 = Row(
        [C(), C(w.more(2)), C(), C(), C("still being leased from the municipality.")], rc[3]
    )
    tc1 = Table(cols_c, [row_c(0, 3), row_c(1, 3), row_c(2, 3), cut_c1], head_c, "once")
    tc2 = Table(cols_c, [cut_c2, row_c(4, 2)], None, "none")
    blocks = [
        Heading("Lower Basin District Disaster Preparedness and Response Plan 2023", 13),
        Para(
            "This plan sets out the duties of each district office during the monsoon season, "
            "the objectives of the national flood strategy that apply to the district, and the "
            "measures the district committee has agreed for the coming year."
        ),
        Heading("Annex 3. Duties of district offices", 11),
        ta1,
        PageBreak(),
        ta2,
        Heading("Annex 4. Objectives and measures of the flood strategy", 11),
        tb1,
        PageBreak(),
        tb2,
        Heading("Annex 5. Early action measures agreed by the District Disaster Committee", 11),
        tc1,
        PageBreak(),
        tc2,
    ]
    return Doc(
        f"nonreview_{renderer}",
        "nonreview",
        renderer,
        False,
        "dejavu" if renderer == "chromium" else "sans",
        9 if renderer == "chromium" else 9.5,
        blocks,
        3,
        title="District Preparedness Plan",
        footer="Lower Basin District Disaster Management Committee",
    )


# ---- 4. fillcells ------------------------------------------------------------------------------


def fillcells(renderer: str) -> Doc:
    w = Writer(404)
    cols = [0.16, 0.28, 0.28, 0.28]
    head = Row(
        [C("Stakeholder"), C("Before the event"), C("During the event"), C("After the event")],
        kind="header",
    )
    head_fills = ["1F3864", "2E75B6", "C55A11", "548235"]
    for c, f in zip(head.cells, head_fills, strict=True):
        c.fill, c.colour, c.bold = f, "FFFFFF", True
    body_fills = ["D9E2F3", "DEEBF7", "FBE5D6", "E2F0D9"]
    who = [
        "Schools",
        "Health services",
        "Police",
        "Housing",
        "Adult social care",
        "Voluntary sector",
        "Transport operators",
    ]
    befores = [
        "Check that every school's emergency plan names a lead for heatwaves.",
        "Circulate heat-health alerts to GP practices and community nursing teams.",
        "Brief neighbourhood teams on welfare checks for isolated residents.",
        "Identify tenants in top-floor flats who are at greatest risk from heat.",
        "Update the list of people receiving care at home who live alone.",
        "Agree which community centres will open as cool spaces.",
        "Confirm air-conditioned buses and trains with each operator.",
    ]
    durings = [
        "Move outdoor activities to the early morning and keep water available.",
        "Prioritise home visits to patients on medicines affected by heat.",
        "Respond to welfare concerns raised through the non-emergency number.",
        "Open cool rooms in sheltered housing schemes and check on residents.",
        "Add a daily welfare call for people who live alone.",
        "Keep cool spaces open until 8pm and publish their locations.",
        "Announce heat advice on services and at stations.",
    ]
    afters = [
        "Report any heat-related absences to the local authority.",
        "Share admission figures with the Health Protection Board.",
        "Record the number of welfare checks carried out.",
        "Log repairs to ventilation and shading identified during the event.",
        "Review whether care plans need changing for next summer.",
        "Collect feedback from people who used the cool spaces.",
        "Report service disruption and passenger incidents to the council.",
    ]
    recs = [Rec("", 1) for _ in who]
    para_fill = renderer == "writer"

    def row(
        i: int, n: int, parts: tuple[str, str, str] | None = None, name: str | None = None
    ) -> Row:
        texts = parts or (w.text(befores[i], n), w.text(durings[i], n), w.text(afters[i], n - 1))
        cells = [C(who[i] if name is None else name, fill=body_fills[0], bold=True)]
        for k, t in enumerate(texts):
            if para_fill and k == 2:
                cells.append(C(t, para_fill=body_fills[3]))
            else:
                cells.append(C(t, fill=body_fills[k + 1]))
        return Row(cells, recs[i])

    cut1 = row(3, 0, (w.text(befores[3], 3), w.text(durings[3], 2), w.text(afters[3], 1)))
    cut2 = row(3, 0, (w.more(2), "", w.more(2)), name="")
    t1 = Table(
        cols, [row(0, 3), row(1, 3), row(2, 3), cut1], head, "once", style="fills", gap_pt=2.5
    )
    t2 = Table(
        cols, [cut2, row(4, 3), row(5, 3), row(6, 2)], head, "once", style="fills", gap_pt=2.5
    )
    blocks = [
        Heading("Heatwave Plan 2024: Partner Actions Before, During and After a Heatwave", 13),
        Para(
            "Each partner has agreed the actions below. Actions before the event start when "
            "the Heat-Health Alert reaches amber; actions during the event continue until the "
            "alert is lifted; actions after the event are completed within four weeks."
        ),
        t1,
        PageBreak(),
        t2,
    ]
    return Doc(
        f"fillcells_{renderer}",
        "fillcells",
        renderer,
        True,
        "sans",
        9,
        blocks,
        1,
        title="Heatwave Plan 2024",
        footer="Heatwave Plan 2024 - Local Resilience Forum",
    )


# ---- 6. tracker --------------------------------------------------------------------------------


def tracker(renderer: str) -> Doc:
    w = Writer(606)
    cols = [0.06, 0.38, 0.14, 0.09, 0.07, 0.26]
    head = hdr("Ref", "Action", "Lead officer", "Due", "RAG", "Update")
    themes = [
        "Recruit additional",
        "Reduce waiting times for",
        "Refresh the training offer on",
        "Improve recording of",
        "Strengthen oversight of",
        "Publish data on",
        "Consult residents about",
        "Review commissioning of",
    ]
    topics = [
        "early help assessments",
        "children missing education",
        "private fostering",
        "young carers' assessments",
        "transitions to adult services",
        "missing episodes",
        "return home interviews",
        "exploitation screening",
        "elective home education",
        "family group conferences",
        "care leavers' pathway plans",
        "placement stability",
        "health assessments for children in care",
        "speech and language referrals",
    ]
    leads = [
        "Head of Early Help",
        "Service Manager, MASH",
        "Virtual School Head",
        "Principal Social Worker",
        "Head of Commissioning",
        "Performance Manager",
    ]
    rags = ["Green", "Amber", "Red", "Green", "Green", "Amber"]
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    rows = []
    for i in range(44):
        opener = f"{themes[i % len(themes)]} {topics[i % len(topics)]}."
        n = [3, 5, 8, 4, 11, 6][i % 6]
        upd = w.text("", 2 if i % 4 else 4)
        rec = Rec(f"{i + 1}", 1)
        rows.append(
            Row(
                [
                    C(f"{i + 1}"),
                    C(w.text(opener, n)),
                    C(leads[i % len(leads)]),
                    C(f"{months[i % 12]} {2024 if i % 12 < 9 else 2025}"),
                    C(rags[i % len(rags)]),
                    C(upd),
                ],
                rec,
                fill="F2F2F2" if i % 2 else "DCE6F1",
            )
        )
    t = Table(
        cols,
        rows,
        head,
        "repeat",
        style="zebra",
        header_fill="1F4E79",
        header_colour="FFFFFF",
        gap_pt=1.5,
    )
    blocks = [
        Heading("Children's Services Improvement Plan: Action Tracker (Quarter 2 2024-25)", 13),
        Para(
            "The tracker lists every open action in the improvement plan with its lead "
            "officer, due date, RAG rating and the latest update. It is reviewed monthly by "
            "the Improvement Board."
        ),
        t,
    ]
    return Doc(
        f"tracker_{renderer}",
        "tracker",
        renderer,
        True,
        "sans",
        8.5,
        blocks,
        1,
        title="Improvement Plan Tracker",
        footer="Improvement Plan Tracker - OFFICIAL",
    )
