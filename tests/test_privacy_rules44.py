"""The forty-fourth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-fourth round"), on the
real detector.

Identity codes said in words (``spoken_codes``): after a scheme's name, a run of number words, digits among them or
not, with the letters and the hyphen or century sign said as words, is the code, not a phone; after another identity
word only when it says a letter or a sign. A Ukrainian tax number by the tax number's name in the region's languages;
Ireland's PPS, Ukraine's УНЗР, an NI number in lower case; a slip after the right code and "not". E-mails dictated in
words. Dates of birth said in words (the Latvian and Lithuanian year in two words, the Danish "totusinde og ...") and
after the Danish "d.". A contact's row opening with the surname; a phone's label after a name. A day-care's group, and
a Finnish class after its school in the genitive. An office's or a booking line's number beside a person's. Swedish
hundreds with their tens in one word. The messages here are written for the tests, not taken from the evaluation
sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import BIRTH_DATE, EMAIL, ID_CODE, NAME, PHONE, SCHOOL
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "code"), [
    ("Äiti luki pojan hetun: yks kaks, 05, seittemän neljä, A, kaks kolme neljä, C. Kiitos.",
     "yks kaks, 05, seittemän neljä, A, kaks kolme neljä, C"),  # fi, digits among the words, the letters
    ("Mamman läste upp personnumret: nittonhundraåttiotre noll fyra tolv, streck, fem fem ett åtta.",
     "nittonhundraåttiotre noll fyra tolv, streck, fem fem ett åtta"),  # sv, the year in hundreds, the hyphen
    ("Mum read out her NI number to me: A B one two, three four, five six, D, thanks.",
     "A B one two, three four, five six, D"),  # en, letters first and last
    ("Ema ütles isikukoodi: neli kaheksa üks, null viis üks neli, kaks kaks kolm, viis.",
     "neli kaheksa üks, null viis üks neli, kaks kaks kolm, viis"),  # et
    ("Māte nolasīja personas kodu: divi viens nulle astoņi septiņi viens, svītra, viens pieci trīs nulle divi.",
     "divi viens nulle astoņi septiņi viens, svītra, viens pieci trīs nulle divi"),  # lv
    ("Mama padiktavo asmens kodą: trys aštuoni du, nulis vienas du, keturi penki šeši, septyni aštuoni.",
     "trys aštuoni du, nulis vienas du, keturi penki šeši, septyni aštuoni"),  # lt
    ("Matka podała PESEL syna: dwa jeden zero trzy jeden cztery, zero pięć sześć siedem osiem.",
     "dwa jeden zero trzy jeden cztery, zero pięć sześć siedem osiem"),  # pl: not a phone
    ("Die Mutter hat die Steuer-ID vorgelesen: vier drei eins, acht acht zwei, null null sieben, eins fünf.",
     "vier drei eins, acht acht zwei, null null sieben, eins fünf"),  # de, a few words before the colon
    ("Moren læste CPR-nummeret op: et to nul tre otte ni, bindestreg, tre fire fem seks.",
     "et to nul tre otte ni, bindestreg, tre fire fem seks"),  # da
    ("Moren leste opp fødselsnummeret: to tre null fem åtte ni, fire fire en to tre.",
     "to tre null fem åtte ni, fire fire en to tre"),  # nb: not a phone
    ("Мати продиктувала РНОКПП сина: три один два, нуль чотири, п'ять шість сім вісім дев'ять.",
     "три один два, нуль чотири, п'ять шість сім вісім дев'ять"),  # uk
    ("Мать продиктовала СНИЛС дочери: один два три, четыре пять шесть, семь восемь девять, ноль один.",
     "один два три, четыре пять шесть, семь восемь девять, ноль один"),  # ru
    ("isä luetteli tyttären tunnuksen: kaks yks nolla kuus yks neljä, A, kolme viis kaks, B",
     "kaks yks nolla kuus yks neljä, A, kolme viis kaks, B"),  # an identity word, and letters said
])
def test_an_identity_code_said_in_words(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize("text", [
    "Isän puhelin: nolla neljä nolla, yks kaks kolme, neljä viis kuus seittemän.",  # a phone's word: a phone
    "Hetu 120315A123B, puhelin nolla neljä nolla, yks kaks kolme, neljä viis kuus seittemän.",  # another's number
    "Asiakasnumero: nolla neljä nolla, yks kaks kolme, neljä viis kuus seittemän.",  # no letter: a phone's reading
])
def test_a_phone_said_in_words_is_no_code(text: str) -> None:
    assert _of_kind(text, PHONE) == ["nolla neljä nolla, yks kaks kolme, neljä viis kuus seittemän"]


@pytest.mark.parametrize("text", [
    "Pojan ukrainalainen veronumero 4063501522, koulu alkaa maanantaina.",  # fi
    "Pojkens ukrainska skattenummer 4063501522 finns i akten.",  # sv
    "Poja Ukraina maksunumber 4063501522, kool algab esmaspäeval.",  # et
    "Zēna Ukrainas nodokļu numurs 4063501522, skola sākas pirmdien.",  # lv
    "Berniuko Ukrainos mokesčių numeris 4063501522, mokykla prasideda pirmadienį.",  # lt
    "Die ukrainische Steuernummer 4063501522 des Jungen steht im Antrag.",  # de
    "Drengens ukrainske skattenummer er 4063501522.",  # da, nb
])
def test_a_ukrainian_tax_number_by_the_tax_numbers_name(text: str) -> None:
    assert _of_kind(text, ID_CODE) == ["4063501522"]


def test_a_tax_number_whose_checksum_fails_is_no_code() -> None:
    assert _of_kind("Firman skattenummer 4063501523 står på fakturan.", ID_CODE) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Referral: PPS 7654321TA, seen at the clinic on Monday.", "7654321TA"),  # Ireland's PPS number, two letters
    ("PPSN 7654321W on the form.", "7654321W"),  # one letter
    ("His NI number is ab 12 34 56 c, typed in lower case.", "ab 12 34 56 c"),  # an NI number in lower case
    ("Дитина: УНЗР 20110403-01528, свідоцтво є.", "20110403-01528"),  # uk, the register's record number
])
def test_codes_after_more_schemes_names(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


def test_a_pps_shape_without_its_name_is_no_code() -> None:
    assert _of_kind("Order 7654321TA shipped on Monday.", ID_CODE) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("NHS number 612 408 7735 not 612 408 7753 as the letter says.", ["612 408 7735", "612 408 7753"]),  # en
    ("СНИЛС 163-084-927 71, а не 163-084-927 17, как в анкете.", ["163-084-927 71", "163-084-927 17"]),  # ru
    ("Steuer-ID 81029457688, nicht 81029457868 wie im Antrag.", ["81029457688", "81029457868"]),  # de
])
def test_a_slip_after_not_beside_the_right_code(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


def test_a_number_after_not_in_another_sentence_is_no_slip() -> None:
    assert _of_kind("NHS number 612 408 7735. Not 612 408 7753 but the other line.", ID_CODE) == ["612 408 7735"]


@pytest.mark.parametrize(("text", "email"), [
    ("Her email is jo dot miles at gmail dot com, she said.", "jo dot miles at gmail dot com"),  # en
    ("Sähköposti: sari.niemi ät elisa piste fi, kirjoitin ylös.", "sari.niemi ät elisa piste fi"),  # fi
    ("Mejlen är eva punkt lind snabel-a telia punkt se.", "eva punkt lind snabel-a telia punkt se"),  # sv
    ("Adres: ola kropka nowak małpa wp kropka pl, podała przez telefon.", "ola kropka nowak małpa wp kropka pl"),  # pl
    ("Почта: ivan точка petrov собака mail точка ru, записала.", "ivan точка petrov собака mail точка ru"),  # ru
    ("Die Mail: lena punkt graf Klammeraffe web punkt de.", "lena punkt graf Klammeraffe web punkt de"),  # de
])
def test_an_email_dictated_in_words(text: str, email: str) -> None:
    assert _of_kind(text, EMAIL) == [email]


@pytest.mark.parametrize("text", [
    "He was at school at nine and at home by three.",  # a sentence's "at"
    "Kirjoita osoitteeseen info ät kunta piste fi.",  # an office's mailbox, said
    "She works at Tesco dot dot dot, you know.",  # no domain's end
])
def test_no_email_said_where_none_is(text: str) -> None:
    assert _of_kind(text, EMAIL) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Date of birth is the third of May two thousand and twelve, the girl is Ruby.",
     "third of May two thousand and twelve"),  # en, "is" between, "the" outside
    ("Zēns dzimis divi tūkstoši divpadsmitā gada trešajā maijā, Rīgā.",
     "divi tūkstoši divpadsmitā gada trešajā maijā"),  # lv, the year in two words
    ("Berniukas gimė du tūkstančiai dvyliktų metų gegužės trečią dieną Kaune.",
     "du tūkstančiai dvyliktų metų gegužės trečią dieną"),  # lt, the year in two words
    ("Drengen er født den tredje maj totusinde og tolv i Aarhus.", "tredje maj totusinde og tolv"),  # da, "totusinde"
    ("Emil 9 år, født d. 03.05.2012, går i 3. klasse.", "03.05.2012"),  # da, "d." before the date
])
def test_a_date_of_birth_said_in_words_or_after_d(text: str, date: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == [date]


@pytest.mark.parametrize(("text", "name"), [
    ("Ozols Jānis tālr. 2912 3456 neatbild, zvanīt vakarā.", "Ozols Jānis"),  # lv
    ("Hansen Mette tlf. 22 33 44 55 svarer ikke.", "Hansen Mette"),  # da
    ("Berg Kari tlf. +47 912 34 567 tar den ikke.", "Berg Kari"),  # nb
    ("Motina: KAZLAUSKIENĖ Rūta, tel. 8 612 34 567", "KAZLAUSKIENĖ Rūta"),  # lt, a register's row
])
def test_a_contact_row_opening_with_the_surname(text: str, name: str) -> None:
    assert _of_kind(text, NAME) == [name]


@pytest.mark.parametrize(("text", "school"), [
    ("Lapsi on Kalevan päiväkodin Pupu-ryhmässä aamuisin.", "Kalevan päiväkodin Pupu-ryhmässä"),  # fi
    ("Hon går på förskolan Regnbågens avdelning Myran sedan i våras.",
     "förskolan Regnbågens avdelning Myran"),  # sv
    ("Laps käib Päikese lasteaia Mesilaste rühmas.", "Päikese lasteaia Mesilaste rühmas"),  # et
    ("Meita iet PII \"Saulīte\" Zaķīšu grupā.", "PII \"Saulīte\" Zaķīšu grupā"),  # lv
])
def test_a_day_cares_group_belongs_to_it(text: str, school: str) -> None:
    assert _of_kind(text, SCHOOL) == [school]


@pytest.mark.parametrize(("text", "schools"), [
    ("Poika käy Hervannan koulun 2B-luokkaa.", ["Hervannan koulun 2B-luokkaa"]),  # the school's genitive: one name
    ("Poika on Hervannan koulussa 2B-luokalla.", ["Hervannan koulussa", "2B-luokalla"]),  # a place's case: two
])
def test_a_finnish_class_after_its_school(text: str, schools: list[str]) -> None:
    assert _of_kind(text, SCHOOL) == schools


@pytest.mark.parametrize(("text", "phones"), [
    ("Õpetaja Mari Kask, tel 5344 1902, kooli kantselei 322 4410", ["5344 1902"]),  # et, the school's office
    ("Mokytoja, tel. +370 644 19 021, raštinė (8 41) 52 44 10", ["+370 644 19 021"]),  # lt
    ("Учитель, тел. +372 5644 1902, канцелярия 357 4410", ["+372 5644 1902"]),  # ru
    ("Äidin numero 040 123 4567 ja perheneuvolan ajanvaraus 03 565 74 300.", ["040 123 4567"]),  # fi, a booking line
    ("Mum is on 07700 900 123; the charity number 1089464 is on the letter.", ["07700 900 123"]),  # en
])
def test_an_offices_number_beside_a_persons(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


def test_swedish_hundreds_with_their_tens_in_one_word() -> None:
    text = "Pappans nummer: noll sju två, sexhundrafyrtio, trettiotvå, noll nio."
    assert _of_kind(text, PHONE) == ["noll sju två, sexhundrafyrtio, trettiotvå, noll nio"]


@pytest.mark.parametrize(("text", "name"), [
    ("Wagner Petra Tel. 0171 3017789 geht nicht ran.", "Wagner Petra"),  # de, the surname first, then "Tel."
    ("Bitte Michael Tel. 0171 3017789 anrufen.", "Michael"),  # de
])
def test_a_phones_label_after_a_name_is_no_surname(text: str, name: str) -> None:
    assert _of_kind(text, NAME) == [name]
