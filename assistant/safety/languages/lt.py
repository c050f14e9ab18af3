"""The danger patterns in Lithuanian (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # does not want to live any more
        r"\bnebe ?nori gyventi\b",
        # an abduction threatened ("you will never see him again")
        r"\b(niekada|niekados) (daugiau |nebe)?(jo |jos |jų |vaiko )?"
        r"(nebepamatysi|nepamatysi|nebepamatysite|nepamatysite|nebepamatys)\b",
        r"\bnegali (eiti |grįžti )?namo\b",  # a child who cannot go home
        r"\b(tiesioginiame |dideliame |rimtame |mirtiname )?pavojuje\b",
        r"\bgresia (mirtinas |tiesioginis )?pavojus\b",
        r"\bgyvybei gresia\b", r"\bskubus atvejis\b", r"\bsavižud\w*", rf"\bgrasin\w* {W3}(nužudy|užmuš)\w*",
        r"\bgrasin\w* mirtimi\b", r"\bnužudys\b", r"\bužmuš\w*",
        r"\bnužudyti (jį|ją|juos|mane|vaiką|mergaitę|berniuką)\b",
        r"\bkraujuoj\w*", r"\bbe sąmonės\b", r"\bnekvėpuoja\b", r"\btraukuli\w*",
        r"\b(bijo|nedrįsta|nenori|atsisako) (eiti |grįžti )?namo\b", r"\bneišleidžia\w*",
        r"\bnegali (išeiti|pabėgti|ištrūkti)\b", r"\bsu (peiliu|ginklu|kirviu)\b",
        r"\b(mojuoja|mosikuoja|laiko) (peiliu|ginklu|kirviu|peilį|ginklą)\b",
        r"\b(viską|visa) (pabaigs|baigs)\b", r"\bpabaigs viską\b",
        r"\b(turi|privalo) grįžti (pas juos|pas jį|pas ją|pas jas)\b",
        r"\b(nori|ketina|grasina|planuoja) (šokti|mirti|nusižudyti|nusišauti)\b",
        r"\b(bus|yra) (tuoj |greitai )?(negyva|negyvas|mirusi|miręs)\b",
        r"\b(išmes|išmesti|numes|purtys|uždusins|paskandins) (\w+ ){0,2}(kūdikį|vaiką|mažylį)\b",
        r"\bneleidžia (jai|jam|jiems) (išeiti|grįžti|eiti)\b",
        r"\bjos neišleidžia\b",
        r"\b(girt\w*|neblaiv\w*)\b.{0,80}\b(vairuoti|vairuoja|važiuoti|prie vairo)\b",
        r"\b(atsisveikinimo laišk\w*)",
        r"\b(atimti sau gyvybę)\b",
    ),
    harm=(
        # self-harm ("susižalos")
        r"\bsusižal\w*",
        r"\b(dirž\w*)\b",  # a beating with a belt
        r"\b(muša|mušė|mušamas|mušama|mušami|sumuš\w*|primuš\w*|smaug\w*|krato\w*|purto\w*|smurt\w*|prievart\w*|"
        r"išprievart\w*|išžagin\w*|žagin\w*|tvirkin\w*|grasin\w*|užrakin\w*|užrakint\w*|uždaryt\w*|nelaisvėje|"
        r"pagrob\w*|verčia\w*|verčiam\w*|privert\w*|priverst\w*|parduod\w*|parduot\w*|ding\w*|pabėg\w*|ginkl\w*|"
        r"peil\w*|kirv\w*|išnaudo\w*|skriaud\w*|žalo\w*|sužaloj\w*|sužeid\w*|girt\w*|apsvaig\w*|tablet\w*|"
        r"vaist\w*|perdozav\w*|pjūvi\w*|mėlyn\w*|žaizd\w*|apipjaust\w*|ištekin\w*|išteka\w*|pasą|paso|pasas|"
        r"nepažįstam\w*|svetim\w*|bijo|išsigand\w*|slepiasi|pasislėp\w*|šnabžd\w*|palikt\w*|karščiuo\w*|"
        r"šalt\w*|automobil\w*|mašin\w*|išveš\w*|pasiims)\b",
        r"\bprekyb\w* (žmonėmis|vaikais)\b", r"\bvien(as|a|i) namuose\b",
        r"\b(grįžti|sugrįžti|turi grįžti|eiti atgal)\b", r"\blaukia (jos |jo )?lauke\b",
        r"\b(atvažiuoja|ateina|atvažiuos|ateis) (čia|jos|jo|pasiimti)\b",
        r"\b(šok\w*|tilt\w*|stog\w*|bėgių|balkon\w*|lang\w*|negyv\w*|mir\w*|nudegim\w*|degin\w*|baus\w*|"
        r"rėki\w*|verki\w*|verkia|spard\w*|vakarėl\w*|gėrim\w*|apsvaigin\w*|nebegali|vieni|užsienį|vairuo\w*|"
        r"prie vairo|kraujas|kraujo|lūž\w*|sniege|minus\w*|susitik\w*)\b",
        r"\bniekas (neatidaro|neatsako)\b",
        r"\bvien(i|as|a) (bute|namuose|namie)\b",
        r"\batsisako (\w+ ){0,3}(ligonin|gydytoj|greit)\w*",
        r"\bišmetė (jį |ją |juos )?lauk\b",
        r"\b(internete|socialiniuose tinkluose)\b",
        r"\b(išsivežti|išsiveš|pasiimti|furgon\w*|įtempė|įstūmė)\b",
        r"\b(ištekė\w*|veža|vežti|veš)\b",
    ),
    now=(
        r"\b(dabar|ką tik|šiuo metu|šiandien|šįvakar|šiąnakt|rytoj|poryt|tuoj|nedelsiant|vis dar|iki šiol|"
        r"kasdien|"
        r"kiekvieną dieną|kiekvieną naktį|po pamokų|po mokyklos|savaitgalį|kitą savaitę|netrukus)\b",
        r"\bprieš (pusvalandį|valandą|\w+ minuč\w*)\b", r"\bpo (pusvalandžio|valandos|\w+ minuč\w*)\b",
        r"\b\d+ val\b", r"\b(girdžiu|matau|stoviu)\b", r"\bpaskambino\b", r"\bpokalb\w*", r"\bčat\w*",
        r"\bnuo (vakar|vakar ryto|ryto|vakarykščio)( \w+)?\b",
        r"\bskambina (man|mums)\b",
        r"\b(laukia|rašo)\b",
        r"\b(po (dviejų|trijų|\d+) savaičių|vasarą|per atostogas)\b",
        r"\b((pirmadienį|antradienį|trečiadienį|ketvirtadienį|penktadienį|šeštadienį|sekmadienį))\b",
        r"\b(\w*atostog(ų|as|omis))\b",
        r"\b(bet kurią akimirką)\b",
    ),
    current=(
        r"\b(dabar pat|būtent dabar|šiuo momentu|šią akimirką|šįvakar|šiąnakt|ką tik)\b",
        r"\bprieš (pusvalandį|valandą|\w+ minuč\w*)\b", r"\bpo (pusvalandžio|valandos|\w+ minuč\w*)\b",
        r"\b(girdžiu|matau|stoviu)\b",
        r"\bskambina (man|mums)\b",
        r"\b(bet kurią akimirką)\b",
    ),
    witness=(
        r"\b\d{1,2}-(metis|metė|mečio|metės|mečiai|metį|metę|mečiui|metei)\b|\b\d{1,2} metų\b",  # a child described by age: a case, not a question of knowledge
        r"\b(pasakoja|pasakojo|papasakojo|sako|sakė|rašo|parašė|skambina|paskambino|parodė)\b",
        r"\b(yra|sėdi) (čia|pas mane|mano kabinete|prie durų|telefonu)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\bdabar (yra |gyvena )?(ligoninėje|policijoje|saugiame būste|globos namuose|krizių centre|globėjų šeimoje|pas (močiutę|senelius|tetą)|saugus|saugi|namie su)\b",
        r"\bvakar rast(as|a|i)\b",
        r"\b(praėjusiais metais|pernai|prieš \w+ metus|vaikystėje)\b", r"\bkai buvau (mažas|maža|vaikas)\b",
        r"\b(byla|atvejis) (yra )?(baigt\w*|uždaryt\w*)\b",
        r"\b(mokym\w*|vaidmenų žaidim\w*|scenarij\w*|pratyb\w*)\b",
        r"\byra (jau )?(suaugęs|suaugusi|pilnamet\w*)\b",
        r"\b(1[89]|[2-9]\d) metų moteris\b", r"\byra (dabar )?(saugus|saugi|saugioje vietoje)\b",
        r"\b(kursuose|kursų|seminar\w*)\b",
    ),
    cond=(r"\b(jei|jeigu)\b", r"\bkada nors\b", r"\bįtari\w*", r"\bįtariu\b"),
    ask=(
        r"^\s*(kok(ie|ia|s|ios|ių|ius|ias|iu)|kaip|kada|kas|ką|kam|kur|ar|kiek|kodėl|kuris|kuri|kurie|"
        r"paaiškinkite|paaiškink|apibūdinkite|išvardykite|apibrėžkite)\b",
        r"\b(gand\w*)\b",
    ),
    topic=(
        r"\b(požym\w*|ženkl\w*|indikator\w*|signal\w*|apibrėž\w*|sąvok\w*|reiškia|laikoma\w*|atpažinti|"
        r"baus\w*|baudž\w*|laisvės atėmim\w*|nusikalt\w*|baudžiamasis kodeks\w*|baudžiamojo kodekso|numatyt\w*|"
        r"įstatym\w*|straipsn\w*|nuostat\w*|konvencij\w*|protokol\w*|direktyv\w*|tvark\w*|procedūr\w*|"
        r"gair\w*|pareig\w*|pranešim\w*|pranešti|praneša|nukreipti|statistik\w*|kaip dažnai|kaip dažna|paprastai|"
        r"apskritai|bendrai)\b",
        r"\b(numer\w*)\b",
    ),
    words=(
        "ir|kad|yra|jis|ji|jį|ją|su|į|iš|ar|kaip|kas|man|aš|bet|taip|tai|ką|vaikas|vaiką|mes|nėra|jau|pas|prie|"
        "dabar"
    ),
)
