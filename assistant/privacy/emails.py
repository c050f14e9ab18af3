"""E-mail addresses, also as people type them to dodge spam filters or dictate them in words (privacy44); an office's
mailbox is no one's (privacy42: moved out of ``numbers.py``, which holds the phones)."""

from __future__ import annotations

import re

from assistant.privacy.base import EMAIL, LIKELY, NAME, Finding


# The "@" and the "." as the twelve languages say them ("miukumauku", "snabel-a", "krøllalfa", "małpa", "собака",
# "равлик" ...; "piste", "punktum", "kropka", "точка" ...), for the addresses typed to dodge spam filters and dictated.
_AT_WORDS = (r"at|ät|ätt|æt|et|eta|snabel-?a|at-merkki|miukumauku|kissanhäntä|krøllalfa|alfakrøll|grafiņa|małpa|małpka|"
             r"malpa|klammeraffe|собака|собачка|равлик|ет")
_DOT_WORDS = r"dot|piste|punkt|punktum|punkts|punktas|taškas|kropka|prikk|точка|крапка"
# Also the forms people type to dodge spam filters: "name(at)example.fi", "name [at] example [dot] fi".
# (privacy46) the sign's word in any language in brackets of any kind ("[małpa]", "{at}", "(собачка)", "<ät>"), and
# "(a)" typed where the "@" goes ("lina-marie.sjoberg(a)hotmail.se")
_OPEN, _CLOSE = r"[(\[{<]", r"[)\]}>]"
_AT = rf"(?:@|\s*{_OPEN}\s*(?:{_AT_WORDS})\s*{_CLOSE}\s*|\(a\))"
_DOT = rf"(?:\.|\s*{_OPEN}\s*(?:{_DOT_WORDS})\s*{_CLOSE}\s*)"
# An apostrophe may sit inside the local part ("o'connor.mary@..."), never at its start. (privacy46) The address may
# be split at a line end after a dot, a hyphen or the "@" ("sari.⏎makinen@kolumbus.fi", "hassan.omar@⏎live.se"), or
# by a space after a hyphen, as a word processor breaks it ("anna- maria.virta@…", "…@lviv- rada.gov.ua").
_BREAK = r"(?<=\w[.-])\n(?=\w)|(?<=\w-) (?=\w)"
_LOCAL = rf"[\w+-](?:[\w.+'-]|{_BREAK})*"
_PART = rf"\w(?:[\w-]|{_BREAK})*"
_EMAIL = re.compile(rf"(?<![\w.+-])(?<!\w')(?:{_LOCAL}){_AT}\n?{_PART}(?:{_DOT}{_PART})*{_DOT}[A-Za-z]{{2,24}}(?![\w-])",
                    re.IGNORECASE)


# An office's address, not a person's: a local part that names a role or a service, alone or as one of its dotted parts
# (privacy42: "info@lasteabi.ee", "pasts@bti.gov.lv", "sekretariat@pcpr.lublin.pl", "skola.info@edu.botkyrka.se").
# (privacy43: a registry, a post room, a municipality, any "...service" desk, and the child-protection and social
# offices by their names in the region's languages: "registrator@", "poststelle@", "kommun@", "borgerservice@",
# "safeguarding@", "lado@", "familjeratten@", "opeka@", "ssd@")
_ROLE_MAILBOX = re.compile(
    r"(?:[\w'-]+[._])?(?:info|kontakt|contact|post|posti|pasts|postmottak|postkasse|poststelle|postmaster|office|"
    r"toimisto|kirjaamo|kanslia|registratur|registry|registrar|registrator|sekretariat|secretariat|sekretariaat|"
    r"kancelaria|biuro|buero|reception|admin|support|helpdesk|noreply|no-reply|enquiries|hello|asiakaspalvelu|"
    r"kundservice|kundtjanst|[a-z]*service|servicedesk|mash|kommun|kommune|kunta|gmina|vald|"
    r"safeguarding|lado|familjeratt\w*|socialtjanst\w*|barnevern\w*|jugendamt|sozialamt|opeka|ssd|"
    # (privacy46) an office's functions in the twelve languages, alone or at a compound's end ("familysupport@",
    # "sosiaalipaivystys@", "mottagning.barn@", "skolskjuts@"): its chancellery, documents, reception, duty desk,
    # municipality or transport
    r"kantselei|kanceliarij\w*|kanceleja|kanzlei|канцеляр\w*|dokumen\w*|asiakirja\w*|handlingar|"
    r"mottagning\w*|vastaanotto|vastuvott|pienemsana|priemimas|rejestracja|empfang|modtagelse(?:n)?|mottak|"
    r"savivaldybe|pasvaldiba|omavalitsus|gemeinde|municipality|council|"
    r"[a-z]*(?:support|paivystys|päivystys|jour|dezurstvo|budejimas|dyzur|notdienst|vagt|vakt|skjuts|"
    r"kuljetus|transport)|"
    # (privacy51) a duty desk, and a department, centre, protection service, court or counselling office at a
    # compound's end in the twelve languages ("csc.duty@", "familieafdelingen@", "familjecentralen@", "lastekaitse@",
    # "bariņtiesa@", "perheneuvola.ita@", "dataprotection@"); a word of its own before it, so no surname ("Schutz")
    r"duty|[^\W\d_]{3,}(?:duty|osasto|avdelning|afdeling|avdeling|osakond|nodala|nodaļa|skyrius|dzial|dział|abteilung|"
    r"viddil|otdel|keskus|central|centrum|centret|center|centre|senter|centrs|centras|zentrum|tsentr|suojelu|skydd|"
    r"beskyttelse|kaitse|aizsardziba|aizsardzība|apsauga|ochrona|schutz|zakhyst|zashchita|protection|tiesa|teismas|"
    r"gericht|retten|neuvola|radgivning|rådgivning|beratung|poradnia)(?:en|et|a|s)?)"
    r"(?:[._][\w'-]+)?",
    re.IGNORECASE)


