"""Cross-lingual dense scores made comparable with same-language ones.

The embedding model scores a question against a passage in another language lower than against the
same passage in the question's language: on the dev set's answerable questions, the expected
section's fi, sv and en versions (the same facts) scored 0.07-0.13 lower across languages
(``python -m evals.language_pairs``, 2026-12-03, embeddinggemma-300m). So one refusal threshold judged a
Finnish question's best English passage more harshly than an English question's, and a passage in
the asker's language on a neighbouring topic outranked the right section in another language.

``calibrated`` adds the pair's measured offset to a cross-lingual score. Pairs not measured (a
language the knowledge base has no parallel versions in) get none. The offsets belong to the model:
measure them again when the embedding model changes.
"""

from __future__ import annotations

# (question language, passage language) -> same-language mean minus the pair's mean, dev set 2026-12-03.
LANGUAGE_PAIR_OFFSETS: dict[tuple[str, str], float] = {
    ("en", "fi"): 0.118, ("en", "sv"): 0.128,
    ("fi", "en"): 0.073, ("fi", "sv"): 0.083,
    ("sv", "en"): 0.100, ("sv", "fi"): 0.086,
}


# Asker language -> how much lower the model scores its questions against the fi/sv/en documents than fi, sv and
# en questions against them: the median, over five kinds of dev messages (factual, out-of-scope, situations, on-
# and off-subject stories), of the kind's fi/sv/en median best similarity less the language's
# (``python -m evals.language_pairs --askers``, 2026-12-05, embeddinggemma-300m; 6-24 messages per kind and language).
# Estonian, Latvian and Lithuanian questions score 0.14-0.17 lower, the others 0.04-0.07.
ASKER_LANGUAGE_OFFSETS: dict[str, float] = {
    "et": 0.160, "lv": 0.174, "lt": 0.143, "pl": 0.074, "de": 0.056, "da": 0.035, "nb": 0.059, "uk": 0.055,
    "ru": 0.052,
}

# The same, measured on what the retriever searches when the question has terms of the glossary: the question with
# their English wording appended (``assistant/text/glossary.py``; ``--askers`` measures it so while the
# ``query_expansion`` setting is on). Those terms bring Estonian, Latvian and Lithuanian within 0.05-0.09.
# Measure both again when the glossary or the model changes.
EXPANDED_ASKER_LANGUAGE_OFFSETS: dict[str, float] = {
    "et": 0.046, "lv": 0.090, "lt": 0.075, "pl": 0.070, "de": 0.039, "da": 0.027, "nb": 0.038, "uk": 0.046,
    "ru": 0.045,
}


def asker_offset(language: str, expanded: bool = False) -> float:
    """How much lower than a fi/sv/en question's a question in ``language`` scores (0 when not measured);
    ``expanded``: searched with its terms' English appended."""
    return (EXPANDED_ASKER_LANGUAGE_OFFSETS if expanded else ASKER_LANGUAGE_OFFSETS).get(language, 0.0)


def calibrated(score: float, asked: str | None, found: str) -> float:
    """``score`` of a passage in ``found`` for a question in ``asked``, on the same-language scale."""
    if not asked or asked == found:
        return score
    return score + LANGUAGE_PAIR_OFFSETS.get((asked, found), 0.0)
