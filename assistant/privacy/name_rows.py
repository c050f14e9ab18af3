"""A register's row pasted into a message opens with the person's name, the surname in capitals (privacy45):
"BERGQVIST, Anders J.<tab>880615-1539<tab>…", "O'BRIEN, Siobhan M. | 02-11-2013 | …", "ШЕВЧЕНКО-ЛІНДРОС Ольга В. |
3342726180 | …": at a line's start, a surname in capitals (its parts joined by a hyphen or an apostrophe), a comma
or not, a space (a tab would end the cell: "ПІБ<tab>РНОКПП" is a header), a capitalised first name and an initial with
its full stop or not, then the row's cell ends (a tab, a bar or a semicolon). The whole is one name, the initial's full stop with it, as the sets label it.
"""

from __future__ import annotations

import re

from assistant.privacy.base import LIKELY, NAME, Finding
from assistant.privacy.letters import UP, WORD

_CAPITALS = rf"{UP}+(?:['’-]{UP}+)*"
_ROW_NAME = re.compile(rf"^[^\S\n]*(?P<name>{_CAPITALS},? {UP}{WORD}+(?:-{UP}{WORD}+)?(?: {UP}\.)?)"
                       r"[^\S\n]*[\t|;]", re.MULTILINE)


def find_row_names(text: str) -> list[Finding]:
    """The names opening a register's rows (see the module's docstring)."""
    return [Finding(NAME, m.start("name"), m.end("name"), m.group("name"), LIKELY) for m in _ROW_NAME.finditer(text)]
