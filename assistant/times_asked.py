"""A question that asks how long, how soon or by when, and the sentences that give a time.

"How long may a child be kept apart from the other children?", "Missä ajassa palvelutarpeen arviointi on aloitettava?",
"Hur länge gäller det första uppehållstillståndet?": the section found holds several sentences, and the one that
answers is the one with the time ("no longer than 12 hours", "seitsemäntenä arkipäivänä", "minst sex månader",
"viipymättä"). The extractive answerer prefers such sentences for such a question (``assistant/answerers/extractive.py``).

Only the answerer asks this module. The refusal policy does not (``assistant/specific_facts.py``): a time is answered in
words ("without delay", "as soon as possible") as often as in numbers, so a draft without a number of days is no sign
that the sources lack the answer.

The asking patterns are per asker language (fi, sv, en and the Baltic Sea region's et, lv, lt, pl, de, da, nb, uk, ru);
the sentences that answer are the documents' (fi, sv, en).
"""

from __future__ import annotations

import re

from assistant.situations import asking_sentence, asks_what_to_do
from assistant.specific_facts import MONTHS

_ASKS_TIME = {
    "en": r"\bhow (?:long|soon|quickly|fast)\b|\bby when\b|\buntil when\b|\bwithin what (?:time|period)\b"
          r"|\bdeadline\b|\btime ?limits?\b|\bhow many (?:days|hours|weeks|months|years|working days)\b",
    "fi": r"\b(?:kuinka|miten) (?:pitkään|kauan|pitkä(?:ksi)? aika\w*|nopeasti|pian|äkkiä)\b|\bkauanko\b|\bmissä ajassa\b"
          r"|\bmihin mennessä\b|\bmilloin viimeistään\b|\bmääräai\w*|\baikara\w*"
          r"|\b(?:kuinka monta|montako) (?:päivää|arkipäivää|tuntia|viikkoa|kuukautta|vuotta|vuorokautta)\b",
    "sv": r"\bhur (?:länge|lång tid|snabbt|snart|fort)\b|\binom vilken tid\b|\btill när\b|\bsenast när\b|\btidsfrist\w*"
          r"|\bför hur lång tid\b|\bhur många (?:dagar|vardagar|timmar|veckor|månader|år|dygn)\b",
    "et": r"\bkui (?:kaua|kiiresti|pika|pikaks ajaks|ruttu)\b|\bmis ajaks\b|\bmis tähtaja\w*|\btähtaeg\w*|\btähtaja\w*"
          r"|\bmitu (?:päeva|tööpäeva|tundi|nädalat|kuud|aastat)\b",
    "lv": r"\bcik (?:ilgi|ātri|ilgu laiku|ilgam laikam|drīz)\b|\blīdz kuram\b|\btermiņ\w*"
          r"|\bcik (?:dienas|dienu|darba dienas|stundas|stundu|nedēļas|nedēļu|mēnešus|mēnešu|gadus|gadu)\b",
    "lt": r"\bkiek laiko\b|\bkaip (?:ilgai|greitai|greit|skubiai)\b|\biki kada\b|\bper kiek laiko\b|\btermin\w*"
          r"|\bkiek (?:dienų|darbo dienų|valandų|savaičių|mėnesių|metų)\b",
    "pl": r"\bjak (?:długo|szybko|prędko)\b|\bile czasu\b|\bdo kiedy\b|\bw jakim (?:terminie|czasie)\b|\bterminie\b"
          r"|\btermin(?:y|u)?\b|\bna jak długo\b|\bile (?:dni|godzin|tygodni|miesięcy|lat)\b",
    "de": r"\bwie (?:lange?|schnell|bald|zügig)\b|\bbis wann\b|\binnerhalb welcher (?:frist|zeit)\b|\w*frist\w*"
          r"|\bwie viele (?:tage|werktage|stunden|wochen|monate|jahre)\b|\bfür wie lange\b",
    "da": r"\bhvor (?:længe|hurtigt|hurtig|snart)\b|\binden for hvilken (?:frist|tid)\b|\bhvornår senest\b|\w*frist\w*"
          r"|\bhvor mange (?:dage|hverdage|timer|uger|måneder|år)\b|\bfor hvor lang tid\b",
    "nb": r"\bhvor (?:lenge|raskt|fort|snart)\b|\binnen hvilken (?:frist|tid)\b|\bnår senest\b|\w*frist\w*"
          r"|\bhvor mange (?:dager|virkedager|timer|uker|måneder|år)\b|\bfor hvor lang tid\b",
    "uk": r"\bяк (?:довго|швидко|скоро)\b|\bскільки (?:часу|днів|робочих днів|годин|тижнів|місяців|років)\b"
          r"|\bдо якого (?:часу|терміну|числа)\b|\bтермін\w*|\bпротягом якого\b|\bчерез скільки\b",
    "ru": r"\bкак (?:долго|быстро|скоро)\b|\bсколько (?:времени|дней|рабочих дней|часов|недель|месяцев|лет)\b"
          r"|\bдо какого (?:времени|срока|числа)\b|\bсрок\w*|\bв течение какого\b|\bчерез сколько\b",
}
_ASKS = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _ASKS_TIME.items()}

