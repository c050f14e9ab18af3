"""What the whole personal-data screen finds in a message: the helper of the privacy rounds' rule tests."""

from __future__ import annotations

from assistant.privacy import find_personal_data


def found(text: str, kind: str | None = None) -> list[str]:
    """The texts of the findings in ``text``, of ``kind`` only when it is given."""
    return [f.text for f in find_personal_data(text) if kind is None or f.kind == kind]
