"""Numbers of an identity code's length and shape that are named as something else (privacy46).

An invoice, reference, contract, customer, order, receipt or payment number ("Laskun numero 231126-0042", "rēķina Nr.
281126-10447", "nr umowy 26120344716", "номер договору 3112044712", "KID 20261244718") may read as a code of some scheme,
checksum and all; the name right before it says whose number it is: a business's, not a person's.
"""

from __future__ import annotations

import re

# The things a business numbers, in the twelve languages (the stem; a case ending or a compound's joint may follow).
_NUMBERED_THINGS = (
    r"lasku|viite|sopimus|asiakas|tilaus|kuitti|faktura|referens|avtal|kund|order|beställning|bilag|aftale|kunde|"
    r"ordre|kontrakt|rechnung|vertrag|bestell|beleg|arve|viide|leping|kliendi|tellimus|makse|rēķin|līgum|klienta|"
    r"pasūtījum|maksājum|sąskait|sutart|kliento|užsakym|mokėjimo|umow|zamówieni|płatnoś|invoice|reference|contract|"
    r"customer|order|receipt|payment|счет|счёт|договор|заказ|клиент|платеж|рахун|договір|замовлен|клієнт|платіж")
_NUMBER_WORDS = r"nr|no|numero|number|nummer|numer|numurs|numeris|kod|kods|kodas|kood|номер|№|id"
NAMED_BEFORE = re.compile(
    rf"(?<!\w)(?:(?:{_NUMBERED_THINGS})\w*?[\s.-]*(?:{_NUMBER_WORDS})\w*|(?:{_NUMBER_WORDS})\.?\s+(?:{_NUMBERED_THINGS})\w*|"
    r"kid|ocr|kassenzeichen|aktenzeichen|geschäftszeichen|verwendungszweck)\.?[\s:#]*$", re.IGNORECASE)


def named_as_another_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the name of an invoice's, a contract's, a customer's... number."""
    return NAMED_BEFORE.search(text, max(0, start - 40), start) is not None