# A number (digits, "12:ta", a number word in any of its forms, an ordinal) and a unit of time within two words after
# it ("12 hours", "seven working days", "kolmen kuukauden", "sjunde vardagen", "30 vuorokauden ajan"); not an age
# ("15 years old", "12 vuotta täyttänyt", "fyllt 12 år", "under 18 years of age").
_NUMBER = r"\d+(?::\w+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|" \
    r"forty|sixty|ninety|hundred|a|an|first|second|third|fourth|fifth|sixth|seventh|eighth|tenth)" \
    r"|(?:yh(?:de|te|d)|yksi|ka(?:hde|hte|ksi)|kolm|nelj|vii(?:si|de|tt)|kuu(?:si|de|tt)|seitsem|kahdeksa|yhdeksä" \
    r"|kymmen|sa(?:ta|da)|tuha|puol|ensimmäi|toise|kolmanne|neljänne|viidenne|kuudenne|seitsemänne)\w*" \
    r"|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|sextio|nittio|hundra" \
    r"|första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|tionde"
_UNIT = r"(?:second|minute|hour|day|working day|week|month|year)s?" \
    r"|(?:sekun|minuut|tunti|tunni|tunt|vuorokau|päiv|arkipäiv|viiko|viikk|kuukau|vuo(?:si|de|tt|n)|kalenterivuo)\w*" \
    r"|(?:sekund|minut|timm|dygn|dag|vardag|veck|månad|år)\w*"
_AGE = r"\s+(?:old|of age|täyttä\w*|ikäi\w*|gammal\w*)\b|\s*(?:-year-old|-åring)"
_TIME = re.compile(rf"(?<!fyllt )\b(?:{_NUMBER})\b(?:\s+[\w-]+)?\s+(?:{_UNIT})\b(?!{_AGE})", re.IGNORECASE)
# A time said without a number ("without delay", "viipymättä", "omedelbart").
_IN_WORDS = re.compile(r"\bwithout (?:undue )?delay\b|\bimmediately\b|\bat once\b|\bas soon as possible\b|\bpromptly\b"
                       r"|\bviipymättä\b|\bvälittömästi\b|\bheti\b|\bmahdollisimman pian\b"
                       r"|\butan dröjsmål\b|\bomedelbart\b|\bgenast\b|\bså snart som möjligt\b", re.IGNORECASE)
# A date as a deadline ("by 15 July 2026", "15.7.2026 mennessä", "senast den 1 juli"): a date alone says when something
# happened ("published on 24 June 2024"), which a "how long" question does not ask.
_DATE = rf"\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d\b|\d{{1,2}}\.?\s+(?:{MONTHS})(?:\s+(?:19|20)\d\d)?\b"
_DEADLINE = re.compile(rf"\b(?:by|until|till|before|no later than|at the latest on|viimeistään|senast(?: den)?|"
                       rf"före|innan|fram till|till och med)\s+(?:the\s+)?(?:{_DATE})|(?:{_DATE})\s+(?:mennessä|asti|saakka)\b",
                       re.IGNORECASE)


def asks_time(question: str, language: str | None = None) -> bool:
    """Whether ``question`` asks how long, how soon or by when (in ``language``, else in any asker language). A
    situation's story is not what it asks: only its asking sentence counts ("He was placed a week ago. Who decides?"
    asks no time)."""
    if asks_what_to_do(question, language):
        question = asking_sentence(question, language)
    patterns = [_ASKS[language]] if language in _ASKS else list(_ASKS.values())
    return any(p.search(question) for p in patterns)


def gives_time(sentence: str) -> bool:
    """Whether ``sentence`` (a document's, in fi, sv or en) gives a time: a number of units of time, a time in words
    ("without delay") or a date as a deadline ("by 15 July 2026")."""
    return bool(_TIME.search(sentence) or _IN_WORDS.search(sentence) or _DEADLINE.search(sentence))
