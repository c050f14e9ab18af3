"""A question that asks for a specific fact (a count, a year's figure, an amount of money, a dose) and
sentences that do or do not carry one.

Near-topic questions that the sources cannot answer ask for exactly such a fact ("How many children
were identified as victims last year?", "Paljonko edustajalle maksetaan tunnilta?"): every word of
the question occurs in the documents, so the evidence signals of ``assistant/refusal.py`` let them
through, and the answer would quote neighbouring sentences as if they answered. The refusal policy
asks this module, after the draft, whether any chosen sentence carries the kind of fact asked for;
the extractive answerer asks it to prefer sentences that do.

The patterns are per language (fi, sv, en) and deliberately narrow: "how long" is not here, because
durations are answered in words ("without delay", "viipymättä") as often as in numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

FactKind = Literal["count", "share", "amount", "dose", "year"]

_ASKS: dict[FactKind, str] = {
    "count": r"\bhow many\b|\bnumber of (?:children|victims|cases|notifications|people|minors|pupils|reports)\b"
             r"|\bstatistic|\bkuinka (?:monta|moni)\b|\bmontako\b|\bmonessako\b|\btilasto\w*|\blukumäär\w*"
             r"|\bhur många\b|\bantalet\b|\bstatistik\w*",
    "share": r"\bpercentage\b|\bper ?cent\b|\bproportion of\b|\bshare of\b|\bwhat fraction\b"
             r"|\bkuinka suuri osa\b|\bprosent\w*|\bosuus\w*|\bhur stor andel\b|\bandelen\b|\bprocent\w*",
    "amount": r"\bhow much (?:is|does|do|money|are|will|would|can|may)\b|\bcost\w*\b|\bfees?\b|\beuros?\b|€|\bprice\b"
              r"|\bsalary\b|\bpaid per\b|\ballowance amount\b"
              r"|\bpaljonko\b|\bkuinka paljon (?:maksa|rahaa|on|saa)\w*|\bmaksaa\b|\beuro(?:a|ina|lla|n)?\b|\bhinta\w*"
              r"|\bpalkkio\w*"
              r"|\bhur mycket (?:kostar|får|är|betala)\w*|\bkostar\b|\bavgift\w*|\bpris(?:et)?\b|\barvode\w*",
    "dose": r"\bdoses?\b|\bdosage\b|\bmilligram\w*|\bmg\b|\bannos\w*|\bannost\w*|\bdos\b|\bdosen\b|\bdosering\w*",
    "year": r"\b(?:in|during|since) (?:19|20)\d\d\b|\blast year\b|\bthis year\b|\bvuonna (?:19|20)\d\d\b"
            r"|\bviime vuonna\b|\btänä vuonna\b|\bår (?:19|20)\d\d\b|\bi fjol\b|\bförra året\b|\bi år\b",
}
_ASKS_RE = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _ASKS.items()}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|hundred|" \
    r"thousand|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|sata|tuhat|" \
    r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|hundra|tusen"  # not "one", "en", "ett": articles and pronouns
# A number that counts or measures something; not a section, article, chapter or act number ("25 §",
# "Article 3", "act 1302/2014", "chapter 25").
_LAW_NUMBER = re.compile(r"(?:§|\b(?:article|artikla\w*|artikel\w*|section|subsection|paragraph|chapter|luku|luvun|"
                         r"kap\.?|act|lailla|lag|lakiin|directive|direktiiv\w*)\s*)\d+(?:\s*[a-z]\b)?(?:/\d{2,4})?"
                         r"|\d+(?:\s*[a-z])?\s*(?:§|luku|luvun|kap\b|mom\b\.?|momentin|momentti\w*|kohda\w*|kohta|/\d{2,4})", re.I)
# A date or a year says when, not how many ("in force 1.1.2020", "in 2022").
_WHEN = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b|\b(?:19|20)\d\d\b")
# Ordinals ("by the seventh working day") and bounds ("as few as possible", "at most") answer a "how many"
# as well as a number does.
_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ensimmäi\w*|toise\w*|kolmanne\w*|" \
    r"neljänne\w*|viidenne\w*|kuudenne\w*|seitsemänne\w*|kahdeksanne\w*|tredje|fjärde|femte|sjätte|sjunde|åttonde"
_BOUNDS = r"as (?:few|little|limited|short) as possible|at (?:least|most)|no (?:more|fewer|less) than|" \
    r"mahdollisimman (?:vähä|harva|lyhy)\w*|vähintään|enintään|korkeintaan|så (?:få|lite|begränsa\w*|kort)\w* som möjligt|" \
    r"minst|högst|inte fler än"
_COUNT = re.compile(rf"\b\d[\d\s.,]*\b|\b(?:{_NUMBER_WORDS}|{_ORDINALS})\b|\b(?:{_BOUNDS})\b", re.IGNORECASE)
_MONEY = re.compile(r"\d[\d\s.,]*\s*(?:€|euro\w*|eur\b|kr\b|kronor)|€\s*\d", re.IGNORECASE)
# "Free of charge" answers what something costs, not how much is paid to someone.
_FREE = re.compile(r"\bfree of charge\b|\bmaksu(?:ton|tta)\w*|\bkostnadsfri\w*|\bavgiftsfri\w*|\bno (?:fee|charge)\b",
                   re.IGNORECASE)
_ASKS_COST = re.compile(r"\bcost\w*|\bfees?\b|\bprice\b|\bcharge\w*|\bhow much (?:is|does) it\b|\bmaksaa\b|\bmaksu\w*"
                        r"|\bhinta\w*|\bkostar\b|\bavgift\w*|\bpris(?:et)?\b", re.IGNORECASE)
# A share: a percentage or a fraction ("40 %", "a third of", "puolet", "var tredje").
_SHARE = re.compile(r"\d\s*%|\b\d[\d.,]*\s*(?:per ?cent|percent|prosent\w*|procent)\b|\b(?:half|a third|a quarter|"
                    r"two thirds|puolet|kolmannes|neljännes|hälften|en tredjedel|en fjärdedel|var (?:tredje|fjärde|femte))\b",
                    re.IGNORECASE)
# A telephone number is no count ("112", "116 111", "+358 29 54 63 177").
_PHONE = re.compile(r"\+?\d{2,4}(?:[ -]\d{2,4}){2,}|\b112\b|\b116 ?111\b")
_DOSE = re.compile(r"\d[\d.,]*\s*(?:mg|ml|g|µg|mikrogramma\w*|milligramma\w*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FactAsked:
    kind: FactKind
    year: str | None = None  # the year the question names, if it names one
    cost: bool = False  # an amount asked as what something costs (then "free of charge" answers it)


def facts_asked(question: str) -> list[FactAsked]:
    """The kinds of specific fact ``question`` asks for (empty for most questions)."""
    asked = [FactAsked(kind, cost=kind == "amount" and bool(_ASKS_COST.search(question)))
             for kind, pattern in _ASKS_RE.items() if kind != "year" and pattern.search(question)]
    if _ASKS_RE["year"].search(question):
        named = _YEAR.search(question)
        asked.append(FactAsked("year", named.group(0) if named else None))
    return asked


def carries(sentence: str, fact: FactAsked) -> bool:
    """Whether ``sentence`` gives a fact of that kind (for a year, that year or, when none is named, some year)."""
    plain = _LAW_NUMBER.sub(" ", sentence)  # an act's number ("1294/2022") is no year's figure
    if fact.kind == "year":
        return fact.year in plain if fact.year else bool(_YEAR.search(plain))
    if fact.kind == "amount":
        return bool(_MONEY.search(sentence) or (fact.cost and _FREE.search(sentence)))
    if fact.kind == "dose":
        return bool(_DOSE.search(sentence))
    if fact.kind == "share":
        return bool(_SHARE.search(plain))
    return bool(_COUNT.search(_WHEN.sub(" ", _PHONE.sub(" ", plain))))


def missing_facts(question: str, sentences: list[str]) -> list[FactAsked]:
    """The facts ``question`` asks for that none of ``sentences`` carries."""
    return [fact for fact in facts_asked(question) if not any(carries(s, fact) for s in sentences)]
