"""An Arabic family name's article after a name found, inside the name (privacy48): "Yusuf bin Khalid al-Amiri",
"Tariq bin Saleh al-Harbi", "Ахмед аль-Хасан". The article in lower case starts no name of its own, so a name found
before it (by any rule) stops short; the article and the word joined to it by its hyphen belong to that name, in
every script and with the name's case ending ("al-Amirin", "аль-Хасаном").
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.privacy.base import NAME, Finding

_ARTICLE = re.compile(r"[ \t](?:al|el|ul|as|ash|ad|ar|аль|ал|эль|ель)-[^\W\d_]+(?:['’]s)?(?![\w-])", re.IGNORECASE)


def with_family_articles(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with each name that an Arabic family name's article follows running through that name."""
    return [_extended(text, f) if f.kind == NAME else f for f in findings]


def _extended(text: str, name: Finding) -> Finding:
    article = _ARTICLE.match(text, name.end)
    if not article or not article.group()[article.group().index("-") + 1].isupper():
        return name
    return replace(name, end=article.end(), text=text[name.start:article.end()])
