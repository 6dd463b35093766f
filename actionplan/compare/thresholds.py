"""Every threshold the comparisons use, stated in one place. Similarities are TF-IDF cosines
(:mod:`actionplan.compare.similarity`): 0 is no word in common, 1 the same words."""

TEXT_THRESHOLD = 0.5
"""diff: two recommendations of two versions without a shared number are the same one when
their texts are at least this alike."""
ID_MIN_SIMILARITY = 0.2
"""diff: below this, a shared rec_id pairs texts that have nothing in common (a renumbered
plan): the pair is left to the text stage."""
PLAN_OVERLAP = 0.5
"""diff: plans with neither title nor case reference in common are the same plan when at least
this share of the smaller one's recommendations match one of the other's by text."""
UPDATE_SAME = 0.9
"""diff: two progress updates of the same date are one when their texts are at least this alike
(difflib's ratio): a republished plan may retype an old update, or OCR misread a letter."""
SAME_REC_SIMILARITY = 0.8
"""report: a recommendation is printed again in another version of its plan when a
recommendation there is at least this alike."""
SAME_PLAN_SHARE = 0.5
"""report: two plans are versions of one plan when at least this share of the smaller one's
recommendations are printed again in the other (and their titles and case references agree)."""
TITLE_WORDS_SHARED = 0.6
"""report: titles of versions share at least this share of their words (Jaccard) when their
case references do not settle it."""
RECURRING_THRESHOLD = 0.5
"""report: two recommendations of different reviews recur when their texts are at least this
alike (the report's --similarity)."""
