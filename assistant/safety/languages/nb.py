"""The danger patterns in Norwegian (bokmål) (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\baldri (mer )?(skal |kommer til å |vil )?(å )?(få |får )?(å )?se (ham|henne|dem|barnet|barna|gutten|jenta) igjen\b",
        r"\bkan ikke (gå |dra |komme )?hjem\b",  # a child who cannot go home
        r"\bi (akutt |umiddelbar |overhengende |alvorlig |stor )?fare\b", r"\blivsfare\w*", r"\bnødsituasjon\w*",
        r"\bselvmord\w*", r"\bsuicid\w*", rf"\btru(er|et|a|ede)\b {W3}(drepe|hjel|myrde)\b", r"\bdrapstrus\w*",
        r"\bdødstrus\w*", r"\bdrepe (ham|henne|dem|meg|barnet)\b", r"\bslå (ham|henne|dem|meg|barnet) i ?hjel\b",
        r"\b(vil|skal) (\w+ ){0,2}(drepe|kvele)\b", r"\bi live\b",
        r"\bblør\b", r"\bbevisstløs\b", r"\bpuster (ikke|rart)\b", r"\bkramper?\b",
        r"\b(tør|våger|vil) ikke (å )?(gå |dra )?(med )?hjem\b", r"\bredd for å (gå|dra) hjem\b",
        r"\b(lar|får) (henne|ham) ikke (gå|dra|forlate)\b",
        r"\bkan ikke (komme seg ut|komme ut|slippe unna|forlate)\b",
        r"\bikke slipper (ham|henne|dem) (inn|ut)\b", r"\bslipper (ham|henne|dem) ikke\b",
        r"\bmed (en )?(kniv|pistol|våpen|øks)\b",
        r"\b(må|skal) (gå |dra )?tilbake til (dem|ham|henne)\b",
        r"\b(vil|skal|truer med å|planlegger å) (hoppe|dø|ta livet sitt|ta sitt eget liv|skyte seg)\b",
        r"\b(er|blir) (snart )?død\b",
        r"\b(kaste|slippe|riste|kvele|drukne) (\w+ ){0,2}(babyen|barnet|spedbarnet)\b",
        r"\bikke lar (henne|ham|dem) gå\b",
        r"\blar (henne|ham|dem) ikke gå\b",
        r"\b(full|beruset|ruset)\b.{0,80}\b(kjøre|kjører|bak rattet)\b",
        r"\b(avskjedsbrev\w*)",
        r"\b(ta (sitt eget liv|livet sitt))\b",
    ),
    harm=(
        r"\b(belte\w*|reim\w*)\b",  # a beating with a belt
        r"\b(slår|slo|slått|juling|denger|banke[rt]?|kvel\w*|riste[rt]?|ristet|mishandl\w*|misbruk\w*|overgrep|"
        r"voldt\w*|vold\w*|tru(er|et|a|ede|es)|innelåst|sperret inne|holdes|holdt fanget|kidnapp\w*|bortført\w*|"
        r"tvunget|tvinges|tvinger|solgt|selges|selger|forsvunn\w*|rømt|stukket av|våpen|kniv\w*|øks|"
        r"utnytte[st]?|utnyttet|menneskehandel\w*|skade[rt]?|full|beruset|ruset|piller|tabletter|overdose|kutt|"
        r"blåmerker|merker|sår|omskjær\w*|kjønnslemlest\w*|giftes|tvangsekteskap\w*|pass|passet|fremmed\w*|"
        r"ukjent\w*|redd|livredd|skrekkslagen|gjemmer|skjuler|hvisker|alene|forlatt|feber|kulde|snøen|snø|"
        r"minus|bil\w*|henter)\b",
        r"\blåst (seg )?inne\b", r"\blåser (henne|ham) inne\b", r"\bgift bort\b",
        r"\bkastet (ham |henne |dem )?ut\b",
        r"\b(gå|dra|vende) tilbake\b", r"\bventer (på (henne|ham) )?utenfor\b",
        r"\b(er på vei|kommer og henter)\b",
        r"\b(hoppe|\w*brua|\w*broen|taket|skinnene|balkong\w*|vindu\w*|død|dø|brannskad\w*|brent|straffe\w*|"
        r"skrik\w*|skriker|roper|gråt\w*|sparke[rt]?|fest\w*|drink\w*|utlandet|flyr|kjøre|kjører|bak rattet|"
        r"blod\w*|brukket|møte[rs]?)\b",
        r"\borker ikke\b",
        r"\bingen (åpner|svarer)\b",
        r"\bnekter (\w+ ){0,3}(sykehus|legevakt|lege)\w*",
        r"\blåst ute\b",
        r"\b(nettet|internett|snapchat)\b",
        r"\b(ta (henne|ham) med|varebil\w*|dro|slepte|dyttet)\b",
        r"\bkommer tilbake\b",
    ),
    now=(
        r"\b(nå|akkurat nå|nettopp|i kveld|i natt|om natta|om natten|i dag|i morgen|i overmorgen|for øyeblikket|"
        r"umiddelbart|straks|snart|fortsatt|fremdeles|hver dag|hver natt|etter skolen|i helgen|neste uke)\b",
        r"\bom (en halvtime|en time|\d+ minutter|\w+ minutter)\b",
        r"\bfor (en halvtime|en time|\d+ minutter|\w+ minutter) siden\b",
        r"\bklokka (\d+|ett|to|tre|fire|fem|seks|sju|åtte|ni|ti|elleve|tolv)\b", r"\bklokken \d+",
        r"\b(jeg står|jeg hører|jeg ser|på hjemmebesøk)\b", r"\bringte (til )?(meg|oss|fra)\b", r"\bchat\w*",
        r"\bsitter ute\b",
        r"\bsiden (i går|i morges|i natt)( \w+)?\b",
        r"\bikke (\w+ )?(mer|lenger)\b",
        r"\bringer (\w+ )?til (meg|oss)\b",
        r"\b(venter|skriver)\b",
        r"\b(om (to|tre|\d+) uker|i sommerferien|i sommer)\b",
        r"\b(på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))\b",
        r"\b(\w*ferien)\b",
        r"\b(om litt|om et øyeblikk)\b",
    ),
    current=(
        r"\b(akkurat nå|i dette øyeblikk|i kveld|i natt|i ettermiddag|i morges|om natta|nettopp)\b",
        r"\bom (en halvtime|en time|\d+ minutter|\w+ minutter)\b",
        r"\bfor (en halvtime|en time|\d+ minutter|\w+ minutter) siden\b", r"\b(jeg står|jeg hører|jeg ser)\b",
        r"\bringte fra\b",
        r"\bringer (\w+ )?til (meg|oss)\b",
        r"\b(om litt|om et øyeblikk)\b",
    ),
    witness=(
        r"\b\d{1,2}-åri\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(forteller|fortalte|sier|sa|skriver|skrev|ringer|ringte)\b",
        r"\b(er|sitter) (her|hos meg|på kontoret mitt|i telefonen|ved døren)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\b(er|bor) nå (på sykehuset|hos politiet|i (et )?(beskyttet|trygt) \w+|i fosterhjem|på (et )?krisesenter|plassert|i sikkerhet|hos (sin )?(mormor|farmor|tante|mor))\b",
        r"\bble funnet (i går|i forgårs)\b",
        r"\b(i fjor|for \w+ år siden|som barn|i barndommen)\b", r"\bda jeg var (liten|barn)\b",
        r"\bsaken er (avsluttet|lukket)\b", r"\bavsluttet\b",
        r"\b(kurs|opplæring\w*|rollespill\w*|øvelse\w*|scenario\w*|case)\b",
        r"\ber (nå )?(voksen|myndig)\b", r"\b(1[89]|[2-9]\d) år gammel kvinne\b", r"\ber (nå )?i sikkerhet\b",
        r"\b(seminar\w*|kurset|workshop\w*)\b",
    ),
    cond=(r"\b(hvis|dersom|om (et barn|jeg|man))\b", r"\ben dag\b", r"\bbekymret for\b", r"\bmistenk\w*",
          r"\bmistanke\b"),
    ask=(
        r"^\s*(hva|hvilke|hvilken|hvilket|hvordan|når|hvem|hvor|hvorfor|er|finnes|kan|må|skal|bør|"
        r"ifølge|forklar|beskriv|nevn|definer)\b",
        r"\b(rykte\w*)\b",
    ),
    topic=(
        r"\b(tegn\w*|varseltegn\w*|faresignal\w*|indikator\w*|kjennetegn|signaler|definisjon\w*|defineres|"
        r"definerer|betyr|forstås|regnes som|anses|straff\w*|fengsel|forbrytelse\w*|lovbrudd|ulovlig\w*|lov|"
        r"loven|lover|paragraf\w*|bestemmelse\w*|konvensjon\w*|protokoll\w*|direktiv\w*|prosedyre\w*|"
        r"retningslinje\w*|plikt\w*|bekymringsmelding\w*|barnevernet|melding\w*|melde|meldeplikt\w*|"
        r"forebyggende|tiltak|statistikk\w*|hvor vanlig|hvor ofte|hvor mange|generelt|typisk|vanligvis)\b",
        r"§",
        r"\b(nummer|nummeret|telefonnummer\w*)\b",
    ),
    words=(
        "og|at|jeg|det|er|som|en|et|på|ikke|hun|han|med|for|av|til|har|om|hva|hvordan|meg|henne|ham|hans|"
        "hennes|barnet|når|seg|kan|skal|nå|etter"
    ),
)
