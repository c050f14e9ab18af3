"""The danger patterns in Danish (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\baldrig (mere )?(skal |kommer til at |vil )?(at )?(få )?(at )?se (ham|hende|dem|barnet|børnene|drengen|pigen) igen\b",
        r"\bkan ikke (gå |tage |komme )?hjem\b",  # a child who cannot go home
        r"\bi (akut |umiddelbar |overhængende |alvorlig |stor )?fare\b", r"\blivsfare\w*", r"\bnødsituation\w*",
        r"\bselvmord\w*", r"\bsuicid\w*", rf"\btru(er|ede|et)\b {W3}(ihjel|dræbe|myrde)\b", r"\bdødstrus\w*",
        r"\bslå (ham|hende|dem|mig|barnet) ihjel\b", r"\bdræbe (ham|hende|dem|mig|barnet)\b",
        r"\b(vil|skal) (\w+ ){0,2}(dræbe|kvæle)\b", r"\bi live\b",
        r"\bbløder\b", r"\bbevidstløs\b", r"\btrækker ikke vejret\b", r"\bkramper?\b",
        r"\b(tør|vover|vil) ikke (at )?(gå |tage |komme )?(med )?hjem\b", r"\bbange for at (gå|tage) hjem\b",
        r"\b(lader|må) (hende|ham) ikke (gå|forlade)\b", r"\bkan ikke (komme ud|slippe væk|forlade)\b",
        r"\blukke (hende|ham|dem) ud\b", r"\bmed (en )?(kniv|pistol|våben|økse)\b",
        r"\b(skal|må|er nødt til at) (gå |tage )?tilbage til (dem|ham|hende)\b",
        r"\b(vil|skal|truer med at|planlægger at) (springe|dø|tage sit (eget )?liv|skyde sig)\b",
        r"\b(er|bliver) (snart )?død\b",
        r"\b(smide|kaste|ryste|kvæle|drukne) (\w+ ){0,2}(babyen|barnet|spædbarnet)\b",
        r"\b(vil ikke|ikke vil) lade (hende|ham|dem) gå\b",
        r"\blader (hende|ham|dem) ikke gå\b",
        r"\b(fuld|beruset|påvirket)\b.{0,80}\b(køre|kører|bag rattet)\b",
        r"\b(afskedsbrev\w*)",
        r"\b(tage sit (eget )?liv)\b",
    ),
    harm=(
        # threatening
        r"\btruende\b",
        r"\b(slår|slog|slået|tæsk\w*|tævet|banke[rt]?|kvæl\w*|ryste[rt]?|rystede|mishandl\w*|misbrug\w*|overgreb|"
        r"voldt\w*|vold\w*|tru(er|ede|et|es)|spærret inde|indespærret|holdes|holdt fanget|kidnap\w*|bortført\w*|"
        r"tvunget|tvinges|tvinger|solgt|sælges|sælger|forsvund\w*|stukket af|løbet væk|våben|kniv\w*|økse|"
        r"udnytte[st]?|udnyttet|menneskehandel\w*|skade[rt]?|fuld|beruset|påvirket|piller|tabletter|overdosis|"
        r"snitsår|mærker|sår|omskær\w*|kønslemlæst\w*|giftes|tvangsægteskab\w*|pas|passet|fremmed\w*|ukendt\w*|"
        r"bange|rædselsslagen|gemmer|skjuler|hvisker|alene|forladt|feber|kulde|frost|bælte\w*|bil\w*|henter|"
        r"rejser til)\b",
        r"\blåst inde\b", r"\blåser (hende|ham) inde\b", r"\bblå mærker\b", r"\bgift med\b",
        r"\b(gå|tage|vende) tilbage\b", r"\bventer (på (hende|ham) )?udenfor\b",
        r"\b(er på vej|kommer og henter)\b",
        r"\b(springe|\w*broen|taget|skinnerne|altan\w*|vindue\w*|død|dø|forbrænd\w*|brandsår|straffe\w*|"
        r"skrig\w*|skriger|råber|græd\w*|sparke[rt]?|fest\w*|drink\w*|udlandet|flyver|køre|kører|bag rattet|"
        r"blod\w*|brækket|sne|minus|møde[rs]?)\b",
        r"\bikke kan mere\b",
        r"\bingen (lukker op|svarer)\b",
        r"\bnægter (\w+ ){0,3}(hospital|skadestue|læge)\w*",
        r"\b(smed|smidt) (hende |ham |dem )?ud\b",
        r"\blåst ude\b",
        r"\b(nettet|internettet|online|snapchat)\b",
        r"\b(tage (hende|ham) med|varevogn\w*|trak|slæbte|skubbede)\b",
        r"\b(har )?låst døren\b",
        r"\bkommer tilbage\b",
    ),
    now=(
        # someone standing at the gate, the door, outside now
        r"\bstår (\w+ ){0,3}(ved|uden for|foran)\b",
        r"\b(nu|lige nu|lige|netop|i aften|i nat|i dag|i morgen|i overmorgen|for øjeblikket|øjeblikkeligt|straks|"
        r"snart|stadig|stadigvæk|hver dag|hver nat|efter skole|i weekenden|næste uge)\b",
        r"\bom (en halv time|en time|\d+ minutter|\w+ minutter)\b",
        r"\bfor (en halv time|en time|\d+ minutter|\w+ minutter) siden\b", r"\bklokken \d+",
        r"\b(jeg står|jeg hører|jeg ser|på hjemmebesøg)\b", r"\bringede (til )?(mig|os)\b", r"\bchat\w*",
        r"\bsiden (i går|i morges|i nat)( \w+)?\b",
        r"\bikke (\w+ )?(mere|længere)\b",
        r"\bringer (\w+ )?til (mig|os)\b",
        r"\b(venter|skriver)\b",
        r"\b(om (to|tre|\d+) uger|i sommerferien|i sommer)\b",
        r"\b(på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))\b",
        r"\b(\w*ferien)\b",
        r"\b(om lidt|om et øjeblik)\b",
    ),
    current=(
        r"\b(lige nu|i dette øjeblik|i aften|i nat|i eftermiddag|i morges)\b",
        r"\bom (en halv time|en time|\d+ minutter|\w+ minutter)\b",
        r"\bfor (en halv time|en time|\d+ minutter|\w+ minutter) siden\b", r"\b(jeg står|jeg hører|jeg ser)\b",
        r"\bfortalte mig lige\b",
        r"\bringer (\w+ )?til (mig|os)\b",
        r"\b(om lidt|om et øjeblik)\b",
    ),
    witness=(
        r"\b\d{1,2}-åri\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(fortæller|fortalte|siger|sagde|skriver|skrev|ringer|ringede)\b",
        r"\b(er|sidder) (her|hos mig|på mit kontor|i telefonen|ved døren)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\b(er|bor) nu (på hospitalet|på sygehuset|hos politiet|i (en )?plejefamilie|på (et )?krisecenter|anbragt|i sikkerhed|hos (sin )?(mormor|farmor|moster|mor))\b",
        r"\bblev fundet (i går|i forgårs)\b",
        r"\b(sidste år|for \w+ år siden|som barn|i min barndom)\b", r"\bda jeg var (lille|barn)\b",
        r"\b(sagen|den) er (afsluttet|lukket)\b", r"\bafsluttet\b",
        r"\b(kursus|kurser|undervisning\w*|rollespil\w*|øvelse\w*|scenari\w*|case)\b",
        r"\ber (nu )?(voksen|myndig)\b", r"\b(1[89]|[2-9]\d)-årig kvinde\b", r"\ber (nu )?i sikkerhed\b",
        r"\b(seminar\w*|workshop\w*)\b",
    ),
    cond=(r"\b(hvis|om (et barn|jeg|man))\b", r"\ben dag\b", r"\bbekymret for\b", r"\bmistænk\w*", r"\bmistanke\b"),
    ask=(
        r"^\s*(hvad|hvilke|hvilken|hvilket|hvordan|hvornår|hvem|hvor|hvorfor|er|findes|kan|må|skal|bør|"
        r"ifølge|forklar|beskriv|nævn|definer)\b",
        r"\b(rygte\w*)\b",
    ),
    topic=(
        r"\b(tegn\w*|advarselstegn\w*|indikator\w*|kendetegn|signaler|definition\w*|defineres|definerer|betyder|"
        r"forstås|regnes som|anses|straf\w*|fængsel|forbrydelse\w*|lovovertrædelse\w*|ulovlig\w*|lov|loven|"
        r"love|paragraf\w*|bestemmelse\w*|konvention\w*|protokol\w*|direktiv\w*|procedure\w*|"
        r"retningslinje\w*|pligt\w*|underretning\w*|underrette|indberet\w*|anmeld\w*|journalfør\w*|kommunen|"
        r"statistik\w*|hvor almindeligt|hvor ofte|hvor mange|generelt|typisk|normalt)\b",
        r"§",
        r"\b(nummer|nummeret|telefonnummer\w*)\b",
    ),
    words=(
        "og|at|jeg|det|er|som|en|et|på|ikke|hun|han|med|for|af|til|har|om|hvad|hvordan|mig|hende|ham|hans|"
        "hendes|barnet|når|sig|kan|skal|nu|efter"
    ),
)
