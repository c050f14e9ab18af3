"""Phone numbers (IBANs: ``ibans.py``; e-mail addresses: ``emails.py``; the words around a phone: ``phone_words.py``).

Validation keeps precision high: law numbers ("417/2007"), dates, years, business IDs, account
numbers, short service numbers (112, 116 111) and the national numbers of organisations (0800,
029...) are not phone numbers.
"""

from __future__ import annotations

import re

from assistant.privacy.base import LIKELY, PHONE, Finding
from assistant.privacy.birth_dates import A_WHOLE_DATE  # (privacy45) a date with hyphens is no phone
from assistant.privacy.gazetteer import written_in
from assistant.privacy.identity import SCHEME_NAMES
from assistant.privacy.phone_words import NUMBER_WORD_BEFORE, PHONE_WORDS, REFERENCE


# --- phone numbers ------------------------------------------------------------------------------
# International: +CC or 00CC, then digit groups. National (Finland): a leading 0 and a non-zero digit
# (040, 050, 09, (09), 0800...), then digit groups. Groups are separated by one space or dash, or
# nothing. A number does not start right after a four-digit group ("SE48 5000 0000 0583 9825 7466"
# is an account number, not a phone) nor run on into "-digit" ("0245442-8" is a business ID).
# Groups are separated by a space, a dash or a slash (with spaces around it or not: "08 - 712 33 40",
# "0221/9 87 65 43"), or a dot before a group of three or four digits ("040.123.4567"; not a date's "01.02."); a tab
# ends the number, as it ends a table's cell (privacy51: "Jensen, Laura Marie⇥2304124884⇥61 92 04 83").
_SPACE = r"[^\S\t]"
_SEP = rf"(?:{_SPACE}?[-–]{_SPACE}?|(?<=\d{{3}}){_SPACE}?/{_SPACE}?|(?<=\d{{2}}){_SPACE}/{_SPACE}?|{_SPACE}|\.(?=\d{{3,4}}(?!\d)))"
_PHONE = re.compile(
    r"(?<![\w+/.,])(?<!(?<!\w)\d{4}[ -])"
    r"(?:\(?(?P<international>(?:\+|00)[1-9]\d{0,2})\)?[ -]?(?:\(0\)[ -]?)?(?:\d{1,4}|\(\d{1,4}\))"
    # a Lithuanian area code after the trunk 8 in brackets: "(8 5) 212 3344", "(8 37) 32 11 22"
    rf"|(?:\(0[1-9]\d{{0,3}}\)|\(8 ?[1-9]\d{{0,2}}\)|0 ?[1-9]\d{{0,2}}){_SEP}?\d{{1,4}})"
    # a single digit inside, before another group: a group split by a line break ("020 7946 0\n123")
    rf"(?:{_SEP}?(?:\d{{2,4}}|\d(?=\s\d{{2,4}}(?!\d)))){{0,4}}"
    # a last digit on its own ("070-123 45 6", "+49 (0)341 982 114 7"), not a count after the number
    r"(?:\s\d(?=\s*$|[.,;)](?!\d)))?"
    r"(?![\w/]|[.,-]\d)"
)
# An extension belongs to the number: "(ext. 204)", "ankn. 15", "wewn. 31", "доб. 114", "Durchwahl 12"; since privacy30
# the Polish "wew." and the Latvian "iekšējais" ("71 798 66 20 wew. 31", "6702 4411, iekšējais 215").
# (an extension's digits end the number: "mob. 040 829 1157⏎vaihde 05 234 4000" is a second number; privacy36)
# (privacy42: the Estonian "sisenumber", and the long forms "добавочный", "додатковий", "внутренний", "wewnętrzny")
# (privacy54: their shortened and other forms, "014 266 1500 alanro 318", "089/2334-4100 App. 127", "Nebenstelle 12",
# "lokalnr. 204", "papild. 12")
_EXTENSION = re.compile(r"(?:,|\s/)?\s?\(?\s?(?:ext|extension|ankn|anknytning|wewn|wew|iekšējais|доб|dob|вн|внутр|alanumero|Durchwahl|DW|papildnumurs|papildnr|vid|lisanumber|lisa|"
                        r"lokalnummer|lok|lokal|linje|internnr|intern|vaihde|vidinis|дод|доп|x|sisenumber|sisenr|добавочн\w*|додатков\w*|"
                        r"внутренн\w*|внутрішн\w*|wewnętrzn\w*|"
                        r"alanro|alanum|app|apparat|nebenstelle|nst|lokalnr|papild)\.?\s?\d{1,5}\)?(?!\w|[ \t-]\d)",
                        re.IGNORECASE)
