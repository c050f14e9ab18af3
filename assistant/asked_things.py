"""What else a question can ask for that the documents may not give: a named app, form or method, a place, a
person, a prediction, a comparison of how common something is, or how long something usually takes.

``specific_facts.py`` knows the figures (a count, a share, an amount, a dose, a year's figure). Near-topic
questions ask for other specific things just as often, and the documents sit right beside them: "Is there an
app for reporting ...?" next to the web tip service, "Which interview protocol should a Barnahus use?" next to
the Barnahus model, "In which city is ... located?" next to its phone number, "Will the duty be extended next
year?" next to the duty as it stands, "Is it more common in Finland than in Sweden?" next to what it is, "How
long does it usually take ...?" next to the legal time limit. Each kind here says what asks for it (fi, sv, en:
the asker languages these patterns are written for; the other nine languages are not yet here) and what in a
document's sentence (fi, sv, en) gives one. The refusal policy and the extractive answerer ask through
``specific_facts``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from assistant.situations import asking_sentence, asks_what_to_do

ThingKind = Literal["app", "form", "method", "place", "person", "future", "comparison", "typical"]

_I = re.IGNORECASE
_ASKS: dict[ThingKind, str] = {
    # An app: a phone or web application by name or kind, not an "application" for a permit.
    "app": r"\b(?:is there|are there|which|what|any|recommend|suggest)\b[\w' -]{0,30}\b(?:mobile )?apps?\b"
           r"|\b(?:onko|mikä|mitä|mitkä|jokin|jotain|suosit\w*)\b[\w -]{0,40}\b\w*sovellu\w*"
           r"|\b(?:finns det|vilken|vilka|någon|rekommender\w*)\b[\w -]{0,30}\b(?:mobil)?app(?:en|ar)?\b",
    # A form by name or number ("which form", "form number", "lomake", "blankett"), not "a form of exploitation".
    "form": r"\b(?:which|what) form\b(?! of\b)|\bform (?:number|no\.?)\b|\b(?:fill (?:in|out)|use|submit) (?:a |the |which )?"
            r"form\b(?! of\b)|\blomak\w*|\bblankett\w*",
    # A named method, test, protocol or tool ("which interview protocol", "millä menetelmällä", "vilket test").
    "method": r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:tests?|methods?|protocols?|tools?|techniques?|scales?|questionnaires?)\b"
              r"|\b(?:mi(?:kä|llä|tä|ssä)|millai\w*|mitkä|minkä) (?:[\w-]+ ){0,2}\w*(?:testi\w*|menetelm\w*|protokoll\w*"
              r"|työkalu\w*|mittari\w*|kysely\w*)"
              r"|\bvilk(?:en|et|a) (?:[\w-]+ ){0,2}\w*(?:test\w*|metod\w*|protokoll\w*|verktyg\w*|skattningsskal\w*)\b",
    # A place: which city, town or municipality; where something is located.
    "place": r"\b(?:in )?which (?:city|town|municipality|municipalities|cities|towns)\b|\bwhere (?:is|are) (?:the |its |their )?"
             r"[\w' -]{0,50}\b(?:located|based|situated)\b"
             r"|\bmi(?:ssä|llä|hin) (?:kaupungi\w*|kunna\w*|paikkakunna\w*)|\bmissä [\w -]{0,50}sijait\w*"
             r"|\bi vilk(?:en|et|a) (?:stad|städer|ort|orter|kommun\w*)\b|\bvar (?:ligger|finns) [\w -]{0,40}(?:kontor|enhet|mottagning)\w*",
    # A person: who heads or leads a body now.
    "person": r"\bwho (?:is|are) (?:the )?(?:current |present |new )?(?:head|director|chief|leader|chair(?:person|man)?|minister"
              r"|ombudsman|manager|coordinator)s?\b|\bwho (?:heads|leads|runs|directs)\b"
              r"|\bkuka (?:johtaa|vetää|on (?:nykyinen |tämänhetkinen |uusi )?\w*(?:johtaja|päällikkö|puheenjohtaja|ministeri"
              r"|asiamies|koordinaattori))\b|\bkuka on [\w -]{0,40}(?:johtaja|päällikkö|puheenjohtaja)\w*"
              r"|\bvem (?:är|leder) (?:[\w-]+ ){0,3}\w*(?:chef|direktör|ordförande|minister|ombudsman|ledare|samordnare)\w*"
              r"|\bvem leder\b",
    # A prediction: what will change, next year or in the coming years.
    "future": r"\bnext year\b|\bin the (?:near )?future\b|\b(?:in )?(?:the )?coming years\b|\bwill (?:the )?[\w' -]{0,60}\bbe "
              r"(?:extended|changed|amended|raised|lowered|expanded|introduced|abolished|tightened|shortened|lengthened)\b"
              r"|\b(?:is|are) (?:there )?(?:any )?plans? to\b"
              r"|\bensi vuonna\b|\btulevaisuudessa\b|\btulevina vuosina\b|\blähivuosina\b|\baiotaanko\b|\baikooko\b"
              r"|\bsuunnitteilla\b|\bollaanko [\w]+ (?:laajentamassa|muuttamassa|pidentämässä|lyhentämässä)\b"
              r"|\bnästa år\b|\bi framtiden\b|\bunder de (?:kommande|närmaste) åren\b|\bde (?:kommande|närmaste) åren\b"
              r"|\bkommer [\w -]{0,50} att (?:förlängas|förkortas|ändras|utvidgas|utökas|införas|avskaffas|skärpas)\b"
              r"|\bplanerar\b|\bär det planerat\b",
    # How common one thing is against another: only figures answer it.
    "comparison": r"\bmore (?:common|frequent|prevalent|widespread)\b|\bless (?:common|frequent|prevalent)\b"
                  r"|\bmore often than\b|\bhigher rate\b"
                  r"|\byleisemp\w*|\bharvinaisemp\w*|\bvanligare\b|\bovanligare\b|\bmer (?:vanlig|utbredd|förekommande)\w*",
    # How long something usually takes: practice, not the law's limit.
    "typical": r"\b(?:usually|typically|normally|on average)\b[\w' -]{0,40}\btakes?\b|\bhow long (?:does|do|will|would) "
               r"[\w' -]{0,60}\b(?:usually|typically|normally|on average)\b|\baverage (?:time|duration|length)\b"
               r"|\b(?:yleensä|tavallisesti|keskimäärin|normaalisti|tyypillisesti)\b[\w -]{0,40}\bkest\w*"
               r"|\bkest\w* [\w -]{0,40}\b(?:yleensä|tavallisesti|keskimäärin|normaalisti|tyypillisesti)\b"
               r"|\bhur länge brukar\b|\bbrukar det ta\b|\b(?:vanligtvis|normalt|i genomsnitt)\b[\w -]{0,40}\bta[r]?\b"
               r"|\bgenomsnittlig\w* (?:tid|handläggningstid)\b|\bkeskimääräi\w* (?:aika|kesto|käsittelyaika)\b",
}
_ASKS_RE = {kind: re.compile(pattern, _I) for kind, pattern in _ASKS.items()}

_CARRIES: dict[ThingKind, re.Pattern[str]] = {
    "app": re.compile(r"\b(?:mobile )?apps?\b|\bsovellu\w*|\bappen?\b|\bmobilapp\w*|\bapplikation\w*", _I),
    "form": re.compile(r"\bforms?\b|\blomak\w*|\bblankett\w*", _I),
    "method": re.compile(r"\b(?:tests?|testing|methods?|protocols?|tools?|techniques?|scales?|questionnaires?|models?)\b"
                         r"|\w*(?:testi|menetelm|protokoll|työkalu|mittari|kysely|malli)\w*"
                         r"|\w*(?:test|metod|protokoll|verktyg|modell)\w*", _I),
    # A change to come: a government's proposal or a planned amendment ("a person proposed for the assistance
    # system" is no such thing), or a year still ahead (``_future_year``).
    "future": re.compile(r"\bgovernment (?:proposal|bill)\b|\bdraft (?:act|law|bill)\b|\bwill enter into force\b"
                         r"|\bplanned (?:amendment|change|reform)\w*|\bhallituksen esity\w*|\blakiesity\w*|\blakiehdotu\w*"
                         r"|\bsuunnitteilla\b|\bregeringens proposition\w*|\blagförslag\w*|\blagrådsremiss\w*|\bplaneras\b", _I),
    "comparison": re.compile(r"\d\s*%|\b\d[\d.,]*\s*(?:per ?cent|percent|prosent\w*|procent)\b|\b(?:more|less) (?:common|often)\b"
                             r"|\byleisemp\w*|\bvanligare\b", _I),
    "typical": re.compile(r"\b(?:on average|average|typically|usually|median|keskimäärin|keskimääräi\w*|yleensä|tavallisesti"
                          r"|i genomsnitt|genomsnittlig\w*|vanligtvis|i regel|brukar|median\w*)\b", _I),
}
_UP = r"[A-ZÅÄÖÜÉ]"
_LOW = r"[a-zåäöüéšž]"
_NAME_PAIR = re.compile(rf"\b({_UP}{_LOW}+) {_UP}{_LOW}+")  # two capitalised words: a first name and a surname?
# A place named in a sentence: a capitalised word after "in"/"at"/"i"/"på" or with a Finnish place case
# ("Joutsenossa", "Helsingissä"), not at the sentence's start; a country says nothing of which city.
_PLACE = re.compile(rf"(?<!^)(?:\b(?:in|at|i|på|near) {_UP}{_LOW}{{2,}}\b|\b{_UP}{_LOW}{{2,}}(?:ssa|ssä|lla|llä)\b)")
_COUNTRIES = re.compile(r"\b(?:in|i|på) (?:Finland|Sweden|Sverige|Norway|Norge|Denmark|Danmark|Estonia|Estland|Europe|Europa"
                        r"|Latvia|Lettland|Lithuania|Litauen|Poland|Polen|Germany|Tyskland|Ukraine|Ukraina|Russia|Ryssland)\b"
                        r"|\b(?:Suome|Ruotsi|Norja|Tanska|Viro|Eesti|Latvia|Liettua|Puola|Saksa|Ukraina|Venäjä|Euroopa)\w*(?:ssa|ssä|lla|llä)\b")


def things_asked(question: str) -> list[ThingKind]:
    """The kinds of specific thing ``question`` asks for, beyond figures (empty for most questions). Only its
    asking sentence counts, and a situation asks for none: a story's "app" or "form" is what happened."""
    if asks_what_to_do(question):
        return []
    asking = asking_sentence(question)
    return [kind for kind, pattern in _ASKS_RE.items() if pattern.search(asking)]


def _names_person(sentence: str) -> bool:
    """A person's name: a first name of the privacy gazetteer (its lower-cased lists, loaded once) followed by a
    capitalised word ("Anna Virtanen")."""
    from assistant.privacy.gazetteer import names

    return any(match.group(1).lower() in names()[0] for match in _NAME_PAIR.finditer(sentence))


def _future_year(sentence: str) -> bool:
    return any(int(y) > date.today().year for y in re.findall(r"\b(20\d\d)\b", sentence))


def carries_thing(sentence: str, kind: ThingKind) -> bool:
    """Whether ``sentence`` gives a thing of that kind."""
    if kind == "place":
        return bool(_PLACE.search(_COUNTRIES.sub(" ", sentence)))
    if kind == "person":
        return _names_person(sentence)
    if kind == "future":
        return bool(_CARRIES["future"].search(sentence)) or _future_year(sentence)
    return bool(_CARRIES[kind].search(sentence))
