"""Whose address it is: an office's, a court's, a clinic's, the police's or the social services' address is no one's
personal data (privacy11), unless a word says someone lives there, the police took someone there, or someone moved
from or to it. ``find_addresses`` leaves these out; ``institutions_addresses`` gives them to the phone rules.

Its own module because the decision is about the sentence around an address (an institution's word before it, a verb
that locates it, an authority that moved), not about the address's shape that ``places.py`` and ``towns.py`` read.
"""

from __future__ import annotations

import re

from assistant.privacy.base import Finding
from assistant.privacy.emails import beside_office_mailbox

# An office's, a court's, a clinic's or a meeting place's address is no one's personal data (privacy11): an
# institution's word earlier in the sentence ("Helsingin käräjäoikeus, Porkkalankatu 13", "Our office is at
# Hämeenkatu 5", "The hearing is at Leeds Combined Court, 1 Oxford Row", "Mötet med socialtjänsten ... på
# Hantverkargatan 3"), unless a word says someone lives or stays there ("isän luona", "bor hos").
_INSTITUTION_BEFORE = re.compile(
    r"(?<!\w)(?:office|offices|clinic|court|hearing|museum|surgery|headquarters|reception|venue|"
    r"toimisto\w*|virasto\w*|\w*oikeu\w*|\w*sali|\w*salissa|poliisi\w*|tilaisuu\w*|vastaanot\w*|"
    r"\w*kontor\w*|\w*rätt(?:en)?|domstol\w*|polisen|mottagning\w*|socialtjänst\w*|"
    r"\w*gericht\w*|\w*amt(?:es)?|büro|praxis|klinik|polizei|sitzung|"
    r"retten|kommunen|politiet|"
    r"sąd\w*|urz[aą]d\w*|biur\w*|kohus\w*|kantselei|tiesa\w*|teism\w*|"
    r"суд\w*|офис\w*|офіс\w*|засідання|заседание|"
    # (privacy46) an office's visiting address, in the twelve languages ("Besöksadress: Skolgatan 31A, Umeå")
    r"besöksadress\w*|käyntiosoit\w*|visiting\saddress|besuchs?adresse|besøksadresse|besøgsadresse|külastusaadress\w*|"
    r"apmeklējuma\sadrese|lankytojų\s(?:priėmimo\s)?adresas|adres\sdla\sinteresantów|адреса\sдля\sвідвідувачів|"
    r"адрес\sдля\sпосетителей)(?!\w)", re.IGNORECASE)
