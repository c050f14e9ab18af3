"""Questions that describe a situation and ask what to do ("A pupil says ... What must I do?").

Such a question is answered from the guidance, not from the single closest passage: the steps of a
guide in their order, with their contacts, and a training case only as an example. This module
recognises the question; retrieval (``assistant/retrieval.py``) and the extractive answerer
(``assistant/answerers/extractive.py``) change how they choose for it.
"""

from __future__ import annotations

import re

from assistant.documents import last_heading

# "What do I do", "what should we do", "what exactly do I do", "how should I act", "in what order": the request for
# steps. The situation itself (who, what happened) is free text before it and is not looked at here.
_WORD = r"[\w'’-]+"  # a word, also one with an apostrophe (uk "обов'язки") or a hyphen
_ASKS_WHAT_TO_DO = {
    "en": r"\bwhat (?:exactly |else |now |then |actually |really )?(?:do|should|must|can|shall|would|ought) "
          r"(?:i|we|one|they|you|staff|he|she)\b(?:\s+\w+){0,3}\s+do\b"
          r"|\bwhat (?:is|are) (?:my|our|the) (?:next |first )?(?:steps?|duty|duties|obligations?)\b"
          r"|\bhow (?:do|should|must|can) (?:i|we|one|they|you|staff)\s+(?:act|proceed|respond|react|handle|go about)\b"
          r"|\bin what order\b|\bwhat (?:has|needs) to be done\b|\bwhat to do\b|\bwhat happens next\b",
    "fi": r"\bmitä (?:\w+ ){0,2}(?:pitää|pitäisi|tulee|tulisi|kuuluu|täytyy|voin|voimme|on) tehdä\b"
          r"|\bmitä (?:teen|teemme|minä teen|me teemme|nyt teen)\b|\bmitä tehdä\b"
          r"|\bmiten (?:\w+ ){0,2}(?:pitää|pitäisi|tulee|tulisi|kuuluu|täytyy) (?:toimia|edetä|menetellä|reagoida)\b"
          r"|\bmiten (?:toimin|toimimme|etenen|etenemme|menettelen|reagoin)\b"
          r"|\bmissä järjestyksessä\b|\bmitkä ovat (?:\w+ )?(?:ensimmäiset |seuraavat )?(?:askeleet|vaiheet)\b",
    "sv": r"\bvad (?:exakt |mer |nu |då |egentligen )?(?:ska|skall|bör|måste|kan|borde) "
          r"(?:jag|vi|man|de|hen|personalen)\b(?:\s+\w+){0,3}\s+göra\b"
          r"|\bhur (?:ska|skall|bör|måste|borde) (?:jag|vi|man|de|hen|personalen)\s+(?:gå till väga|agera|göra|handla|reagera)\b"
          r"|\bi vilken ordning\b|\bvilka (?:är )?(?:de )?(?:första |nästa )?steg(?:en)?\b|\bvad gör (?:jag|vi)\b",
    # The Baltic Sea region's other asker languages: the same requests, with a few words (a pronoun, a
    # modal verb, "now") allowed between the question word and the verb.
    "et": rf"\bmida\b(?:\s+{_WORD}){{0,3}}\s+(?:teha|tegema)\b|\bmida (?:ma|me|mina|meie) (?:nüüd )?teen(?:e)?\b"
          rf"|\bkuidas\b(?:\s+{_WORD}){{0,3}}\s+(?:toimima|toimida|käituma|käituda|talitama|talitada|edasi minna)\b"
          r"|\bmillises järjekorras\b|\bmis on (?:minu|meie) (?:kohustus\w*|järgmised sammud|esimesed sammud)\b",
    "lv": rf"\b(?:ko|kas)\b(?:\s+{_WORD}){{0,3}}\s+(?:darīt|jādara|darīsim|daru|darām)\b"
          rf"|\bkā\b(?:\s+{_WORD}){{0,3}}\s+(?:rīkoties|jārīkojas|rīkosimies|rīkošos|reaģēt|jāreaģē)\b"
          r"|\bkādā secībā\b|\bkādi ir (?:mani|mūsu) (?:pienākumi|nākamie soļi|pirmie soļi)\b",
    "lt": rf"\bką\b(?:\s+{_WORD}){{0,3}}\s+(?:daryti|padaryti|darysime|darysiu|darau|darome)\b"
          rf"|\bkaip\b(?:\s+{_WORD}){{0,3}}\s+(?:elgtis|pasielgti|elgsimės|elgiuosi|reaguoti|sureaguoti)\b"
          r"|\bkokia tvarka\b|\bkokios (?:yra )?(?:mano|mūsų) pareigos\b",
    "pl": rf"\bco\b(?:\s+{_WORD}){{0,3}}\s+(?:zrobić|robić|robimy|robię|zrobimy|zrobię)\b"
          rf"|\bjak\b(?:\s+{_WORD}){{0,3}}\s+(?:postąpić|postępować|postąpimy|postąpię|działać|zareagować|reagować|się zachować|zachować się)\b"
          r"|\bw jakiej kolejności\b|\bjakie (?:są )?(?:moje|nasze) (?:obowiązki|kolejne kroki|pierwsze kroki)\b",
    "de": rf"\bwas\b(?:\s+{_WORD}){{0,3}}\s+(?:tun|machen|unternehmen)\b|\bwas (?:mache|tue|machen|tun) (?:ich|wir)\b"
          rf"|\bwie\b(?:\s+{_WORD}){{0,3}}\s+(?:vorgehen|verhalten|handeln|reagieren)\b"
          rf"|\bwie (?:gehe|gehen) (?:ich|wir)\b(?:\s+{_WORD}){{0,3}}\s+vor\b"
          r"|\bin welcher reihenfolge\b|\bwas (?:sind|ist) (?:meine|unsere) (?:pflichten|pflicht|nächsten schritte|ersten schritte)\b",
    "da": rf"\bhvad\b(?:\s+{_WORD}){{0,3}}\s+(?:gøre|foretage)\b|\bhvad gør (?:jeg|vi)\b"
          rf"|\bhvordan\b(?:\s+{_WORD}){{0,3}}\s+(?:forholde|handle|reagere|agere|gribe)\b"
          r"|\bi hvilken rækkefølge\b|\bhvad er (?:min|vores) pligt\b|\bhvad er (?:mine|vores) (?:pligter|næste skridt|første skridt)\b",
    "nb": rf"\bhva\b(?:\s+{_WORD}){{0,3}}\s+gjøre\b|\bhva gjør (?:jeg|vi)\b"
          rf"|\bhvordan\b(?:\s+{_WORD}){{0,3}}\s+(?:gå (?:fram|frem)|forholde|handle|reagere|håndtere|gripe)\b"
          r"|\bhvordan går (?:jeg|vi) (?:fram|frem)\b|\bi hvilken rekkefølge\b"
          r"|\bhva er (?:min|vår) plikt\b|\bhva er (?:mine|våre) (?:plikter|neste skritt|første skritt)\b",
    "uk": rf"\bщо\b(?:\s+{_WORD}){{0,3}}\s+(?:робити|зробити|робимо|роблю|зробимо)\b"
          rf"|\bяк\b(?:\s+{_WORD}){{0,3}}\s+(?:діяти|вчинити|чинити|поводитися|поводитись|реагувати|відреагувати)\b"
          r"|\bв якому порядку\b|\bякі (?:мої|наші) (?:обов'язки|обов’язки|наступні кроки|перші кроки)",
    "ru": rf"\bчто\b(?:\s+{_WORD}){{0,3}}\s+(?:делать|сделать|делаем|делаю|сделаем)\b"
          rf"|\bкак\b(?:\s+{_WORD}){{0,3}}\s+(?:поступить|поступать|действовать|реагировать|отреагировать|вести себя)\b"
          r"|\bкак (?:мне|нам) быть\b|\bв каком порядке\b|\bкакие (?:мои|наши) (?:обязанности|следующие шаги|первые шаги)\b",
}
# ... or asks whom to tell, call or turn to ("who do i tell", "kelle pitää ilmottaa", "an wen wende ich mich", "do kogo
# się zwrócić"): the contacts are steps of the guidance too. Chat forms count (fi "mä", "ilmottaa", "pitäis"; no
# question mark at the end of a hurried message).
_TELL = {
    "en": r"\bwho (?:do|should|must|can|shall) (?:i|we) (?:tell|contact|call|ring|report (?:it |this )?to|inform|notify|"
          r"talk to|speak to|turn to|go to)\b|\bwhat now\b|\bwhat (?:do|does|should|can) (?:he|she|they) do\b",
    "fi": r"\b(?:kenelle|kelle|keneen|kehen|kenen kanssa)\b(?:\s+\w+){0,3}\s+(?:ilmoittaa|ilmottaa|ilmoitan|"
          r"ilmotan|sanoa|kertoa|soittaa|soitan|otan yhteyttä|ottaa yhteyttä|olla yhteydessä|puhua|puhun|tehdä ilmoitus)\b"
          r"|\bmitä (?:mä|mää|mun pitää|mun pitäis|meidän pitäis|mä nyt) (?:teen|tehdä|sanon|sanoa)\b|\bmitä tehään\b"
          r"|\bmiten (?:mun|meidän|mä) (?:pitää|pitäis|pitäisi|kuuluu) (?:toimia|edetä)\b|\bmiten (?:tässä )?(?:etenen|toimin)\b",
    "sv": r"\b(?:vem|vilka) (?:ska|bör|måste|kan|skall) (?:jag|vi) (?:kontakta|ringa|berätta för|anmäla till|vända (?:mig|oss) till|"
          r"prata med)\b|\b(?:till vem|vart) (?:ska|bör|kan) (?:jag|vi) (?:vända|anmäla|ringa)\b|\bhur ska jag tänka\b",
    "et": rf"\b(?:kellele|kellega|kuhu|kelle poole)\b(?:\s+{_WORD}){{0,3}}\s+(?:teatama|teatada|pöörduma|pöörduda|helistama|"
          r"helistada|rääkima|rääkida|ühendust võtma|ühendust võtta|ühendust võtan)\b|\bmis (?:ma|me|mina) (?:nüüd )?teen\b"
          r"|\bkuidas edasi\b",
    "lv": rf"\b(?:kur|kam|pie kā)\b(?:\s+{_WORD}){{0,2}}\s+(?:vērsties|ziņot|jāziņo|jāvēršas|pateikt)\b|\bko lai es\b",
    "lt": rf"\b(?:kam|į ką|su kuo)\b(?:\s+{_WORD}){{0,2}}\s+(?:pasakyti|pranešti|kreiptis|skambinti|pasikalbėti)\b",
    "pl": rf"\b(?:do kogo|komu|gdzie|z kim)\b(?:\s+{_WORD}){{0,2}}\s+(?:się zwrócić|zwrócić się|zgłosić|powiedzieć|"
          r"zadzwonić|porozmawiać)\b|\bco dalej\b",
    "de": rf"\b(?:an wen|wem|wo|mit wem)\b(?:\s+{_WORD}){{0,2}}\s+(?:wende|wenden|melden|melde|sagen|anrufen|sprechen)\b"
          r"|\bwas (?:soll|kann) (?:er|sie) (?:jetzt )?(?:tun|machen)\b",
    "da": rf"\b(?:hvem|hvor)\b(?:\s+{_WORD}){{0,2}}\s+(?:kontakte|ringe til|fortælle det til|henvende (?:mig|os)|melde det til|"
          r"tale med)\b",
    "nb": rf"\b(?:hvem|hvor)\b(?:\s+{_WORD}){{0,2}}\s+(?:kontakte|ringe til|si (?:det )?til|henvende (?:meg|oss)|melde (?:det )?til|"
          r"snakke med)\b",
    "uk": rf"\b(?:до кого|кому|куди|з ким)\b(?:\s+{_WORD}){{0,2}}\s+(?:звернутися|звертатися|повідомити|повідомляти|сказати|"
          r"дзвонити|зателефонувати|поговорити)\b",
    "ru": rf"\b(?:к кому|кому|куда|с кем)\b(?:\s+{_WORD}){{0,2}}\s+(?:обратиться|обращаться|сообщить|сообщать|сказать|"
          r"звонить|позвонить|поговорить)\b",
}
_PATTERNS = {language: re.compile(f"{pattern}|{_TELL[language]}", re.IGNORECASE)
             for language, pattern in _ASKS_WHAT_TO_DO.items()}

