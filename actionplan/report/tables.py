"""The data behind every figure of the report, each a DataFrame written as a CSV beside it."""

from __future__ import annotations

import pandas as pd

from actionplan.report.records import ReportData

STATUSES = ("complete", "ongoing", "not_started", "")
RAGS = ("Red", "Amber", "Green", "Blue", "")
UNKNOWN = "(not given)"


def overview(data: ReportData) -> pd.DataFrame:
    """The whole set in figures."""
    recs = data.records
    docs = data.documents
    printed = sum(len(h.versions) for h in data.histories)
    rows = [
        ("documents given", len(docs)),
        ("documents read", sum(d.status != "error" for d in docs)),
        ("documents that failed", sum(d.status == "error" for d in docs)),
        ("reviews", recs["review"].nunique()),
        ("plans", len(data.histories)),
        (
            "plans printed more than once (versions or copies)",
            sum(len(h.versions) > 1 for h in data.histories),
        ),
        ("plan versions read", printed),
        ("recommendations", len(recs)),
        ("complete", int((recs["status"] == "complete").sum())),
        ("with a target date", int((recs["target_date"] != "").sum())),
        (f"overdue as of {data.as_of.isoformat()}", int(recs["overdue"].fillna(False).sum())),
        ("recurring groups", len(data.groups)),
    ]
    return pd.DataFrame(rows, columns=["figure", "value"])


def counts(values: pd.Series, order: tuple[str, ...]) -> pd.DataFrame:
    """How many records have each value, in a fixed order, with their share."""
    total = len(values)
    found = values.value_counts()
    rows = [(v or UNKNOWN, int(found.get(v, 0))) for v in order]
    frame = pd.DataFrame(rows, columns=["value", "recommendations"])
    frame["share"] = (frame["recommendations"] / total).round(3) if total else 0.0
    return frame


def statuses(data: ReportData) -> pd.DataFrame:
    """Recommendations by status."""
    return counts(data.records["status"], STATUSES).rename(columns={"value": "status"})


def rags(data: ReportData) -> pd.DataFrame:
    """Recommendations by RAG rating."""
    return counts(data.records["rag"], RAGS).rename(columns={"value": "rag"})


def agencies(data: ReportData) -> pd.DataFrame:
    """Per agency across reviews: recommendations, complete, share complete, overdue; most
    recommendations first (agencies compared without regard to case)."""
    recs = data.records.assign(
        key=data.records["agency"].str.casefold(),
        done=data.records["status"] == "complete",
        late=data.records["overdue"].fillna(False).astype(bool),
    )
    grouped = recs.groupby("key", sort=False)
    frame = pd.DataFrame(
        {
            "agency": grouped["agency"].agg(lambda s: s.value_counts().index[0] or UNKNOWN),
            "reviews": grouped["review"].nunique(),
            "recommendations": grouped.size(),
            "complete": grouped["done"].sum().astype(int),
            "overdue": grouped["late"].sum().astype(int),
        }
    )
    frame["share_complete"] = (frame["complete"] / frame["recommendations"]).round(3)
    frame = frame[["agency", "reviews", "recommendations", "complete", "share_complete", "overdue"]]
    return frame.sort_values(
        ["recommendations", "agency"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def quarters(data: ReportData) -> pd.DataFrame:
    """Target dates by the quarter they fall in, with how many are complete and overdue."""
    recs = data.records[data.records["quarter"] != ""]
    recs = recs.assign(
        done=recs["status"] == "complete", late=recs["overdue"].fillna(False).astype(bool)
    )
    grouped = recs.groupby("quarter")
    frame = pd.DataFrame(
        {
            "recommendations": grouped.size(),
            "complete": grouped["done"].sum().astype(int),
            "overdue": grouped["late"].sum().astype(int),
        }
    )
    frame["not_complete"] = frame["recommendations"] - frame["complete"]
    return frame.sort_index().rename_axis("quarter").reset_index()


def recurring(data: ReportData) -> pd.DataFrame:
    """One row per member of each recurring group, largest groups first."""
    rows = []
    for number, group in enumerate(data.groups, start=1):
        for index in group.members:
            rec = data.records.iloc[index]
            rows.append(
                {
                    "group": number,
                    "members": len(group.members),
                    "reviews": group.reviews,
                    "mean_similarity": group.mean_similarity,
                    "review": rec["review"],
                    "plan_title": rec["plan_title"],
                    "section": rec["section"],
                    "rec_id": rec["rec_id"],
                    "recommendation": rec["recommendation"],
                    "agency": rec["agency"],
                    "source_file": rec["source_file"],
                    "page": rec["page"],
                }
            )
    columns = [
        "group", "members", "reviews", "mean_similarity", "review", "plan_title", "section",
        "rec_id", "recommendation", "agency", "source_file", "page",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def theme_lists(data: ReportData) -> pd.Series:
    """Each record's themes as a list."""
    return data.records["themes"].map(lambda t: t.split("; ") if t else [])


def themes(data: ReportData) -> pd.DataFrame:
    """Per theme: recommendations and reviews that have it, in the taxonomy's order."""
    lists = theme_lists(data)
    rows = []
    for name in [t.name for t in data.themes]:
        has = lists.map(lambda names, n=name: n in names)
        rows.append((name, int(has.sum()), int(data.records.loc[has, "review"].nunique())))
    return pd.DataFrame(rows, columns=["theme", "recommendations", "reviews"])


def themes_by_review(data: ReportData) -> pd.DataFrame:
    """Recommendations per theme (columns) in each review (rows)."""
    lists = theme_lists(data)
    frame = pd.DataFrame(
        {
            name: lists.map(lambda names, n=name: n in names).astype(int)
            for name in [t.name for t in data.themes]
        }
    )
    frame.insert(0, "review", data.records["review"])
    table = frame.groupby("review", sort=True).sum()
    table.insert(0, "recommendations", data.records.groupby("review").size())
    return table.reset_index()