# Police, hospitals, emergency duty and the social services' administration, when the address stands after them as
# theirs, behind a comma ("Brixton Police Station, 367 Brixton Road", "Tallinna Lastehaigla, Tervise 28",
# "Barnevernvakten i Oslo, Storgata 33", "Socialförvaltningen, Box 1320"), not "Поліція знайшла хлопця на вул. ..."
# (privacy15).
_AUTHORITIES = (
    r"(?<!\w)(?:police|polis|policij\w*|policji|polizei\w*|politi|politistasjon\w*|politistation\w*|prefektuur\w*|"
    r"komisariat\w*|поліці\w*|полици\w*|\w*hospital\w*|\w*sjukhus\w*|\w*sairaala\w*|\w*haigla\w*|\w*ligonin\w*|\w*slimnīc\w*|szpital\w*|"
    r"\w*krankenhaus|\w*sykehus\w*|лікарн\w*|больниц\w*|\w*päivystys|\w*päivystyks\w*|\w*förvaltning\w*|"
    r"\w*forvaltning\w*|barnevern\w*|socialjour\w*"
    # (privacy17) clinics, a police house, a service centre, and the copula that names their address ("Lastenklinikka
    # on Stenbäckinkatu 9:ssä", "Polishuset, Kungsholmsgatan 43", "Santaros klinikos, Santariškių g. 2")
    r"|\w*klinik\w*|\w*polishus\w*|service\scent(?:re|er)|\w*nuorisoasem\w*|nuorten\stalo"
    # (privacy18) the child-protection and social services, crisis centres and children's houses of every asker
    # language, and the verbs that locate them ("Ośrodek Interwencji Kryzysowej, ul. Piotrkowska 100", "Bāriņtiesa
    # atrodas Pils ielā 11", "Lastekaitse Liit asub aadressil Endla 4", "Отдел опеки, ул. Пушкина, 15")
    r"|\w*sjukehus\w*|\w*barnahus\w*|\w*barnehus\w*|\w*perhekeskus\w*|\w*nemnd\w*|ośrod\w*|komend\w*|centrum|"
    r"\w*tarnyb\w*|\w*centras|\w*centre|\w*dienest\w*|\w*tiesa|liit|служб\w*|центр\w*|отдел\w*"
    # (privacy19) a hospital's wards and a child health clinic, and Kyiv's children's hospital ("Barneavdelingen,
    # Sognsvannsveien 20", "Perheneuvola, Sibeliuksenkatu 8", "Охматдит, вул. Чорновола, 28/1"); also before a colon or
    # a preposition of place ("Адреса Охматдиту: вул. ...", "лікарня Охматдит на вул. ...")
    r"|\w*avdeling\w*|\w*afdeling\w*|\w*avdelning\w*|\w*neuvola\w*|охматдит\w*|ohmatdyt"
    # (privacy22, round 21's dropped rule) the inspectorates and the Danish family court's house ("bērnu tiesību
    # aizsardzības inspekcija", "Familieretshuset")
    r"|\w*inspekcij\w*|\w*retshus\w*"
    # (privacy24) the Nordic states' welfare agencies, boards and inspectorates ("Ankestyrelsen, Teglholmsgade 3",
    # "Bufetat, Stensberggata 27", "NAV Grünerløkka, ...", "Inspektionen för vård och omsorg, Box 45184"; NAV in
    # capitals, the Latvian "nav" is "is not")
    r"|\w*styrelse\w*|bufetat|(?-i:NAV)|\w*inspektion\w*"
    # (privacy25) the German emergency services ("Kinder- und Jugendnotdienst")
    r"|\w*notdienst\w*"
    # (privacy26) a department's, an office's and the Polish social welfare centre's words ("Labklājības departaments
    # atrodas ...", "Folkhälsans kansli ligger på ...", "MOPS mieści się przy ...")
    r"|\w*departament\w*|\w*kansli\w*|(?-i:M?OPS)"
    # (privacy31) the state's agencies, a municipality and an office's branch in the other asker languages
    # ("Valsts ... aģentūra atrodas ...", "Vilniaus miesto savivaldybė, ...", "Sodros skyrius yra ...", "ZUS oddział
    # jest przy ...", "Sotsiaalkindlustusamet, Endla 8", "Das Jobcenter ist in der ...", "Borgerservice ligger på ...",
    # "Пенсійний фонд знаходиться на ...")
    r"|\w*aģentūr\w*|\w*savivaldyb\w*|skyri\w*|oddzia[łl]\w*|\w+amet(?:i|is)?|jobcenter\w*|borgerservice|"
    r"фонд\w*"
    # (privacy51) the child-protection office and the registry by their Finnish words ("Lastensuojelu, Itäkatu 9",
    # "Kirjaamo, PL 45")
    r"|\w*suojelu\w*|kirjaamo\w*"
    # (privacy58) a state's embassy and consulate in the twelve languages ("Embassy of Ukraine, 60 Holland Park",
    # "Botschaft der Ukraine, Albrechtstraße 26", "Ukrainan suurlähetystössä, Vähäniityntie 9", "Ukrainos ambasada
    # Vilniuje, Teatro g. 4", "Посольство України, вул. ...")
    r"|embass\w*|consulate\w*|\w*botschaft\w*|\w*konsula\w*|\w*lähetystö\w*|ambasad\w*|ambassad\w*|saatkon\w*|"
    r"vēstniecīb\w*|konsulāt\w*|посольств\w*|консульств\w*)(?![\w])")
_AUTHORITY_NAME = re.compile(_AUTHORITIES + r"$", re.IGNORECASE)


def names_an_authority(words: str) -> bool:
    """Whether ``words`` are an authority's or a service's name ("Perheneuvola", "Socialförvaltningen", "Bāriņtiesa")."""
    return _AUTHORITY_NAME.match(words) is not None


