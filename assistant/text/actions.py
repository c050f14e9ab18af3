"""Whether a sentence of a document tells its reader what to do.

A situation ("what do I do when...") is answered with the guidance's steps. In the guides a step is an
imperative ("Record what the child said", "Soita 112", "Ring socialjouren", "Älä lupaa ...") or a duty
("the institution must search for the child", "anmälan ska göras", "lasta on etsittävä"), often an item of
a list that a sentence ending in a colon opens ("Good practice for recording a disclosure is to:"; its items are
``sentences.is_list_item``).
Documents are in Finnish, Swedish or English (knowledge/ and the corpus), so those three are known here;
a sentence in another language is never an action.

The imperatives are the verbs that open instructions in social, health and police guidance, not only
those of the documents shipped today; a sentence opening with one is an action whatever follows.
"""

from __future__ import annotations

import re

_IMPERATIVES = {
    "en": """make call record write note tell explain ask contact refer notify report keep ensure check use arrange
        meet listen let give consider document inform take stay avoid agree discuss assess provide prepare follow
        secure seek offer talk state quote protect describe answer share watch focus book find send do don't never
        always remember try stop remain speak show look support plan phone submit file include mark save store
        hand leave wait reassure believe thank apply request involve alert escort accompany photograph preserve
        interview begin start act respond get put place""",
    "sv": """gör ring anteckna dokumentera berätta förklara kontakta hänvisa anmäl skriv notera lova konfrontera fråga
        ta håll spara citera undvik använd boka träffa lyssna låt ge be säkerställ försäkra se uppge svara avsluta
        dela fokusera diskutera tänk kom lämna skicka informera stanna ordna sök erbjud tala prata visa lita stöd
        planera kontrollera kolla vänta tacka beskriv ange bedöm följ skydda begär ansök meddela underrätta
        utred bevara fotografera agera reagera involvera inled börja""",
    "fi": """tee soita kirjaa kerro varmista älä ohjaa tapaa merkitse käytä keskity säilytä jaa vastaa selitä kysy ota
        ilmoita kuuntele anna pidä huolehdi sovi pyydä tarkista kirjoita arvioi suojele odota lähetä seuraa varaa
        järjestä selvitä muista toimi kuvaa mainitse tallenna hae tue puhu näytä luota turvaa kiitä rauhoittele
        vie jätä hälytä valokuvaa dokumentoi informoi konsultoi aloita lopeta osoita laadi täytä""",
}
IMPERATIVES = {language: frozenset(words.split()) for language, words in _IMPERATIVES.items()}

# A duty or a prohibition: "must", "ska", "on tehtävä" / "on ilmoitettava", "ei saa".
_DUTY = {
    "en": r"\b(?:must|should|shall|need to|needs to|has to|have to|is required to|are required to|"
          r"(?:is|are) obliged to|obliges?|may not|is not allowed to)\b",
    "sv": r"\b(?:ska|skall|bör|måste|behöver|är skyldig[a]?|åligger|får inte|förpliktar)\b",
    "fi": r"\b(?:täytyy|pitää|tulee|tulisi|pitäisi|on velvollinen|ovat velvollisia|velvoittaa|ei saa|eivät saa)\b"
          r"|\b(?:on|ovat)\s+(?:\w+\s+)?\w+(?:ttava|ttävä|tava|tävä|ava|ävä)\b",
}
_DUTIES = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _DUTY.items()}
_OPENING = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:step\s+\d+:\s*|steg\s+\d+:\s*|\d+\.\s*vaihe:\s*)?([\w'’]+)", re.IGNORECASE)


def is_imperative(sentence: str, language: str) -> bool:
    """Whether ``sentence`` opens with an imperative verb (after a list mark or a step's number)."""
    match = _OPENING.match(sentence)
    return bool(match) and match.group(1).lower() in IMPERATIVES.get(language, ())


def is_duty(sentence: str, language: str) -> bool:
    """Whether ``sentence`` states a duty or a prohibition ("must", "ska", "on ilmoitettava", "ei saa")."""
    duty = _DUTIES.get(language)
    return bool(duty and duty.search(sentence))


def is_action(sentence: str, language: str) -> bool:
    """Whether ``sentence`` tells someone what to do: an imperative, or a duty or prohibition."""
    return is_imperative(sentence, language) or is_duty(sentence, language)


def opens_list(sentence: str) -> bool:
    """Whether ``sentence`` introduces the list items after it ("Good practice ... is to:")."""
    return sentence.rstrip().endswith(":")