# A described situation with a how/what question of the asker's own, before or after it ("... forces him to
# work. How should I write down what he said?", "Whom do I contact first? A 12-year-old told me ..."): the asker
# wants to know how to act in it. Where a language
# asks that with an infinitive and no pronoun (pl "Jak zgłosić ...?", ru "Как сообщить ...?"), the
# question word and the infinitive say it.
_OWN_HOW = {
    "en": r"^(?:how|what|who|whom|where)\b.*\b(?:i|we|my|our|me|us)\b",
    "fi": r"^(?:miten|mitä|kenelle|keneen|kuka|mihin|minne)\b.*\b(?:minun|meidän|minä|me|teen|teemme|voin|voimme|minulla|meillä|minulle|meille|"
          r"otan|otamme|soitan|soitamme|ilmoitan|ilmoitamme|kerron|kerromme|neuvon|pitää|pitäisi|täytyy|tulee|tulisi|kuuluu)\b",
    "sv": r"^(?:hur|vad|vem|vart|var|vilka)\b.*\b(?:jag|vi|mig|oss|min|vår|mitt|vårt)\b",
    "et": r"^(?:kuidas|mida|kellele|kelle|kes|kuhu|kus)\b.*\b(?:ma|mina|me|meie|mul|meil|mulle|meile|minu|pean|peame|peaksin|peaksime|saan|saame|võin|võime)\b"
          r"|^(?:kuidas|mida|kellele|kuhu)\s+\w+(?:da|ta)\b",
    "lv": r"^(?:kā|ko|kam|kas|kur|kurš|kura|kuram|kurai)\b.*\b(?:es|mēs|man|mums|mans|mana|mūsu|manu|varu|varam)\b"
          r"|^(?:kā|ko|kam|kur)\s+\w+t(?:ies)?\b",
    "lt": r"^(?:kaip|ką|kam|kas|kur|kuriai|kuriam|kokią|kokia|kokius|kokias)\b.*\b(?:aš|mes|man|mums|mano|mūsų|turiu|turime|turėčiau|galiu|galime)\b"
          r"|^(?:kaip|ką|kam|kur)\s+\w+ti(?:s)?\b",
    "pl": r"^(?:jak|co|komu|kto|gdzie|dokąd|kogo)\b.*\b(?:ja|my|mi|mnie|nam|nas|mój|moja|nasz|nasza|mam|mamy|muszę|musimy|powinienem|powinnam|powinniśmy|mogę|możemy)\b"
          r"|^(?:jak|co|komu|gdzie)\s+(?:\w+\s+)?\w+ć\b",
    "de": r"^(?:wie|was|wem|wen|wer|wo|wohin|an wen)\b.*\b(?:ich|wir|mir|mich|uns|mein\w*|unser\w*)\b",
    "da": r"^(?:hvordan|hvad|hvem|hvor|hvortil)\b.*\b(?:jeg|vi|mig|os|min|mit|mine|vores)\b",
    "nb": r"^(?:hvordan|hva|hvem|hvor)\b.*\b(?:jeg|vi|meg|oss|min|mitt|mine|vår|vårt|våre)\b",
    "uk": r"^(?:як|що|кому|хто|куди|де)\b.*\b(?:я|ми|мені|нам|мій|моя|моє|наш|наша|мене|нас)\b"
          r"|^(?:як|що|кому|куди)\s+\w+ти(?:ся|сь)?\b",
    "ru": r"^(?:как|что|кому|кто|куда|где)\b.*\b(?:я|мы|мне|нам|мой|моя|моё|наш|наша|меня|нас)\b"
          r"|^(?:как|что|кому|куда)\s+\w+ть(?:ся)?\b",
}
# ... or asks whether the asker may, must or should do something in it ("Should I talk to the parents first or
# what?", "Must I report this to the police?", fi "Ilmoitanko poliisille?", ru "Обязана ли я сообщить в полицию?"):
# after a story, that is a request for how to act in it, and the guidance's steps answer it with the duty asked
# about among them. A yes/no question alone ("Must I make the notification myself?") asks for a fact, not for
# steps, and stays one. A filler word may come first ("So should I ...", "Ja pitääkö minun ...").
_MAY_I = {
    "en": r"(?:can|could|may|must|should|shall|do|would) (?:i|we)\b|(?:am i|are we|is it my|is it our) "
          r"(?:obliged|required|allowed|supposed|duty|job|responsibility)\b|(?:do|does) (?:i|we|one) (?:need|have) to\b",
    "fi": r"(?:voinko|voimmeko|saanko|saammeko|(?:pitääkö|täytyykö|pitäisikö|tuleeko|tulisiko|kuuluuko|onko) (?:minun|meidän)"
          r"|(?:pitääkö|täytyykö|pitäisikö|tarvitseeko) (?:\w+ ){0,3}(?:tehdä|ilmoittaa|ilmoitus|ilmoitusta|soittaa|kertoa)"
          r"|onko (?:minulla|meillä) (?:velvollisuus|oikeus|lupa))\b|(?!onko\b)\w+(?:n|mme)(?:ko|kö)\b",
    "sv": r"(?:kan|får|måste|ska|skall|bör|borde|behöver) (?:jag|vi)\b|är (?:jag|vi) (?:skyldig|skyldiga|tvungen|tvungna)\b",
    "et": r"(?:kas )?(?:ma|me|mina|meie) (?:võin|võime|pean|peame|peaksin|peaksime|tohin|tohime)\b"
          r"|kas (?:ma|me) (?:võin|võime|pean|peame|peaksin|peaksime|tohin|tohime)\b",
    "lv": r"(?:vai )?(?:es|mēs) (?:varu|varam|drīkstu|drīkstam|man|mums)\b|vai (?:man|mums) (?:ir )?jā\w+",
    "lt": r"(?:ar )?(?:aš|mes) (?:galiu|galime|turiu|turime|privalau|privalome)\b|ar (?:galiu|galime|turiu|turime|privalau|privalome)\b",
    "pl": r"czy (?:mogę|możemy|muszę|musimy|powinienem|powinnam|powinniśmy|wolno (?:mi|nam))\b",
    "de": r"(?:kann|darf|muss|soll|sollte|können|dürfen|müssen|sollen|sollten) (?:ich|wir)\b",
    "da": r"(?:kan|må|skal|bør) (?:jeg|vi)\b|er (?:jeg|vi) (?:forpligtet|nødt)\b",
    "nb": r"(?:kan|må|skal|bør|får) (?:jeg|vi)\b|er (?:jeg|vi) (?:forpliktet|nødt)\b",
    "uk": r"(?:чи )?(?:можемо|можу|маємо|маю|повинні|повинен|повинна|мусимо|мушу|зобов'язан\w*|зобов’язан\w*)\b"
          r"|чи (?:ми|я) (?:можемо|можу|маємо|маю|повинні|мусимо)\b",
    "ru": r"(?:можем|могу)\b|(?:должны|должен|должна|обязаны|обязан|обязана|нужно) ли (?:я|мы|мне|нам)\b"
          r"|(?:мы|я) (?:можем|могу|должны|должен|должна)\b",
}
# ... unless it asks how often, how long or how many ("Do we have to record the search, and how often?"): a fact.
_HOW_MUCH = {"en": r"how (?:often|long|many|much|soon)", "fi": r"(?:kuinka|miten) (?:usein|kauan|monta|paljon|pian)|montako|kauanko",
             "sv": r"hur (?:ofta|länge|många|mycket|snart)", "et": r"kui (?:tihti|sageli|kaua|palju|kiiresti)",
             "lv": r"cik (?:bieži|ilgi|daudz|ātri)", "lt": r"kaip (?:dažnai|ilgai|greitai)|kiek", "pl": r"jak (?:często|długo|szybko)|ile",
             "de": r"wie (?:oft|lange|viele|viel|schnell)", "da": r"hvor (?:ofte|længe|mange|meget|hurtigt)",
             "nb": r"hvor (?:ofte|lenge|mange|mye|raskt)", "uk": r"як (?:часто|довго|швидко)|скільки",
             "ru": r"как (?:часто|долго|быстро)|сколько"}
