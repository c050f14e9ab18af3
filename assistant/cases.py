"""Training cases (``doc_type`` practice-record, knowledge/practice-records/) in the answer to a factual question.

A training case tells what professionals did ("the nurse notified the police the same day"), so it often
matches a question about the law or whom to call better than the law or the contact list does; but it is an
example, not the rule. A factual question that does not ask about a training case gets the guidance among its
passages first and the cases after it (the same passages, only their order changes). A question asks about one
when it says "training case" or "the case" in one of the asker languages, or names a case's child ("Ainon
tapauksessa", "I fallet med Sofia"): the name before the age in a case's title ("Training case 6: Sofia, 14, ...").
Situations have their own order (``retrieval.guidance_first``).

Every case has the same sections (``SECTIONS``: the situation, what was done, what went well, what went badly, the
lessons, the discussion questions), and a question about a case often says which one it asks about ("what went
wrong", "mitä olisi pitänyt tehdä toisin", "vad gjorde sköterskan", "the discussion questions of case 3"): the sections
of one case are so alike that the search puts its siblings first ("What went well" for "what did the nurse do").
``aspect_first`` puts the section asked about first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer import Passage
from assistant.documents import PRACTICE_RECORD, Chunk, last_heading

# "training case", "the/that case", "in the case of ..." by asker language (word starts; case-insensitive).
CASE_WORDS: dict[str, tuple[str, ...]] = {
    "fi": ("koulutustapau", "tapaukse", "tapausta", "esimerkkitapau"),
    "sv": ("utbildningsfall", "fallet", "övningsfall"),
    "en": ("training case", "the case", "that case", "this case", "case study"),
    "et": ("koolitusjuhtum", "juhtum"),
    "lv": ("mācību gadījum", "gadījum"),
    "lt": ("mokymų atvej", "atvej"),
    "pl": ("przypadku szkoleniow", "przypadek szkoleniow", "przypadku", "studium przypadku"),
    "de": ("trainingsfall", "fallbeispiel", "im fall", "dem fall", "diesem fall"),
    "da": ("træningscase", "casen", "sagen"),
    "nb": ("opplæringscase", "caset", "saken"),
    "uk": ("навчальн", "випадк", "випадок"),
    "ru": ("учебн", "случа"),
}
_CASE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for words in CASE_WORDS.values() for w in words) + ")",
                        re.IGNORECASE)
_CHILD = re.compile(r"(\w+), \d{1,2}\b")  # "Sofia, 14" in a case's title


def case_child(title: str) -> str | None:
    """The child a training case's title names before the age ("Training case 6: Sofia, 14, ..." -> "Sofia")."""
    found = _CHILD.search(title.split(":", 1)[-1])
    return found.group(1) if found and found.group(1)[:1].isupper() else None


def names_a_case(query: str, passages: list[Passage]) -> bool:
    """Whether ``query`` asks about a training case: by a word for one, or by the name of the child of a case
    among ``passages`` in any case form (its first letters: "Ainon", "Sofiju")."""
    if _CASE_WORD.search(query):
        return True
    for p in passages:
        if p.chunk.doc_type != PRACTICE_RECORD or not (child := case_child(p.chunk.title)):
            continue
        if _names(query, child):
            return True
    return False


def cases_last(passages: list[Passage], query: str) -> list[Passage]:
    """``passages`` with the training cases after the guidance, unless ``query`` asks about a case."""
    if names_a_case(query, passages):
        return passages
    return ([p for p in passages if p.chunk.doc_type != PRACTICE_RECORD]
            + [p for p in passages if p.chunk.doc_type == PRACTICE_RECORD])


