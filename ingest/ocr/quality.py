"""Whether a PDF page's text layer can be trusted, or the page must be read from its image.

A scan carries no text layer, or the layer a scanner's own OCR left: a few stray letters on a full
page, or "words" of no language (a font whose codes map to the wrong letters, a bad OCR). Both are
told here, cheaply, from the layer alone: letters per square inch of the page, and the share of
its words that wordfreq knows in the document's language (in fi, sv or en when it is not known).
"""

from __future__ import annotations

import re

from assistant.documents import LANGUAGES

POINTS_PER_INCH = 72
MIN_LETTERS_PER_SQUARE_INCH = 0.5  # an A4 page (97 sq in) with under ~48 letters; body text has 20-30 a sq in
MIN_WORDS_TO_JUDGE = 20  # fewer words say too little about their language
MIN_KNOWN_WORDS = 0.4  # share of words wordfreq knows; measured on knowledge/ and the corpus: 0.75-0.98
_WORD = re.compile(r"[^\W\d_]{2,}")


def _known_share(words: list[str], language: str | None) -> float:
    from wordfreq import zipf_frequency  # imported on first use: its tables cost ~0.1 s

    best = 0.0
    for code in [language] if language in LANGUAGES else LANGUAGES:
        known = sum(1 for word in words if zipf_frequency(word.lower(), code) > 0)
        best = max(best, known / len(words))
    return best


def layer_problem(text: str, width_pt: float, height_pt: float, language: str | None = None) -> str | None:
    """Why a page's text layer is not to be trusted (None when it is): no text, too few letters for the
    page's area, or mostly non-words in ``language`` (in each of fi, sv, en when None)."""
    if not text.strip():
        return "no text layer"
    letters = sum(1 for ch in text if ch.isalpha())
    area = max(width_pt * height_pt / POINTS_PER_INCH ** 2, 1.0)
    if letters / area < MIN_LETTERS_PER_SQUARE_INCH:
        return f"a text layer of {letters} letters on the whole page"
    words = _WORD.findall(text)
    if len(words) >= MIN_WORDS_TO_JUDGE:
        share = _known_share(words, language)
        if share < MIN_KNOWN_WORDS:
            return f"a text layer of mostly non-words ({share:.0%} are words)"
    return None