_FILLER = {"en": "and|so|but|ok|okay|then|now|or", "fi": "ja|eli|siis|vai|nyt|entä", "sv": "och|så|men|eller|nu",
           "et": "ja|siis|või|nüüd", "lv": "un|tad|vai|tagad", "lt": "ir|tai|o|dabar", "pl": "i|więc|a|to|teraz",
           "de": "und|also|aber|oder|jetzt", "da": "og|så|men|eller|nu", "nb": "og|så|men|eller|nå",
           "uk": "і|й|та|то|а|тож", "ru": "и|так|а|то|или"}
# ... or, after a story, asks whether what happened calls for anything at all ("Am I overreacting?", "Is this
# something to act on?", "How do I go on from here?", lv "Nezinu, vai par to vispār jāuztraucas" -- with or without a
# question mark): the worried professional of a calm story, whom the guidance answers with what to do in such a case.
_UNSURE_IF = {
    "en": r"\b(?:am i|are we) (?:over-?reacting|overthinking|paranoid|imagining|being (?:paranoid|silly|dramatic))\b"
          r"|\bis (?:this|it|that) (?:even )?(?:anything|something|serious|worrying|worth|a reason|a cause|a (?:child "
          r"welfare|child protection|cp|safeguarding) (?:thing|matter|issue|case|concern))\b"
          r"|\bshould (?:i|we) (?:be )?(?:worr(?:y|ied)|concerned)\b|\b(?:anything|something) (?:i|we)(?:'m|'re| am| are)? "
          r"(?:should|must|need to|ought to|supposed to|have to)\b|\bhow (?:do|should|can) (?:i|we) (?:go on|continue|"
          r"take (?:this|it) (?:forward|further))\b|\b(?:not sure|don'?t know|unsure) (?:if|whether)\b",
    "fi": r"\b(?:ylireagoinko|ylireagoimmeko|liioittelenko|kuvittelenko|olenko (?:vainoharhainen|liian huolissani))\b"
          r"|\bonko (?:tämä|tää|tässä|se|sillä|siinä) (?:\w+ )?(?:mitään|mitn|jotain|jotakin|vakavaa|huolestuttavaa|"
          r"lastensuojeluasia|syytä)\b|\b(?:pitäisikö|pitääkö|kannattaako) (?:\w+ )?(?:olla huolissaan|olla huolissani|"
          r"huolestua|puuttua|reagoida)\b|\bmiten (?:tästä |tätä |tässä )?(?:eteenpäin|jatkan|jatkaa|jatketaan|jatkamme)\b"
          r"|\ben (?:ole varma|tiedä),? (?:onko|pitäisikö|pitääkö|kannattaako)\b",
    "sv": r"\b(?:överreagerar|överdriver|inbillar) (?:jag|vi)\b|\bär jag (?:paranoid|för orolig|överdrivet orolig)\b"
          r"|\bär (?:det|detta|det här|det där) (?:ens )?(?:något|nåt|allvarligt|oroande|en barnskydds\w*|ett barnskydds\w*|"
          r"anledning)\b|\b(?:ska|bör|borde) (?:jag|vi) (?:vara )?oro(?:lig|liga)\b|\bhur går (?:jag|vi) vidare\b"
          r"|\b(?:vet inte|är inte säker på)(?: riktigt)? om\b",
    "et": r"\b(?:kas )?(?:ma |me )?(?:reageerin|reageerime) üle\b|\bkas (?:ma )?liialdan\b|\bkas see on (?:üldse )?(?:midagi|"
          r"tõsine|tõsi|lastekaitse\w*|murettekitav)\b|\bkas (?:ma |me )?(?:peaksin|peaksime|pean|peame) (?:muretsema|"
          r"sekkuma)\b|\bkuidas (?:siit )?edasi\b|\b(?:ma )?ei tea,? kas\b",
    "lv": r"\bvai (?:es )?(?:pārspīlēju|pārāk uztraucos)\b|\bvai tas (?:vispār )?ir (?:kaut kas|kas nopietns|nopietni|"
          r"bērnu tiesību\w*)\b|\bvai (?:man |mums )?(?:būtu )?jāuztraucas\b|\bnezinu,? vai\b|\bkā rīkoties tālāk\b",
    "lt": r"\bar (?:aš )?(?:perdedu|per daug nerimauju)\b|\bar tai (?:apskritai )?(?:kažkas|rimta|rimtas|rimtai)\b"
          r"|\bar (?:man |mums )?(?:reikėtų|reikia) (?:nerimauti|jaudintis|kištis)\b|\bnežinau,? ar\b",
    "pl": r"\bczy (?:nie )?(?:przesadzam|panikuję|jestem przewrażliwion\w*)\b|\bczy to (?:w ogóle )?(?:coś|jest coś|"
          r"poważne|poważna sprawa)\b|\bczy (?:powinienem|powinnam|powinniśmy) się (?:martwić|niepokoić)\b"
          r"|\bnie wiem,? czy\b|\bjak (?:mam )?(?:dalej|postępować dalej)\b",
    "de": r"\b(?:übertreibe|überreagiere|reagiere) ich(?: über)?\b|\bbin ich (?:paranoid|übervorsichtig|zu besorgt)\b"
          r"|\bist (?:das|es|dies) (?:überhaupt )?(?:etwas|was|ernst|schlimm|bedenklich|ein fall)\b"
          r"|\b(?:sollte|muss) ich mir sorgen machen\b|\b(?:weiß|weiss) (?:ich )?nicht,? ob\b|\bwie (?:gehe ich|geht es) "
          r"(?:jetzt |nun )?weiter\b",
    "da": r"\b(?:overreagerer|overdriver) (?:jeg|vi)\b|\ber jeg (?:paranoid|for bekymret)\b|\ber (?:det|dette|det her) "
          r"(?:overhovedet )?(?:noget|alvorligt|bekymrende)\b|\b(?:skal|bør) (?:jeg|vi) være bekymre\w*\b"
          r"|\bved ikke,? om\b|\bhvordan går (?:jeg|vi) videre\b",
    "nb": r"\b(?:overreagerer|overdriver) (?:jeg|vi)\b|\ber jeg (?:paranoid|for bekymret)\b|\ber (?:det|dette|det her) "
          r"(?:i det hele tatt )?(?:noe|alvorlig|bekymringsfullt)\b|\b(?:skal|bør) (?:jeg|vi) være bekymre\w*\b"
          r"|\bvet ikke,? om\b|\bhvordan går (?:jeg|vi) videre\b",
    "uk": r"\bчи (?:я )?(?:не )?(?:перебільшую|панікую|накручую)\b|\bчи (?:це|є в цьому) (?:взагалі )?(?:щось|серйозн\w*)\b"
          r"|\bчи (?:варто|треба|слід|потрібно) (?:\w+ )?(?:хвилюватися|турбуватися|втручатися)\b|\bне знаю,? чи\b",
    "ru": r"\b(?:я )?(?:не )?(?:преувеличиваю|паникую|накручиваю)\b|\b(?:это )?(?:что-то|что то) серь[её]зное\b"
          r"|\bстоит ли (?:\w+ )?(?:волноваться|беспокоиться|вмешиваться)\b|\bне знаю,? (?:\w+ ){0,3}ли\b",
}
_UNSURE = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _UNSURE_IF.items()}
_OWN = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _OWN_HOW.items()}
_MAY = {language: re.compile(f"^(?:(?:{_FILLER[language]}),?\\s+)?(?:{pattern})", re.IGNORECASE)
        for language, pattern in _MAY_I.items()}
