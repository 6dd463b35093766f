"""Write samples/report.truth.json, the truth for ``actionplan report`` on the samples, from the
hand-judged data in report_truth.py (see its docstring for the definitions).

    .venv/bin/python samples/build/build_report_truth.py

Every key report_truth.py names is checked against the samples' expected files: the
born-digital samples' ``samples/*.expected.json`` (each record's plan_title, section, rec_id and
case_ref) and, for the structure samples, ``samples/structure/*.truth.json`` (each record's id,
by mechanism; the plan titles come from ``STRUCTURE_PLANS``). An unknown key, an unknown theme
or a recurring group inside one review stops the build; a distinct recommendation with no
``THEMES`` entry is warned about.

``recurring_made`` is not hand-judged: it is read from the ``alike`` tags the sample builder put
on the recommendations it wrote alike (every ``Rec`` of every document in
``build_samples.DOCUMENTS``). Each family must name converted records from at least two reviews
and lie inside one ``ALIKE`` group.

``themes_taxonomy`` and ``themes_by_plan_taxonomy`` are the theme counts the shipped taxonomy
(``actionplan/themes.toml``) gives on the recommendation texts the builder rendered (each
born-digital sample's expected JSON): what the report must count on those plans once it has read
them back from the PDFs. How well the taxonomy agrees with the hand labels (``themes``) is a
separate measure (bench/report.py).

Output::

    {"recurring": [[[plan_title, section, rec_id], ...], ...],   # sorted groups, sorted members
     "recurring_made": [[[plan_title, section, rec_id], ...], ...],  # the builder's, same form
     "themes": {theme: recommendations},                         # over distinct recommendations
     "themes_by_plan": {plan_title: {theme: recommendations}},   # nonzero counts only
     "themes_taxonomy": {theme: recommendations},                 # born-digital samples
     "themes_by_plan_taxonomy": {plan_title: {theme: recommendations}}}
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report_truth as truth

SAMPLES = Path(__file__).resolve().parent.parent
OUT = SAMPLES / "report.truth.json"

Key = tuple[str, str, str]


def case_records() -> dict[Key, str]:
    """The born-digital samples' distinct recommendations: key -> case_ref."""
    known: dict[Key, str] = {}
    for path in sorted(SAMPLES.glob("*.expected.json")):
        for rec in json.loads(path.read_text(encoding="utf-8"))["recommendations"]:
            key = (rec["plan_title"], rec.get("section", ""), rec["rec_id"])
            known[key] = rec.get("case_ref", "")
    return known


