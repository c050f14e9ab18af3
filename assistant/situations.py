"""Questions that describe a situation and ask what to do ("A pupil says ... What must I do?").

Such a question is answered from the guidance, not from the single closest passage: the steps of a
guide in their order, with their contacts, and a training case only as an example. This module
recognises the question; retrieval (``assistant/retrieval.py``) and the extractive answerer
(``assistant/answerers/extractive.py``) change how they choose for it.
"""

from __future__ import annotations

import re

from assistant.documents import last_heading

# "What do I do", "what should we do", "how should I act", "in what order": the request for steps. The
# situation itself (who, what happened) is free text before it and is not looked at here.
_ASKS_WHAT_TO_DO = {
    "en": r"\bwhat (?:do|should|must|can|shall|would|ought) (?:i|we|one|they|you|staff|he|she)\b(?:\s+\w+){0,3}\s+do\b"
          r"|\bwhat (?:is|are) (?:my|our|the) (?:next |first )?(?:steps?|duty|duties|obligations?)\b"
          r"|\bhow (?:do|should|must|can) (?:i|we|one|they|you|staff)\s+(?:act|proceed|respond|react|handle|go about)\b"
          r"|\bin what order\b|\bwhat (?:has|needs) to be done\b|\bwhat to do\b|\bwhat happens next\b",
    "fi": r"\bmitä (?:\w+ ){0,2}(?:pitää|pitäisi|tulee|tulisi|kuuluu|täytyy|voin|voimme|on) tehdä\b"
          r"|\bmitä (?:teen|teemme|minä teen|me teemme|nyt teen)\b|\bmitä tehdä\b"
          r"|\bmiten (?:\w+ ){0,2}(?:pitää|pitäisi|tulee|tulisi|kuuluu|täytyy) toimia\b|\bmiten (?:toimin|toimimme)\b"
          r"|\bmissä järjestyksessä\b|\bmitkä ovat (?:\w+ )?(?:ensimmäiset |seuraavat )?(?:askeleet|vaiheet)\b",
    "sv": r"\bvad (?:ska|skall|bör|måste|kan|borde) (?:jag|vi|man|de|hen|personalen)\b(?:\s+\w+){0,3}\s+göra\b"
          r"|\bhur (?:ska|skall|bör|måste|borde) (?:jag|vi|man|de|hen|personalen)\s+(?:gå till väga|agera|göra|handla|reagera)\b"
          r"|\bi vilken ordning\b|\bvilka (?:är )?(?:de )?(?:första |nästa )?steg(?:en)?\b|\bvad gör (?:jag|vi)\b",
}
_PATTERNS = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _ASKS_WHAT_TO_DO.items()}

# A described situation followed by a how/what question of the asker's own ("... forces him to work.
# How should I write down what he said?"): the asker wants to know how to act in it.
_OWN_HOW = {
    "en": r"^(?:how|what|who|whom|where)\b.*\b(?:i|we|my|our|me|us)\b",
    "fi": r"^(?:miten|mitä|kenelle|keneen|kuka|mihin|minne)\b.*\b(?:minun|meidän|minä|me|teen|teemme|voin|voimme|minulla|meillä|minulle|meille)\b",
    "sv": r"^(?:hur|vad|vem|vart|var|vilka)\b.*\b(?:jag|vi|mig|oss|min|vår|mitt|vårt)\b",
}
_OWN = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _OWN_HOW.items()}
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def asks_what_to_do(question: str, language: str | None = None) -> bool:
    """Whether ``question`` asks what to do (in ``language``, else in any of fi, sv, en): it says so
    ("what should I do"), or it describes a situation and then asks how the asker is to act in it."""
    languages = [language] if language in _PATTERNS else list(_PATTERNS)
    if any(_PATTERNS[lang].search(question) for lang in languages):
        return True
    sentences = [m.group().strip() for m in _SENTENCE.finditer(question) if m.group().strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return False
    described = [s for s in sentences[:-1] if not s.endswith("?") and len(s.split()) >= 4]
    return bool(described) and any(_OWN[lang].search(sentences[-1]) for lang in languages)


def asking_sentence(question: str) -> str:
    """The sentence that asks ("What must I do?"), without the situation before it; the whole question
    when it is one sentence. Embedded alone it finds procedural guidance (steps, first actions), which
    the situation's own words, close to the training cases' stories, do not."""
    sentences = [m.group().strip() for m in _SENTENCE.finditer(question) if m.group().strip()]
    asking = [s for s in sentences if s.endswith("?")]
    return asking[-1] if asking else question.strip()


_STEP = re.compile(r"^(?:step|steg|vaihe)\s*\d+\b|^\d+\.\s*(?:vaihe|steg|step)\b", re.IGNORECASE)


def is_step(locator: str) -> bool:
    """Whether a passage is one numbered step of a step-by-step guide ("Step 2: ...", "2. vaihe: ...")."""
    return bool(_STEP.match(last_heading(locator)))
