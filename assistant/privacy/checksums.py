"""The check-digit arithmetic the identity-code schemes share."""

from __future__ import annotations


def weighted(digits: str, weights: tuple[int, ...]) -> int:
    """The sum of each digit times its weight, the first step of every modulus check here."""
    return sum(int(d) * w for d, w in zip(digits, weights))