_NOT_MAY = {language: re.compile(f"\\b(?:{pattern})\\b", re.IGNORECASE) for language, pattern in _HOW_MUCH.items()}
# A sentence ends at ., ! or ? before a space or the end of the message: not inside a number ("154.1 pants",
# "1.1.2023") or before a comma ("17 g., ..."); in a language that writes ordinals with a full stop, not after a number
# (or a number and its short unit) that a lower-case word or a number follows ("12. pants", "2024. aastal", "8. klassi",
# "2023 m. buvo"). Elsewhere a lower-case word after a full stop starts a sentence, as hurried messages are typed
# ("she is 15. who do i tell").
_END = re.compile(r"[.!?]+(?=\s|$)")
_ORDINAL = re.compile(r"\d(?:\s?[^\W\d_]{1,2})?\.$")  # "12.", "2023 m.", "2024 g."
_ORDINAL_CHARS = 5  # the longest _ORDINAL: a digit, a space, a two-letter unit, the full stop
_LOWER_OR_NUMBER = re.compile(r"\s+(?:[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]|\d)")
ORDINAL_FULL_STOP = frozenset({"fi", "et", "lv", "lt", "de", "pl", "da", "nb"})


def asks_what_to_do(question: str, language: str | None = None) -> bool:
    """Whether ``question`` asks what to do (in ``language``, else in any asker language): it says so
    ("what should I do"), or it describes a situation and asks, in any of its sentences, how the asker is to
    act in it, or whether what it tells calls for anything at all ("... Am I overreacting?")."""
    languages = [language] if language in _PATTERNS else list(_PATTERNS)
    if any(_PATTERNS[lang].search(question) for lang in languages):
        return True
    sentences = _sentences(question, language)
    if _story_told(sentences) and any(s.endswith("?") and any(_asks_how_to_act(s, lang) for lang in languages)
                                      for s in sentences):
        return True
    return _unsure_after_story(sentences, question, languages)


