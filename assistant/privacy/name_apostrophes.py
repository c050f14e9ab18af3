"""The possessive apostrophe after a name ending in s stands outside the name (privacy53).

The datasets' conventions: after a name ending in s, the "'s" or the bare apostrophe is outside, in every language
that writes one ("[Lukas]' Schulbegleiter", "[Thias]' mor", "[marcus]'s support worker"); the apostrophe of an
English plural family is its one possessive mark and stays inside ("the [Okafors']"). A name ending in another
letter keeps its "'s" ("[Amara's]") and a German "z" its bare apostrophe ("[Moritz'] Mutter"), as the sets label them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.privacy.base import NAME, Finding

_AFTER_S = re.compile(r"(?<=[sS])['’][sS]?$")
_PLURAL_FAMILY = re.compile(r"(?:^|\W)the[^\S\n]+$", re.IGNORECASE)


def without_apostrophes_after_s(findings: list[Finding], text: str) -> list[Finding]:
    """``findings`` with each name's apostrophe (or "'s") after a final s left outside its span."""
    return [_without_apostrophe(finding, text) for finding in findings]


def _without_apostrophe(finding: Finding, text: str) -> Finding:
    if finding.kind != NAME:
        return finding
    mark = _AFTER_S.search(finding.text)
    if mark is None or (mark.group() in ("'", "’") and _PLURAL_FAMILY.search(text, 0, finding.start)):
        return finding
    end = finding.start + mark.start()
    return replace(finding, end=end, text=text[finding.start:end])
