"""The words around a phone: a phone word, a verb of calling, a number word and whose number it is before the digits,
and the words that make a number a reference's, an order's or a company's instead (privacy47: out of ``numbers.py``;
the name and address rules read the calling verbs and phone words too)."""

from __future__ import annotations

import re

# After a phone word, a word for calling or a number word ("ring", "helistage", "zvaniet", "zadzwonić",
# "звоните", "telefonen på", "stacjonarny", "Handy").
# The verbs of calling a person and the words between the person and the number (shared with names).
CALLING = (r"(?<![\w-])(?:ring|ringde|ringer|ringede|ringte|ringt|call|called|contact|contacted|text|texted|sms|soita|"
            r"soitin|soitti|helista|helistasin|helistas|zvanīju|zvani|zvanīja|skambin\w*|paskambin\w*|zadzwoń\w*|"
            r"dzwoni\w*|звонила?|звонил|позвони\w*|подзвонила?|подзвонив|подзвони\w*|дзвонила?|дзвонив|hab|habe)")
CALLED_AT = r"på|on|at|pa|na|на|uz|unter|numerolla|numeroon|numbrile|numeriu|numurs|numuru"
_WHOSE = (r"(?:мамы|папы|мами|тата|бабушки|бабусі|matki|ojca|babci|mor|far|mors|fars|mamma|pappa|äidin|isän|ema|isa|"
          r"mātes|tēva|motinos|tėvo|mutter|vater|mum|dad|mother|father|mamy|taty)")
PHONE_WORDS = re.compile(
    r"(?<![\w-])(?:puh|puhelin\w*|puhelinnumero\w*|gsm|tel|tfn|tlf|telefon\w*|telefoon\w*|phone|mobile|mob|cell|"
    # a landline by its compound ("lauatelefon", "lankapuhelin", "hjemmetelefon"; privacy11)
    r"(?:laua|lanka|koti|kodu|hem|fast|festnetz|mobil|hjemme|haus|lauatelefoni)telefon\w*|lankapuhelin\w*|landline|"
    r"mobil\w*|handy|festnetz|tālr\w*|tālrunis|telefonas|tel\.\s?nr|numer telefonu|тел|телефон\w*|"
    r"soita\w*|soitti|ring|ringe|ringer|ringede|ringde|ringte|ringt|call|called|helista\w*|zvan\w*|skambin\w*|zadzwoni\w*|dzwoni\w*|звон\w*|"
    r"дзвон\w*|anrufen|stacjonarn\w*|komórk\w*|kom\.|моб|мобильн\w*|мобільн\w*|mobiil\w*|kännykkä\w*|"
    r"matkapuhelin\w*|whatsapp|signal|sms|tekstaa|texta|text|"
    # "at the number" in its case forms (privacy7: "Helistage direktor Saarele numbril 6412 380")
    r"numbril|numbrile|numbrilt|numerossa|numerosta|numeroon|numerolla|numeriu|numuru|numurs|pod\snumerem|"
    r"pod\snumer|по\sномеру|за\sномером|на\sномер|unter\sder\snummer|erreicht\sman\sunter|erreichbar\sunter)"
    r"\.?(?:\s(?:på|on|at|pod|na|по|til|an|fra|från|from|z|з|с|numbrilt|no|iš|od|від|от))?"
    # whose phone: "Тел. мамы 8 (812) ...", "tel. matki ..."
    rf"(?:\s{_WHOSE}\.?)?[\s:]*(?:nr\.?\s*)?$"
    r"|(?<![\w-])nr\.?\s(?:on|is|er|är|ir|to)\s*$"
    # calling someone at a number: "ringede til mads på ...", "zvanīju jānim uz ...", "helistasin tõnisele numbrile"
    rf"|{CALLING}\s(?:til\s|to\s|do\s)?[^\W\d_]{{2,}}(?:\s[^\W\d_]{{2,}})?(?:\sback)?\s(?:{CALLED_AT})\s*$"
    # "Номер бабушки Зинаиды: ...", "Numer do ojca: ...": whose number, then a colon.
    r"|(?<![\w-])(?:number|nummer|numero|numer|numeris|numurs|номер|puhelinnumero)(?:\s[\w'’-]+){0,3}:\s*$",
    re.IGNORECASE)