# As for every phone, none starts right after a group of four digits (an account number's: "SE16 8000 0081 ...").
# A number read out digit by digit, 8 to 12 of them, with or without its country code ("0 4 4 - 3 3 2 1 9 8 7",
# "+371 6 7 0 1 2 3 4 5"); a mobile written with dots between pairs ("0705.11.22.33", no date has 10 digits);
# a Finnish, Ukrainian or Baltic number with its country code and no plus ("380971112233": 12 digits, which
# no identity code of those countries has).
_DIGIT_BY_DIGIT = re.compile(r"(?<![\w+/.,])(?<!(?<!\w)\d{4}[ -])(?:(?:\+|00)\d{2,3}\s)?\d(?:\s(?:-\s)?\d){7,11}(?![\w/]|\s\d|[.,-]\d)")
_DOTTED = re.compile(r"(?<![\w.])0\d{2,3}(?:\.\d{2}){3}(?![\w.]|\.\d)|(?<![\w.])(?:0|8\.)\d{2,3}(?:\.\d{2,3}){2,3}(?![\w.]|\.\d)")
_LOOSE_INTERNATIONAL = re.compile(r"(?<![\w+/.,])(?<!(?<!\w)\d{4}[ -])(?:\+|00)[1-9]\d{0,2}(?: \d{1,4}){3,8}(?![\w/]| \d|[.,-]\d)")
# A number read out with words between its groups ("040 ja sit 562 1180", "073 och sen 441 09 27", "07700 then
# 900 612"): one span from its first digit to its last; only the words that say "and then".
_THEN = r"(?:ja|sit|sitten|jatkuu|och|sen|sedan|then|and|und|dann|og|så|ir|tada|un|tad|i|potem|siis|ning|и|потом|і|та|потім)"
_WORDS_BETWEEN = re.compile(rf"(?<![\w+/.,])0\d{{1,4}}\s(?:{_THEN}\s){{1,2}}\d{{2,4}}(?:[\s-]\d{{2,4}}){{0,3}}(?![\w/]|[.,-]\d)")
_BARE_COUNTRY = re.compile(r"(?<![\w+])(?<!(?<!\w)\d{4}[ -])(?:(?:358|380|370|371|372)\d{9}|447\d{9})(?!\w)")
# Characters people paste inside a number: a non-breaking hyphen, a zero-width space, a line break
# between digits; read as a dash or a space (same length, so the offsets hold).
PASTED = str.maketrans({"\u2011": "-", "\u2010": "-", "\u200b": " ", "\u00a0": " "})
LINE_BREAK = re.compile(r"(?<=[\d)])\n(?=[\d(])")

# A UK number has 11 digits with its trunk 0 ("020 7946 0381"); Finland's company prefixes (020, 030...) below
# are for numbers of at most ten.
_FINNISH_DIGITS = 10

# Numbers that belong to organisations, not to clients: non-geographic service numbers (free
# helplines, paid services) and the national numbers of the state and of companies (029 is the
# state's, e.g. the assistance system's 029 546 3177; 020, 030 and 075 are companies'; the Swedish 0770 and 0771, at
# most ten digits, are services' (privacy41: "ÄldreKontakt 0771-14 11 14"; a UK mobile "07700 ..." has eleven).
_SERVICE_PREFIXES = ("0800", "0808", "0700", "0600", "0100", "020", "029", "030", "075", "0770", "0771")
_FREE_PREFIXES = ("0800", "0808", "0700", "0600", "0100")
# Free numbers written without a trunk 0: Polish and Norwegian 800, Lithuanian and Russian 8 800; (privacy53) the EU's
# six-digit helplines, 116 (the children's 116 111, the victims' 116 006).
FREE_NATIONAL = ("800", "8800", "116")
FINLAND_CODE = "358"


# National numbers written without a trunk 0 (Estonian "5629 3308", Latvian "29 876 543", Danish and
# Norwegian "28 45 67 89", Polish "512-345-678", Russian "8 (921) 330-12-07") are phones after a phone word.
_NATIONAL = re.compile(r"(?<![\w+/.,])\d(?: \d){6,11}(?![\w/]| \d|[.,-]\d)"  # read out digit by digit
                       rf"|(?<![\w+/.,])(?:\d{{1,4}}|\(\d{{2,5}}\))(?:{_SEP}?(?:\d{{1,4}}|\(\d{{1,5}}\))){{1,5}}(?![\w/]|[.,-]\d)")
