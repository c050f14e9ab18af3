"""Authors and subjects of what a class read or watched are no clients (privacy37).

"Vi læste Karen Blixen og så en film om Kim Larsen", "Aktusel loeti Jaan Krossi katkendit", "Wir haben Cornelia
Funke gelesen", "skatījās filmu par Kārli Ulmani", "Учні читали Шевченка і Франка": a name right after a verb of
reading (or before "gelesen"), or after a film, a video or a book "about" or "by", is a writer's or a public figure's,
whoever it is and whether or not ``FAMOUS`` lists them; so is a name joined to such a one by "and" ("і Франка").
(privacy55) So is a name before a memorial, a statue or a fan club ("Matti Nykäsen muistolaatta", "Lydia Koidula
ausammas", "Lewis Hamilton fans' club") and one after a royal title ("Prins Joachim besøgte skolen").
"""

from __future__ import annotations

import re

_READ = (r"(?:read|reading|läste|läser|läsa|læste|læser|leste|leser|lese|luimme|luettiin|luetaan|lugesime|loeti|"
         r"lasīja|lasījām|lasa|skaitė|skaitėme|skaitome|czytali\w*|czytamy|czytaliśmy|читали|читаємо|читаем|читав|"
         r"читала)")
_ABOUT = (r"(?:film\w{0,3}|video\w{0,3}|book|bok|boken|bog|bogen|kirja|raamat\w*|grāmat\w*|knyg\w*|książk\w*|"
          r"фільм\w*|фильм\w*|книг\w*|відео|видео)[ \t]+(?:about|by|om|av|af|über|von|par|apie|o|про|о|об|від)")
_ROYAL = (r"(?:king|queen|prince|princess|kung|drottning|prins|prinsessan?|konge|kong|dronning|prinsesse|kuningas|"
          r"kuningatar|prinssi|prinsessa|kuninganna|prints|printsess|karalis|karaliene|princis|princese|karalius|"
          r"karalienė|princas|princesė|król|królowa|książę|księżniczka|könig|königin|prinz|prinzessin|король|королева|"
          r"принц|принцеса|принцесса)")
_BEFORE = re.compile(rf"(?<!\w)(?:{_READ}|{_ABOUT}|{_ROYAL})[ \t]+$", re.IGNORECASE)
_AFTER = re.compile(
    r"[ \t]+(?:gelesen|\w*muistolaat\w*|\w*patsa(?:s|a\w{0,4})|ausammas\w*|mälestusmärk\w*|monument\w*|memorial|statue|"
    r"staty\w*|minnesplatt\w*|minnestavl\w*|mindeplade\w*|denkmal\w*|gedenktafel\w*|pomnik\w*|tablic\w*\spamiątkow\w*|"
    r"piemineklis|piemiņas|paminkl\w*|memorialin\w*|пам'ятн\w*|пам’ятн\w*|памятн\w*|"
    r"fans?(?:'|’)?\s(?:club|klub\w*))(?!\w)",
    re.IGNORECASE)
_AND = re.compile(r"^[ \t]+(?:and|och|og|und|ja|ning|ir|un|i|і|и|та|,)[ \t]+$|^,[ \t]*$", re.IGNORECASE)


def works_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop the names of authors and subjects of works (see the module's docstring)."""
    dropped_end = -1
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if (start, end) not in spans:
            continue
        after_work = _BEFORE.search(text, max(0, start - 30), start) or _AFTER.match(text, end)
        if after_work or (dropped_end >= 0 and _AND.match(text[dropped_end:start])):
            for inside in [s for s in spans if start <= s[0] and s[1] <= end]:  # "Cornelia" in "Cornelia Funke"
                del spans[inside]
            dropped_end = end