_AUTHORITY_BEFORE = re.compile(
    _AUTHORITIES +
    r"(?:[^.!?\n]{0,30}[,:]|\s(?:on|is|är|er|ist|yra|ir|to|atrodas|asub(?:\saadressil)?|mieści\ssię(?:\sprzy)?)|"
    # (privacy20) up to two words of its name (four since privacy26: "Отдел опеки и попечительства находится на ...",
    # "Служба у справах дітей міста знаходиться на ..."), then a verb that locates it or the word for "at the address"
    # ("Sosiaalipäivystys toimii osoitteessa Kirkkokatu 8", "päivystys siirtyy 1.1.2026 alkaen osoitteeseen ...",
    # "Tarnybos skyrius yra Gedimino pr. 56", "Centrum Zdrowia Dziecka mieści się przy al. ...")
    r"(?:\s[^\W\d_]+){0,4}\s(?:yra|atrodas|asub|mieści\ssię(?:\sprzy)?|toimii|sijaitsee|siirtyy|ligger|holder\stil|"
    r"befindet\ssich|находится|знаходиться)(?:\s[^.!?\n]{0,20}?\s(?:osoitteessa|osoitteeseen))?"
    # (privacy22, round 21's dropped rule) then a preposition of place or the town behind a comma ("находится на ул.
    # ...", "ligger på ...", "atrodas Rīgā, Ķēniņu ielā 12")
    r"(?:\s(?:på|i|на|в|у|przy|in|at|on|an|auf))?(?:\s[^\W\d_]+,)?|"
    r"[^.!?\n]{0,20}\s(?:osoitteessa|osoitteeseen|aadressil)|"
    r"(?:\s[^\W\d_]+)?\s(?:på|at|on|на|в|przy|an\sder|in\sder|i))\s*$",
    re.IGNORECASE)
# An authority that has moved, is now at an address or still is (privacy25): the address is its new or current one, a
# date's dots between allowed ("Sosiaalipäivystys on muuttanut, uusi osoite on ...", "Socialjouren i Malmö finns på ...",
# "Barnevernvakten er nå i ...", "bāriņtiesa ir pārcēlusies uz ...", "Ośrodek ... przeniósł się na ...", "Центр ...
# переехал на ...", "sosiaalipäivystyksen osoite edelleen ...", "päivystys siirtyy 1.1.2026 alkaen osoitteeseen ...").
_AUTHORITY_MOVED = re.compile(
    _AUTHORITIES + r"(?:\s[^\W\d_]+){0,3}\s(?:(?:on|has|har|hat|ist|ir|er|is)\s(?:muuttanut|moved|flyttat|flyttet|"
    r"umgezogen|pārcēlusies|persikėlė)|(?:finns|ligger)(?:\snu)?\spå|(?:er|är|is|ist|on)\s(?:nå|nu|now|jetzt|nyt)|dabar|"
    r"przeni\w+\ssię|переех\w+|переїха\w+|siirty\w*|osoite\s(?:on\s)?(?:edelleen|muuttunut))(?![\w])"
    r"(?=(?:[^.!?\n]|\.(?=\d))*$)", re.IGNORECASE)
_MOVED_WORD = re.compile(r"muutt|moved|flytt|umgezogen|pārcēl|persikėl|finns|ligger|nå|nu|now|jetzt|nyt|dabar|przeni|"
                         r"переех|переїха|siirty|osoite", re.IGNORECASE)  # (the cheap test first)
# An address whose first part is an institution's own name ("Great Ormond Street Hospital, Great Ormond Street, London
# WC1N 3JH", "St Mary's Hospital, Praed Street, ..."; privacy17).
_INSTITUTION_FIRST = re.compile(r"^[^,]*(?:hospital|infirmary|clinic|centre|center|police station|klinik\w*|sairaala|"
                                r"sjukhus\w*|sykehus\w*|haigla|ligonin\w*|szpital\w*|krankenhaus)\s*,", re.IGNORECASE)