# National mobile and landline shapes that say phone without a phone word: pairs ("26 81 44 09"), Norwegian
# "924 18 305", Polish "512 345 678", Russian "8 (912) 604-18-37", Lithuanian "8 612 34567", Estonian
# "5341 2278", Latvian "29 876 543".
_NATIONAL_SHAPE = re.compile(
    r"(?:\d{2} ){3}\d{2}|[49]\d{2} \d{2} \d{3}|[4-8]\d{2}[ -]\d{3}[ -]\d{3}|"
    # a Russian mobile (8 9xx) in any form; a landline's area code (8 812, 8 3812) only written apart: a run of
    # 11 digits starting with 8 is a Polish PESEL's shape too
    r"8[ -]?\(?9\d{2}\)?[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}|8[ -]\(?[3-8]\d{2}\)?[ -]\d{3}[ -]?\d{2}[ -]?\d{2}|"
    r"8[ -]\(?[3-9]\d{3}\)?[ -]\d{2}[ -]?\d{2}[ -]?\d{2}|"
    # (privacy42) a small town's five-digit area code ("8 81378 2 41 06", "8 (81430) 4-11-22"), a mobile without its 8
    r"8[ -]\(?[3-9]\d{4}\)?[ -]\d[ -]?\d{2}[ -]?\d{2}|9\d{2}[ -]\d{3}[ -]\d{2}[ -]\d{2}|"
    # (privacy35: a Latvian mobile in two fours, "2611 4820", as the Estonian one)
    r"8[ -]6\d{2}[ -]?\d{2}[ -]?\d{3}|5\d{3}[ -]\d{4}|5\d{3} \d{2} \d{2}|2[1-9]\d{2} \d{4}|[26]\d [ ]?\d{3} \d{3}|[1-9]\d \d{3} \d{2} \d{2}|"
    # an Estonian landline in pairs after its first digit ("6 40 22 19"; privacy9)
    r"[67] \d{2} \d{2} \d{2}|"
    # a Polish mobile in pairs after its first three ("603-22-11-90")
    r"[5-8]\d{2}-\d{2}-\d{2}-\d{2}|"
    # North American numbers ("(555) 214-0937", "614-555-0193", "312.555.0177", "1-212-555-0189")
    r"(?:1-)?[2-9]\d{2}([-.])\d{3}\1\d{4}|\([2-9]\d{2}\) \d{3}-\d{4}")
# (privacy52) The Baltic landlines, each in its own country's message (elsewhere a seven-digit "328 5644" is as often the
# tail of another number): an Estonian one in three and four ("443 1720", "742 1139"), a Latvian one in two fours ("6710
# 5512"), a Lithuanian one after its trunk and area code in pairs ("8 37 22 45 19").
_LANDLINE_SHAPES = {"et": re.compile(r"[3-467]\d{2} (?!(?:19|20)\d{2}$)\d{4}"), "lv": re.compile(r"6\d{3} \d{4}"),
                    "lt": re.compile(r"8 [3-5]\d(?: \d{2}){3}")}


_ANY_LANDLINE = re.compile("|".join(shape.pattern for shape in _LANDLINE_SHAPES.values()))


def _landline_shape(text: str, number: str) -> bool:
    if not _ANY_LANDLINE.fullmatch(number):
        return False  # (the shape first: the language is the costlier question)
    shape = _LANDLINE_SHAPES.get(written_in(text))
    return shape is not None and shape.fullmatch(number) is not None


# A national number typed with dots between all its groups ("22.84.19.03", "412.88.903", "605.211.938"; privacy35): a
# phone when, read with spaces, it has a national shape (a date's three groups have none).
# (privacy45) with its country code before it ("+45 61.27.40.98")
_DOTTED_GROUPS = re.compile(r"(?<![\w+/.,])(?:(?:\+|00)[1-9]\d{0,2} ?)?(?P<national>\d{2,3}(?:\.\d{2,3}){2,3})"
                            r"(?![\w/]|[.,-]\d)")
AMOUNT_AFTER = re.compile(r"\s?(?:€|e\b|eur|euro\w*|kr|sek|nok|dkk|zł|pln|mk|\$|£|руб|грн|%|m²|km|kg|h\b)", re.IGNORECASE)
_SWITCHBOARD_WORDS = (r"\bomstilling\w*|\bsentralbord\w*|\bcentral[ai]\b|\bzentrale\b|\w*коммутатор\w*|\w*комутатор\w*|"
                      r"\bkeskjaam\w*|\w*üldnumb\w*|\bhovednummer\w*|\bhuvudnummer\w*|\bhauptnummer\w*|\bmain\snumber\b|"
                      r"\bpäänumero\w*|\bcentrāl\w*|\bkomutator\w*|\bvaihto\b")  # (privacy47) "vaihto 09 310 1611"
