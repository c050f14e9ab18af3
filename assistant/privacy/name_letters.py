"""A name in a letter's frame (privacy28; the subject line privacy29): the sender before an e-mail address in angle
brackets, as a forwarded e-mail's header writes it ("From: Gwen Tallis <g.tallis@...>", "Lähettäjä: Kaisa Vuorenmaa
<kaisa...>"), the line after a closing, which a professional signs ("Kind regards⏎Siobhan Kearney-Walsh", "Med venlig
hilsen⏎Søren Møllgaard"), and the first word of an e-mail's subject line ("Subject: Zain – attendance"). Two or three
capitalised words, whatever the lists say, as long as none is a common word of the message's language unless the lists
hold it ("Søren", "for søren!" in Danish; "Kind regards⏎Family Support Team" is no one), and after a closing or in a
subject line no word of a language at all. The recurrences then follow (``every_occurrence``).
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT
from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.name_tokens import zipf_here

# Two or three capitalised words on one line ("Siobhan Kearney-Walsh", "Gráinne Ní Bhriain").
_WORDS = r"(?<!\w)[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){1,2}"
_BEFORE_AN_ADDRESS = re.compile(rf"(?P<name>{_WORDS})[^\S\n]*<[^<>@\s]+@[^<>\s]+>")
# A line that is only a closing, in the asker languages, then the signing line.
_CLOSING = re.compile(
    r"(?im)^[^\S\n]*(?:(?:kind|best|warm|many|with\s+best)\s+(?:regards|wishes|thanks)|regards|thanks|thank\s+you|"
    r"yours\s+(?:sincerely|faithfully)|all\s+the\s+best|"
    r"(?:med\s+)?v[äe]nlig(?:a|e)?\s+(?:hälsning(?:ar)?|hilsen|hilsner)|(?:med\s+)?vennlig\s+hilsen|hälsningar|"
    r"hilsen|mvh|ystävällisin\s+terveisin|(?:parhain\s+)?terveisin|lugupidamisega|parimate\s+soovidega|"
    r"ar\s+cieņu|pagarbiai|su\s+pagarba|(?:serdecznie\s+)?pozdrawiam|z\s+poważaniem|"
    r"mit\s+freundlichen\s+grüßen|(?:viele|beste|liebe|freundliche)\s+grüße|з\s+повагою|с\s+уважением)"
    rf"[^\S\n]*[,.!]?[^\S\n]*\n[^\S\n]*(?P<name>{_WORDS})[^\S\n]*,?[^\S\n]*$")
# An e-mail's subject line opening with the child's name in any case form (privacy29): "Subject: Zain – attendance",
# "Aihe: Nelmin asumisjärjestelyt", "Subject: Kayden's attendance"; a forward's or a reply's prefix may come first.
_SUBJECT = re.compile(r"(?im)^[^\S\n]*(?:subject|aihe|ämne|betreff|emne|teema|temat|tēma|tema|тема)[^\S\n]*:"
                      r"(?:[^\S\n]*(?:re|fwd?|vs|vb|sv|aw|wg)[^\S\n]*:)*[^\S\n]*"
                      r"(?P<name>[^\W\d_][\w-]+(?:['’]s)?)['’]?(?=[^\S\n])")
# A word of a team's or a service's name is common; a name's word is rarer than this in the message's language (3 in
# German, whose nouns are capitals: "Geburtsdatum" is 3.4).
_COMMON_ZIPF = (4.0, 3.0)


def names_in_letters(text: str, spans: dict[tuple[int, int], float]) -> None:
    """The sender before an e-mail address and the name signed after a closing (see the module's docstring)."""
    if "<" not in text and "\n" not in text:
        return
    for pattern in (_BEFORE_AN_ADDRESS, _CLOSING, _SUBJECT):
        for m in pattern.finditer(text):
            start, end = m.span("name")
            strict = pattern is not _BEFORE_AN_ADDRESS
            if not all(names_word(text, word, strict=strict) for word in m.group("name").split()):
                continue
            inside = [s for s in spans if start <= s[0] and s[1] <= end]
            if not any(s[0] < end and start < s[1] for s in spans if s not in inside):
                spans[(start, end)] = max([CONTEXT, *(spans.pop(s) for s in inside)])


def names_word(text: str, word: str, strict: bool) -> bool:
    """A capitalised word that the lists hold as a name, or that is rare in the message's language; ``strict``, also
    no word Voikko or the dictionaries know ("Terveisin⏎Perhekeskus Tähkä" signs a service, not a person)."""
    first, last, _, ordinary = classify(word)
    rare = zipf_here(text, word.lower()) < _COMMON_ZIPF[written_in(text) == "de"] and not (strict and ordinary)
    return word[0].isupper() and (first or last or rare)