def structure_ids() -> dict[str, set[str]]:
    """The structure samples' record ids by mechanism (a document's stem less its renderer)."""
    ids: dict[str, set[str]] = {}
    for path in sorted((SAMPLES / "structure").glob("*.truth.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        ids.setdefault(doc["mechanism"], set()).update(r["id"] for r in doc["records"])
    return ids


def made_families() -> dict[str, list[Key]]:
    """The families the sample builder wrote alike: ``alike`` tag -> member keys."""
    from build_samples import DOCUMENTS  # renderers' libraries: needed for this only

    families: dict[str, list[Key]] = {}
    for doc in DOCUMENTS:
        for plan in doc.plans:
            for rec in plan.recs:
                if rec.alike:
                    key = (plan.title, rec.section, rec.rec_id)
                    families.setdefault(rec.alike, []).append(key)
    return families


def taxonomy_counts() -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Theme counts of the shipped taxonomy over the born-digital samples' rendered texts:
    in total, and per plan (nonzero counts, in the taxonomy's order)."""
    from actionplan.normalise.themes import compile_taxonomy, themes_of
    from actionplan.taxonomy import load_taxonomy

    themes = compile_taxonomy(load_taxonomy())
    order = [t.name for t in themes]
    totals: Counter[str] = Counter()
    by_plan: dict[str, Counter[str]] = {}
    for path in sorted(SAMPLES.glob("*.expected.json")):
        for rec in json.loads(path.read_text(encoding="utf-8"))["recommendations"]:
            found = themes_of(rec["recommendation"], themes)
            totals.update(found)
            by_plan.setdefault(rec["plan_title"], Counter()).update(found)

    def ordered(counts: Counter[str]) -> dict[str, int]:
        return {name: counts[name] for name in order if counts[name]}

    return ordered(totals), {t: ordered(c) for t, c in sorted(by_plan.items()) if +c}


def main() -> None:
    cases = case_records()
    structure = structure_ids()
    errors: list[str] = []
    warnings: list[str] = []

    def review(key: Key) -> str:
        """The review a recommendation belongs to (see report_truth's docstring)."""
        title = key[0]
        if title in truth.STRUCTURE_PLANS:
            return "structure:" + truth.STRUCTURE_PLANS[title]
        return cases[key] or "plan:" + title

    for title, stem in truth.STRUCTURE_PLANS.items():
        if stem not in structure:
            errors.append(f"STRUCTURE_PLANS: no structure truth for {stem!r} ({title!r})")

    # every key names a converted record; every theme is a known theme, named once
    for key, themes in truth.THEMES.items():
        title, _section, rec_id = key
        if title in truth.STRUCTURE_PLANS:
            if rec_id not in structure.get(truth.STRUCTURE_PLANS[title], set()):
                errors.append(f"THEMES: no record {rec_id!r} in structure plan {key}")
        elif key not in cases:
            errors.append(f"THEMES: unknown recommendation {key}")
        for theme in themes:
            if theme not in truth.THEME_NAMES:
                errors.append(f"THEMES: unknown theme {theme!r} for {key}")
        if len(set(themes)) != len(themes):
            errors.append(f"THEMES: a theme named twice for {key}")

    # every distinct recommendation has an entry (an empty tuple when no theme applies)
    for key in cases:
        if key not in truth.THEMES:
            warnings.append(f"no THEMES entry for {key}")
    labelled = {
        (truth.STRUCTURE_PLANS[k[0]], k[2]) for k in truth.THEMES if k[0] in truth.STRUCTURE_PLANS
    }
    for stem, ids in sorted(structure.items()):
        for rec_id in sorted(ids - {s_id for s, s_id in labelled if s == stem}):
            warnings.append(f"no THEMES entry for structure record {stem} {rec_id!r}")

    # recurring groups: known members, at least two reviews, no member in two groups
    placed: Counter[Key] = Counter()
    for n, group in enumerate(truth.ALIKE, 1):
        if len(set(group)) < 2:
            errors.append(f"ALIKE group {n}: fewer than two members")
        for key in group:
            placed[key] += 1
            if key not in truth.THEMES:
                errors.append(f"ALIKE group {n}: {key} is not a THEMES key")
        known = [key for key in group if key in truth.THEMES]
        if len({review(key) for key in known}) < 2:
            errors.append(f"ALIKE group {n}: all members from one review")
    for key, times in placed.items():
        if times > 1:
            errors.append(f"ALIKE: {key} is in {times} groups")

    # the builder's families: converted records, two reviews or more, inside one ALIKE group
    made = made_families()
    for name, members in sorted(made.items()):
        unknown = [key for key in members if key not in cases]
        for key in unknown:
            errors.append(f"alike {name!r}: {key} is not a converted recommendation")
        if len(members) < 2 or len({review(key) for key in members if key in cases}) < 2:
            errors.append(f"alike {name!r}: fewer than two reviews")
        if not any(set(members) <= set(group) for group in truth.ALIKE):
            errors.append(f"alike {name!r}: its members are not all in one ALIKE group")

    for line in warnings:
        print("warning:", line, file=sys.stderr)
    if errors:
        for line in errors:
            print("error:", line, file=sys.stderr)
        sys.exit(f"{len(errors)} error(s): {OUT.name} not written")

    order = {name: i for i, name in enumerate(truth.THEME_NAMES)}
    totals: Counter[str] = Counter()
    by_plan: dict[str, Counter[str]] = {}
    for (title, _section, _rec_id), themes in truth.THEMES.items():
        totals.update(themes)
        by_plan.setdefault(title, Counter()).update(themes)

    def ordered(counts: Counter[str]) -> dict[str, int]:
        return {t: counts[t] for t in sorted(counts, key=order.__getitem__) if counts[t]}

    taxonomy_totals, taxonomy_by_plan = taxonomy_counts()
    result = {
        "recurring": sorted(sorted(list(key) for key in group) for group in truth.ALIKE),
        "recurring_made": sorted(sorted(list(key) for key in group) for group in made.values()),
        "themes": ordered(totals),
        "themes_by_plan": {t: ordered(c) for t, c in sorted(by_plan.items()) if +c},
        "themes_taxonomy": taxonomy_totals,
        "themes_by_plan_taxonomy": taxonomy_by_plan,
    }
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{OUT.relative_to(SAMPLES.parent)}: {len(truth.THEMES)} recommendations, "
        f"{sum(1 for t in truth.THEMES.values() if t)} with a theme, "
        f"{len(result['recurring'])} recurring groups, "
        f"{len(result['recurring_made'])} made alike by the builder"
    )
    for theme, count in result["themes"].items():
        print(f"  {count:3d}  {theme}")


if __name__ == "__main__":
    main()
