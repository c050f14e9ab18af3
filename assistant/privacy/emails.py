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
_ROLE_MAILBOX = re.compile(
    r"(?:[\w'-]+[._])?(?:info|kontakt|contact|post|posti|pasts|postmottak|postkasse|office|toimisto|kirjaamo|"
    r"kanslia|registratur|registry|sekretariat|secretariat|sekretariaat|kancelaria|biuro|buero|reception|admin|support|"
    r"helpdesk|noreply|no-reply|enquiries|hello|asiakaspalvelu|kundservice|kundtjanst|service|mash)(?:[._][\w'-]+)?",
    re.IGNORECASE)


def find_emails(text: str) -> list[Finding]:
    return [Finding(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)
            if not _ROLE_MAILBOX.fullmatch(re.split(_AT, m.group(), maxsplit=1)[0])]
