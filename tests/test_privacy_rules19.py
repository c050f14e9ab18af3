"""The nineteenth round's rules of the personal-data detector (branch privacy19; addresses first, then names and
precision), each pinned by messages written for this file (not a line of any set): docs/evaluation/privacy-rounds.md, "Figures,
nineteenth round". Each rule was kept only because it passed the leave-one-set-out check there. One parametrised
test per kind, so that the file stays fast (the detector's lists load once)."""

from __future__ import annotations

import pytest

from privacy_found import found as _found  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "addresses"), [
    # a street's own name with its house and flat joined by a hyphen, without a street word
    ("Poiss viidi tädi juurde Vaksali 14-3 ja jäi sinna ööseks.", ["Vaksali 14-3"]),
    ("Aadressid:\nKastani 7-21, Valga\nsiis lastekodu.", ["Kastani 7-21, Valga"]),
    ("Klass 5-7 käib ujumas, tunnid 10-12.", []),                            # a range of something counted
    ("Children aged 5-7 and Ages 8-10 meet on Fridays.", []),                # a common word before a range
    # the police found, drove or took someone there: the person's place, not the police's
    ("Polisen hämtade pojken på Lingonvägen 12 strax efter midnatt.", ["Lingonvägen 12"]),
    ("Poliisi kuljetti tytön kotiin Vaahterakuja 5 B 8:aan yöllä.", ["Vaahterakuja 5 B 8:aan"]),
    ("polizei hat sie in der lindenstraße 8 aufgegriffen", ["lindenstraße 8"]),
    ("Polisen har sitt kontor på Storgatan 4, öppet vardagar.", []),          # the police's own address
    # the Latvian and Lithuanian PO boxes written out
    ("Rēķinus sūtīt uz Pasta kastīte 17, Valmiera, LV-4201.", ["Pasta kastīte 17, Valmiera, LV-4201"]),
    # a hospital's ward, a child health clinic, a children's hospital: their address, before a comma, a colon or a
    # preposition of place
    ("Barneavdelingen, Ullevålsveien 14, har besøkstid til 20.", []),
    ("Neuvola: Puistokatu 3, avoinna arkisin.", []),
    ("Дитяча лікарня Охматдит на вул. Чорновола, 28/1 приймає цілодобово.", []),
    ("Dokumentai siunčiami į pašto dėžutė Nr. 88, LT-76001 Šiauliai.", ["pašto dėžutė Nr. 88, LT-76001 Šiauliai"]),
    # a floor behind a comma, and the town after it
    ("Äiti muutti osoitteeseen Satamakatu 7, 2. krs, 80100 Joensuu viime viikolla.", ["Satamakatu 7, 2. krs, 80100 Joensuu"]),
    ("Drengen bor nu på Nørregade 18, st., Vejle.", ["Nørregade 18, st., Vejle"]),
    ("She now lives at 14 Holly Road, 1st floor, with her nan.", ["14 Holly Road, 1st floor"]),
    # the town after a comma also before a closing quotation mark
    ('Isä kirjoitti: "asun nyt Koulukatu 3 B 12, Raahe" ja lähetti kuvan.', ["Koulukatu 3 B 12, Raahe"]),
    ("Mama napisała „mieszkam przy ul. Lipowej 8/3, Olsztyn” wczoraj.", ["ul. Lipowej 8/3, Olsztyn"]),
])
def test_addresses_of_the_nineteenth_round(text, addresses):
    assert _found(text, "address") == addresses


@pytest.mark.parametrize(("text", "names"), [
    # a lower-case first name in a case form after a verb of calling or writing, without a preposition or after "do"
    ("mama vakar skambino jonui, bet jis neatsiliepė", ["jonui"]),
    ("wczoraj pisała do kasi i nic", ["kasi"]),
    ("вечером звонила серёже, он не ответил", ["серёже"]),
    ("soita mulle huomenna", []),                                            # a pronoun, no one's name
    ("helistasin tõnisele numbrile ja ta ei vastanud", ["tõnisele"]),        # the word after it is no surname
    # a first name that is also a month, where the sentence says a person
    ("Her foster sister, June, said she was scared.", ["June"]),
    ("Wczoraj byłam u Mai Kowalczyk z jej mamą.", ["Mai Kowalczyk"]),
    ("August sa att han inte vill åka hem.", ["August"]),
    ("The review is in April 2026 and again in June.", []),                   # months
    ("Im Mai zieht die Familie um.", []),
    # a family named by its surname in the English plural after "the"
    ("We last saw the Pemberthys in March; the Jenkinses moved away.", ["Pemberthys", "Jenkinses"]),
    ("Call the Samaritans on 116 123 if you need to talk.", []),              # a helpline, no family
    # a storm's name is no one's, and the names listed after it
    ("Myrsky Veeti kaatoi puita, joten koulu oli kiinni.", []),
    ("Efter stormen Gorm och Dagny var skolan stängd.", []),
    ("Storm Ellis closed the roads, so Maya stayed with her gran.", ["Maya"]),
    ("Drengen Storm Kristensen kom ikke i skole i dag.", ["Storm Kristensen"]),  # a boy named Storm
])
def test_names_of_the_nineteenth_round(text, names):
    assert _found(text, "name") == names
