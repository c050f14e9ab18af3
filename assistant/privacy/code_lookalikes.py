"""Numbers of an identity code's or a phone's length and shape that are named as something else (privacy46).

An invoice, reference, contract, customer, order, receipt or payment number ("Laskun numero 231126-0042", "rēķina Nr.
281126-10447", "nr umowy 26120344716", "номер договору 3112044712", "KID 20261244718") may read as a code of some scheme,
checksum and all; the name right before it says whose number it is: a business's, not a person's. (privacy56) So does
a Russian INN's length: a person's has twelve digits, an organisation's ten ("ИНН 7707083893, сумма 1 250 руб.").
"""

from __future__ import annotations

import re

# The things a business numbers, in the twelve languages (the stem; a case ending or a compound's joint may follow).
_NUMBERED_THINGS = (
    r"lasku|viite|sopimus|asiakas|tilaus|kuitti|faktura|referens|avtal|kund|order|beställning|bilag|aftale|kunde|"
    r"ordre|kontrakt|rechnung|vertrag|bestell|beleg|arve|viide|leping|kliendi|tellimus|makse|rēķin|līgum|klienta|"
    r"pasūtījum|maksājum|sąskait|sutart|kliento|užsakym|mokėjimo|umow|zamówieni|płatnoś|invoice|reference|contract|"
    r"customer|order|receipt|payment|счет|счёт|договор|заказ|клиент|платеж|рахун|договір|замовлен|клієнт|платіж")
_NUMBER_WORDS = r"nr|no|numero|number|nummer|numret|numer|numurs|numeris|kod|kods|kodas|kood|номер|№|id"
# A document's number is not its holder's identity code, nor a phone: a passport, an identity card, a residence permit,
# a ticket or an insurance policy ("закордонний паспорт FX447122", "ID-картка 004471220", "Biljettnumret är 0046 7612
# 3904"). The short words whole ("pas", not "paskambink").
_DOCUMENTS = (r"passport\w*|passi|passet|pass|pas|pase|pasas|paszport\w*|reisepass\w*|паспорт\w*|id-?card|id-?kort\w*|"
              r"id-?kaart\w*|henkilökortti\w*|identitetskort\w*|personalausweis\w*|dowód\w*\sosobist\w*|"
              r"asmens\stapatybės\skortel\w*|id-?картк\w*|id-?карт\w*|residence\spermit|oleskelulu\w*|"
              r"uppehållstillstånd\w*|opholdskort\w*|oppholdskort\w*|opholdstilladelse\w*|oppholdstillatelse\w*|"
              r"aufenthaltstitel\w*|elamislub\w*|uzturēšanās\satļauj\w*|leidim\w*\sgyventi|kart\w*\spobytu|"
              r"дозв\w*\sна\sпроживання|вид\w*\sна\sжительство|внж|ticket\w*|biljett\w*|billet\w*|lippu\w*|"
              r"bilet\w*|biliet\w*|fahrkarte\w*|билет\w*|квит\w*|policy|polis|polise\w*|полис\w*|поліс\w*")
_VERB = r"(?:\s(?:är|on|er|ist|is|ir|yra|jest|є))?"
NAMED_BEFORE = re.compile(
    rf"(?<!\w)(?:(?:(?:{_NUMBERED_THINGS})\w*?|{_DOCUMENTS})[\s.-]*(?:{_NUMBER_WORDS})\w*\.?{_VERB}|"
    rf"(?:{_NUMBER_WORDS})\.?\s+(?:{_NUMBERED_THINGS})\w*|"
    rf"kid|ocr|kassenzeichen|aktenzeichen|geschäftszeichen|verwendungszweck|{_DOCUMENTS})\.?[\s:#]*$", re.IGNORECASE)


def named_as_another_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the name of an invoice's, a contract's, a customer's... number."""
    return NAMED_BEFORE.search(text, max(0, start - 40), start) is not None


# The Russian INN's name, a word or two between ("ИНН организации", "ИНН: "), then ten digits and no more.
_ORGANISATIONS_INN = re.compile(r"(?<!\w)(?:инн|inn)(?:\s[^\W\d_]+){0,2}[\s:.#]*\d{10}$", re.IGNORECASE)


def organisations_inn(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a Russian INN of ten digits, an organisation's."""
    return _ORGANISATIONS_INN.search(text, max(0, start - 40), end) is not None


# (privacy57) A business's thing right before a number, without a number word ("договор 132-447-221 00"): enough to
# say a number written in a code's groups is not a second code (``twin_codes``), not to drop a code of its own shape.
_THING_BEFORE = re.compile(rf"(?<!\w)(?:{_NUMBERED_THINGS})\w*[\s:#.]*$", re.IGNORECASE)


def after_a_numbered_thing(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the word for an invoice, a contract, a customer..."""
    return _THING_BEFORE.search(text, max(0, start - 30), start) is not None