_SOMEONE_THERE = re.compile(
    r"(?<!\w)(?:asuu|asuvat|asunut|luona|kotona|koti\w*|bor|bodde|hos|lives|living|home|stays?|staying|wohnt|wohnen|"
    r"bei|mieszka\w*|u|dzīvo|gyvena|elab|juures|boende\w*|bostad\w*|asunno\w*|asunto\w*|housing|живе\w*|живут|проживає|проживает|client\w*|asiakka\w*|klient\w*)(?!\w)",
    re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=[^.!?\n]*$)")
# A clause that tells someone moved from or to the address, or names someone's new address, after an authority that is
# asked about it ("Får socialtjänsten lämna ut att Wilmer har flyttat från Storgatan 58", "Darf das Jugendamt sagen, dass
# Lea von Heinrichstraße 31 ... gezogen ist", "Må kommunen oplyse skolen om, at Magnus' nye adresse er ..."; privacy22,
# round 21's dropped rule with the new address). Not the authority moving ("The MASH moved to Civic Centre").
_SOMEONE_MOVED = re.compile(
    r"(?<!\w)(?:att|that|dass|at|että|et|kad|ka|że|що|что)\s[^!?\n]*?(?<!\w)(?:flytta\w*|flytte\w*|moved|muutti|"
    r"muuttanut|kolis\w*|pārcēl\w*|persikėl\w*|przeprowadzi\w*|umgezogen|gezogen|переїха\w*|переехал\w*)(?!\w)|"
    r"(?<!\w)(?:nya adress|neuen? (?:Anschrift|Adresse)|nye adresse|new address|uusi osoite|nowy adres|новый адрес|"
    r"нова адреса|jaunā adrese|nauja gyvenamoji vieta|uus aadress)(?!\w)",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[!?\n]|\.\s+[A-ZÅÄÖ][a-zåäö]")  # (a street's or a floor's dot ends no clause: "Str. 31, 2. OG")
# The police found, drove or took someone there: the address is where the person was, not the police's ("Polisen
# körde mamman från Smedjegatan 5", "politiet fant ham i Tøyengata 9", "Polizei hat ihn in der Weserstraße 4
# aufgegriffen"; privacy19).
_POLICE_TOOK = re.compile(
    r"(?<!\w)(?:poliisi\w*|polis\w*|politi\w*|polizei|police|polic\w*|politsei|поліці\w*|полици\w*)\s(?:[^.!?\n]*\s)?"
    r"(?:löysi\w*|löyti\w*|kuljetti\w*|vei|veivät|toi|toivat|hittade|körde|hämtade|fandt|kørte|hentede|fant|kjørte|"
    r"hentet|fand|brachte|aufgegriffen|gefunden|found|took|drove|brought|picked|leidis|viis|tõi|atrada|aizveda|rado|"
    r"nuvežė|znalazł\w*|zawiozł\w*|знайшл\w*|відвез\w*|нашл\w*|отвез\w*)(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _an_institutions(text: str, start: int) -> bool:
    """The address is an institution's: see ``_INSTITUTION_BEFORE``."""
    window = text[max(0, start - 120):start]
    boundary = _SENTENCE_START.search(window)
    sentence = window[boundary.end():] if boundary else window
    end = _SENTENCE_END.search(text, start)
    whole = sentence + text[start:end.start() if end else len(text)]
    if _MOVED_WORD.search(window) and _AUTHORITY_MOVED.search(window):
        return not _SOMEONE_THERE.search(sentence)
    return bool(_INSTITUTION_BEFORE.search(sentence) or _AUTHORITY_BEFORE.search(sentence)) and \
        not _SOMEONE_THERE.search(sentence) and not _POLICE_TOOK.search(whole) and not _SOMEONE_MOVED.search(
            sentence + text[start:_CLAUSE_END.search(text + "\n", start).start()])


# An organisation's registry, business, tax or charity number beside an address says the address is the organisation's
# (privacy49): "Försäkringskassan, Box 1164, 621 22 Visby, org.nr 202100-5521", "Töötukassa, registrikood 70009770,
# postkast 1, …", "ZUS, NIP 521-301-72-28, skrytka pocztowa 24, …", "Barnardo's, Tanners Lane, …, IG6 1QG. Registered
# charity 216250". A person's home has none of these.
_ORGANISATIONS_NUMBER = re.compile(
    r"(?<!\w)(?:org\.?\s?nr|organisationsnummer|organisasjonsnummer|org\.?\s?nummer|y-tunnu\w*|cvr|registrikood\w*|"
    r"reģ\.?\s?nr|reģistrācijas\snumur\w*|įmonės\skod\w*|nip|regon|charity\s(?:no|number)|registered\scharity|"
    r"company\s(?:no|number)|hrb|ust-idnr|єдрпоу|едрпоу|огрн)(?!\w)", re.IGNORECASE)
_NUMBER_REACH = 60  # (characters after the address: "…, IG6 1QG. Registered charity 216250")


def _beside_an_organisations_number(text: str, address: Finding) -> bool:
    window = text[max(0, address.start - 120):address.start]
    boundary = _SENTENCE_START.search(window)
    after = text[address.end:address.end + _NUMBER_REACH].split("\n")[0]
    return bool(_ORGANISATIONS_NUMBER.search(window[boundary.end():] if boundary else window) or
                _ORGANISATIONS_NUMBER.search(after))


# An office's switchboard, customer service or opening hours in the address's sentence, or opening the next one, say
# the address is the office's (privacy50): "Kela, PL 450, 00056 Kela. Asiakaspalvelu 020 692 204", "BUP Norr, Box 17,
# 901 03 Umeå; telefon 090-785 00 00 (växel)", "Postboks 2128, 0505 Oslo. Sentralbord 21 80 21 80", "… 582 25
# Linköping, från 1 mars. Telefontid 9–11"; not "växelvis", nor a person's work number in a sentence of its own.
_SERVICE_LINE = (
    r"(?<!\w)(?:vaihde|vaihteen|vaihteesta|växel|växeln|vxl|sentralbord\w*|omstilling\w*|switchboard|"
    r"asiakaspalvelu\w*|kundtjänst\w*|kundeservice\w*|customer\sservice|telefontid\w*|puhelinai\w*|"
    r"office\shours|opening\shours|aukioloaj\w*|öppettid\w*|åbningstid\w*|åpningstid\w*|öffnungszeit\w*|"
    r"sprechzeit\w*|zentrale|lahtiolekuaj\w*|klienditeenindus\w*|darba\slaik\w*|darbo\slaik\w*|"
    r"godziny\sotwarcia|centrala|години\sроботи|графік\sроботи|часы\sработы|режим\sработы)(?!\w)")
_SERVICE_LINE_AFTER = re.compile(rf"[^.!?\n]*?{_SERVICE_LINE}|[^.!?\n]*[.!?\n]\s*{_SERVICE_LINE}", re.IGNORECASE)
_SERVICE_LINE_BEFORE = re.compile(_SERVICE_LINE, re.IGNORECASE)


def _beside_a_service_line(text: str, address: Finding) -> bool:
    window = text[max(0, address.start - 120):address.start]
    boundary = _SENTENCE_START.search(window)
    return bool(_SERVICE_LINE_AFTER.match(text, address.end) or
                _SERVICE_LINE_BEFORE.search(window[boundary.end():] if boundary else window))


# A professional's signature (privacy50): an address in the block under a closing ("Med vennlig hilsen", "Z
# poważaniem", "З повагою") that holds a work e-mail is the office's ("Hilde Solberg\nbarnevernskonsulent, …\n
# hilde.solberg@bodo.kommune.no\nPostboks 319, 8001 Bodø"); a parent signs with a home address and a private e-mail,
# or says so ("Helena Strand\nmamma till Vilgot\nKungsgatan 17 B, …\nhelena.strand@telia.com").
_CLOSING = re.compile(
    r"^[ \t]*(?:(?:ystävällisin\s|parhain\s|lämpimin\s)?terveisin|t\.|(?:med\s)?vänlig(?:a)?\shälsning(?:ar)?|"
    r"hälsningar|mvh|kind\sregards|best\sregards|regards|best\swishes|yours\s(?:sincerely|faithfully)|"
    r"lugupidamisega|parimate\ssoovidega|ar\scieņu|pagarbiai|su\spagarba|z\spoważaniem|pozdrawiam|"
    r"mit\sfreundlichen\sgrüßen|(?:viele|beste)\sgrüße|(?:med\s)?venlig\shilsen|(?:med\s)?vennlig\shilsen|"
    r"з\sповагою|с\sуважением)[,.!]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_WORK_EMAIL = re.compile(r"[\w.+-]+@(?!(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|aol|proton|"
                         r"protonmail|gmx|web|t-online|mail|inbox|wp|o2|onet|interia|ukr|i|yandex|rambler|bk|list|"
                         r"suomi24|luukku|telia|elisa|saunalahti|online|bredband|comhem|spray)\.)[\w-]+(?:\.[\w-]+)+")
_PARENT = re.compile(r"(?<!\w)(?:mamma|pappa|mor|far|mother|father|mum|dad|parent|guardian|äiti|isä|huoltaja|"
                     r"förälder|vårdnadshavare|forælder|forelder|ema|isa|māte|tēvs|motina|tėvas|mama|tata|mutter|vater|"
                     r"papa|мама|папа|мати|батько|мать|отец)(?!\w)", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _in_a_work_signature(text: str, address: Finding) -> bool:
    closings = list(_CLOSING.finditer(text, 0, address.start)) if "@" in text else []
    if not closings:
        return False
    blank = _BLANK_LINE.search(text, closings[-1].end())
    block_end = blank.start() if blank else len(text)
    block = text[closings[-1].end():block_end]
    return address.end <= block_end and bool(_WORK_EMAIL.search(block)) and not _PARENT.search(block)


# (privacy54) A meeting room after the address, by its own word or an office's, in the twelve languages ("Pärnu mnt 102,
# ruum 2.14", "H.C. Andersens Boulevard 12, lokale 2.14", "Thorvald Meyers gate 51, møterom 2.14", "вул. Тараса
# Шевченка 12, каб. 214", "Topeliuksenkatu 41 A, 3. krs, neuvotteluhuone Kaisla", "…, 214. telpā"): a meeting's place,
# no one's home (a lodging's "rum 7", "room 14", "pok. 14" is where someone sleeps, and stays an address).
_MEETING_ROOM_AFTER = re.compile(
    r",?\s(?:ruum|lokale|møterom|mødelokale|mødelokalet|mötesrum|konferensrum|sammanträdesrum|neuvotteluhuone|"
    r"kokoushuone|meeting\sroom|conference\sroom|raum|besprechungsraum|sitzungssaal|sala|salka|kabinet\w*|"
    r"posėdžių\ssalė|sanāksmju\stelpa|каб\.|кабінет\w*|кабинет\w*|aula|auditorium|\d{1,4}\.\s(?:telpā|kabinetā))"
    r"(?!\w)", re.IGNORECASE)

# (privacy59) A meeting, an appointment or a session set at the address, said in its sentence before it, with a room or
# an office's word in the sentence, in the twelve languages ("Tapaaminen pidetään Mannerheimintie 164:n toimistolla,
# huone B 12", "Spotkanie przy ul. Jana Pawła II 14, pokój 12", "Termin in der Goethestraße 12, Raum 3.14", "Møtet er i
# Kong Oscars gate 12, rom 3"): an office's place. A meeting at a family's flat has no office and no meeting room ("Meeting
# held at the mother's flat, Unit 6, …", "Susitikimas vyko Pylimo g. 21-3"), nor where someone lives.
_MEETING = re.compile(
    r"(?<!\w)(?:meeting|appointment|session|tapaami\w*|palaveri\w*|kokous\w*|neuvottelu\w*|möte[nt]?|mötet|"
    r"møte[t]?|møde[t]?|termin|treffen|besprechung|sitzung|kohtumi\w*|koosolek\w*|tikšanā\w*|sanāksm\w*|"
    r"susitikim\w*|posėd\w*|spotkani\w*|zebrani\w*|зустріч\w*|нарад\w*|встреч\w*|совещани\w*)(?!\w)",
    re.IGNORECASE)
_OFFICE_OR_ROOM = re.compile(
    r"(?<!\w)(?:room|rooms|office|clinic|house|centre|center|huone\w*|toimisto\w*|viras\w*|\w+talo(?:ssa|on|lla|lle)?|"
    r"rum|rummet|plan|lokal\w*|\w*huset|\w*hus|kontor\w*|rom|rommet|raum|büro\w*|\w*amt\w*|institut\w*|ruum\w*|"
    r"kabinet\w*|telp\w*|pokój|pokoj\w*|siedzib\w*|urz[ąę]d\w*|кабінет\w*|кабинет\w*|офіс\w*|офис\w*)(?!\w)",
    re.IGNORECASE)


def _sentence_and_clause_end(text: str, address: Finding) -> tuple[str, int]:
    """The address's sentence before it (at most 120 characters), and where the address's clause ends."""
    window = text[max(0, address.start - 120):address.start]
    boundary = _SENTENCE_START.search(window)
    end = _CLAUSE_END.search(text + "\n", address.end)
    return (window[boundary.end():] if boundary else window), end.start()


def _a_meetings_place(text: str, address: Finding) -> bool:
    sentence, clause_end = _sentence_and_clause_end(text, address)
    around = sentence + text[address.start:clause_end]  # (the room may be inside the address: "…, rom 3")
    return bool(_MEETING.search(sentence) and _OFFICE_OR_ROOM.search(around)) and not _SOMEONE_THERE.search(sentence)


# (privacy55) A place open to callers at its hours, said in the address's sentence: "open" in the twelve languages,
# then a time, a weekday's or a night's span, or round the clock ("Blegdamsvej 27, åbent 10-14", "på Ölandsgatan 34
# har 12 platser, öppet 19–08", "ligger i Roald Amundsens gate 6, åpen hele døgnet", "geöffnet Mo–Fr 9–12"). A
# home is not open, nor where someone lives ("lives at 12 Bede Ct, open to visits 2-4"); a door left open has no hours.
_ROUND_THE_CLOCK = (r"24/7|around\sthe\sclock|dygnet\srunt|hele\sdøgnet|døgnet\srundt|ympäri\svuorokauden|"
                    r"rund\sum\sdie\suhr|ööpäev\sringi|visu\sdiennakti|visą\sparą|całodobowo|цілодобово|круглосуточно")
_OPEN_AT_HOURS = re.compile(
    r"(?<!\w)(?:open|opens|öppet|öppen|åbent|åben|åpent|åpen|auki|avoinna|geöffnet|offen|avatud|atvērts|atvērta|"
    r"atidaryta|atidarytas|dirba|otwarte|otwarty|czynne|czynny|відкрито|відчинено|открыто)"
    rf"(?:\s(?:{_ROUND_THE_CLOCK})|(?:\s[^\W\d_]{{1,12}}\.?(?:[-–][^\W\d_]{{1,12}}\.?)?){{0,2}}"
    r"\s?[-–]?\s?\d{1,2}(?:[.:]\d{2})?\s?[-–]\s?\d)",
    re.IGNORECASE)


def _open_at_hours(text: str, address: Finding) -> bool:
    sentence, clause_end = _sentence_and_clause_end(text, address)
    return not _SOMEONE_THERE.search(sentence) and bool(
        _OPEN_AT_HOURS.search(sentence) or _OPEN_AT_HOURS.search(text, address.end, clause_end))


def is_institutions(text: str, address: Finding) -> bool:
    """Whether ``address`` found in ``text`` is an institution's: its sentence names one before it, or its first part
    is an institution's own name, or an organisation's number, switchboard or opening hours stand beside it, or it
    ends a professional's signature, or (privacy51) its sentence gives an office's mailbox and no one's own address
    ("Send requests to dataprotection@leeds.gov.uk or by post to Information Governance, PO Box 837, Leeds"), or
    (privacy54) a meeting room follows it, or (privacy55) its sentence says the place is open at its hours, or
    (privacy59) its sentence sets a meeting there."""
    return _an_institutions(text, address.start) or bool(_INSTITUTION_FIRST.match(address.text)) or \
        _beside_an_organisations_number(text, address) or _beside_a_service_line(text, address) or \
        _in_a_work_signature(text, address) or beside_office_mailbox(text, address.start, address.end) or \
        bool(_MEETING_ROOM_AFTER.match(text, address.end)) or _open_at_hours(text, address) or \
        _a_meetings_place(text, address)