# A number word right before the digits ("Ema Anneli number 534 12 287", "mati ema numbr 5 234 6611") says phone
# unless a reference's, a case's, an order's or an invoice's word stands before it ("PO number 4500012876").
# (privacy42: then whose it is, "numer taty 505 22 818"; not "is": "The charity number is 1089464")
# "number", as the region's languages write it (also ``phone_shapes``: a number word after a goods' or a reference's word)
NUMBER_WORDS = r"(?<![\w-])(?:numbr|number|nummer|numero|numer|numeris|numurs|номер)"
# (privacy53) The number word in its case forms ("numbri", "numret", "numuru", "номера") and with a verb "is" after it
# ("numurs ir", "nummer er", "number is").
NUMBER_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:numbr|number|nummer|numr|numero|numer|numeris|numur|номер)[^\W\d_]{0,3}"
    rf"(?:\s{_WHOSE})?(?:\s(?:is|was|on|oli|er|var|är|ir|bija|yra|buvo|ist|war|to|jest|był|є|был))?[\s:]*$", re.IGNORECASE)
# (privacy41: a short stem takes only its own endings and compounds: "Saga", "Sakina", "kundzei", "kontor",
# "sprawdzić", "org.uk" and a "sagsbehandler" are none; a referral is a reference)
REFERENCE = re.compile(
    r"(?<![\w.-])(?:po|order\w*|case|ref(?:eren\w*|eran\w*|erral\w*)?|invoice\w*|ticket\w*|account\w*|customer\w*|client\w*|"
    r"tilaus\w*|asia\w*|lasku\w*|viite\w*|ärende\w*|faktura\w*|kund(?:en|nr|num\w*)?|konto(?:t|nr|num\w*)?|"
    # an Estonian case or proceeding (privacy42: the table phone_shapes held for them, "Asja number", "menetluse nr")
    r"(?:kohtu)?asja(?=\s+(?:number|nr))|menetlus\w*|"
    # (privacy45) an Estonian case file ("Toimiku number 2-26-4417")
    r"toimik\w*|"
    r"sag(?:en|s(?!behandl)\w*)?|sak(?:en|s(?!behandl)\w*)?|akten\w*|rechnung\w*|bestell\w*|kunden\w*|"
    r"byl\w*|liet(?:a|as|ā|u|ai|\w*num\w*)|spraw(?!dz)\w*|zamówieni\w*|rēķin\w*|arve\w*|diaari\w*|diarie\w*|journal\w*|dnr|police|crime|дел\w*|"
    r"справ\w*|счет\w*|рахун\w*|заказ\w*|замовлен\w*|isikukood\w*|personnummer|henkilötunnus|hetu|"
    r"atsauc\w*|viide\w*|nuorod\w*|"  # (privacy35: the Latvian, Estonian, Lithuanian reference)
    # a company's register number (privacy36: "CVR 29980982", "Org.nr", "Y-tunnus", "REGON", "ЄДРПОУ")
    r"cvr|org|y-tunnus|regon|nip|krs|registrikood|єдрпоу|едрпоу|огрн|инн|"
    # (privacy45) the Danish SE number, a company's VAT registration ("CVR 38471926, SE-nr. 38471926")
    r"se-n(?:r|ummer)|"
    # (privacy51) a passport's or an identity card's number in the twelve languages ("паспорт-картка 004418273")
    r"passport\w*|passi\w*|pass(?:et|nummer|nr)|reisepass\w*|paszport\w*|pasas|pase|паспорт\w*|id-?kort\w*|"
    r"id\scard|henkilökort\w*|personalausweis\w*|dowód\w*|ausweis\w*|"
    # a VAT number, a company's number (privacy41: "VAT GB 331 4527 18", "company no. 08812274", "USt-IdNr.")
    r"vat|moms\w*|alv|mva|kmkr|pvn|pvm|ust-?id\w*|(?:company|registration|reg)\s(?:no|nr|number))\W+(?:\w+\W+)?$",
    re.IGNORECASE)
