"""The danger patterns in Latvian (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # a farewell to life ("atvadīsies no dzīves")
        r"\batvad\w* no dzīves\b",
        # an abduction threatened ("you will never see him again")
        r"\b(nekad|vairs nekad|nekad vairs) (vairs )?(neredzēsi|neredzēsiet|neredzēs)\b",
        r"\bnevar (iet |doties |atgriezties )?mājās\b",  # a child who cannot go home
        r"\b(tiešās |nopietnās |lielās )?briesmās\b", r"\bdzīvības (briesmās|apdraudējum\w*)\b",
        r"\bārkārtas (situācij|stāvokl)\w*", r"\bpašnāvīb\w*", r"\bpašnāvniec\w*", rf"\bdraud\w* {W3}nogalin\w*",
        r"\bdraud\w* ar nāvi\b", r"\bnogalinās\b", r"\bnogalināt (viņu|viņus|mani|bērnu|meiteni|puisi)\b",
        r"\bnosit\w*", r"\basiņo\w*", r"\bbezsamaņ\w*", r"\bneelpo\b", r"\bkrampj\w*",
        r"\b(baidās|negrib|nedrīkst|neuzdrošinās|atsakās) (iet |doties |atgriezties )?mājās\b",
        r"\bnelaiž (viņu |viņai |viņam )?(prom|ārā|projām|iekšā)\b", r"\bnevar (aiziet|tikt ārā|izkļūt)\b",
        r"\bar (nazi|ieroci|cirvi|pistoli)\b", r"\b(vicina|tur) (nazi|ieroci|cirvi)\b",
        r"\b(jāatgriežas|jāiet atpakaļ) (pie viņiem|pie viņa|pie viņas)\b",
        r"\b(grib|plāno|draud|taisās) (lēkt|mirt|nogalināties|nošauties|izdarīt pašnāvību)\b",
        r"\b(būs|ir) (drīz |tūlīt )?(beigta|beigts|miris|mirusi|pagalam)\b",
        r"\b(izmetīs|izmest|nometīs|kratīs|nosmacēs|noslīcinās) (\w+ ){0,2}(zīdaini|mazuli|bērnu|bēbi)\b",
        r"\bnelaiž (\w+ ){0,2}(prom|ārā|projām|mājās)\b",
        r"\b(piedzēr\w*|iereib\w*|dzērumā)\b.{0,80}\b(braukt|brauktu|brauks|pie stūres)\b",
        r"\b(atvadu vēstul\w*)",
        r"\b(atņemt sev dzīvību)\b",
    ),
    harm=(
        r"\b(jost\w*|siksn\w*)\b",  # a beating with a belt
        r"\b(sit|sita|sitis|situsi|sist|sists|sista|sisti|situ|piekauj\w*|piekauts|piekauta|pērt|pēra|žņaudz\w*|"
        r"krata\w*|vardarb\w*|izvaro\w*|izvarot\w*|izmantot\w*|izmanto|ekspluat\w*|draud|draudēja|draudējis|"
        r"apdraud\w*|ieslēgt\w*|ieslēdz\w*|aizslēgt\w*|gūstā|nolaupīt\w*|nolaupīja|piespie\w*|spiež|pārdod\w*|"
        r"pārdota|pārdots|pazud\w*|aizbēg\w*|ierocis|ieroci|ieroča|ieročiem|nazis|nazi|naža|nazim|cirvi\w*|"
        r"cilvēktirdzniecīb\w*|sāpina\w*|savaino\w*|iereibis|iereibusi|piedzēries|piedzērusies|dzērumā|"
        r"tabletes|tablešu|zāles|pārdozē\w*|griezum\w*|zilum\w*|ievainojum\w*|apgraizī\w*|izprecinā\w*|"
        r"izprecēt\w*|apprecē\w*|pasi|pase|pases|svešinie\w*|nepazīstam\w*|baidās|slēpjas|paslēp\w*|čukst\w*|"
        r"pamest\w*|drudz\w*|aukst\w*|mašīn\w*|automašīn\w*|vedīs|aizvedīs)\b",
        r"\b(dara|nodara) pāri\b", r"\b(jāatgriežas|atgriezties|jāiet atpakaļ|jābrauc atpakaļ)\b",
        r"\bgaida (viņu )?ārā\b", r"\b(nāk|brauc|atnāks|atbrauks) (šurp|pakaļ)\b", r"\bpakaļ atnāks\b",
        r"\b(lēkt|tilt\w*|jumt\w*|sliedēm|balkon\w*|log\w*|miris|mirusi|beigta|beigts|apdegum\w*|dedzin\w*|"
        r"sodīs|sodīt|kliedz\w*|raud\w*|spārd\w*|ballīt\w*|dzērien\w*|apreibin\w*|vieni|ārzemēm|lidos|braukt|"
        r"pie stūres|asin\w*|lauzt\w*|sniegā|mīnus\w*|satik\w*|tikties|pakaļ|paņems)\b",
        r"\bnetiek galā\b",
        r"\bneviens (neatver|neatbild)\b",
        r"\batsakās (\w+ ){0,3}(slimnīc|ārst|ātr)\w*",
        r"\bizmeta (viņu |viņus )?ārā\b",
        r"\b(internetā|tīklā|sociālajos tīklos)\b",
        r"\b(aizvest|aizvedīs|paņemt līdzi|busiņ\w*|ievilka|iegrūda)\b",
        r"\baizslēdz\w*",
    ),
    now=(
        # someone hears it now ("kaimiņi dzird")
        r"\b(dzird|dzirdam)\b",
        r"\b(tagad|tikko|šobrīd|pašlaik|patlaban|šodien|šovakar|šonakt|rīt|parīt|tūlīt|nekavējoties|joprojām|"
        r"vēl aizvien|vēl joprojām|katru dienu|katru nakti|pēc skolas|nedēļas nogalē|nākamnedēļ|drīz)\b",
        r"\bpēc (pusstundas|stundas|\w+ minūtēm)\b", r"\bpirms (pusstundas|stundas|\w+ minūtēm)\b",
        r"\bpulksten \d+", r"\b(dzirdu|redzu|stāvu)\b", r"\bmājas vizīt\w*",
        r"\b(zvanīja|piezvanīja) (man|mums)\b",
        r"\bčat\w*",
        r"\bkopš (vakardienas|vakar|rīta)( \w+)?\b",
        r"\bvairs\b",
        r"\bzvana (man|mums)\b",
        r"\b(gaida|raksta)\b",
        r"\b(pēc (divām|trim|\d+) nedēļām|vasarā|brīvlaikā)\b",
        r"\b((pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien))\b",
        r"\b(\w*brīvlaikā)\b",
        r"\b(jebkurā brīdī)\b",
    ),
    current=(
        r"\b(tieši tagad|šajā brīdī|šajā mirklī|šovakar|šonakt|tikko)\b",
        r"\bpēc (pusstundas|stundas|\w+ minūtēm)\b", r"\bpirms (pusstundas|stundas|\w+ minūtēm)\b",
        r"\b(dzirdu|redzu|stāvu)\b", r"\bmājas vizītes laikā\b",
        r"\bzvana (man|mums)\b",
        r"\b(jebkurā brīdī)\b",
    ),
    witness=(
        r"\b\d{1,2}-gadīg\w*|\b\d{1,2} gadus vec\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(stāsta|stāstīja|saka|teica|raksta|rakstīja|zvana|zvanīja|pastāstīja)\b",
        r"\b(ir|sēž) (šeit|pie manis|manā kabinetā|pie telefona|pie durvīm)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\btagad (ir |dzīvo )?(slimnīcā|policijā|krīzes centrā|audžuģimenē|pie (tantes|vecmāmiņas|vecvecākiem)|mājās|drošībā|drošā)\b",
        r"\bvakar tika atrast\w*\b",
        r"\b(pagājušajā gadā|pērn|pirms \w+ gadiem|bērnībā)\b", r"\bkad es biju (mazs|maza|bērns)\b",
        r"\b(lieta|gadījums) ir (slēgta|slēgts|izbeigta|izbeigts|atrisināt\w*)\b",
        r"\b(apmācīb\w*|mācībās|lomu spēl\w*|scenārij\w*|vingrinājum\w*)\b", r"\bir (jau )?pieaugu\w*",
        r"\b(1[89]|[2-9]\d) gadus veca sieviete\b", r"\bir (tagad )?drošībā\b",
        r"\b(kursos|kursiem|kursu|seminār\w*)\b",
    ),
    cond=(r"\b(ja|gadījumā, ja)\b", r"\bkādreiz\b", r"\baizdom\w*"),
    ask=(
        r"^\s*(kād(as|a|s|i|u|ā|ām|iem)|kā|kad|kas|kam|ko|kur|vai|cik|kāpēc|kurš|kura|kuri|kuras|"
        r"paskaidro\w*|aprakstiet|uzskaitiet|definējiet)\b",
        r"\b(baum\w*)\b",
    ),
    topic=(
        r"\b(pazīm\w*|indikator\w*|signāl\w*|definīcij\w*|definē\w*|nozīmē|saprot|uzskata|"
        r"sod(s|u|a|i|ā|iem|īt\w*|āms|āma)|brīvības atņemšan\w*|noziedz\w*|krimināllikum\w*|paredzēt\w*|"
        r"likum\w*|pant\w*|noteikum\w*|konvencij\w*|protokol\w*|direktīv\w*|procedūr\w*|kārtīb\w*|"
        r"vadlīnij\w*|pienākum\w*|ziņo\w*|ziņojum\w*|ziņot|paziņo\w*|statistik\w*|cik bieži|cik izplatīt\w*|"
        r"parasti|kopumā|vispārīgi)\b",
        r"\b(numur\w*)\b",
    ),
    words="un|ir|ka|viņš|viņa|viņu|ar|uz|par|no|kā|kas|vai|man|es|bet|arī|tas|to|ko|bērns|bērnu|mēs|nav|jau|pie",
)
