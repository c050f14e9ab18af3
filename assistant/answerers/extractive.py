"""The default answerer: no LLM. It quotes the sentences of the passages that answer best.

Each sentence is scored by the rank of its passage, its word overlap with the question (stems
in fi, sv and en) and its position; the best are de-duplicated, kept in reading order and cited.
Questions that a source asks (discussion questions) are quoted only when nothing else is there.
Quotes stay in their original language; across languages the passage rank carries the choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.answer import Passage
from assistant.answerers.base import Answerer, Draft, DraftSentence
from assistant.specific_facts import carries, facts_asked
from assistant.text.sentences import split_sentences
from assistant.text.stemming import keyword_tokens, query_tokens

# Chosen on the dev eval (docs/EVALUATION.md): 6 sentences / 160 words / 4 per passage recall more key
# facts than 5 / 130 / 3 (dev 0.65 -> 0.71, corpus 0.55 -> 0.66) for about 25 more words per answer.
MAX_SENTENCES = 6
MAX_WORDS = 160
MAX_PER_PASSAGE = 4
PASSAGES_USED = 3
RANK_WEIGHT = [1.0, 0.75, 0.6, 0.5, 0.4, 0.35]
SOFT_MIN = 5  # shorter stems must match exactly ("laki", "barn" are parts of everything)
FACT_BONUS = 0.3  # a sentence that gives the kind of fact asked for (a number for "how many"...)


def _usable(sentence: str) -> bool:
    words = sentence.split()
    if len(words) < 4:
        return False
    return not re.fullmatch(r"[\W\d_]+", sentence)


def _is_question(sentence: str) -> bool:
    return sentence.rstrip(" )\"'»”").endswith("?")


def _matches(wanted: str, stems: set[str]) -> bool:
    """A question stem is in the sentence as such or as a part of a compound: "ilmoitus" in
    "lastensuojeluilmoitus", "hjälpsystem" in "hjälpsystemet" (Finnish and Swedish write compounds
    as one word, so exact stems miss them). Measured on both eval sets (docs/EVALUATION.md)."""
    if wanted in stems:
        return True
    if len(wanted) < SOFT_MIN:
        return False
    return any(len(stem) >= SOFT_MIN and (wanted in stem or stem in wanted) for stem in stems)


def _similar(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) > 0.8


class ExtractiveAnswerer(Answerer):
    name = "extractive"

    def generate(self, question: str, passages: list[Passage], language: str) -> Iterator[str | Draft]:
        yield self.answer(question, passages)

    def answer(self, question: str, passages: list[Passage]) -> Draft:
        wanted = set(query_tokens(question))
        asked = facts_asked(question)
        candidates = []
        for index, passage in enumerate(passages[:PASSAGES_USED]):
            weight = RANK_WEIGHT[min(index, len(RANK_WEIGHT) - 1)]
            sentences = [s for s in split_sentences(passage.chunk.text) if _usable(s)]
            for position, sentence in enumerate(sentences):
                stems = set(keyword_tokens(sentence, passage.chunk.language))
                overlap = sum(1 for w in wanted if _matches(w, stems)) / max(1, min(len(wanted), 8)) if wanted else 0.0
                score = weight * (0.35 + overlap) + 0.08 / (1 + position)
                if asked and any(carries(sentence, fact) for fact in asked):
                    score += weight * FACT_BONUS
                candidates.append((score, index, position, sentence, stems, passage.rank))
        # A question in a source (a training case's discussion questions, "Ask yourself: ...?") shares
        # the user's words but answers nothing: it is quoted only when the passages hold nothing else.
        statements = [c for c in candidates if not _is_question(c[3])]
        candidates = statements or candidates
        candidates.sort(key=lambda c: c[0], reverse=True)
        chosen: list[tuple[int, int, str, int]] = []
        kept_stems: list[set[str]] = []
        per_passage: dict[int, int] = {}
        words = 0
        for score, index, position, sentence, stems, rank in candidates:
            if len(chosen) >= MAX_SENTENCES:
                break
            n = len(sentence.split())
            if chosen and words + n > MAX_WORDS:
                continue
            if per_passage.get(index, 0) >= MAX_PER_PASSAGE or any(_similar(stems, k) for k in kept_stems):
                continue
            chosen.append((index, position, sentence, rank))
            kept_stems.append(stems)
            per_passage[index] = per_passage.get(index, 0) + 1
            words += n
        chosen.sort(key=lambda c: (c[0], c[1]))  # reading order within and across passages
        sentences = [DraftSentence(text=s, ranks=[rank], quote={rank: s}) for _, _, s, rank in chosen]
        return Draft(sentences=sentences, no_answer=not sentences, verified=True, quoted=True)
