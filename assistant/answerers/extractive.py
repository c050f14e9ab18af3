"""The default answerer: no LLM. It quotes the sentences of the passages that answer best.

Each sentence is scored by the rank of its passage, its word overlap with the question (stems
in fi, sv and en) and its position; the best are de-duplicated, kept in reading order and cited.
Questions that a source asks (discussion questions) are quoted only when nothing else is there.
Quotes stay in their original language; across languages the passage rank, the sentences' meaning
and the question's glossary terms as the passage words them carry the choice.

A question that asks what to do in a situation (``assistant/situations.py``) is answered from more
passages, one or two sentences from each, in the guide's own order (the steps as the guide numbers
them); a training case's sentence comes last and is marked as an example.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from assistant.answer import Passage
from assistant.documents import PRACTICE_RECORD, last_heading
from assistant.answerers.base import Answerer, Draft, DraftSentence
from assistant.situations import asks_what_to_do, is_step, step_action
from assistant.specific_facts import carries, facts_asked
from assistant.text.actions import is_duty, is_imperative
from assistant.text.glossary import default_glossary
from assistant.text.lists import list_around
from assistant.text.sentences import says_the_same, split_sentences
from assistant.text.stemming import keyword_tokens, query_tokens
from assistant.times_asked import asks_time, gives_time

# Chosen on the dev eval (docs/evaluation/qa-history.md): 6 sentences / 160 words / 4 per passage recall more key
# facts than 5 / 130 / 3 (dev 0.65 -> 0.71, corpus 0.55 -> 0.66) for about 25 more words per answer;
# 8 / 210 more than 6 / 160 (dev, the 84 answerable questions before issue 14: 0.734 -> 0.770), because
# the first three passages hold ~90% of the key facts and word overlap alone picks ~70%. Scoring the
# sentences with the embedding model instead was not affordable: 0.8-1.1 s for 5-15 sentences on the
# 2-core Intel Xeon (AMX, AVX-512 BF16) that measured it, against 0.5 s for the whole answer.
MAX_SENTENCES = 8
MAX_WORDS = 210
MAX_PER_PASSAGE = 4
PASSAGES_USED = 3
RANK_WEIGHT = [1.0, 0.75, 0.6, 0.5, 0.4, 0.35]
SOFT_MIN = 5  # shorter stems must match exactly ("laki", "barn" are parts of everything)
FACT_BONUS = 0.3  # a sentence that gives the kind of fact asked for (a number for "how many"...)
# A sentence that gives a time ("no longer than 12 hours", "without delay", "by 15 July 2026"), for a question that asks
# how long, how soon or by when (``assistant/times_asked.py``). Against none, on the dev sets: 0.3 and 0.5 raised key facts
# on dev 0.829 -> 0.837 (each), dev-baltic 0.748 -> 0.754 / 0.759, the corpus set 0.833 -> 0.833 / 0.846 (a section with
# four sentences more on the same restriction); one two-part question lost its other half; no other question changed
# on seven dev sets.
TIME_BONUS = 0.5
# A sentence's cosine similarity to the question (``Passage.sentences``, from ``assistant/store/sentences.py``), times
# this, adds to a factual answer's score: word overlap is blind across languages (a Latvian question, an English
# passage) and to other words for one thing. Weights 0.5 / 1.0 / 2.0, dev-baltic key facts 0.604 -> 0.654 / 0.676 /
# 0.650; dev 0.760 -> 0.760 at 1.0; corpus 0.804 -> 0.833. For situations it lowered dev-baltic's steps covered
# (0.656 -> 0.603 at 1.0): a step is chosen for what it tells to do, not for how like the story it is.
SENTENCE_WEIGHT = 1.0
# In a passage in another language than the question's, the question's terms count in that language's wording
# (``assistant/text/glossary.py``: "lapse ülekuulamine" is "interview with the child" in an English passage), except
# wordings more than this share of the candidate sentences hold ("child", "trafficking" in a guide on child
# trafficking): they tell no sentence from another and outweighed the sentences' meaning. Cross-lingual key facts,
# against none: every term dev 0.761 -> 0.694, dev-baltic 0.734 -> 0.748; at most 0.25 0.778 / 0.764 (dev-baltic-2
# 0.738 -> 0.738); 0.15 0.778 / 0.755 / 0.762, six questions up and none down; 0.10 0.761 / 0.748 / 0.750; 0.05 none
# changed (thirty-sixth session). Counting a matched term as one word (not each of its wordings' stems) gained less (dev
# 0.761, dev-baltic-2 0.750). The blind heldout-crosslingual-36 0.788 -> 0.841; heldout-baltic-27 0.760 -> 0.719.
TERM_SHARE = 0.15
# Situations: passages quoted, sentences and words in all, sentences per passage, example sentences.
# 16 sentences / 450 words with two sentences per step (below), against 12 / 330 with one: steps covered on the 195 dev
# situations 0.617 -> 0.671, on the blind heldout-situations-25 0.325 -> 0.406 and -21 0.487 -> 0.537, for about 90
# words more (docs/evaluation/qa-history.md, "Room for a step's advice").
SITUATION_PASSAGES = 12
SITUATION_SENTENCES = 16
SITUATION_WORDS = 450
SITUATION_POSITION = 0.25  # a guide's section says what to do first: its first sentences weigh more
CONTACT_BONUS = 0.3  # a sentence with a phone number: whom to contact
_PHONE = re.compile(r"\+?\d[\d ]{5,}\d")
SITUATION_PER_PASSAGE = 2
SITUATION_FIRST_PASSAGE = 3  # the best-matching passage may say more
SITUATION_EXAMPLES = 1
# Sentences quoted of one step of a step-by-step guide: its advice beside its duty ("Ask as little as possible
# yourself", "Do not promise to keep the child's story secret"). Within 12 sentences / 330 words, 3 raised the 195 dev
# situations' steps covered (0.611 -> 0.624) but lowered the blind sets (heldout-situations-24 0.498 -> 0.488, -21 0.496
# -> 0.476), and 2 alone gave 0.626: the room bound, not the limit per step ("The story's own guide in a situation's
# answer", "Room for a step's advice").
STEP_SENTENCES = 2
# A sentence that tells what to do (``assistant/text/actions.py``) is a step: an imperative, or a step's own contact
# ("call the advice line at ..."), more than a duty ("the institution must ..."). Dev situations, steps covered:
# no bonus 0.519; 0.3 for both 0.587; imperative 0.4 / duty 0.2 0.618; 0.5 / 0.3 0.632; 0.7 / 0.4 0.616.
ACTION_BONUS = 0.5
DUTY_BONUS = 0.3


# A document's own list of sources inside a section ("Sources: ...", "Källor: https://...") answers nothing.
_SOURCE_LINE = re.compile(r"^\W*(?:sources?|lähteet|lähde|källor|källa|references?)\s*:|https?://", re.IGNORECASE)


def _usable(sentence: str) -> bool:
    words = sentence.split()
    if len(words) < 4 or _SOURCE_LINE.search(sentence):
        return False
    return not re.fullmatch(r"[\W\d_]+", sentence)


def _is_question(sentence: str) -> bool:
    return sentence.rstrip(" )\"'»”").endswith("?")


# A document that says what it is ("This guide describes ...", "Tämä opas tiivistää ...", "Denna guide beskriver ..."):
# it names the topic a question shares and answers nothing of it.
_DESCRIBES_ITSELF = re.compile(r"^(?:this (?:guide|document)|tämä (?:opas|asiakirja)|denna (?:guide|handledning)|"
                               r"den här (?:guiden|handledningen)|detta dokument) \w+", re.IGNORECASE)


def _terms_worded_in(question: str, language: str | None, sentences: list[list[tuple[str, set[str]]]],
                     passages: list[Passage]) -> dict[str, set[str]]:
    """For each language of ``passages`` other than the question's: the stems of the question's glossary terms as
    worded in it, without those that more than ``TERM_SHARE`` of the ``sentences`` (per passage: text and stems) hold."""
    others = {p.chunk.language for p in passages} - {language}
    glossary = default_glossary()
    if not language or not others or glossary is None:
        return {}
    terms = glossary.terms_in(question, language)
    stems = [st for per_passage in sentences for _, st in per_passage]
    worded: dict[str, set[str]] = {}
    for other in others:
        wanted = {w for term in terms for wording in term.wordings.get(other, ())
                  for w in keyword_tokens(wording, other)}
        worded[other] = {w for w in wanted if sum(1 for st in stems if w in st) <= TERM_SHARE * len(stems)}
    return worded


def _matches(wanted: str, stems: set[str]) -> bool:
    """A question stem is in the sentence as such or as a part of a compound: "ilmoitus" in
    "lastensuojeluilmoitus", "hjälpsystem" in "hjälpsystemet" (Finnish and Swedish write compounds
    as one word, so exact stems miss them). Measured on both eval sets (docs/evaluation/qa-history.md)."""
    if wanted in stems:
        return True
    if len(wanted) < SOFT_MIN:
        return False
    return any(len(stem) >= SOFT_MIN and (wanted in stem or stem in wanted) for stem in stems)


LIST_WORDS = 80  # words a list may add beyond SITUATION_WORDS (150: steps covered 0.637 against 0.632)


def _sentence(by_place: dict, passage: int, position: int) -> str | None:
    found = by_place.get((passage, position))
    return found[3] if found else None


def _with_lists(chosen: list[tuple], candidates: list[tuple], max_words: int) -> list[tuple]:
    """A list is quoted whole (``assistant/text/lists.py``): a chosen sentence that opens a list ("Good practice ... is
    to:") brings its items, and a chosen item brings the sentence that opens its list, while the words allow."""
    by_place = {(c[1], c[2]): c for c in candidates}
    have = {(c[1], c[2]) for c in chosen}
    words = sum(len(c[3].split()) for c in chosen)
    added = []
    for c in chosen:
        for position in list_around(partial(_sentence, by_place, c[1]), c[2]) or []:
            g = by_place[(c[1], position)]
            if (g[1], g[2]) in have:
                continue
            n = len(g[3].split())
            if words + n > max_words:
                break
            have.add((g[1], g[2]))
            added.append(g)
            words += n
    return chosen + added


def _tells_what_to_do(sentence: str, passage: Passage) -> bool:
    """Whether ``sentence`` (of ``passage``) tells what to do: an imperative, a duty or a contact's number."""
    language = passage.chunk.language
    return is_imperative(sentence, language) or is_duty(sentence, language) or bool(_PHONE.search(sentence))


def _one_step_once(chosen: list[tuple], guidance: list[Passage], actions: list[str | None]) -> list[tuple]:
    """``chosen`` (in reading order) with another guide's step that says what a step of the guide whose steps are given
    says (both guides' "Step 2: Make a child welfare notification without delay") moved to follow that step: one step,
    its sentences from both guides, under one heading. ``actions``: each passage's step action (None: no step). The
    guide whose steps are given is the one with the most steps among ``guidance``."""
    counts: dict[str, int] = {}
    for p, step in zip(guidance, actions):
        if step is not None:
            counts[p.chunk.source] = counts.get(p.chunk.source, 0) + 1
    if len(counts) < 2:
        return chosen
    given = max(counts, key=lambda source: counts[source])
    anchors = {actions[c[1]] for c in chosen if guidance[c[1]].chunk.source == given} - {None}
    moving = [c for c in chosen if guidance[c[1]].chunk.source != given and actions[c[1]] in anchors]
    ordered = [c for c in chosen if c not in moving]
    for c in moving:
        at = max(i for i, d in enumerate(ordered)
                 if guidance[d[1]].chunk.source == given and actions[d[1]] == actions[c[1]])
        ordered.insert(at + 1, c)
    return ordered


def _not_a_step_again(candidates: list[tuple], guidance: list[Passage], actions: list[str | None]) -> list[tuple]:
    """``candidates`` without the sentences of other guidance that only say a step's heading again: the pocket guide's
    item "2. Make a child welfare notification without delay" above the step-by-step guide's "Step 2: Make a child
    welfare notification without delay", which heads its own sentences (74 of the 195 dev situations' answers quoted
    such a line twice)."""
    headings = [set(keyword_tokens(last_heading(p.chunk.locator), p.chunk.language))
                for p, step in zip(guidance, actions) if step is not None]
    return [c for c in candidates
            if actions[c[1]] is not None or not any(says_the_same(c[4], heading) for heading in headings)]


class ExtractiveAnswerer(Answerer):
    name = "extractive"

    def generate(self, question: str, passages: list[Passage], language: str) -> Iterator[str | Draft]:
        yield self.answer(question, passages, language)

    def answer(self, question: str, passages: list[Passage], language: str | None = None) -> Draft:
        if asks_what_to_do(question, language):  # the pipeline's test, so retrieval and answer agree
            return self.steps(question, passages)
        candidates = self._candidates(question, passages[:PASSAGES_USED], language=language)
        chosen = _with_lists(self._choose(candidates, MAX_SENTENCES, MAX_WORDS, MAX_PER_PASSAGE), candidates,
                             MAX_WORDS + LIST_WORDS)
        chosen.sort(key=lambda c: (c[1], c[2]))  # reading order within and across passages
        sentences = [DraftSentence(text=c[3], ranks=[c[5]], quote={c[5]: c[3]}) for c in chosen]
        return Draft(sentences=sentences, no_answer=not sentences, verified=True, quoted=True)

    def steps(self, question: str, passages: list[Passage]) -> Draft:
        """What to do in a situation: the best sentences of each guidance passage, every passage heard
        before any gives a second, in the documents' own order; then one training case's, as an example."""
        guidance = [p for p in passages if p.chunk.doc_type != PRACTICE_RECORD][:SITUATION_PASSAGES]
        cases = [p for p in passages if p.chunk.doc_type == PRACTICE_RECORD][:1]
        candidates = self._candidates(question, guidance, situation=True)
        # What each passage's step says to do (``situations.step_action``); None: the passage is no step.
        actions = [step_action(p.chunk.locator) if is_step(p.chunk.locator) else None for p in guidance]
        candidates = _not_a_step_again(candidates, guidance, actions)
        firsts = {}
        for c in sorted(candidates, key=lambda c: c[0], reverse=True):
            firsts.setdefault(c[1], c)
        # A step's second sentence is its advice: one that tells what to do, not what something is. The guidance on the
        # situation itself (a passage that is no step: the guide on a child missing from care, on an interpreter) gives
        # its second sentences before the steps give their advice, whose action bonus outscored them: key facts rose on
        # every dev and blind situation set (the blind heldout-situations-27 0.175 -> 0.200, heldout-baltic-situations
        # 0.417 -> 0.444), steps covered moved both ways (-27 0.361 -> 0.385, -21 0.544 -> 0.517; docs/evaluation/
        # qa-history.md, twenty-ninth session).
        seconds = [c for c in candidates if firsts.get(c[1]) is not c
                   and (actions[c[1]] is None or _tells_what_to_do(c[3], guidance[c[1]]))]
        seconds.sort(key=lambda c: (actions[c[1]] is not None, -c[0]))
        ordered = sorted(firsts.values(), key=lambda c: c[1]) + seconds
        # A guide's step gives its duty and its advice (``STEP_SENTENCES``); the guidance on the situation itself may
        # say more.
        limits = [STEP_SENTENCES if step is not None else SITUATION_FIRST_PASSAGE if i == 0
                  else SITUATION_PER_PASSAGE for i, step in enumerate(actions)]
        chosen = self._choose(ordered, SITUATION_SENTENCES, SITUATION_WORDS, limits, ranked=False)
        chosen = _with_lists(chosen, candidates, SITUATION_WORDS + LIST_WORDS)
        # The documents in the order their best passage ranks; within one, the document's own order.
        first_rank: dict[str, int] = {}
        for c in sorted(chosen, key=lambda c: c[1]):
            first_rank.setdefault(guidance[c[1]].chunk.source, c[1])
        chosen.sort(key=lambda c: (first_rank[guidance[c[1]].chunk.source], guidance[c[1]].chunk.ordinal, c[2]))
        chosen = _one_step_once(chosen, guidance, actions)
        # A step's first sentence comes with the step's heading: its action is often there alone ("Step 3: Report the
        # suspicion to the police", then the statute that requires it). A step said once already (another guide's same
        # step, ``_one_step_once``) is not headed again.
        labelled: set[str] = set()
        sentences = []
        for c in chosen:
            step = actions[c[1]]
            label = last_heading(guidance[c[1]].chunk.locator) if step is not None and step not in labelled else ""
            if step is not None:
                labelled.add(step)
            sentences.append(DraftSentence(text=c[3], ranks=[c[5]], quote={c[5]: c[3]}, label=label))
        statements = [c for c in self._candidates(question, cases) if not _is_question(c[3])]
        examples = self._choose(statements, SITUATION_EXAMPLES, MAX_WORDS, 1)
        sentences += [DraftSentence(text=c[3], ranks=[c[5]], quote={c[5]: c[3]}, example=True) for c in examples]
        return Draft(sentences=sentences, no_answer=not sentences, verified=True, quoted=True)

    def _candidates(self, question: str, passages: list[Passage], situation: bool = False,
                    language: str | None = None) -> list[tuple]:
        """(score, passage index, position, sentence, tokens, passage rank) for each usable sentence.

        In a passage in another language than the question's, only the question's words that are no
        numbers count: its words do not occur there, so a year the question names ("the 2024 amendment")
        would alone decide which sentences are quoted; its glossary terms count in the passage's wording
        (``TERM_SHARE``)."""
        wanted = set(query_tokens(question))
        wordy = {w for w in wanted if not w.isdigit()}
        asked = facts_asked(question, language)
        timed = asks_time(question, language)
        # Meaning counts only where every passage's sentences have it: one passage without would lose to the rest.
        meaning = not situation and all(p.sentences is not None for p in passages)
        sentences = [[(s, set(keyword_tokens(s, p.chunk.language))) for s in split_sentences(p.chunk.text) if _usable(s)]
                     for p in passages]
        translated = _terms_worded_in(question, language, sentences, passages)
        candidates = []
        for index, passage in enumerate(passages):
            weight = RANK_WEIGHT[min(index, len(RANK_WEIGHT) - 1)]
            looked_for = wanted
            if language and passage.chunk.language != language:
                looked_for = wordy | translated.get(passage.chunk.language, set())
            step = is_step(passage.chunk.locator)
            for position, (sentence, stems) in enumerate(sentences[index]):
                overlap = sum(1 for w in looked_for if _matches(w, stems)) / max(1, min(len(wanted), 8)) if wanted else 0.0
                score = weight * (0.35 + overlap) + 0.08 / (1 + position)
                if situation:
                    score = 0.35 + overlap + SITUATION_POSITION / (1 + position) \
                        + ((ACTION_BONUS if step else CONTACT_BONUS) if _PHONE.search(sentence) else 0.0) \
                        + (ACTION_BONUS if is_imperative(sentence, passage.chunk.language) else
                           DUTY_BONUS if is_duty(sentence, passage.chunk.language) else 0.0)
                if asked and any(carries(sentence, fact) for fact in asked):
                    score += weight * FACT_BONUS
                if timed and gives_time(sentence):
                    score += weight * TIME_BONUS
                if meaning:
                    score += SENTENCE_WEIGHT * passage.sentences.get(sentence, 0.0)
                candidates.append((score, index, position, sentence, stems, passage.rank))
        # A question in a source (a training case's discussion questions, "Ask yourself: ...?") and a document's
        # description of itself ("This guide describes ...") share the user's words but answer nothing: they are
        # quoted only when the passages hold nothing else.
        statements = [c for c in candidates if not _is_question(c[3]) and not _DESCRIBES_ITSELF.match(c[3])]
        return statements or candidates

    @staticmethod
    def _choose(candidates: list[tuple], most: int, max_words: int, per_passage: int | list[int],
                ranked: bool = True) -> list[tuple]:
        """The best candidates (by score, or in the given order when not ``ranked``) within the limits
        (sentences per passage: one limit, or one per passage), without near-duplicates. A sentence longer than
        the whole room (a treaty's preamble is one sentence of 320 words) is quoted only when nothing else is."""
        if ranked:
            candidates = sorted(candidates, key=lambda c: c[0], reverse=True)
        fitting = [c for c in candidates if len(c[3].split()) <= max_words]
        if fitting:
            candidates = fitting
        chosen: list[tuple] = []
        per: dict[int, int] = {}
        words = 0
        for c in candidates:
            if len(chosen) >= most:
                break
            n = len(c[3].split())
            if chosen and words + n > max_words:
                continue
            limit = per_passage[c[1]] if isinstance(per_passage, list) else per_passage
            if per.get(c[1], 0) >= limit or any(says_the_same(c[4], k[4]) for k in chosen):
                continue
            chosen.append(c)
            per[c[1]] = per.get(c[1], 0) + 1
            words += n
        return chosen