def _unsure_after_story(sentences: list[str], question: str, languages: list[str]) -> bool:
    """Whether the asking sentence (``_asking``) asks whether the story told in another sentence calls for anything
    ("... Am I overreacting?", "... Nezinu, vai par to vispār jāuztraucas")."""
    asking = _asking(sentences, question)
    told = any(s != asking and not s.endswith("?") and len(s.split()) >= 4 for s in sentences)
    return told and any(_UNSURE[lang].search(asking) for lang in languages)


def _asks_how_to_act(sentence: str, language: str) -> bool:
    return bool(_OWN[language].search(sentence)
                or _MAY[language].search(sentence) and not _NOT_MAY[language].search(sentence))


def tells_a_story(question: str, language: str | None = None) -> bool:
    """Whether ``question`` tells something (a sentence of four words or more that asks nothing) beside what it
    asks: "My pupil (9) says her father locks her in a cupboard. Should I talk to the parents first?"; or, in
    ``language``, asks whether the asker must act if something happened (``_story_if``)."""
    sentences = _sentences(question, language)
    return _story_told(sentences) or bool(language and sentences and _story_if(_asking(sentences, question), language))


# "Must I make a notification if a 9-year-old says her mother's partner pushes her into the wall?": a duty question
# (``_MAY_I``) whose condition tells the story. The condition's words are the story's, not what is asked.
_IF = {"en": "if|when", "fi": "jos|kun", "sv": "om|när", "et": "kui", "lv": "ja|kad", "lt": "jei|jeigu|kai",
       "pl": "jeśli|jeżeli|gdy|kiedy", "de": "wenn|falls", "da": "hvis|når", "nb": "hvis|når", "uk": "якщо|коли",
       "ru": "если|когда"}