# (privacy44) An address dictated in words, as a caller spells it out: "mo dot trask at btinternet dot com", "tiina.hokkanen
# ät luukku piste com", "gunilla punkt rydberg snabel-a telia punkt com". The "at" and "dot" said as words of the
# region's languages; it ends in a country's or a generic top-level domain, so a sentence's "at" is none.
# (privacy45) and the Latvian "et", the Danish and Norwegian "punktum"; in the local part an underscore said too ("jade
# underscore mills at yahoo dot co dot uk", "ilze punkts kalnina et inbox punkts lv", "mette punktum holm snabel-a …")
_DOT_SAID = rf"(?:\.|\s+(?:{_DOT_WORDS})\s+)"
_UNDERSCORE_SAID = (r"\s+(?:underscore|alaviiva|understreck|understrek|understregning|unterstrich|podkreślnik|"
                    r"apakšsvītra|pabraukimas|alakriips|подчёркивание|подчеркивание|підкреслення)\s+")
_DOMAIN_END = r"(?:com|net|org|info|eu|fi|se|ee|lv|lt|pl|de|dk|no|ua|ru|uk|ie|at|ch|nl|io)"
_EMAIL_SAID = re.compile(rf"(?<![\w.@-])(?:[\w'-]+(?:{_DOT_SAID}|{_UNDERSCORE_SAID}))*[\w'-]+\s+(?:{_AT_WORDS})\s+[\w-]+"
                         rf"(?:{_DOT_SAID}[\w-]+)*?{_DOT_SAID}{_DOMAIN_END}(?![\w@-])", re.IGNORECASE)
_AT_WORD = re.compile(rf"\s+(?:{_AT_WORDS})\s+", re.IGNORECASE)


# (privacy45) A shared or functional mailbox named right before the address, whatever its local part says
# ("funktionsbrevlådan barnochunga@sollentuna.se", "the shared inbox teamnorth@…", "yhteiseen sähköpostiin …").
_SHARED_MAILBOX_BEFORE = re.compile(
    r"(?:funktionsbrevlåd|funktionsadress|gruppbrevlåd|funktionspostkass|fællespostkass|fælles\spostkass|"
    r"felles\spostkass|fellespostkass|funktionspostfach|sammelpostfach|gruppenpostfach|"
    r"(?:shared|functional|generic|team|group)\s(?:mailbox|inbox|e-?mail|address)|yhteis(?:osoit|sähköpost|"
    r"postilaatikk)|ryhmäsähköpost|wspóln\w*\sskrzynk|общ\w*\s(?:ящик|почт)|спільн\w*\s(?:скриньк|пошт))\w*"
    r"[\s:]*$", re.IGNORECASE)


# (privacy47) A message's id in a pasted header ("Message ID <20261203.8812.noreply@nhs.net>", "In-Reply-To: <…>") has
# an address's shape and names no mailbox.
_MESSAGE_ID_BEFORE = re.compile(r"(?:message[- ]?id|in-reply-to|references)[\s:]*<?$", re.IGNORECASE)


# (privacy51) A mailbox named after its own domain is the organisation's ("fdds@fdds.pl", "vaikoteises@vaikoteises.lt").
_DOMAINS_OWN = re.compile(r"(?P<local>[\w-]+)@(?P=local)\.", re.IGNORECASE)


def _someones(local_part: str, text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    return not (_ROLE_MAILBOX.fullmatch(local_part) or _SHARED_MAILBOX_BEFORE.search(before)
                or _MESSAGE_ID_BEFORE.search(before) or _DOMAINS_OWN.match(text, start))


def find_emails(text: str) -> list[Finding]:
    """E-mail addresses typed or dictated in words, but an office's mailbox."""
    typed = [Finding(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)
             if _someones(re.split(_AT, m.group(), maxsplit=1)[0], text, m.start())]
    said = [Finding(EMAIL, m.start(), m.end(), m.group(), LIKELY) for m in _EMAIL_SAID.finditer(text)
            if _someones(_AT_WORD.split(m.group(), maxsplit=1)[0], text, m.start())]
    return typed + [f for f in said if all(f.end <= t.start or f.start >= t.end for t in typed)]


def without_names_inside_addresses(candidates: list[Finding], text: str) -> list[Finding]:
    """(privacy51) ``candidates`` without the names inside an e-mail address, an office's too, whose mailbox is no
    finding to win the overlap ("familjecentralen@uppsala.se" holds no name)."""
    addresses = [m.span() for m in _EMAIL.finditer(text)] if "@" in text else []
    return [f for f in candidates
            if f.kind != NAME or all(f.end <= start or f.start >= end for start, end in addresses)]


# Where a sentence ends: a full stop, a question or an exclamation mark before a space, or a line's end.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def beside_office_mailbox(text: str, start: int, end: int) -> bool:
    """(privacy46) Whether ``text[start:end]`` stands in a sentence that gives an office's mailbox and no one's own
    address ("Ilmoitukset osoitteeseen kirjaamo@lahti.fi ..., puhelin arkisin 03 819 2800"): the office's number."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    addresses = list(_EMAIL.finditer(text, begin, stop))
    return bool(addresses) and not any(_someones(re.split(_AT, m.group(), maxsplit=1)[0], text, m.start())
                                       for m in addresses)
