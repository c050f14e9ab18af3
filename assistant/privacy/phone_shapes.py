"""A phone number by its shape alone, anywhere in a message (privacy32).

The rules in ``numbers.py`` find a phone by its country's form or by a word before it. This one is general: a run
of 7 to 15 digits in the groups and with the separators people type (spaces, dashes, dots, slashes, a leading + or
00, a trunk prefix in brackets: "+358 (0)9 …", "(0-22) 628 41 07", "+370 (8 5) 212 4471"), also glued to a phone
word ("puh0408157302", "tel0739915824"), minus its look-alikes: dates, years and ranges of years, laws' and
sections' numbers, a case's, a diary's, a reference's or a scheme's number after its word, amounts, a bare run
without a trunk 0, a country code or an area code in brackets, and an organisation's numbers
(``numbers.is_organisations_number``, service and free numbers). It reports with the lowest confidence, so an
identity code, an IBAN, a birth date or an address over the same digits wins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.privacy.base import CONTEXT, LIKELY, PHONE, Finding
from assistant.privacy.code_lookalikes import NAMED_BEFORE
from assistant.privacy.emails import beside_office_mailbox
from assistant.privacy.gazetteer import written_in
from assistant.privacy.identity import SCHEME_WORDS
from assistant.privacy.places import institutions_addresses
from assistant.privacy.numbers import (AMOUNT_AFTER, FINLAND_CODE, FREE_NATIONAL, LINE_BREAK, PASTED, PAYMENT_REFERENCE,
                                       find_phones, is_organisations_number, is_service_number, split_at_or_slashes,
                                       with_trunk)
from assistant.privacy.phone_words import NUMBER_WORDS, PHONE_WORDS, REFERENCE

_GROUP_SEP = r"(?:[ ]?[-–/.][ ]?|[ ])"
_RUN = re.compile(
    # not inside a word or another number, but right after a phone word typed without a space ("tel0739915824"), with
    # its full stop or colon ("tel.+37255612048"; privacy43)
    r"(?:(?<![\w+/.,:–-])|(?<=(?i:puh|tel|tlf|tfn|тел))|(?<=(?i:puh|tel|tlf|tfn|тел)[.:]))"
    # a country code, with a trunk in brackets ("+358 (0)9", "+370 (8 5)"), or a national area code in brackets
    r"(?:(?:\+|00)[1-9]\d{0,2}[ -]?(?:\((?:0|8)(?: ?\d{1,3})?\)[ -]?)?|\((?:0[-–]?\d{1,4}|\d{2,4})\)[ ]?)?"
    rf"\d+(?:{_GROUP_SEP}\d+){{0,6}}"
    r"(?![\w/]|[.,:–-]\d)")
# Dates, a time span or a range of years, a law's number ("417/2007"), a year then a serial ("2025-1187"), anywhere in
# the run ("746/2011 3" is a law and its section); a date written without separators ("20220610") as the whole run.
_DATE_LIKE = re.compile(r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2}[-–./]\d{1,2}[-–./]\d{1,2}|"
                        r"\d{1,5}\s?[/–-]\s?(?:19|20)\d{2}|(?:19|20)\d{2}\s?[/–-]\s?\d{1,6}|"
                        r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])|"
                        # a time span ("13.00–14.30"), a year as the last group ("142 2023", "19/4 1989")
                        r"\d{1,2}[.:]\d{2}\s?[–-]\s?\d{1,2}[.:]\d{2}|\s(?:19|20)\d{2}$|"
                        # a Finnish business ID ("0245442-8")
                        r"^\d{7}-\d$)(?!\d)")
# Without a country code, a trunk 0 or an area code in brackets, a run is a phone only glued to a phone word: a bare
# run of digits is as often a case's, an account's or a book's number. Two slashes make a register's number.
_PREFIXED = re.compile(r"[+(]|00?[1-9]|(?<=(?i:puh|tel|tlf|tfn|тел))\d")
_CURRENCY_BEFORE = re.compile(r"(?:€|\$|£|eur|sek|nok|dkk|pln|kr\.?)\s?$", re.IGNORECASE)
# A product's, an order's, an invoice's or a parcel's number is written in groups like a phone (privacy34: "tuotekoodi on
# 12 24 06 03", "tellimus 4400-2210", "Артикул изделия ...", "SKU 04-2217-883"): its word, up to two words before the
# digits with no punctuation between, says it is no one's phone. The word stands alone or with an ending, or, for the
# longer ones, ends a compound ("tilausnumero", "Hjælpemidlets varenummer", "Sendungsnummer"); a short one only alone
# ("kod", not "kodutelefon"; "sku", not "Kazlauskui"); a phone word after it wins ("order by phone 040 ...").
_AFTER_ADDRESS = re.compile(rf"[,;]\s*(?:{PHONE_WORDS.pattern})", re.IGNORECASE)
_GOODS_ALONE = r"kod|код|kods|po|sku"
_GOODS_WORDS = (r"kood|kodas|referen|referanse|viite|артикул|item|product|produkt|tuote|toote|prekės|preces|serial|serie|sarja|beställning|"
                r"tellimus|pasūtījum|užsakym|замовлен|заказ|invoice|lasku|faktura|rechnung|rēķin|sąskait|arve|счет|"
                r"счёт|рахун|tracking|seuranta|sändning|kolli|forsendelse|przesył|siunt|sūtījum|saadetis|накладн|трек|"
                # a parcel's word (privacy41: "paket-ID", "paczkę nr")
                r"відправлен|отправлени|paket|paczk|parcel|package|pakke|pakk|paki|paku|посыл|посил|pakuot|"
                # (privacy47) tracking in the other languages ("Spårningsnummer 00370722334411220")
                r"spårning|sporing|śledzeni|sendungsverfolg|jälgimis|izsekošan|sekimo|отслеживан|відстежен")
_GOODS_IN_COMPOUNDS = r"koodi|tootekood|artikel|artikkel|varenummer|varenr|tilaus|bestell|order|ordre|sendung|zamówieni"
_GOODS_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_GOODS_ALONE})(?![^\W\d_])|(?:{_GOODS_WORDS})[^\W\d_]*|"
    rf"[^\W\d_]*(?:{_GOODS_IN_COMPOUNDS})[^\W\d_]*)\.?(?:[\s-]+[^\W\d_]+){{0,2}}[\s:#]*(?:nr\.?|no\.?|№)?\s*$",
    re.IGNORECASE)


# (privacy52) The letter O typed for a zero inside a number's digits, Latin or Cyrillic ("(09) 816 4O2 11", "22 O4 71 39",
# "07481 663 29O"): read as the zero, so the run is read whole; the span is the text as typed. (privacy53) So are a
# small l and a capital I typed for a one between digits ("5l 22 80 34", "040 7I2 3318"). (privacy54) Up to three Os
# one after another ("07700 9OO 417").
_LETTER_DIGIT = re.compile(r"(?<=\d)[OoО]{1,3}(?=\d|[ -]\d|[ ,.)]|$)|(?<=[ (/-])[OoО](?=\d)|"
                           r"(?<=\d)[lI](?=\d|[ -]\d)|(?<=[ (/-])[lI](?=\d)")
_DIGIT_OF_LETTER = {"O": "0", "o": "0", "О": "0", "l": "1", "I": "1"}


def find_all_phones(text: str) -> list[Finding]:
    """``numbers.find_phones``'s numbers, and the runs of digits shaped like a phone around or beside them: a run
    that covers numbers found there replaces them ("+370 (8 5) 212 4471" for "(8 5) 212 4471"), with their
    confidence; a run of its own is reported with the lowest. An O typed for a zero, an l or I for a one, is read
    as the digit (``_LETTER_DIGIT``)."""
    typed, text = text, _LETTER_DIGIT.sub(lambda m: "".join(_DIGIT_OF_LETTER[c] for c in m.group()), text)
    if text != typed:
        return [replace(p, text=typed[p.start:p.end]) for p in find_all_phones(text)]
    shapes = find_phone_shapes(text)
    phones = [p for p in find_phones(text) if not _across_two_runs(p, shapes)]
    for run in shapes:
        inside = [p for p in phones if run.start <= p.start and p.end <= run.end]
        if inside and len(inside) == sum(p.start < run.end and run.start < p.end for p in phones):
            phones = [p for p in phones if p not in inside] + [replace(run, confidence=LIKELY)]
        elif not any(p.start < run.end and run.start < p.end for p in phones):
            phones.append(run)
    institutions = institutions_addresses(text) if phones else []
    postal_items = [m.span() for m in _POSTAL_ITEM.finditer(text)] if phones else []
    return sorted((p for p in phones if not _goods_or_reference_number(text, p.start)
                   and not _institutions_phone(text, p, institutions) and not _register_number(text, p, postal_items)
                   and not beside_office_mailbox(text, p.start, p.end)),
                  key=lambda f: f.start)


def _across_two_runs(phone: Finding, runs: list[Finding]) -> bool:
    """Whether ``phone`` crosses where two runs split apart meet, the two covering it: two numbers run together that
    ``find_phones`` read as one ("26 12 44 81 29 88 77 66"; privacy55)."""
    over = [run for run in runs if run.start < phone.end and phone.start < run.end]
    return len(over) > 1 and over[0].start <= phone.start and phone.end <= over[-1].end


# (privacy40) A register's number written like a phone: a year before or after a slash ("CAF ref 2026/00417",
# "menetluse number 2024-114/3"), or the tail of a code whose short group before it mixes letters and digits
# ("tracking 1Z 999 AA1 01 2345 6784"); a case's number after its word ("Asja number 2-26-4411") is
# ``phone_words.REFERENCE``'s, read by ``_goods_or_reference_number``.
_YEAR_AT_A_SLASH = re.compile(r"^(?:19|20)\d{2}(?:/|-.*/)|/(?:19|20)\d{2}$")
_CODE_GROUP_BEFORE = re.compile(r"(?<!\S)(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{2,4} $")


# A postal item's number: nine digits between two pairs of capitals ("RA 447 122 908 RU"; privacy41), or a national
# post's longer one in groups ("LP 0012 4477 9183 LT"; privacy42).
_POSTAL_ITEM = re.compile(r"(?<![^\W\d_])[A-Z]{2} ?(?:\d[ ]?){9,14}[A-Z]{2}(?![^\W\d_])")


def _register_number(text: str, phone: Finding, postal_items: list[tuple[int, int]]) -> bool:
    """A case's or a register's number, not a phone, unless it starts with a country code; or the digits of a
    postal item (``postal_items``: the message's, found once by the caller)."""
    before = text[max(0, phone.start - 40):phone.start]
    postal = any(start < phone.start and phone.end < end for start, end in postal_items)
    return postal or not phone.text.startswith(("+", "00")) and bool(
        _YEAR_AT_A_SLASH.search(phone.text) or _CODE_GROUP_BEFORE.search(before))


def _institutions_phone(text: str, phone: Finding, institutions: list[Finding]) -> bool:
    """The number straight after an institution's address, a comma and a phone word between ("Jugendamt,
    Friedrich-Ebert-Straße 12, 45127 Essen, Tel. 0201 ..."; privacy34) is the institution's."""
    return any(_AFTER_ADDRESS.fullmatch(text, a.end, phone.start) for a in institutions if a.end <= phone.start)


# A goods', a payment's or a reference's word before a number, on its line, says whose number it is; a number word after
# it says which, not that it is a phone (privacy42: "Pasūtījuma numurs 30-4411-8823", "Reference number: 4591 2277
# 0043", "payment ref 0042 7719 3380", "KID 0044 1837 2290 5": a country code's 00 is no proof either).
_NUMBER_WORD_LAST = re.compile(rf"{NUMBER_WORDS}(?:\s[\w'’-]+){{0,3}}\.?[\s:]*$", re.IGNORECASE)


def _goods_or_reference_number(text: str, start: int) -> bool:
    before = text[max(0, start - 50):start].rsplit("\n", 1)[-1]
    phone_word = PHONE_WORDS.search(before)
    return any(words.search(before) for words in (_GOODS_BEFORE, REFERENCE, PAYMENT_REFERENCE, NAMED_BEFORE)) and not (
        phone_word and not _NUMBER_WORD_LAST.match(before, phone_word.start()))


# A mobile typed as one run of digits in a message of a country whose numbers have no trunk 0 (privacy36: "runāju ar
# lauru kalniņu 26187740", "snakka med marte skogvoll 97412058", "z martą grzelak 605118734"): the country's mobile
# shape, in a message written in its language.
# (privacy53: the Polish mobiles' own prefixes, not a landline's area code, "81 532 11 00"; no Danish 70, 80 or 90,
# companies' and free numbers, "Livslinien 70 201 201")
_BARE_MOBILES = {"lv": re.compile(r"2\d{7}"), "lt": re.compile(r"86\d{7}"),
                 "pl": re.compile(r"(?:45|5\d|6\d|7[2-9]|88)\d{7}"), "da": re.compile(r"(?!70|80|90)[2-9]\d{7}"),
                 "nb": re.compile(r"[49]\d{7}"), "et": re.compile(r"5\d{6,7}")}

_ODD_GROUPS = re.compile(r"\d+(?: \d+)*")


def _bare_mobile(text: str, run: str) -> bool:
    """(privacy53) Also typed with odd spaces between its digits ("26 11 884 0", "97 41 205 8")."""
    digits = re.sub(r"\D", "", run) if _ODD_GROUPS.fullmatch(run) else ""
    if not any(shape.fullmatch(digits) for shape in _BARE_MOBILES.values()):
        return False  # the shapes first: the message's language is asked only of a number that fits one
    shape = _BARE_MOBILES.get(written_in(text))
    return shape is not None and shape.fullmatch(digits) is not None


# (privacy54) Cells and numbers glued by a comma without a space: a register's row pasted as comma-separated values
# ("Begum,Taslima,1988-05-21,07700 900 379,41 Whitechapel Road"), two numbers one after the other ("07700 900551,07700
# 900562"): the comma is read as a cell's end, so the number beside it is read alone.
_CSV_ROW = re.compile(r"^(?:[^,\n]*[^\s,],(?=[^\s,])){3,}[^\n]*$", re.MULTILINE)
_COMMA_BEFORE_A_NUMBER = re.compile(r"(?<=\d),(?=\+|0\d{3})")


def _cells_apart(text: str) -> str:
    """The text with the commas of a comma-separated row, and a comma glued between a number and a phone's trunk 0 or
    +, read as a cell's end (a semicolon, so every offset stays)."""
    text = _CSV_ROW.sub(lambda row: row.group().replace(",", ";"), text)
    return _COMMA_BEFORE_A_NUMBER.sub(";", text)


def find_phone_shapes(text: str) -> list[Finding]:
    """Phone numbers by their shape, however written and wherever they stand."""
    typed, text = text, _cells_apart(LINE_BREAK.sub(" ", text.translate(PASTED)))
    found = []
    for m in _runs(text):
        digits = re.sub(r"\D", "", m.group())
        if not _starts_a_phone(text, m) or _DATE_LIKE.search(m.group()) or m.group().count("/") > 1:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if any(words.search(before) for words in (REFERENCE, PAYMENT_REFERENCE, SCHEME_WORDS, _CURRENCY_BEFORE)) or (
                AMOUNT_AFTER.match(text, m.end())):
            continue
        international = m.group().startswith(("+", "00"))
        national = "0" + digits.removeprefix("00")[3:] if digits.removeprefix("00").startswith(FINLAND_CODE) else (
            "" if international else digits)
        if national and (is_service_number(national, text) or national.startswith(FREE_NATIONAL)):
            continue
        run = with_trunk(text, Finding(PHONE, m.start(), m.end(), m.group(), CONTEXT))  # "8 (495) …"
        if not is_organisations_number(text, run.start, run.end):
            found.append(replace(run, text=typed[run.start:run.end]))
    return found


def _runs(text: str) -> list[re.Match[str]]:
    """``_RUN``'s runs of digits, a run too long for one phone split at its spaced slashes into the numbers it holds,
    or else into the two phones it holds (``_two_phones``)."""
    return [piece for run in split_at_or_slashes(_RUN, text, _MOST_DIGITS) for piece in _two_phones(text, run)]


_MOST_DIGITS = 15
# Where two numbers typed one after the other meet: a space, a slash or a comma ("0451239087 0503317726", "47718203/92
# 11 30 66", "070 118 22 63/08-641 02 17"; privacy54).
_BETWEEN_NUMBERS = re.compile(r"[ ]?[/,][ ]?|[ ]")
# A card's or an account's number, groups of four digits, is no two phones ("4556 7375 8689 9855").
_CARD = re.compile(r"\d{4}(?:[ -]\d{4}){3,}")
_PIECE = re.compile(rf"(?:\+|00)?\d+(?:{_GROUP_SEP}\d+){{0,6}}")
# A run cut at its seventh group with more groups after it is two numbers too, short as it is ("26 12 44 81 29 88 77
# 66": two eight-digit mobiles in pairs; privacy55).
_GROUP_NEXT = re.compile(r"[ ]\d")


def _two_phones(text: str, run: re.Match[str]) -> list[re.Match[str]]:
    """A run too long for one phone, or cut at its seventh group, that is two phones run together, split where they
    meet: the one place where both pieces are a phone's length and start as a phone does (a trunk 0, a country code, a
    mobile of the message's country), the second read on past the run; any other run, and a card's number, as it
    is."""
    if (len(re.sub(r"\D", "", run.group())) <= _MOST_DIGITS and not _GROUP_NEXT.match(text, run.end())) or \
            _CARD.fullmatch(run.group()):
        return [run]
    splits = []
    for between in _BETWEEN_NUMBERS.finditer(run.group()):
        first = _PIECE.fullmatch(text, run.start(), run.start() + between.start())
        second = _PIECE.match(text, run.start() + between.end())  # (read on past a run cut at its seventh group)
        if first and second and second.end() >= run.end() and \
                all(_starts_a_phone(text, piece) for piece in (first, second)):
            splits.append([first, second])
    return splits[0] if len(splits) == 1 else [run]


def _starts_a_phone(text: str, piece: re.Match[str]) -> bool:
    """A run of digits (or a piece of one) a phone's length, starting with a trunk 0 or a country code or a mobile of
    the message's country: what ``find_phone_shapes`` asks of every run and ``_two_phones`` of both halves."""
    digits = re.sub(r"\D", "", piece.group())
    return 7 <= len(digits.removeprefix("00")) <= _MOST_DIGITS and bool(
        _PREFIXED.match(text, piece.start()) or _bare_mobile(text, piece.group()))