_IF_RE = {language: re.compile(rf"[,\s]\s*(?:{words})\s", re.IGNORECASE) for language, words in _IF.items()}
STORY_IF_WORDS = 6  # words after the condition's conjunction that make it a story, not a term ("if the child is 15")


def _story_if(sentence: str, language: str) -> int | None:
    """Where the story told as a condition of a duty question begins in ``sentence`` (None: it tells none)."""
    if language not in _IF_RE or not _MAY[language].search(sentence):
        return None
    found = _IF_RE[language].search(sentence)
    if found is None or len(sentence[found.end():].split()) < STORY_IF_WORDS:
        return None
    return found.start()


def _story_told(sentences: list[str]) -> bool:
    return any(s.endswith("?") for s in sentences) and any(not s.endswith("?") and len(s.split()) >= 4
                                                           for s in sentences)


def _sentences(question: str, language: str | None = None) -> list[str]:
    ordinals = language in ORDINAL_FULL_STOP
    sentences, start = [], 0
    for end in _END.finditer(question):
        if ordinals and end.group() == "." and _LOWER_OR_NUMBER.match(question, end.end()) \
                and _ORDINAL.search(question, max(0, end.end() - _ORDINAL_CHARS), end.end()):
            continue
        sentences.append(question[start:end.end()])
        start = end.end()
    sentences.append(question[start:])
    return [s.strip() for s in sentences if s.strip()]


