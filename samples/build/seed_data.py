# ruff: noqa: E501
"""Transcription of the seed plan (Birmingham DHR, case BDHR/2013-14/02): both of its plans.

Text is copied from ``shared/seed/000_9ee03a1985b99bf7.txt``. The dump's page-continuation rows
(rows starting with empty cells that carry on mid-sentence) are merged back into the row above;
rows that are genuinely separate Word rows (joint recommendation 1's actions 1.2 and 1.3) stay
separate. Markup as in :mod:`model`: ``\\n`` between paragraphs, ``<br>`` for a line break (a
double space in a dump cell without ``<p>``), ``<b>``/``<i>``/``<sup>`` runs. ``&amp;`` is ``&``.
"""

from __future__ import annotations

from model import Column, Document, Plan, Rec

CASE = "BDHR/2013-14/02"

GREEN, GREEN_2, LIGHT_GREEN = "00B050", "00B04F", "00AF50"
AMBER, AMBER_2 = "FFC000", "FFBF00"
RED = "FF0000"
BLUE, BLUE_2 = "0070C0", "0071C1"

JOINT_REVIEW = "Progress is reviewed monthly by the Serious Case Review Sub-Group to ensure effective implementation prior to finalisation."
AGENCY_REVIEW = "Progress is reviewed monthly by the Serious Case Review Sub Group to ensure effective implementation of agency action, the below areas have been identified for consideration as part of the finalisation process."


def agency_review(date: str, sep: str) -> str:
    """The agency plan's review cell: standard text, then the sub-group date (``sep`` between)."""
    return f"{AGENCY_REVIEW}{sep}Agency action to be reviewed by Serious Case Review Sub Group on {date}"


def columns(review_header: str, rag_header: str) -> list[Column]:
    """The seed's eight columns (relative widths)."""
    return [
        Column("recommendation", "Recommendation (SMART)", 3.7),
        Column("agency", "Agreed by Agency Lead", 2.1),
        Column("action", "Action Required by Agency", 4.1),
        Column("lead", "Implementation Lead & Agency", 2.5),
        Column("target", "Target date for completion", 1.9),
        Column("progress", "Summary of Action Taken & Date Received", 7.3),
        Column("review", review_header, 3.4),
        Column("rag", rag_header, 1.2),
    ]


