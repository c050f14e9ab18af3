"""E-mail addresses, also as people type them to dodge spam filters; an office's mailbox is no one's (privacy42: moved
out of ``numbers.py``, which holds the IBANs and phones)."""

from __future__ import annotations

import re

from assistant.privacy.base import EMAIL, Finding


# Also the forms people type to dodge spam filters: "name(at)example.fi", "name [at] example [dot] fi".
# An apostrophe may sit inside the local part ("o'connor.mary@..."), never at its start.
_AT = r"(?:@|\s*[(\[]\s*at\s*[)\]]\s*)"
_DOT = r"(?:\.|\s*[(\[]\s*dot\s*[)\]]\s*)"
_EMAIL = re.compile(rf"(?<![\w.+-])(?<!\w')[\w+-][\w.+'-]*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,24}}(?![\w-])",
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
    r"safeguarding|lado|familjeratt\w*|socialtjanst\w*|barnevern\w*|jugendamt|sozialamt|opeka|ssd)"
    r"(?:[._][\w'-]+)?",
    re.IGNORECASE)


def find_emails(text: str) -> list[Finding]:
    return [Finding(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)
            if not _ROLE_MAILBOX.fullmatch(re.split(_AT, m.group(), maxsplit=1)[0])]