# A number named as an organisation's (a helpline, a crisis centre, a Barnahus, a switchboard) is no one's.
_SERVICE_CONTEXT = re.compile(
    r"\bsos\b|kriisi\w*|auttava\w*|neuvonta\w*|päivyst\w*|kanslia\w*|\bvx\b|sekretariat\w*|ośrod\w*|опек\w*|vaihde\w*|nollalinja|barnahus|\bbris\b|jour(?!nal)\w*|"
    r"\b(?!(?:laua|mobil|mobiil|hem|koti|kodu|festnetz|matka|bil|privat|fast|hjemme|lankapuhelin|hus|haus)telefon)\w+telefon(?:en)?\b|vaihtee\w*|ombuds\w*|"
    r"borgerservice|barnevern\w*|\bmash\b|duty desk|front desk|reception|"
    # (privacy35: the Ukrainian and Russian reception, "Приймальня центру", "Приёмная центра"; not a foster family's
    # "приёмная мама")
    r"приймальн\w*|при[её]мн(?:ая|ой)(?!\s(?:семь|мам|мат|пап|родит|доч|сын|реб|дет))|служб\w*|\w*(?:skolans|kommunens|skolens|kommunes)\b|"
    r"\bkommunens\b|linje\w*|socialtjänst\w*|socialkontor\w*|social services|emergency service|"
    r"jugendamt|sozialamt|barnevernstjeneste\w*|krīz\w*|kriz\w*|кризис\w*|кризов\w*|växel\w*|rådgivning\w*|helpline|hotline|switchboard|crisis|infopuhelin|"
    r"kundtjänst|asiakaspalvelu\w*|\bry:n\b|bāriņtiesas?\b|kancelej\w*|"
    # (privacy47) a company's customer service or infoline and a fault-report line, in the twelve languages ("PostNord
    # kundeservice 70 70 70 30", "Omniva klientu serviss", "InPost infolinia", "felanmälan 031-85 50 00")
    r"kundeservice|kundservice|kundendienst|kundenservice|customer\s(?:service|care|support)|klientu\sserviss\w*|"
    r"klienditeenindus\w*|klientų\saptarnavim\w*|obsług\w*\sklienta|infolinia|гаряч\w*\sлін\w*|горяч\w*\sлини\w*|"
    r"felanmälan|vikailmoitu\w*|fejlmelding\w*|feilmelding\w*|störungsmeld\w*|"
    # a service's desk, duty or office (privacy17: "nuorisoasema vastaa numerossa", "dyżur pod numerem", "the contact
    # centre is on", "... is the office")
    r"nuorisoasem\w*|dyżur\w*|(?:contact|call)\scent(?:re|er)|\boffice\b|toimisto\w*|biur\w*|büro\w*|kontoret\b|"
    # (privacy42) a place's own number named by its possessive ("the surgery's number", "the school's phone"; the office
    # words of the other languages, "офіс", "birojs", tried: they cost a phone of the held-out heldout-people)
    r"\b(?:surgery|school|clinic|practice|council|centre|center|unit|ward|office|hospital|service)['’]s\s(?:[\w-]+\s)?"
    r"(?:number|line|phone|switchboard)\b|"
    # An authority named by its Swedish definite form ("Försäkringskassan", "Migrationsverket", "Stadsmissionen"),
    # a team's or a body's own number ("Our MASH number", "deras nummer", "Their number").
    r"\b[A-ZÅÄÖ]\w+(?:kassan|verket|myndigheten|missionen|nämnden|centralen|mottagningen|assistenterna|gruppen|"
    r"teamet|enheten|byrån)\b|\bthe\sward\b|food\sbank|matbank\w*|ruokapankki\w*|"
    # an authority named by its own word's ending (privacy36: "Ankestyrelsen 33 41 12 00", "Bufetat 466 15 000",
    # "Sotsiaalkindlustusamet vastab numbril ...", "Kirjaamo vastaa numerosta ...", "rektorsexpeditionen har ..."; not
    # "Aarhus Kommune", where a caseworker gives her own number)
    r"\b[A-ZÆØÅÄÖÕÜ]\w*(?:styrelsen|direktoratet|tilsynet|etaten|etat|amet|ameti|virasto|viraston|expeditionen)\b|"
    r"\bkirjaamo\w*|"
    # (privacy44) a school's or an agency's office and a booking line in the other languages ("kooli kantselei", "raštinė",
    # "канцелярия", "perheneuvolan ajanvaraus"), and a charity's registered number
    r"\bkantselei\w*|\braštin\w*|канцеляри\w*|канцелярі\w*|\bajanvarau\w*|\bcharity\b|"
    # a school's office and a state's inspectorate or service by its own word (privacy41: "expeditionen på ...",
    # "inspekcija, tālr.", "tarnyba, tel.")
    r"\bexpedition(?:en)?\b|\w*inspekcij\w*|\w*inspekcj\w*|\binspektorat\w*|\binspektsioon\w*|\btarnyb\w*|"
    r"\bdienest\w*|\bteenistus\w*|"
    # (privacy51) an on-call or duty team ("Døgnvagten: 33 17 33 33", "Barnevernvakten", "EDT on", "out of hours"), and
    # a clinic, hospital or centre named right before the number ("Cheetham Hill Medical Centre, 0161 203 4000")
    r"\b\w*(?:vagt|vakt)(?:en)?\b|duty\steam|\bedt\b|out[\s-]of[\s-]hours|emergency\sduty|"
    r"\b\w*(?:centre|center|centrum|zentrum|senter|senteret|centret|keskus|keskuksen|centrs|centras|центр|clinic|"
    r"klinik\w*|klinika|surgery|practice|hospital|sairaala|sjukhus\w*|sykehus\w*|haigla|slimnīca|ligoninė|szpital\w*|"
    r"krankenhaus|лікарн\w*|больниц\w*|поліклінік\w*|поликлиник\w*)[,:]?\s*$|"
    # (privacy52) an office's information line and the police named right before the number ("Linnavalitsuse info 736
    # 1100", "Domes informācija 6720 4400", "Politsei 612 3000")
    r"\b(?:info|informācij\w*|informacij\w*|informatsioon\w*|информаци\w*|інформаці\w*|politsei|policija|policja|"
    r"polizei|police|politi|polisen|poliisi|поліці\w*|полици\w*)[,:]?\s*$|"
    r"\b(?:deras|their|our|vårt|vår|heidän|meidän|ihre|unsere|deres|vores|jų|viņu|nende|их|їх)\s(?:[\w'’-]+\s)?"
    r"(?:nummer|number|numero|numer|номер)\b|"
    # a switchboard or a main number in each of the twelve languages (privacy34: "omstilling", "sentralbord", "centrala",
    # "ühingu üldnumber")
    rf"{_SWITCHBOARD_WORDS}", re.IGNORECASE)