JOINT_RECS = [
    Rec(
        "1",
        "Raise the awareness of all Children in Care and those who care for them about what constitutes a safe and a risky relationship, with a view to supporting an outcome that all children in care enter into positive and healthy relationships.",
        label="<b>Recommendation 1.</b>",
        cells={"agency": "Birmingham City Council, Corporate Parent Board", "review": JOINT_REVIEW},
        rows=[
            {
                "action": "<i>Aim: to increase awareness in looked after young people of what constitutes a safe or risky relationship. Looked After Young People may be especially vulnerable in relationships and may accept or minimise abuse.</i><br>1.1 The Corporate Parent Board tasks the Corporate Parenting Working Group to review and evaluate what programmes are currently available to children in care and their carers in relation to this recommendation",
                "lead": "<b>Lead - Corporate Parent Board</b>",
                "target": "30/04/16",
                "progress": "Proposals made by Assistant Director Children in Care and Provider Services to embed the learning from this case have been ratified by Independent Chair of the BSCB. Revised Joint Review Action Plan circulated to agencies for implementation.<br>Assistant Director, Children In Care Provider Services provided a further update on 25<sup>th</sup> July 2017. The Corporate Parenting Co-ordinator completed the review, which identified that programmes were not being used consistently across the area teams. However, subsequently Barnardos, Space and Amazon had been commissioned to work with victims of CSA and CSE. Barnardos are contracted to deliver CSE training to schools on a training the trainer",
            },
            {
                "action": "1.2 Consult with young people in care as to what would be the best methodology to influence positive relationships and reduce risky relationships\n1.3 The Corporate Parent Board commissions a programme of intervention based on the finding of the review that aims to reduce risky relationships and influence positive and healthy relationships.",
                "lead": "<b>Lead</b> - Corporate Parent Board\n<b>Lead</b> - Corporate Parent Board",
                "target": "30/06/16\n31/07/16",
                "progress": "basis. KIKIT, a public health contract undertakes perpetrator work with young men regarding CSE. In addition to these specific programmes there are a range of tools used as part of the relationship based approach. East Area CIC teams are also developing a CSE toolkit. This work with CIC forms part of a wider the PHSE agenda and input.\n<b>Completed</b>",
            },
        ],
        rag="Green",
        rag_fill=GREEN,
    ),
    Rec(
        "2",
        "That all police officers and staff recognise the importance of considering the safeguarding of children and young persons identified within any reported incident.",
        label="<b>Recommendation 2.</b>",
        cells={"agency": "West Mercia Police", "review": JOINT_REVIEW},
        rows=[
            {
                "action": "<i>Aim: to ensure that messages are not just categorised as malicious or anti-social without their content being analysed.</i>\n2.1 A case study for use in staff development to be prepared using the learning from this review to highlight how safeguarding issues can present themselves.\n2.2 Training and supervision delivered to frontline officers and staff to develop understanding of vulnerability wherever it may appear, and encourage professional curiosity.\n2.3 Audit of cases specifically looking at vulnerability issues.",
                "lead": "<b>Lead</b> - Head of Protecting Vulnerable People. Warwickshire Police and West Mercia Police",
                "target": "31/07/2016\n31/07/2016\n31/07/2016",
                "progress": "Proposals made by Head of Protecting Vulnerable People. Warwickshire Police and West Mercia Police to embed the learning from this case have been ratified by Independent Chair of the BSCB. Revised Joint Review Action Plan circulated to agencies for implementation.\n"
                "2.1 More than 850 frontline staff from the organisational alliance have attended innovative training involving vignette-style presentations, based on actual case studies. The scenarios delivered include considerations pertinent to the issues in this case, with a particular emphasis on the demonstration of professional curiosity in relation to the welfare of children. All remaining frontline staff will receive training over the next twelve months, incorporating similar child and young person safeguarding themes. The circumstances of this case specifically, and others that demonstrate related safeguarding issues, are now included in training delivered to CID first and second line managers. The case studies are presented as part of the supervisor's Specialist Child Abuse Investigator Development Programme (SCAIDP), with the expectation that learning is then cascaded amongst their own teams and the wider organisation.\n"
                "2.2 A Vulnerability Awareness Programme has been implemented within the organisation, incorporating training for all frontline staff. Having identified a 'vulnerability skills gap', a comprehensive strategy has been implemented to ensure the understanding of vulnerability and use of professional curiosity is embedded within the organisation. This programme involves a substantial uplift in the number of trained Specialist Child Abuse Investigators and those trained in Public Protection, through a variety of face-to-face and e-learning platforms, as part of the organisation's 'See Past the Obvious' campaign. A comprehensive guide to vulnerability has been produced for officers, highlighting the importance of professional curiosity and effective information sharing, particularly concerning all aspects of child abuse. The impact of these measures has been demonstrated by a significant reported increase in confidence in recognising and responding to vulnerability in such situations as those highlighted in this case.\n"
                "2.3 Significant incidents involving vulnerability issues are highlighted on a daily basis, as part of the organisational briefing process. Such incidents are reviewed by members of the Protecting Vulnerable People team, for any potential learning opportunities associated with good practice or performance that falls below the required standard. Any such opportunities are developed accordingly, by means of single or multi-agency review procedures, to help ensure continuous improvement in this area. A process of dip sampling older cases also occurs, to ensure any performance issues highlighted by the contemporary review process have not been replicated previously in other similar cases.\n"
                "In both 2015 and 2016, West Mercia Police were subject to independent inspections by HMIC. The 2015 inspection concerned how effectively the organisation deals with vulnerability issues and involved inspectors reviewing a sample of investigations relating to vulnerable victims. HMIC concluded that investigations were generally carried out to a good standard, with investigators assessing risk and applying safeguarding measures appropriately, throughout the investigation.\n"
                "The 2016 inspection concerned general performance effectiveness and once more involved dip-sampling. A variety of crime-types were involved, including those involving vulnerable victims, and the standard of response and investigation was deemed to be good. During these inspections approximately 100 cases were reviewed.\n"
                "<b>Completed</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN_2,
    ),
    Rec(
        "3",
        "Probation Offender Managers should ensure that information about visitors to Domestic Violence perpetrators supplied by the prison service is considered at MAPP meetings and 6 weeks prior to release from prison so that any necessary enquires regarding potential new partners can be undertaken.",
        label="<b>Recommendation 3.</b>",
        cells={"agency": "National Probation Service Midlands", "review": JOINT_REVIEW},
        rows=[
            {
                "action": "<i>Aim: to ensure forward planning can take account of known relationships</i><br>3.1 Revised National Probation Service Guidance for managing perpetrators of domestic violence through their sentence will be issued and shared with CRCs to incorporate in their domestic violence strategy.<br>3.2 Implementation of National Probation Service Guidance to be audited through case quality framework arrangements.",
                "lead": "<b>Lead - National Probation Service Midlands Division</b><br>Liaison with National Probation Service Wales and Staffordshire and West Midlands Community Rehabilitation Company leads.",
                "target": "30/06/16<br>30/06/16",
                "progress": "Proposals made by Head of Public Protection and Stakeholder Engagement, National Probation Service Midlands Division to embed the learning from this case have been ratified by Independent Chair of the BSCB. Revised Joint Review Action Plan circulated to agencies for implementation.<br>Complete 6.9.16 - Recommendation 3 is reliant on the publication of NPS guidance on managing perpetrators of domestic abuse through their sentence. Recommendation 3 also requires audits to monitor the implementation of the guidance. The NOMS Guidance has now just been published and will be disseminated across NPS. Therefore this action can now be considered closed– NPS Wales <b>Completed</b>",
            }
        ],
        rag="Blue",
        rag_fill=BLUE,
    ),
    Rec(
        "4",
        "MAPP panels to consider use of a Violent Offender Order where formal supervision is ending.",
        label="<b>Recommendation 4.</b>",
        cells={"agency": "Chair of Strategic MAPP A SMB", "review": JOINT_REVIEW},
        rows=[
            {
                "action": "<i>Aim: to ensure robust use of a Violent Offender Order in appropriate circumstances to enable forward planning.</i><br>4.1 Annual Report to MAPP A SMB to include analysis of the number successful/unsuccessful applications for VOOs.\n4.2 MAPPA SMB to reinforce existing guidance to Panel Chairs to consider post supervision controls where applicable.",
                "lead": "<b>Lead – West Midlands Chair of MAPP A SMB to</b> liaise with Wales Chair of MAPPA SMB",
                "target": "30/06/16",
                "progress": "Proposals made by Head of Public Protection and Stakeholder Engagement, National Probation Service Midlands Division to embed the learning from this case have been ratified by Independent Chair of the BSCB. Revised Joint Review Action Plan circulated to agencies for implementation.\n<b>Complete 6/9/16 - MAPPA</b> Coordinators now ensure they collate accurate figures for VOO applications and their respective success or otherwise to inform reporting on a local and national level. With regards to the guidance action point, a local document is now ready for distribution and will be disseminated across Wales by 12.9.16. The document will focus on VOO applications and provide case examples which will share best practice.<br><b>Completed</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
    ),
    Rec(
        "5",
        "West Midlands Police and Birmingham Children's Social Care Services to review domestic violence training to ensure learning from this case in relation to control, coercion and risk by perpetrators is fully incorporated",
        label="<b>Recommendation 5.</b>",
        label_sep="<br>",
        cells={
            "agency": "West Midlands Police<br>Birmingham City Council, Children Social Care Services",
            "review": JOINT_REVIEW,
        },
        rows=[
            {
                "action": "<i>Aim: to ensure that information-sharing requests do not increase risk to potential victims.</i>\n5.1 West Midlands Police and Birmingham Children's Social Care Services review current Domestic Abuse training to ensure that the learning from this case is incorporated, particularly in relation to risk through control and coercion by perpetrators.",
                "lead": "<b>Leads -</b> Head of Public Protection West Midlands Police<br>Head Workforce Development, People Directorate, Birmingham City Council",
                "target": "30/06/16",
                "progress": "Revised actions to be have been ratified by Independent Chair of the BSCB. Revised Joint Review Action Plan circulated to agencies for implementation.<br>West Midlands Police\n"
                "Learning from all DHRs/ SCRs is routinely incorporated into DA and CA specialist training in addition to force wide training including Contact Centre staff and all front line/response officers. This is in addition to mandatory supervisors training and Sentinel training. There has been specific training around coercive control reinforced by information available via the WMP internal internet Learning and Development web page. Mandatory NCALT training for all officers was rolled out in the last quarter of 2015. Compliance with DA and CA policy is monitored through monthly 'cradle to grave' auditing and annual HMIC inspections.\n"
                "WMP Review Team have monthly meetings with Learning and Development and Professional Standards Department to ensure that all learning is identified and disseminated as soon as identified.\n"
                "DV training has been reviewed and revised to take into account coercion control, 10 sessions are due to be delivered during 2017/18 covering 280 delegates.\n"
                "SCR training delivered during 2016/17 focused on coercion control. A case study was developed and 10 sessions were commissioned and delivered, attended by 538 delegates.\n"
                "<b>Completed</b>",
            }
        ],
        rag="Green",
        rag_fill=LIGHT_GREEN,
    ),
    Rec(
        "6",
        "Offender managers to set accredited Domestic Abuse Programmes as an objective for custodial sentence planning, where appropriate, and encourage transfer to a prison providing that intervention where possible.",
        label="<b>Recommendation 6.</b>",
        cells={
            "agency": "National Probation Service Wales\nNational Probation Service Midlands\nStaffordshire and West Midlands Community Rehabilitation Company",
            "review": JOINT_REVIEW,
        },
        rows=[
            {
                "action": "<i>Aim: to ensure appropriate interventions are in place during custodial sentences for serial domestic abuse perpetrators.</i>\n6.1 Revised National Guidance for managing perpetrators of domestic violence through their sentence including custodial interventions will be issued and shared with CRCs to incorporate in their Domestic Violence Strategy.",
                "lead": "<b>Lead</b> - National Probation Midlands to liaise with National Probation Service Wales and Staffordshire and West Midlands Community Rehabilitation Company leads.",
                "target": "30/06/16",
                "progress": "Proposals made by Head of Public Protection and Stakeholder Engagement, National Probation Service Midlands Division to embed the learning from this case have been ratified by Independent Chair of the BSCB. Revised Joint Review Action Plan circulated to agencies for implementation.\nComplete 6.9.16 - Recommendation 6 was reliant on the publication of NPS guidance on managing perpetrators of domestic abuse through their sentence. The NOMS Guidance has now just been published and will be disseminated across NPS. Therefore this action can now be considered closed– NPS Wales",
            }
        ],
        rag="Blue",
        rag_fill=BLUE_2,
    ),
    Rec(
        "7",
        "Birmingham Community Safety Partnership and Police and Crime Board to review local arrangements for the effective management of domestic violence abusers and offenders.",
        label="<b>Recommendation 7.</b>",
        cells={
            "agency": "Community Safety Partnership Board and Crime Board",
            "review": JOINT_REVIEW,
        },
        rows=[
            {
                "action": "<i>Aim: To ensure that robust action is consistently taken to protect the public from domestic violence abusers and offenders, including those who are serial offenders</i>\n"
                "Domestic Violence Service Review of offender and abuser management to include\n"
                "• Evaluation of recent policing initiatives\n"
                "• Broader tools available to manage abusers\n"
                "• National examples of best practice\n"
                "The findings of the Domestic Violence Service Review to be shared with BSCB.",
                "lead": "<b>Lead - Senior Service Manager - Violence Against Women, Community Safety Partnership, Birmingham and Crime Board</b>",
                "target": "28/2/2017",
                "progress": "<b>Completed</b>\n"
                "Proposals made by Senior Service Manager - Violence Against Women to embed the learning from this case have been ratified by Independent Chair of the BSCB. Revised Joint Review Action Plan circulated to agencies for implementation.\n"
                "The multi-agency Domestic Abuse Strategy was presented to BSCB in July 2016 which includes the following features:\n"
                "• Roll-out of WMP domestic abuser management across the force capable of managing 600 abusers at a time\n"
                "• Regional perpetrator programme to be commissioned by PCC in Autumn 2016\n"
                "• Extension of civil orders programme under Home Office innovation fund\n"
                "• Extension of use of landlord powers to manage domestic abusers by BCC.\n"
                "<b>Completed</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
    ),
    Rec(
        "8",
        "Those organisations that completed an IMR or information report are required to provide evidence that action has been taken to address individual and management practice which has fallen below expected professional standards.",
        label="<b>Recommendation 8.</b>",
        cells={
            "agency": "Chief Executive and Chief Officers",
            "review": "Progress reviewed by the Serious Case Review Sub-Group who are satisfied that the actions for this recommendation have been finalised.",
        },
        rows=[
            {
                "action": "<i>Aim: to ensure prompt action is taken to address identified deficits.</i>\nEach agency to provide a summary of action undertaken to address those individuals who fell below the required professional standards. The report should be anonymised.",
                "lead": "Chief Executive and Chief Officers for; Leads<br>1) Birmingham Children's Social Care<br>2) National Probation Service Wales<br>3) National Probation Service - Midlands<br>4) West Midlands Police<br>5) Birmingham Cross City CCG<br>6) West Mercia Police<br>7) Birmingham Women's Hospital NHS Foundation Trust",
                "target": "31/1/2015",
                "progress": "All organisations have confirmed that action has been taken to address individual and management practice which has fallen below expected professional standards and implemented any identified learning from their internal review of practice.\n<b>Completed</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN_2,
    ),
]

BCSC = "Birmingham Children Social Care"
BWH = "Birmingham Women's NHS Foundation Trust"
PROB = "Wales Probation Trust and Staffordshire and West Midlands Probation Trust"
WMP = "West Midlands Police"
CCG = "Birmingham Cross City CCG"
WMC = "West Mercia Constabulary"
PSD_CC = "Professional Standards Department (in conjunction with Operational Command & Control Supervisors)"

AGENCY_RECS = [
    Rec(
        "1",
        "Further audit to be undertaken to determine whether there are examples of children being created on Care First but no referral opened",
        label="<b>Recommendation 1</b>",
        cells={
            "agency": "IASS, Children Young People and Families",
            "review": agency_review("11.09.15", "<br>"),
        },
        rows=[
            {
                "lead": "HOS, IASS",
                "target": "28<sup>th</sup> February 2014",
                "progress": "The establishment of new MASH systems ensure that every child discussed gets entered onto the Care First system, even when they do not reach the threshold for Children's Social care and are referred on for a CaF or universal service.<br>In respect of the audit we are going back to October 2013 which is when the single assessment was introduced. This means that by Wednesday 8<sup>th</sup> April we will have audited c 20,000 children. <b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=BCSC,
    ),
    Rec(
        "2",
        "To achieve full CSC involvement at MAPPA level 2 and 3 panels",
        label="<b>Recommendation 2</b>",
        cells={
            "agency": "Assistant Director (Safeguarding) Birmingham Children's Social, Care",
            "review": agency_review("23.01.15", "<br>"),
        },
        rows=[
            {
                "action": "Identification of representatives from area teams as permanent MAPPA level 2 attendees, and of heads of service for level 3 MAPPAs",
                "lead": "Assistant Director Safeguarding",
                "target": "July 2014",
                "progress": "Final meeting between Assistant Director CSC and MAPPA co-ordinator scheduled for June 2014.<br>Assistant Director Quality Assurance & Safeguarding is full member of Strategic MAPPA Board.<br>Representation from areas within the range of MAPPA forums is identified and robust.<br><b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=BCSC,
    ),
    Rec(
        "1",
        "Remind staff to consistently record the details of others who are present during a consultation i.e. partners, friends and relatives and include conversations that take place involving those individuals.",
        label="<b>Recommendation 1</b>",
        cells={"review": agency_review("17.07.14", "<br>")},
        rows=[
            {
                "action": "Utilise communication systems to remind staff of the learning from this IMR. i.e. email, EVE, newsletters, training and debriefing sessions.",
                "lead": "Head of Safeguarding",
                "target": "30<sup>th</sup> April 2014.",
                "progress": "Discussed at maternity managers meeting on 23.05.14<br><b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN_2,
        section=BWH,
    ),
    Rec(
        "2",
        "Ensure consistency in practice in accordance with Trust guidelines for domestic abuse.",
        label="<b>Recommendation 2</b>",
        label_sep="\n",
        cells={"review": agency_review("17.07.14", "\n")},
        rows=[
            {
                "action": "Undertake an audit of midwifery practice to ensure consistent application of the guideline.",
                "lead": "Head of Safeguarding",
                "target": "31<sup>st</sup> December 2014",
                "progress": "Snapshot audit completed June 2014 of midwives and student midwives which demonstrated low levels of confidence in managing cases of domestic abuse and compliance with current guidelines.\nNew specialist midwife for domestic abuse post appointed but not yet taken up.\n<b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=BWH,
    ),
    Rec(
        "3",
        "Share appropriate contextual historical information relating domestic abuse.",
        label="<b>Recommendation 3</b>",
        cells={"review": agency_review("23.01.15", "\n")},
        rows=[
            {
                "action": "Review the Trust Domestic Abuse Guidelines.\nRe-audit of the Maternity Liaison/ Cause for Concern form by retrospective case notes audit.",
                "lead": "Head of Safeguarding",
                "target": "30<sup>th</sup> September 2014\n30<sup>th</sup> September 2014",
                "progress": "Current capacity issues within safeguarding team. This will be done when new specialist midwife is established in post.\n"
                "10<sup>th</sup> September 2014 – update.\n"
                "Specialist midwife not yet in post, awaiting clearances.\n"
                "Update 6<sup>th</sup> January 2015 The new specialist midwife for domestic abuse is in post and has reviewed the current domestic abuse guideline. This has been re-written as a care pathway in partnership with another local provider. The guideline is in the final consultation phase before being signed off.\n"
                "The re-audit of the maternity liaison/ cause for concern form has been completed, jointly with BCHC. The audit demonstrated a compliance rate of 91.3%. <b>COMPLETED</b>",
            }
        ],
        rag="Amber",
        rag_fill=AMBER,
        section=BWH,
    ),
    Rec(
        "1",
        "OASys practice need to reflect current risk concerns so that appropriate risk management/sentence plans are formulated and implemented, including the use of SARA.",
        label="<b>Recommendation 1</b>",
        cells={
            "agency": "Chief Officer Wales Probation Trust",
            "review": agency_review("17.07.14", "<br>"),
        },
        rows=[
            {
                "action": "Local team manager in the Wales Probation Trust will carry out an OASys audit of OM1's cases and provide on audit summary to their local Assistant Chief Officer as well as taking part in a local quality audit",
                "lead": "TM1 (Senior Probation Officer)",
                "target": "30<sup>th</sup> April 2014",
                "progress": "RJ (Senior Probation Officer), dip sampled 10 of OM1's current community caseload. RJ is able to confirm that all OASys assessments were of a good standard and completed in a timely manner. The Risk Management and Sentence Plans were robust, proportionate, defensible and SMART. All assessments where there was, or had been concerns regarding Domestic Abuse, included an accurate and updated SARA assessment. The audit was completed on 07/04/14. <b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=PROB,
    ),
    Rec(
        "2",
        "Case Recording must provide a record of all activity/contacts in a supervised case.",
        label="<b>Recommendation 2</b>",
        cells={
            "agency": "Chief Officer Wales Probation Trust",
            "review": agency_review("17.07.14", "<br>"),
        },
        rows=[
            {
                "action": "OASys sample audit to include an analysis of OM1 recording practice.",
                "lead": "TM1 (Senior Probation Officer)",
                "target": "30<sup>th</sup> April 2014",
                "progress": "RJ (Senior Probation Officer), dip sampled 10 of OM1's current community caseload. RJ is able to confirm that all DELIUS records contained comprehensive detail, regarding both supervision sessions and information received/ shared with partner agencies, with particular focus on risk management. Furthermore, all contacts have been recorded in a timely manner. The audit was completed on 07/04/14. <b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN_2,
        section=PROB,
    ),
    Rec(
        "3",
        "MAPPA practice. MAPPA panels should reflect the meeting discussion, take an overview of risk concerns and victim safety, be effectively chaired and ensure actions are communicated to those not present at the panel.",
        label="<b>Recommendation 3</b>",
        cells={
            "agency": "Chief Officer Wales Probation Trust",
            "review": agency_review("17.07.14", "<br>"),
        },
        rows=[
            {
                "action": "The local Wales Public Protection Assistant Chief Officer will sample MAPPA minutes to ensure they are timely, accurate and reflect the risks identified with appropriate contingencies in place. An audit report will be presented to the Deputy Chief Executive and Senior Management team in Wales. In addition the Public Protection ACO will carry out observation of the local MAPPA coordinator and require a MAPPA referral vetting panel to be established to oversee referrals and subsequent action.",
                "lead": "Public Protection ACO Wales Probation Trust",
                "target": "31<sup>st</sup> May 2014",
                "progress": "Wales Probation undertook a comprehensive audit of MAPPA which was presented to SMT. The Head of Public Protection commissioned a detailed MAPPA Practice Direction in order to fulfill the findings of the audit and this particular action. This has been completed, agreed by senior management and disseminated to staff. <b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=PROB,
    ),
    Rec(
        "4",
        "Transfers. Risk Management and Victim Safety is maximised through clear transfer arrangements between Trusts, in particular in early agreement between ACOs/Senior Managers, in High Risk transfer cases.",
        label="<b>Recommendation 4</b>",
        cells={
            "agency": "Chief Officer Wales Probation Trust And Chief Officer Staffordshire and West Midlands Probation Trust",
            "review": agency_review("17.07.14", "<br>"),
        },
        rows=[
            {
                "action": "Both Wales and SWMPT will review their transfer practices in high risk cases to ensure they are timely and robust – in line with Probation Circular 25/7. Senior Manager teams will receive reassurance that local management teams have discussed 25/07 and the need for timeliness in transfer cases.",
                "lead": "Wales Probation Trust and SWMPT Senior Management Team",
                "target": "31<sup>st</sup> May 2014",
                "progress": "<b>Wales Probation Trust -</b> A Transfers Practice Direction has been written, presented to the SMT, approved and distributed to staff. In addition a detailed discussion was convened within SMT to address the findings of the SFO/SCR to share the learning from the review and establish clearer lines of accountability practice at ACE level in relation to the transfer of cases<br><b>COMPLETED</b>\n"
                "<b>Staffordshire and West Midlands Probation Trust –</b><br>SWMPT reviewed their transfer arrangements Operations and Performance Board (attended by Heads and deputy heads of probation). As well as confirming expectations regarding Probation Circular 25/07 an agreed set of principles was established. It is important to note that from 1<sup>st</sup> June 2014 SWMPT has split into 2 organizations – one delivering high risk of harm work, the other low/medium risk of harm work. As a consequence regarding transfer a new probation Instruction has been issued(PI07/14).updating transfer arrangements. High risk transfer will become an exclusive task for the National Probation Service(NPS) and this is reflected in this new instruction. These changes of arrangements have been a focus for activity nationally across the probation system.\n"
                "<b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=LIGHT_GREEN,
        section=PROB,
    ),
    Rec(
        "5",
        "Rehabilitative Interventions.<br>(i) Interventions identified to address risk should be prioritised and implemented in a custodial/community setting as part of the Sentence Planning / Review / Recall process.<br>(ii) Wales Probation Trust should progress offender interventions (eg Accredited Programmes, Specified Activity Requirements) in a timely, pro active manner.",
        label="<b>Recommendation 5</b>",
        cells={
            "agency": "Chief Officer Wales Probation Trust",
            "review": agency_review("17.07.14", "<br>"),
        },
        rows=[
            {
                "action": "Local Wales Approved Premises ACOs will sample the criminogenic needs of their licence residents (as a cohort) to audit the implementation of rehabilitative interventions whilst in custody/ community. The results of this audit will identify the custodial progress of these interventions, identifying any remedial actions if appropriate.<br>Wales Probation Trust Quality and Scutiny Manager will sample a cohort of recalled high risk of harm offenders with identified Sentence Plan objectives linked to harm reduction to identify any practice issues with an action plan if appropriate.. Completion date: 31<sup>st</sup> Janury 2014.",
                "lead": "Approved Premises ACOs Wales Probation Trust<br>Quality and Scrutiny Manager Wales Probation Trust",
                "target": "31<sup>st</sup> May 2014<br>31<sup>st</sup> May 2014",
                "progress": "A detailed audit was conducted into the criminogenic needs of licence residents at AP's by Quality and Scrutiny Manager. The Audit has been completed addressing both actions and actions identified to inform a Wales wide implementation plan.<br><b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=PROB,
    ),
    Rec(
        "1",
        "West Midlands Police to ensure that it has a policy covering the management of Category 2 violent MAPPAs offenders",
        label="<b>Recommendation 1</b>",
        label_sep="<br>",
        cells={"review": agency_review("17.07.14", "\n")},
        rows=[
            {
                "action": "Policy to be written in conjunction with SWMPT/National Probation Service, to include the use of Visor and timely record keeping",
                "lead": "Detective Superintendent Force CID and MAPPAs Violent offender lead",
                "target": "30<sup>th</sup> September 2014",
                "progress": "There is a national standards policy called MAPPAs Guidance 2012 version 4. It provides for the establishment of Multi-Agency Public Protection Arrangements (MAPPAs) in each case of the 42 criminal justices areas in England and Wales. They are designed to protect the public from serious harm by sexual and violent offenders. The document is almost 100 pages long and is produced by the National MAPPA team, National Offender Management Service. The West Midlands Police has, as with all Forces in England and Wales fully signed up to adhere to this guidance.\n"
                "There is also a ViSOR Standards (version 3) document produced by the ViSOR National Working Group. The Association of Chief Police Officers (ACPO) have signed up to these minimum standards that cover what, when and how information will be recorded onto the ViSOR system.\n"
                "Both documents form the framework for the management of Violent Offenders (Cat 2) by Violent Offender Managers within the West Midlands Police.\n"
                "<b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN_2,
        section=WMP,
    ),
    Rec(
        "2",
        "West Midlands Police should ensure that police information and intelligence on the management of violent MAPPA offenders is recorded on Visor",
        label="<b>Recommendation 2</b>",
        label_sep="\n",
        cells={"review": agency_review("23.01.15", "\n")},
        rows=[
            {
                "action": "Review the availability of visor terminals for LPU OM teams, and ensure that training and guidance on the use of Visor is adhered to",
                "lead": "Detective Superintendent Force CID with support from Superintendent Learning and Development",
                "target": "30<sup>th</sup> September 2014",
                "progress": "A review of the accessibility and availability together with training of VOM's is currently underway. Initial findings are that there is a need to increase the numbers of ViSOR terminals across the force. This piece of work is ongoing, DSU has commissioned this review with a view to supporting a business case for an increase in terminals.\n"
                "A questionnaire was sent to all West Midlands Police offender manager supervisors. They were specifically asked to comment on availability, accessibility of ViSOR terminals and training for their staff. The vast majority of the supervisors reported no issues and did not require additional terminals or training. Two supervisors reported that the ViSOR terminals were in a separate locked office. Although this was not ideal, it did not hinder their use. It is accepted that due to Home Office guidance dictating the management of police information (MOPI), that this is necessary to protect the sensitive information and is also in part due to the geography of police buildings. Two supervisors did make comment relating to the availability of training courses, but were able to confirm their officers are listed for forthcoming courses. All details from questionnaire's have been retained by the Forces review team and copied to L&D (training department).\n"
                "<b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=WMP,
    ),
    Rec(
        "3",
        "West Midlands Police should ensure that WMP policy covers the use of duty mobile phones by offender management teams (LPU and PPU), including appropriate guidance on out of hours use",
        label="<b>Recommendation 3</b>",
        cells={"review": agency_review("11.09.15", "\n")},
        rows=[
            {
                "action": "Review the use of mobile phones by offender managers within both LPU and PPU teams, and ensure that robust plans exist for their use (or otherwise) out of hours",
                "lead": "Detective Inspector Public Protection",
                "target": "30<sup>th</sup> June 2014",
                "progress": "This recommendation has been accepted and action has been completed. DI has drawn up guidance for all WMP Offender Managers who are issues with police 'owned' mobile telephones for official use; this includes the wording for a generic telephone answering message that explains that if the phone is not answered the officer may be off and a call should be made to the '999' service if the subject is important.\n"
                "In addition police officers are advised to explain to the people they manage that they are not on duty all of the time and that they will not answer telephones after they are off duty or on leave, so alternative contact should be made to the police or other service.\n"
                "<b>COMPLETED</b>",
            }
        ],
        rag="Blue",
        rag_fill=BLUE,
        section=WMP,
    ),
    Rec(
        "4",
        "West Midlands Police to ensure that the training provided to violent MAPPA offender managers is appropriate and tailored to their role",
        label="<b>Recommendation 4</b>",
        label_sep="\n",
        cells={"review": agency_review("17.07.14", "\n")},
        rows=[
            {
                "action": "Review of the training provided against both internal courses and programmes available through the College of Policing, and implement a training plan if required",
                "lead": "Superintendent Learning and Development",
                "target": "Review by 31<sup>st</sup> July 2014",
                "progress": "WMP violent MAPPA training is provided via the probation service deputy MAPPA coordinator which has been reviewed and deemed appropriate and tailored by WMP Learning and Development. The College of Policing are unable to identify any other bespoke national training courses.\n<b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=WMP,
    ),
    Rec(
        "5",
        "West Midlands Police to ensure that Violent MAPPA offenders are considered as a specific cohort in the current review of domestic abuse offender management",
        label="<b>Recommendation 5</b>",
        label_sep="\n",
        cells={"review": agency_review("11.09.15", "\n")},
        rows=[
            {
                "action": "Consider the inclusion of this group of offenders as part of the overall plan, and identify the best form of management for the cohort",
                "lead": "Superintendent Sandwell LPU and offender management 'silver' lead and DCI",
                "target": "31<sup>st</sup> January 2015",
                "progress": "An update will be provided prior to the deadline date of 31/01/15. Superintendent reports, MAPPA offenders DA or not are managed through those arrangements. 'Cohort' is an IOM term. Some boroughs do have IOM DA cohorts (Sandwell and Coventry), others do not. Supt is working with head of the Forces Public Protection Unit, to ensure a more consistent corporate position in the New Year. Its is hoped that West Midlands Police will have force wide domestic abuse IOM cohort for management under IOM arrangements\n"
                "09.10.15 Update Domestic Abuse (DA) Offender Mangers are in place within PPU DA teams. They manage a cohort of DA offenders based on the frequency and level of risk of those offenders. They take referrals from MARAC and other DA team staff re individuals where professional judgement suggests a concern.\n"
                "The future approach to all Offender management across DA, Violent, Sex Offender Management, and local Offender Management, teams is being considered as part of the future police change programme; the question of how Violent Offenders specifically is part of this process.\n"
                "<b>COMPLETED</b>",
            }
        ],
        rag="Amber",
        rag_fill=AMBER_2,
        section=WMP,
    ),
    Rec(
        "6",
        "West Midlands Police to ensure that lessons learned through this IMR are incorporated into policy development and future staff training",
        label="<b>Recommendation 6</b>",
        label_sep="\n",
        cells={"review": agency_review("11.09.15", "\n")},
        rows=[
            {
                "action": "i) incorporate learning into the training programme for domestic abuse offender managers being delivered June – November 2014\nii) Incorporate learning into future build for violent OM structures and training",
                "lead": "DCI, OM Lead for Public Protection",
                "target": "30<sup>th</sup> November 2014",
                "progress": "The training was delivered by Investigative training at L&D, the contents of the training were agreed by the force lead for Domestic Abuse – DCI.\n"
                "The second part of this recommendation is currently with DCI Young. The lessons from this case were included in the week long mandatory training for all DA offender mangers.\n"
                "Ongoing\n"
                "29.09.15<br>Recommendation 6 is partially delivered as stated, however the second part of the recommendation will not be able to be completed as stated as it is not feasible to integrate the learning for each specific DHR/SCR into training programmes. Common themes from DHRs, SCRs & SARs are embedded in all WMP training programmes for both specialist and non-specialist staff and are regularly updated when new themes arise. Current practice in respect of learning from DHRs/SCRs/SARs exceeds this recommendation and is therefore completed.\n"
                "That said, in respect of this particular recommendation we are not able to use this particular case as it is still subject of a gross misconduct investigation by IPCC.\n"
                "09.10.15<br>Offender managers receive training for their roles which includes the specific learning from this case and this has been confirmed by DCI.\n"
                "<b>COMPLETED</b>",
            }
        ],
        rag="Red",
        rag_fill=RED,
        section=WMP,
    ),
    Rec(
        "1",
        "All practice staff to receive training regarding Domestic Abuse",
        label="<b>Recommendation 1</b>",
        cells={"agency": "<b>Cross City CCG</b>", "review": agency_review("23.01.15", "<br>")},
        rows=[
            {
                "action": "Greenridge surgery<br>Action: All staff to attend training on domestic abuse at the first opportunity.",
                "lead": "Lead for Safeguarding",
                "target": "31<sup>st</sup> July 2014",
                "progress": "The Greenridge practice has been contacted. They are going to book on to the next available training session which is on November 13<sup>th</sup> 2014.<br>Staff have been booked on to this training. The RAG rating could be changed to amber because until there is confirmation that the training has been attended by all relevant staff. Lead Nurse for DA will be able to provide this information after 13<sup>th</sup> November 2014.<br>Update 24/12/14. The GP Safeguarding Lead for the Greenridge Practice has attended domestic abuse training and will disseminate to the practice staff. This arrangement has been approved by the Domestic Abuse Lead. <b>COMPLETED</b>",
            }
        ],
        rag="Amber",
        rag_fill=AMBER,
        section=CCG,
    ),
    Rec(
        "1",
        "Specific advice should be given to the front counter clerk who took the initial call in regard to the lack of detail obtained and the importance of obtaining such detail.",
        label="<b>Recommendation 1</b>",
        cells={"review": agency_review("11.09.15", "<br>")},
        rows=[
            {
                "action": PSD_CC,
                "target": "31.01.15",
                "progress": "Update on 24/6/15: Arrangements were made for the advice to be given to the staff member on the 5th June. This will be delivered by the staff members supervisor & recorded when completed by the Professional Standards Department.<br><b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=WMC,
    ),
    Rec(
        "2",
        "Generic advice should be provided to communications staff that full details <i>must</i> be obtained from callers in order to best inform the officers dealing with the incident. Once these details have been obtained then the necessary checks <i>must</i> be completed and actioned before any consideration can be given to filing the incident.",
        label="<b>Recommendation 2</b>",
        cells={"review": agency_review("11.09.15", "<br>")},
        rows=[
            {
                "action": PSD_CC,
                "target": "28.02.15",
                "progress": "Update 24/6/15: General guidance has been provided to communications staff re importance of detailed recording of information.<br>The complication here is that front counter staff often take overspill calls from the Control Centre - as was the case here - and as a result they are not subject to the same level of support and scrutiny on a minute by minute basis. This makes the audit and review of a log before closure all the more important.<br>Supervisors have been advised accordingly<br><b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN_2,
        section=WMC,
    ),
    Rec(
        "3",
        "Specific advice should be provided to the responding Police Constable detailing the importance of documenting, fully, the message result.\n(The facility exists for officers to input their own update rather than rely on communications staff to complete it). The officer should be advised that given the concerns of partner 1 the content of the text should have been included within the message to inform others in the event of a reoccurrence. The officer could also be reminded of the importance of carrying out fundamental checks in order to inform the situation assist those contacting the police. The officer should be advised regarding social service referrals in order to safeguard children <i>(It is acknowledged that the Constable has transferred from West Mercia but still remains a Police Officer).</i>",
        label="<b>Recommendation 3</b>",
        cells={"review": agency_review("11.09.15", "\n")},
        rows=[
            {
                "action": "Professional Standards Department",
                "target": "31.01.15",
                "progress": "West Mercia Police Professional Standards Department met personally with the officer and their supervisor on the 25th November 2014. The management advice was delivered, and all the learning points were received positively. <b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN,
        section=WMC,
    ),
    Rec(
        "4",
        "Learning and Development should ensure that all officers and staff recognise the importance of considering the safeguarding of children and young persons identified within any reported incident",
        label="<b>Recommendation 4</b>",
        cells={"review": agency_review("11.09.15", "\n")},
        rows=[
            {
                "action": "Learning & Development Department",
                "target": "30.04.15",
                "progress": "Update 24/6/15: Feedback from all Serious Case Reviews is given regular scrutiny to ensure training delivered to front-line staff incorporates key messages. The detail of this recommendation is a generic issue that is already routinely delivered but this case will be provided as an example for specific mention in training. <b>COMPLETED</b>",
            }
        ],
        rag="Green",
        rag_fill=GREEN_2,
        section=WMC,
    ),
]

JOINT_PLAN = Plan(
    title=f"Joint Review Action Plan in respect of Case {CASE}",
    intro="The recommendations have been accepted by the CSP and BSCB and agencies will ensure that identified action is implemented by the agreed target date. The BSCB will receive quarterly progress reports from named agencies. BSCB will monitor the implementation of recommendations on behalf of the CSP prior to finalisation of the joint case review process.",
    case_ref=CASE,
    columns=columns("SCR Sub Group, Progress & Finalisation date", "RAG"),
    recs=JOINT_RECS,
    header_fill="D9D9D9",
)

AGENCY_PLAN = Plan(
    title=f"Agency Action Plan in respect of Case {CASE}",
    intro="The below recommendations have been ratified by the Strategic Lead for each agency, who will be responsible for ensuring they are fully implemented by the agreed target date. The BSCB will receive quarterly progress reports from named agencies. BSCB will monitor the implementation of recommendations and audit compliance prior to case finalisation.",
    case_ref=CASE,
    columns=columns("QA&A Audit, Progress & Finalisation date", "RAG Rating"),
    recs=AGENCY_RECS,
    header_fill="D9D9D9",
)

SEED_DOCUMENT = Document(
    stem="seed_bdhr_2013_14_02",
    plans=[JOINT_PLAN, AGENCY_PLAN],
    font="Liberation Sans",
    size_pt=7.5,
    landscape=True,
    margins_cm=(1.27, 1.0, 1.27, 1.0),
    cell_space_after_pt=4.0,
    page_numbers=False,
    title_size_pt=12.0,
    description="Faithful rebuild of the seed document (Birmingham DHR BDHR/2013-14/02): joint and agency plans.",
)