# A case's sections by what they tell, with their headings in the documents' languages.
SECTIONS: dict[str, dict[str, str]] = {
    "done": {"en": "What was done", "fi": "Mitä tehtiin", "sv": "Vad som gjordes"},
    "well": {"en": "What went well", "fi": "Mikä onnistui", "sv": "Vad som gick bra"},
    "badly": {"en": "What went badly", "fi": "Mikä epäonnistui", "sv": "Vad som gick mindre bra"},
    "lessons": {"en": "Lessons", "fi": "Opetukset", "sv": "Lärdomar"},
    "discussion": {"en": "Discussion questions", "fi": "Keskustelukysymykset", "sv": "Diskussionsfrågor"},
}
# What asks for each, in every asker language (case-insensitive; word starts). Checked in this order: the discussion
# questions (asked by their name) first, what went badly before what went well ("nepavyko" holds "pavyko"), the lessons
# before what was done ("what should they have done").
_ASKS_ASPECT: dict[str, tuple[str, ...]] = {
    "discussion": (
        r"discussion questions?|questions? (for|to) discuss",
        r"keskustelukysymy|pohdintakysymy|kysymyksiä (keskusteltavaksi|pohdittavaksi)",
        r"diskussionsfråg|frågor (att|för att) diskutera",
        r"aruteluküsimus|küsimused aruteluks",
        r"diskusijas jautājum|jautājumi (diskusijai|pārrunām)",
        r"diskusijos klausim|aptarimo klausim|klausimai diskusijai",
        r"pytania do dyskusji|pytania dyskusyjne",
        r"diskussionsfrage|fragen zur diskussion",
        r"diskussionsspørgsmål|spørgsmål til diskussion",
        r"diskusjonsspørsmål|spørsmål til diskusjon",
        r"питання для обговорення|питання до обговорення",
        r"вопросы для обсуждения|вопросы к обсуждению",
    ),
    "badly": (
        r"went (badly|wrong)|go(es)? wrong|gone wrong|mistakes?\b|errors?\b|failed|failures?\b|was wrong|did \w+ wrong"
        r"|get wrong|got wrong",
        r"epäonnistu|meni pieleen|meni vikaan|virhe|väärin|tehtiin huonosti",
        r"gick (dåligt|fel|mindre bra)|misstag|gjorde fel|\bfel(en|et)?\b|brist",
        r"läks (valesti|halvasti|viltu)|\bviga|\bvead|\bvigu|valesti|eksis",
        r"nogāja greizi|kļūd|neizdevās|nepareizi",
        r"nepavyko|klaid|suklyd|blogai",
        r"poszło (źle|nie tak)|błęd|błąd|\bźle\b",
        r"lief (schlecht|schief|falsch)|ging schief|fehler|falsch|versäum",
        r"gik (galt|skidt|dårligt)|\bfejl|forkert",
        r"gikk (galt|dårlig)|\bfeil\b|\bgalt\b",
        r"пішло не так|помилк|неправильно|погано",
        r"пошло не так|ошибк|неправильно|плохо",
    ),
    "well": (
        r"went well|worked well|what worked|succeeded|did \w+ right|got right|good practice|done well",
        r"onnistu|meni hyvin|toimi hyvin|tehtiin hyvin|oikein",
        r"gick bra|fungerade bra|lyckades|gjorde rätt|\brätt\b",
        r"läks hästi|õnnestus|toimis hästi|õigesti",
        r"izdevās|gāja labi|labi izdarīja|pareizi",
        r"\bpavyko|sekėsi|gerai|teisingai",
        r"poszło dobrze|udało|dobrze|słusznie",
        r"lief gut|gut gelaufen|gelungen|gut gemacht|richtig gemacht|gut lief",
        r"gik godt|lykkedes|fungerede godt|gjorde rigtigt",
        r"gikk (bra|godt)|lyktes|fungerte|gjorde riktig",
        r"вдалося|пішло добре|добре|правильно",
        r"удалось|пошло хорошо|хорошо|правильно",
    ),
    "lessons": (
        r"lessons?\b|learn|teach|takeaway|should (\w+ )?have",
        r"opetu|opittava|\boppi|olisi pitänyt|olisi kannattanut|toisin",
        r"lärdom|lära (sig|oss|man)|borde (\w+ )?ha|annorlunda",
        r"õppetun|õpetus|õppida|oleks pidanud|teisiti",
        r"mācības\b|secinājum|vajadzēja|iemācī",
        r"pamok|išmok|turėjo|kitaip",
        r"lekcj|wniosk|nauczy|powinn|inaczej",
        r"lehre|lernen|erkenntnis|hätte|anders",
        r"lære|læring|burde|anderledes",
        r"lærdom|lære|burde|annerledes",
        r"урок|висновк|мали б|слід було|навчитися|інакше",
        r"урок|вывод|следовало|должны были|научиться|иначе",
    ),
    "done": (
        r"what (was|were) done|what did (the|she|he|they|her|his)\b|how did (the|she|he|they)\b|what (steps|action)",
        r"mitä (\w+ ){0,2}teki|mitä tehtiin|miten (\w+ ){0,2}toimi|mitä (\w+ ){0,2}tekivät",
        r"vad gjorde|vad som gjordes|vad gjordes|hur agerade|hur gjorde|hur handlade",
        r"mida (\w+ ){0,2}tegi|mis tehti|kuidas (\w+ ){0,2}tegutse",
        r"ko (\w+ ){0,2}(iz)?darīja|kas tika (iz)?darīts",
        r"ką (\w+ ){0,2}(pa)?darė|kas buvo padaryta",
        r"co (\w+ ){0,2}(z)?robił|co zrobiono|jak postąpił",
        r"was (hat|haben|wurde|tat)\b|wie (hat|haben) .{0,30}gehandelt",
        r"hvad gjorde|hvad blev gjort|hvordan handlede",
        r"hva gjorde|hva ble gjort|hvordan handlet",
        r"що (\w+ ){0,2}(з)?робил|що було зроблено|як (\w+ ){0,2}діял",
        r"что (\w+ ){0,2}(с)?делал|что было сделано|как (\w+ ){0,2}действовал",
    ),
}
_ASPECT_RE = {aspect: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
              for aspect, patterns in _ASKS_ASPECT.items()}