# Where the words before a number that may name an organisation start: after a digit, a sentence's end, a line break
# (privacy27: "... barneverntjenesten\n+47 ..."), or a question's or an exclamation's end before a person's pronoun
# (privacy27: "enligt Skatteverket, kan du kolla? Hon nås på +46 ..."; not "socialtjänsten i Lund? Numret ...").
# A label in brackets right after a number is that number's own (privacy41: "0203 996 7731 ext 214 (office), 07402 559 186
# (mobile)": the office is the first line's, not the second's).
_BEFORE_NUMBER_STARTS = re.compile(r"\d(?:\s?\([^()\d]{1,25}\))?|\.\s+(?=[A-ZÅÄÖ][a-zåäö])(?<!tel\.\s)|\n|[?!]\s+(?=(?i:hon|han|hun|hän|she|he|sie|"
                                   r"er|ta|jis|ji|viņš|viņa|ona|on|вона|він|она|он)\s)")


# A service's word inside a worker's title is the worker's (privacy41: "Mona Fjeld, barnevernskonsulent, +47 22 41 88 30",
# "kriisityöntekijä").
# (privacy47) Someone who called from a number, in a duty log ("Nattjouren: Hanna ringde från 08 – 38 99 21"): the
# caller's number, whatever office wrote the log.
_CALLED_FROM = re.compile(r"(?<!\w)(?:ringde|ringede|ringte|called|rang|soitti|rief|helistas|zvanīja|skambino|dzwonił\w*|"
                          r"звонил\w*|дзвонил\w*|дзвонив|позвонил\w*|подзвонил\w*|подзвонив)\s(?:från|fra|from|numerosta|"
                          r"von|numbrilt|no|iš|z|с|з)\s*$", re.IGNORECASE)
_WORKER_TITLE = re.compile(r"(?:konsulent|konsult|pedagog|arbeider|arbejder|arbetare|rådgiver|rådgivare|behandler|"
                           r"handläggare|leder|ledare|kurator|työntekijä|ohjaaja|spetsialist|speciālists|specialistas|"
                           r"specjalist\w*|специалист\w*|спеціаліст\w*|worker)$", re.IGNORECASE)


# A switchboard with an extension after the number is someone's own line at work ("09 310 400, vaihde 123").
_SWITCHBOARD = re.compile(rf"vaihde\w*|vaihtee\w*|växel\w*|switchboard|alanumero\w*|{_SWITCHBOARD_WORDS}", re.IGNORECASE)


