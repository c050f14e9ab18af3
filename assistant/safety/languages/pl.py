"""The danger patterns in Polish (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\bnigdy (więcej |już )?(go |jej |ich |dziecka |dzieci )?nie zobaczysz\b",
        r"\bnie zobaczysz (go|jej|ich|dziecka|dzieci) (nigdy )?(więcej|już)\b",
        r"\bnie może (wrócić|wracać|iść|pójść) do domu\b",  # a child who cannot go home
        r"\bw (bezpośrednim |poważnym |realnym |dużym |śmiertelnym )?niebezpieczeństwie\b",
        r"\bzagrożeni\w* życia\b", r"\bżyci\w* (jest )?zagrożone\b", r"\bzagraża\w* (jej |jego )?życiu\b",
        r"\bnagł\w* wypad\w*", r"\bsamobój\w*", r"\bsuicyd\w*",
        rf"\bgrozi\w*,? {W3}(zabi|zamord|skrzywdz|pobi|pocię|potn)\w*",
        r"\bgrozi\w* (mu |jej |im )?(śmiercią|zabiciem)\b",
        r"\bzabij(e|ą) (go|ją|je|ich|mnie|dziecko)\b", r"\b(potną|pocięją|zabiją|zatłuką)\b",
        r"\bkrwawi\w*", r"\bnieprzytomn\w*", r"\bnie oddycha\b", r"\bdrgawk\w*",
        r"\b(boi|bał|bała|boją) się (wrócić|iść|pójść|wracać) do domu\b",
        r"\bnie chce (wracać|wrócić|iść) do domu\b",
        r"\bnie (pozwala|pozwalają|wypuszcza|wypuszczają)\b", r"\bnie może (wyjść|uciec|się wydostać)\b",
        r"\bz (nożem|bronią|siekierą|pistoletem)\b",
        r"\b(musi|ma|muszą) (wrócić|iść) do (nich|niego|niej)\b",
        r"\b(chce|zamierza|grozi, że|planuje) (skoczyć|umrzeć|się zabić|odebrać sobie życie)\b",
        r"\b(będzie|jest|będziesz) (zaraz |wkrótce )?(martw\w*|trup\w*)\b",
        r"\b(wyrzuci|zrzuci|udusi|utopi|potrząśnie) (\w+ ){0,2}(niemowlę|dziecko|niemowlaka|maluch\w*)\b",
        r"\bnie (pozwalają|pozwala) (jej|mu|im) (wyjść|odejść|wrócić)\b",
        r"\b(pijan\w*|nietrzeźw\w*)\b.{0,80}\b(jechać|prowadzić|odjechać|za kierownic\w*)\b",
        r"\b(list\w* pożegnaln\w*)",
        r"\b(odebrać sobie życie)\b",
    ),
    harm=(
        r"\b(pasem|paskiem|pasa)\b",  # a beating with a belt
        r"\b(bije|biją|bił|biła|bili|bity|bita|bite|pobi\w*|dusi\w*|udusi\w*|potrząs\w*|krzywdz\w*|skrzywdz\w*|"
        r"znęca\w*|przemoc\w*|zgwałc\w*|gwałc\w*|molest\w*|wykorzyst\w*|grozi|grożą|groził|groziła|zamknięt\w*|"
        r"zamyka\w*|zablokowan\w*|przetrzym\w*|uwięzi\w*|porwan\w*|porwał\w*|uprowadz\w*|zmusz\w*|zmusza\w*|"
        r"sprzeda\w*|zagin\w*|uciek\w*|broń|bronią|broni|nóż|noża|nożem|noże|siekier\w*|wyzysk\w*|eksploat\w*|"
        r"pijan\w*|nietrzeźw\w*|tabletk\w*|leki|leków|przedawkow\w*|nacięci\w*|siniak\w*|obrażeni\w*|rany|"
        r"okalecz\w*|obrzeza\w*|ślub\w*|paszport\w*|nieznajom\w*|przerażon\w*|ukrywa\w*|chowa\w*|szeptem|"
        r"szepcze|porzuc\w*|gorączk\w*|mróz\w*|zimn\w*|dług\w*|gang\w*|samoch\w*|auto\w*)\b",
        r"\bhandel\w* ludźmi\b", r"\bwyda(ć|dzą) za mąż\b", r"\bobc(y|ego|ym) mężczyzn\w*", r"\bboi się\b",
        r"\bsam(a|o)? w domu\b", r"\b(wrócić|wracać|iść z powrotem|pójść z powrotem)\b",
        r"\bczeka\w* (na nią |na niego )?(przed|na zewnątrz)\b",
        r"\b(jedzie|jadą|idzie|idą) (tu|tutaj|po nią|po niego)\b",
        r"\bodbiera (ją|go)\b", r"\bzaraz wraca\b", r"\bspotkać\b",
        r"\b(skocz\w*|mo(st|ście|stu)|dach\w*|tor(y|ach|ów)|balkon\w*|okn\w*|martw\w*|umrze\w*|oparzen\w*|"
        r"przypal\w*|ukarze|kopie|kopał\w*|krzycz\w*|płacz\w*|impre\w*|drink\w*|napoj\w*|dosypa\w*|granic\w*|"
        r"wywiozą|wywie\w*|wyjeżdża\w*|prowadzić|za kierownicą|odjecha\w*|krew|krwi|złaman\w*|śnieg\w*|"
        r"spotka\w*|odbierze)\b",
        r"\bnie daje rady\b",
        r"\bnikt nie (otwiera|odbiera)\b",
        r"\bsam(i|ych|a|o|e)? w (domu|mieszkaniu)\b",
        r"\bodmawia (\w+ ){0,3}(szpital|lekarz|pogotowi)\w*",
        r"\bwyrzucił\w* (go |ją |je )?(z domu|na dwór)\b",
        r"\b(internet\w*|sieci)\b",
        r"\b(zabrać|zabierze|bus\w*|furgonetk\w*|wciągn\w*|wepchn\w*)\b",
        r"\bzamkn\w*",
    ),
    now=(
        r"\b(teraz|właśnie|przed chwilą|w tej chwili|obecnie|dzisiaj|dziś|dziś wieczorem|dziś w nocy|tej nocy|"
        r"jutro|pojutrze|natychmiast|zaraz|za chwilę|nadal|wciąż|ciągle|codziennie|każdej nocy|po szkole|"
        r"w weekend|w przyszłym tygodniu|wkrótce|do jutra)\b",
        r"\bza (pół godziny|godzinę|\w+ minut\w*|\d+ minut\w*)\b", r"\b(pół godziny|godzinę|\w+ minut\w*) temu\b",
        r"\bo (\d+|pierwszej|drugiej|trzeciej|czwartej|piątej|szóstej|siódmej|ósmej|dziewiątej|dziesiątej)\b",
        r"\b(słyszę|widzę|stoję|jestem na wizycie)\b", r"\bzadzwonił\w* do mnie\b", r"\bczac\w*",
        r"\bod (wczoraj|rana|wczorajszego)( \w+)?\b",
        r"\bjuż nie\b",
        r"\bdzwoni do (mnie|nas)\b",
        r"\b(czeka|czekają|pisze)\b",
        r"\b(za (dwa|trzy|\d+) tygodnie|w wakacje|latem|w ferie)\b",
        r"\b(w (poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę))\b",
        r"\b(ferie|feriach|wakacje|wakacjach)\b",
        r"\b(lada chwila|zaraz)\b",
    ),
    current=(
        r"\b(w tej chwili|właśnie teraz|teraz właśnie|w tym momencie|dziś wieczorem|dzisiaj wieczorem|"
        r"dziś w nocy|"
        r"tej nocy|dziś po południu|przed chwilą|zaraz|za chwilę)\b",
        r"\bza (pół godziny|godzinę|\w+ minut\w*|\d+ minut\w*)\b", r"\b(pół godziny|godzinę|\w+ minut\w*) temu\b",
        r"\b(słyszę|widzę|stoję)\b",
        r"\bdzwoni do (mnie|nas)\b",
        r"\b(lada chwila|zaraz)\b",
    ),
    witness=(
        r"\b\d{1,2}-lat(ek|ka|ki|kiem|ku|kę|kowi|ce)\b|\b\d{1,2}-letni\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(mówi|powiedział\w*|opowiada|opowiedział\w*|twierdzi|pisze|napisał\w*|dzwoni|zadzwonił\w*)\b",
        r"\b(jest|siedzi) (tutaj|tu|u mnie|w moim gabinecie|przy telefonie|pod drzwiami)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\b(teraz|obecnie) (jest |przebywa |mieszka )?(w szpitalu|na policji|w (młodzieżowym )?ośrodku|w rodzinie zastępczej|w schronisku|u (babci|dziadków|cioci)|w domu z mamą|bezpieczn\w*)\b",
        r"\b(odnalazła|odnalazł|odnaleźli|znaleźli|znalazła|znalazł) (ją|go|je) (policja|wczoraj)\b",
        r"\b(w zeszłym roku|w ubiegłym roku|rok temu|\w+ lat temu|w dzieciństwie)\b",
        r"\bgdy (byłem|byłam) (mały|mała|dzieckiem)\b", r"\bsprawa (jest |została )?(zamknięta|zakończona)\b",
        r"\b(szkoleni\w*|odgrywani\w* ról|scenariusz\w*|ćwiczeni\w*|studium przypadku)\b",
        r"\bjest (już )?(dorosł\w*|pełnoletni\w*)\b", r"\b(1[89]|[2-9]\d)-letni\w* kobiet\w*",
        r"\bjest (już |teraz )?bezpieczn\w*",
        r"\b(kurs\w*|warsztat\w*|seminari\w*)\b",
    ),
    cond=(r"\b(jeśli|jeżeli|gdyby)\b", r"\bpodejrzewa\w*", r"\bkiedyś\b"),
    ask=(
        r"^\s*(jaki(e|m|ch)?|jaka|jakie|jak|kiedy|kto|kogo|komu|czy|ile|co|czym|gdzie|dlaczego|który|która|"
        r"które|wyjaśnij\w*|opisz\w*|wymień\w*|zdefiniuj\w*|proszę (wyjaśnić|opisać))\b",
        r"\b(plotk\w*)\b",
    ),
    topic=(
        r"\b(oznak\w*|objaw\w*|sygnał\w*|wskaźnik\w*|symptom\w*|definicj\w*|definiuje|zdefiniowan\w*|"
        r"oznacza|rozumie się|uważa się|uznaje się|kar(a|y|ę|ą|ana|ane|any|alne|alny)|karze|więzieni\w*|"
        r"przestęp\w*|kodeks\w*|ustaw\w*|przepis\w*|artykuł\w*|konwencj\w*|protokoł\w*|protokół|"
        r"dyrektyw\w*|procedur\w*|tryb\w*|wytyczn\w*|obowiąz\w*|zgłosz\w*|zgłoszeni\w*|zgłasza\w*|zgłosić|"
        r"zawiadomi\w*|powiadomi\w*|niebiesk\w* kart\w*|udokumentować|statystyk\w*|jak często|"
        r"jak powszechn\w*|zazwyczaj|ogólnie|zwykle)\b",
        r"\b(numer\w*)\b",
    ),
    words=(
        "i|w|z|na|że|się|jest|nie|to|do|jak|co|czy|ją|go|jej|jego|mi|mnie|ale|dziecko|dziecka|ma|przez|od|po|"
        "za|jestem|są"
    ),
)