def asked_aspect(query: str, child: str | None = None) -> str | None:
    """Which section of a training case ``query`` asks about (a key of ``SECTIONS``), or None. What the case's
    ``child`` did ("What did Eetu do to pay the debt?", "Co robił Eetu ...?") is the situation, not what was done about
    it: the child's name within the words asking or the two after them."""
    for aspect, pattern in _ASPECT_RE.items():
        found = pattern.search(query)
        if found is None:
            continue
        asking = " ".join([found.group(0), *query[found.end():].split()[:2]])
        if not (aspect == "done" and child and _names(asking, child)):
            return aspect
    return None


def _names(text: str, child: str) -> bool:
    """Whether ``text`` names ``child`` in any case form (its first letters: "Ainon", "Sofiju")."""
    stem = child if len(child) <= 4 else child[:-1]
    return any(word.startswith(stem) for word in re.findall(r"\w+", text))


def aspect_first(passages: list[Passage], query: str, section_of: Callable[[str, str], Chunk | None]) -> list[Passage]:
    """``passages`` with the section of the training case asked about first, when ``query`` asks about a case and
    names which section (``asked_aspect``): the case is the best-ranked one among ``passages``, the section its
    version's (found among ``passages``, else ``section_of(source, heading)``); the others follow in their order."""
    case = next((p for p in passages if p.chunk.doc_type == PRACTICE_RECORD), None)
    if case is None or not names_a_case(query, passages):
        return passages
    aspect = asked_aspect(query, case_child(case.chunk.title))
    if aspect is None:
        return passages
    heading = SECTIONS[aspect].get(case.chunk.language)
    found = next((p for p in passages if p.chunk.source == case.chunk.source
                  and last_heading(p.chunk.locator) == heading), None)
    if found is None:
        chunk = section_of(case.chunk.source, heading) if heading else None
        if chunk is None:
            return passages
        found = Passage(chunk=chunk, score=case.score, dense=None, keyword=None)
    return [found] + [p for p in passages if p is not found][:len(passages) - 1]