def asking_sentence(question: str, language: str | None = None) -> str:
    """The sentence that asks ("What must I do?"), without the situation before it; the whole question
    when it is one sentence. Embedded alone it finds procedural guidance (steps, first actions), which
    the situation's own words, close to the training cases' stories, do not. With ``language``, a duty
    question's story told as its condition is left out too ("Must I notify | if a 9-year-old says ...?")."""
    sentence = _asking(_sentences(question, language), question)
    start = _story_if(sentence, language) if language else None
    return sentence[:start].strip() if start else sentence


def _asking(sentences: list[str], question: str) -> str:
    """The last of ``sentences`` (``question``'s) that ends in a question mark; a hurried message without one asks in
    its last sentence ("... a bruise on his back. who do i tell")."""
    asking = [s for s in sentences if s.endswith("?")]
    return asking[-1] if asking else sentences[-1] if sentences else question.strip()


_STEP = re.compile(r"^(?:step|steg|vaihe)\s*\d+\b|^\d+\.\s*(?:vaihe|steg|step)\b", re.IGNORECASE)


def is_step(locator: str) -> bool:
    """Whether a passage is one numbered step of a step-by-step guide ("Step 2: ...", "2. vaihe: ...")."""
    return bool(_STEP.match(last_heading(locator)))


def step_action(locator: str) -> str:
    """What a step says to do, without its number ("Step 2: Make a child welfare notification" -> "make a child welfare
    notification"): two guides' steps that say the same thing, whatever their numbers."""
    return _STEP.sub("", last_heading(locator)).lstrip(" :.-–—").strip().casefold()
