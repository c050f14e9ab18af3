"""What a language's danger patterns say (``LanguagePatterns``) and the pieces they share.

One module per language in ``assistant/safety/languages/``: a language is added in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguagePatterns:
    """The patterns of one language (regular expressions, matched case-insensitively).

    - ``outright``: say danger outright, current by themselves ("in danger", "threatens to kill");
    - ``harm`` + ``now``: a harm word and a word that makes it current ("beaten" ... "now");
    - ``current``: what places it in the present beyond doubt ("right now", "tonight", "in an hour",
      "I can hear"): counts as ``now``, and keeps a hypothetical or informational-looking question firing;
    - ``witness``: a described case (reported speech, the child with the asker: "she says", "told me"):
      keeps an informational-looking question firing, but is not ``now``;
    - ``not_now``: not a child at risk now (past or closed case, training, adult victim, already safe);
    - ``cond``: hypothetical or suspected ("if", "suspect", "ever") when before the signal;
    - ``ask`` + ``topic``: an informational question (a question word or request at the start of a
      sentence, or a "?", and a word about indicators, definitions, law, penalties or procedures);
    - ``words``: the language's commonest small words ("|"-separated), to guess which languages a question
      may be in when none is given.
    """

    outright: tuple[str, ...]
    harm: tuple[str, ...]
    now: tuple[str, ...]
    current: tuple[str, ...]
    witness: tuple[str, ...]
    not_now: tuple[str, ...]
    cond: tuple[str, ...]
    ask: tuple[str, ...]
    topic: tuple[str, ...]
    words: str = ""


# Apostrophes in Ukrainian ("б'є", "уб'ю") come in several code points.
AP = "['’ʼ`]"
# Up to three words between a verb and its object ("threatened the girl's mother to kill").
W3 = r"(\w+,? ){0,3}"