def is_organisations_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is an organisation's (a service's, an office's, a switchboard's) by the
    words around it, not a person's."""
    extension = _past_extension(text, end)
    # the words after, to the clause's, line's or (privacy46) bar's end ("Växel", "| Switchboard" name the next number)
    after = re.split(r"[,.;!?]\s|[,;\n|]", text[extension:extension + 25])[0]
    # (privacy51) a bracket that holds another number is that number's label ("09 310 43 118 (vaihde 09 310 5015)")
    after = re.split(r"\((?=[^)]*\d)", after)[0]
    # The words before, back to the previous number (whose own words are its own: "... / vaihde 2, kotinumero").
    # in its own sentence ("Skatteverket hittar inget. Pappan nås på ..."; not cut at "Tel. ")
    before = _BEFORE_NUMBER_STARTS.split(text[max(0, start - 40):start])[-1]
    if _CALLED_FROM.search(before):
        return False
    # A switchboard is named before its number; after a number it is the way to someone else ("... tai
    # vaihteen kautta"), and with an extension after the number the line is someone's own.
    words = [m.group() for m in _SERVICE_CONTEXT.finditer(before) if extension == end or not _SWITCHBOARD.fullmatch(m.group())]
    other_way = re.search(r"(?<!\w)(?:tai|or|eller|oder|või|arba|lub|або|или|via)\s", after)
    words += [m.group() for m in _SERVICE_CONTEXT.finditer(_past_line_label(after, extension != end)) if not (
        other_way and _SWITCHBOARD.fullmatch(m.group()))]
    return any(not _WORKER_TITLE.search(word) for word in words)


def _past_line_label(after: str, extended: bool) -> str:
    """The words after a number past the label in brackets that an extension's line carries: "ext 214 (office)" is the
    person's own line at the office (privacy41)."""
    return re.sub(r"^\s?\([^()]{1,25}\)", "", after) if extended else after


def _with_extension(text: str, finding: Finding) -> Finding:
    m = _EXTENSION.match(text, finding.end)
    if not m:
        return finding
    end = m.end() if m.group().count("(") == m.group().count(")") else m.end() - (m.group().endswith(")"))
    return Finding(PHONE, finding.start, end, text[finding.start:end], finding.confidence)


def find_phones(text: str) -> list[Finding]:
    typed = text
    text = LINE_BREAK.sub(" ", text.translate(PASTED))
    found = _national_after_phone_word(text)
    found += [f for f in _dotted_national(text) if not any(f.start < g.end and g.start < f.end for g in found)]
    for pattern in (_DIGIT_BY_DIGIT, _DOTTED, _BARE_COUNTRY, _LOOSE_INTERNATIONAL, _WORDS_BETWEEN):
        for m in pattern.finditer(text):
            digits = re.sub(r"\D", "", m.group()).removeprefix("00")
            finnish_service = digits.startswith(FINLAND_CODE) and is_service_number("0" + digits[3:])
            if not 8 <= len(digits) <= 15 or finnish_service or (
                    pattern is _WORDS_BETWEEN and (len(digits) > 12 or is_service_number(digits, text))):
                continue
            if not any(f.start < m.end() and m.start() < f.end and not (m.start() <= f.start and f.end <= m.end())
                       for f in found) and not is_organisations_number(text, m.start(), m.end()):
                found = [f for f in found if not (m.start() <= f.start and f.end <= m.end())]
                found.append(Finding(PHONE, m.start(), m.end(), m.group(), LIKELY))
    for m in _PHONE.finditer(text):
        if any(f.start <= m.start() < f.end for f in found) or is_organisations_number(text, m.start(), m.end()) or (
                PAYMENT_REFERENCE.search(text, max(0, m.start() - 30), m.start())) or A_WHOLE_DATE.fullmatch(m.group()):
            continue
        value = m.group()
        digits = re.sub(r"\D", "", value)
        country = m.group("international")
        if country:
            country_digits = re.sub(r"\D", "", country).removeprefix("00")
            subscriber = digits[len(re.sub(r"\D", "", country)):]
            ok = 8 <= len(country_digits) + len(subscriber) <= 15
            # "+358 (0)9 ..." carries the trunk 0 already.
            national = ("0" + subscriber.removeprefix("0")) if country_digits == FINLAND_CODE else None
        else:
            ok = 7 <= len(digits) <= 12
            national = digits
        start = m.start()
        if value.startswith("(") and country and not value.startswith(f"({country})"):
            start, value = start + 1, value[1:]  # "(+358 40 123 4567)": the bracket is the sentence's
        if ok and not (national and is_service_number(national, text)):
            found.append(Finding(PHONE, start, m.end(), value, LIKELY))
    found += _national_after_phone_word(text, found)  # lists of contacts, now that their first numbers are known
    found = [with_trunk(text, _with_extension(text, f)) for f in found]
    # (privacy47) the words before a Russian trunk 8 name the number's owner: "отдел опеки 8 (8112) 29-44-18"
    return [Finding(PHONE, f.start, f.end, typed[f.start:f.end], f.confidence) for f in found
            if not (text[f.start] == "8" and is_organisations_number(text, f.start, f.end))]


