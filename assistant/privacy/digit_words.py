"""The words a number is said in, one table per language of the region (privacy43), for reading a phone dictated
in words ("nolla neljä nolla, kuus kaks kolme", "oh seven nine eight one, double four two", "восемь, девятьсот
шестнадцать, двести сорок один").

Each word has a role in a number read out in groups: ``zero`` and ``unit`` are one digit; ``pair`` is a closed
two-digit group (a teen, or tens and units in one word: "dreiundzwanzig", "toogtyve", "fyrtiofem", "kakskytkolme");
``ten`` is two digits that a unit after it completes ("forty five", "сорок п'ять", "nitti to"); ``hundred`` is three
digits that tens or units after it complete ("sześćset dwa", "триста двадцять один"), or, right after a unit,
makes that unit hundreds ("šeši šimtai", "six hundred"); ``repeat`` says the digit after it twice or thrice
("double four"); ``plus`` stands for a country code's +.
"""

from __future__ import annotations

import re
from functools import lru_cache

ZERO, UNIT, PAIR, TEN, HUNDRED, REPEAT, PLUS = "zero", "unit", "pair", "ten", "hundred", "repeat", "plus"
REPEATS = {"double": 2, "triple": 3}

# Per language: the words of each role, and the patterns of its compounds (``{unit}``, ``{ten}`` stand for the
# role's words): a compound is a ``pair``, or a ``hundred`` when it is written as one word with its hundreds.
_TABLES: dict[str, dict[str, str]] = {
    "fi": {ZERO: "nolla", UNIT: "yksi yks kaksi kaks kolme neljä viisi viis kuusi kuus seitsemän seittemän seiska "
                                "kahdeksan kaheksan kasi yhdeksän yheksän ysi",
           PAIR: "kymmenen kymppi", TEN: "", HUNDRED: "sata sataa", PLUS: "plus",
           "compounds": r"(?:{unit})toista|(?:{unit}|nel|kol|seitsen|kahdeksan|yhdeksän)(?:kymmentä|kyt)(?:{unit})?|"
                        r"(?:{unit})sataa"},
    "sv": {ZERO: "noll", UNIT: "ett en två tre fyra fem sex sju åtta nio",
           PAIR: "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
           TEN: "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio", HUNDRED: "hundra",
           PLUS: "plus",
           # (privacy44) hundreds with the tens and units after them in one word ("femhundratrettio"), and a year said in
           # hundreds, as a personnummer's is read out ("tjugohundranio", "nittonhundraåttiotre")
           "compounds": r"(?:{ten})(?:{unit})|"
                        r"(?:{unit}|tjugo|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton)hundra"
                        r"(?:{unit}|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|(?:{ten})(?:{unit})?)?|"
                        # (privacy45) a year said in its two halves as one word ("tjugofjorton", "nittonåttiotre")
                        r"(?:tjugo|nitton)(?:tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|"
                        r"(?:{ten})(?:{unit})?)"},
    "en": {ZERO: "zero oh nought", UNIT: "one two three four five six seven eight nine",
           PAIR: "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
           TEN: "twenty thirty forty fifty sixty seventy eighty ninety", HUNDRED: "hundred",
           REPEAT: " ".join(REPEATS), PLUS: "plus", "compounds": r"(?:{ten})-(?:{unit})"},
    "et": {ZERO: "null", UNIT: "üks kaks kolm neli viis kuus seitse kaheksa üheksa", PAIR: "kümme",
           TEN: "", HUNDRED: "sada", PLUS: "pluss",
           "compounds": r"(?:{unit})teist|(?:{unit})kümmend|(?:{unit})sada"},
    "lv": {ZERO: "nulle", UNIT: "viens divi trīs četri pieci seši septiņi astoņi deviņi",
           PAIR: "desmit vienpadsmit divpadsmit trīspadsmit četrpadsmit piecpadsmit sešpadsmit septiņpadsmit "
                 "astoņpadsmit deviņpadsmit",
           TEN: "divdesmit trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit astoņdesmit deviņdesmit",
           HUNDRED: "simts simt simti", PLUS: "plus",
           "compounds": r"(?:div|trīs|četr|piec|seš|septiņ|astoņ|deviņ)simt(?:s|i)?"},
    "lt": {ZERO: "nulis", UNIT: "vienas du trys keturi penki šeši septyni aštuoni devyni",
           PAIR: "dešimt vienuolika dvylika trylika keturiolika penkiolika šešiolika septyniolika aštuoniolika "
                 "devyniolika",
           TEN: "dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt septyniasdešimt aštuoniasdešimt "
                "devyniasdešimt", HUNDRED: "šimtas šimtai šimtų", PLUS: "plius plus", "compounds": ""},
    "pl": {ZERO: "zero", UNIT: "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
           PAIR: "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście "
                 "osiemnaście dziewiętnaście",
           TEN: "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt "
                "dziewięćdziesiąt",
           HUNDRED: "sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset",
           PLUS: "plus", "compounds": ""},
    "de": {ZERO: "null", UNIT: "eins zwei zwo drei vier fünf sechs sieben acht neun",
           PAIR: "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
           TEN: "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig", HUNDRED: "hundert", PLUS: "plus",
           "compounds": r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:{ten})|"
                        r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)hundert"},
    "da": {ZERO: "nul", UNIT: "en et to tre fire fem seks syv otte ni",
           PAIR: "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
           TEN: "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems", HUNDRED: "hundrede",
           PLUS: "plus", "compounds": r"(?:en|to|tre|fire|fem|seks|syv|otte|ni)og(?:{ten})"},
    "nb": {ZERO: "null", UNIT: "en ett to tre fire fem seks sju syv åtte ni",
           PAIR: "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
           TEN: "tjue tyve tretti førti femti seksti sytti åtti nitti", HUNDRED: "hundre",
           PLUS: "pluss plus", "compounds": r"(?:{ten})(?:{unit})|(?:{unit})hundre|"
                                            # (privacy45) a year in its two halves ("tjuefjorten", "nittenåttitre")
                                            r"(?:tjue|nitten)(?:ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|"
                                            r"atten|nitten|(?:{ten})(?:{unit})?)"},
    "uk": {ZERO: "нуль", UNIT: "один одна два дві три чотири п'ять шість сім вісім дев'ять",
           PAIR: "десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять "
                 "вісімнадцять дев'ятнадцять",
           TEN: "двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
           HUNDRED: "сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
           PLUS: "плюс", "compounds": ""},
    "ru": {ZERO: "ноль нуль", UNIT: "один одна два две три четыре пять шесть семь восемь девять",
           PAIR: "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
                 "восемнадцать девятнадцать",
           TEN: "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
           HUNDRED: "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
           PLUS: "плюс", "compounds": ""},
}
LANGUAGES = tuple(_TABLES)
# The compounds that hold hundreds ("kuusisataa", "divsimt", "zweihundert"); the others are pairs.
_HUNDREDS_IN_COMPOUND = re.compile(r"sataa?|sada|simt[si]?|hundert|hundra|hundre", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def _alternatives(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The language's words by role, and its compounds' pattern."""
    table = _TABLES[language]
    roles = {word: role for role in (HUNDRED, TEN, PAIR, UNIT, ZERO, REPEAT, PLUS)
             for word in table.get(role, "").split()}
    compounds = table["compounds"].format(unit=_alternatives(table[UNIT]), ten=_alternatives(table[TEN]) or "(?!)")
    return roles, re.compile(compounds, re.IGNORECASE) if compounds else None


@lru_cache(maxsize=50_000)
def role_of(word: str, language: str) -> str | None:
    """The role ``word`` plays in a number said in ``language`` (ZERO, UNIT, PAIR ...), or None."""
    roles, compounds = _words(language)
    lower = word.lower().translate(_APOSTROPHES)
    if lower in roles:
        return roles[lower]
    if compounds is not None and compounds.fullmatch(lower):
        return HUNDRED if _HUNDREDS_IN_COMPOUND.search(lower) else PAIR
    return None



def words_of_roles(*roles: str) -> set[str]:
    """Every language's words of ``roles`` (the units, teens and tens a house number is said in, privacy44)."""
    return {word for table in _TABLES.values() for role in roles for word in table.get(role, "").split()}


@lru_cache(maxsize=50_000)
def is_number_word(word: str) -> bool:
    """Whether ``word`` is a number's in some language of the region (a quick look before reading a message's words
    one language at a time)."""
    return any(role_of(word, language) is not None for language in LANGUAGES)