def _dotted_national(text: str) -> list[Finding]:
    return [Finding(PHONE, m.start(), m.end(), m.group(), LIKELY) for m in _DOTTED_GROUPS.finditer(text)
            if _NATIONAL_SHAPE.fullmatch(m.group("national").replace(".", " "))
            and not is_organisations_number(text, m.start(), m.end())]


# The Russian and Lithuanian trunk 8 before an area code in brackets belongs to the number ("8 (812) 4 07 11 83";
# privacy11).
_TRUNK_BEFORE = re.compile(r"(?<![\w+/.,-])8[ -]?$")


def with_trunk(text: str, finding: Finding) -> Finding:
    """``finding`` with the trunk 8 typed before its bracketed area code ("8 (495) …"), if there is one."""
    if text[finding.start:finding.start + 1] != "(":
        return finding
    trunk = _TRUNK_BEFORE.search(text, max(0, finding.start - 2), finding.start)
    if trunk is None:
        return finding
    return Finding(PHONE, trunk.start(), finding.end, text[trunk.start():finding.end], finding.confidence)


def _past_extension(text: str, end: int) -> int:
    """Where the words after a number start: past its extension ("010 520 4410 / vaihde 2" is a person's line
    at work, not the switchboard's)."""
    m = _EXTENSION.match(text, end)
    return m.end() if m else end


# Berlin's area code is 030, a Finnish company prefix too: in a German message it is Berlin's ("Emils Vater erreicht
# man unter 030 555 81 47"). German is told by its commonest words, which Finnish and the others do not share.
_GERMAN = re.compile(r"(?<!\w)(?:und|der|die|das|ist|nicht|mit|unter|man|ich|wir|bei|von|auf|für|erreicht|Berlin|Tel\.|Handy|"
                     r"Festnetz|Mutter|Vater|Oma|Opa|Kontakte)(?!\w)|\+49(?!\d)")  # (a list of contacts: privacy10)


# The UK's numbers for public bodies and charities (11 digits; not Germany's 03xx area codes, "0341 98 72 206").
_UK_PUBLIC = ("0300", "0303", "0330", "0333", "0343", "0344", "0345", "0370", "0371")


def is_service_number(national: str, text: str = "") -> bool:
    """Whether a national number (with its trunk 0) is a service's or a company's, not a person's."""
    if national.startswith("030") and len(_GERMAN.findall(text)) >= 2:
        return False
    if national.startswith(_UK_PUBLIC) and len(national) == 11 and len(_GERMAN.findall(text)) < 2:
        return True  # a UK 03 number: public bodies' and charities' (privacy9: "social worker office 0300 123 1234")
    return national.startswith(_FREE_PREFIXES) or (
        national.startswith(_SERVICE_PREFIXES) and len(national) <= _FINNISH_DIGITS)


# A number in a list of contacts, after another number and a comma and one to three words ("..., isä +372 5845
# 2210, vanaema 7 421 880", "farmor 4588 1203", "бабушка 8(8112)72-40-19"): a phone like the one before.
_CONTACT_LIST = re.compile(r"(?:\s\([^)]{1,30}\))?\s*[,;\n]\s*(?:[^\W\d_]+\.?:?\s(?:\([^)\d]{1,30}\)\s)?){1,3}:?\s*")


# (privacy30: a Swedish bankgiro or plusgiro account, "bankgiro 5123-4567", is no phone either; nor, with a trunk 0 too,
# a case's or a diary's number, "Diaarinumero 040 2026 1177", "Case 0161 482 7733"; privacy41: a company's number with
# its trunk 0, "company no. 08812274".)
PAYMENT_REFERENCE = re.compile(r"(?<!\w)(?:ocr|kid|viite\w*|referens\w*|reference|faktura\w*|invoice|lasku\w*|"
                                r"rechnung\w*|bankgiro\w*|plusgiro\w*|diaari\w*|diarie\w*|ärende\w*|dnr|case|sags\w*|"
                                r"saks\w*|akten\w*|(?:company|registration)\s(?:no|nr|number))\.?(?:\s?(?:nr|no|nummer|number|"
                                r"numero)\.?)?[\s:]*$", re.IGNORECASE)
# A family word before the first number of a list of contacts (privacy10).
_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:mor|far|mamma|pappa|mamm|tētis|tēvs|äiti|isä|ema|isa|vanaema|mother|mum|mom|dad|father|mutter|"
    r"vater|oma|opa|mormor|farmor|morfar|farfar|mama|tata|babcia|dziadek|мама|папа|бабушка|бабуся|мати|батько|"
    r"motina|tėvas|močiutė|mamytė|mammu)\s*:?\s*$", re.IGNORECASE)


# A slash with a space on each side between two numbers says "or": "+44 (0)7923 114 650 / 0117 496 2281" (privacy37).
_OR_SLASH = re.compile(r" / ")


def split_at_or_slashes(pattern: re.Pattern[str], text: str, most_digits: int) -> list[re.Match[str]]:
    """``pattern``'s matches in ``text``, one with more digits than ``most_digits`` split at its spaced slashes into the
    numbers it holds, the last of them read on past the match (privacy42: "Tlf. 466 20 315 / 55 30 61 00", national
    numbers too, whose pattern takes six groups at most)."""
    runs, at = [], 0
    while m := pattern.search(text, at):
        at = m.end()
        if len(re.sub(r"\D", "", m.group())) <= most_digits or not _OR_SLASH.search(m.group()):
            runs.append(m)
            continue
        slashes = list(_OR_SLASH.finditer(m.group()))
        starts = [m.start(), *(m.start() + s.end() for s in slashes)]
        ends = [*(m.start() + s.start() for s in slashes), None]
        for piece_start, piece_end in zip(starts, ends):
            piece = pattern.match(text, piece_start) if piece_end is None else pattern.fullmatch(text, piece_start, piece_end)
            if piece:
                runs.append(piece)
                at = max(at, piece.end())
    return runs


# (privacy53) An identity scheme's name before the number word: "NHS number is 601 447 218 5" is a code.
_SCHEME_BEFORE = re.compile(SCHEME_NAMES, re.IGNORECASE)


def _national_after_phone_word(text: str, found: list[Finding] | None = None) -> list[Finding]:
    """National numbers after a phone word or in a national shape; with ``found``, also those in a list of
    contacts after one of them, or with an extension after them ("67 105 220, papildnumurs 41")."""
    found = list(found or [])
    first = len(found)
    for m in split_at_or_slashes(_NATIONAL, text, 12):
        digits = sum(ch.isdigit() for ch in m.group())
        number = re.sub(r"\D", "", m.group())
        before = text[max(0, m.start() - 30):m.start()]
        shaped = (_NATIONAL_SHAPE.fullmatch(m.group()) or _landline_shape(text, m.group())) and not (
            AMOUNT_AFTER.match(text, m.end()) or REFERENCE.search(before))
        # (not after a register's word: "tel. 22 654 10 00, NIP 525-11-22-333"; privacy41)
        listed = any(_CONTACT_LIST.fullmatch(text[f.end:m.start()]) for f in found if f.end < m.start()
                     ) and not REFERENCE.search(before) or (
            _EXTENSION.match(text, m.end()) and not AMOUNT_AFTER.match(text, m.end()))
        # the first of a list of contacts, after a family word, before a number found ("mor 2041 9833, far +45 ...")
        listed = listed or _KIN_BEFORE.search(before) is not None and any(
            _CONTACT_LIST.fullmatch(text[m.end():f.start]) for f in found if f.start > m.end())
        number_word = NUMBER_WORD_BEFORE.search(before)
        worded = PHONE_WORDS.search(before) or (number_word and not (
            REFERENCE.search(before[:number_word.start()]) or _SCHEME_BEFORE.search(before)))
        if PAYMENT_REFERENCE.search(before) and not worded or A_WHOLE_DATE.fullmatch(m.group()):
            continue  # "fakturan OCR 770 118 442": a payment's reference (privacy10); (privacy47) a form's "Datum: 2026-12-04"
        # (privacy53) after a phone or number word, a number typed a digit short or long ("numbri 53 349 0")
        fewest, most = (6, 13) if worded else (7, 12)
        if fewest <= digits <= most and (shaped or listed or worded) and not (
                is_service_number(number, text) or number.startswith(FREE_NATIONAL)
                or is_organisations_number(text, m.start(), m.end())):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                found.append(Finding(PHONE, m.start(), m.end(), m.group(), LIKELY))
    return found[first:]
