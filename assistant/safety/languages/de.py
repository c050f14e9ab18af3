"""The danger patterns in German (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\b(siehst|sehen|seht|sieht) (du |sie |ihr )?(ihn|sie|das Kind|die Kinder|den Jungen|das Mädchen) nie (wieder|mehr)\b",
        r"\bkann nicht (mehr )?nach Hause\b",  # a child who cannot go home
        r"\bin (akuter |unmittelbarer |großer |ernster |ernsthafter |höchster )?Gefahr\b", r"\blebensgefahr\w*",
        r"\blebensbedroh\w*", r"\bnotfall\b", r"\bnotlage\b", r"\bsuizid\w*", r"\bselbstmord\w*",
        r"\bdroh\w*,? (\w+,? ){0,4}(umzubringen|umbringen|zu töten|töten|totzuschlagen|zu erstechen|"
        r"abzustechen)\b",
        r"\bmit dem Tod(e)? (gedroht|bedroht|droht)\b", r"\bmorddroh\w*", r"\btodesdroh\w*",
        r"\b(bringt|bringen) (sich|ihn|sie|es|mich|das Kind) (\w+ ){0,4}um\b",
        r"\bwird (ihn|sie|es|mich|das Kind) (umbringen|töten)\b",
        r"\bblutet\b", r"\bbewusstlos\b", r"\batmet (nicht|komisch|schwer)\b", r"\bkrampfanfall\w*",
        r"\b(traut|wagt) sich nicht (mehr )?nach Hause\b", r"\bangst,? nach Hause zu gehen\b",
        r"\bwill nicht (mehr )?nach Hause\b",
        r"\b(lässt|lassen) (sie|ihn) nicht (gehen|raus|weg|heraus)\b", r"\bkann nicht (weg|raus|fliehen)\b",
        r"\bmit (einem|dem) (Messer|Waffe|Beil|Axt|Pistole)\b", r"\b(hat|hält) (ein|das) (Messer|Waffe|Pistole)\b",
        r"\bmuss (heute |heute Abend |heute Nacht )?zu (ihnen|ihm|ihr) zurück\b",
        r"\b(will|möchte|wird|droht zu) (springen|sterben|sich umbringen|sich töten|sich erschießen)\b",
        r"\b(springen|sterben|sich umbringen|sich töten) (will|möchte|wird)\b",
        r"\b(ist|bist|sei|wäre) (gleich |bald )?tot\b",
        r"\b(wirft|werfe|schüttelt|erstickt|ertränkt) (\w+ ){0,2}(Baby|Kind|Säugling)\b",
        r"\b(sie|ihn) nicht (gehen|weg|raus|nach Hause) lass\w*",
        r"\b(betrunken|alkoholisiert|besoffen)\b.{0,80}\b(fahren|losfahren|wegfahren|am Steuer)\b",
        r"\b(abschiedsbrief\w*)",
        r"\b(sich das Leben (zu )?nehmen)\b",
    ),
    harm=(
        r"\b(gürtel\w*)\b",  # a beating with a belt
        r"\b(schlägt|schlagen|geschlagen|verprügel\w*|prügel\w*|würgt|gewürgt|schüttel\w*|geschüttelt|"
        r"misshandel\w*|missbrauch\w*|vergewaltig\w*|gewalt\w*|droht|drohen|bedroht|bedrohen|eingesperrt|sperrt|"
        r"einsperr\w*|eingeschlossen|festgehalten|entführ\w*|gezwungen|zwingt|zwingen|verkauft|vermisst\w*|"
        r"verschwunden|weggelaufen|abgehauen|waffe\w*|messer\w*|ausgebeutet|ausbeut\w*|menschenhandel\w*|"
        r"verletzt|"
        r"verletzen|betrunken|alkoholisiert|tabletten|pillen|überdosis|schnitt\w*|hämatom\w*|wunde\w*|"
        r"beschneid\w*|genitalverstümmel\w*|verheirat\w*|zwangsheirat\w*|pass|reisepass|fremde\w*|unbekannte\w*|"
        r"angst|verängstigt|versteckt|flüstert|allein|verlassen|fieber|kälte|frost|auto\w*|wagen|losfahren|"
        r"fahren|"
        r"holt|abholen|abholt)\b",
        r"\bhält (sie|ihn) fest\b", r"\bblaue flecken\b", r"\bzurück(gehen|kehren|müssen)?\b",
        r"\bwartet (draußen|vor der Tür|vor dem Haus)\b", r"\b(kommt|kommen) (sie|ihn) holen\b",
        r"\b(spring\w*|\w*brücke|dach|gleis\w*|balkon|fenster|tot|sterben|verbrenn\w*|verbrüh\w*|bestraf\w*|"
        r"schrei\w*|weint|weinend|weinen|tritt|party|getränk\w*|ausland|fliegt|reist|am Steuer|blut\w*|"
        r"gebrochen\w*|schnee|minus|treffen|trifft)\b",
        r"\bschafft es nicht\b",
        r"\b(niemand|keiner) (öffnet|macht auf|antwortet)\b",
        r"\bweigert sich (\w+ ){0,3}(Krankenhaus|Klinik|Arzt|Notaufnahme)\b",
        r"\b(rausgeworfen|ausgesperrt|vor die Tür gesetzt)\b",
        r"\b(internet|online|snapchat|instagram)\b",
        r"\b(mitnehmen|mitnimmt|transporter|lieferwagen|gezerrt|zerrt|geschubst|gestoßen)\b",
        r"\bbeschnitt\w*",
    ),
    now=(
        r"\b(jetzt|gerade|eben|soeben|im Moment|momentan|derzeit|zurzeit|heute|heute Abend|heute Nacht|morgen|"
        r"übermorgen|sofort|gleich|bald|immer noch|noch immer|jeden Tag|jede Nacht|nach der Schule|am Wochenende|"
        r"nächste Woche)\b",
        r"\bvor (\w+|\d+) (Minuten|Stunden?)\b", r"\bvor einer (halben )?Stunde\b",
        r"\bin (\w+|\d+) (Minuten|Stunden?)\b",
        r"\bin einer (halben )?Stunde\b", r"\bum \d+( Uhr)?\b",
        r"\b(ich stehe|ich höre|ich sehe|ich bin (gerade )?(beim|bei|im|vor))\b", r"\bhat (mich|uns) angerufen\b",
        r"\bchat\w*",
        r"\bseit (gestern|heute morgen|heute früh)( \w+)?\b",
        r"\bnicht mehr\b",
        r"\bruft (mich|uns) (\w+ )?an\b",
        r"\b(wartet|warten|schreibt)\b",
        r"\b(in (zwei|drei|\d+) Wochen|in den (Sommer)?ferien|diesen Sommer)\b",
        r"\b(am (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))\b",
        r"\b(\w*ferien)\b",
        r"\b(in Kürze|jeden Moment)\b",
    ),
    current=(
        r"\b(gerade jetzt|jetzt gerade|genau jetzt|in diesem Moment|heute Abend|heute Nacht|heute Nachmittag|"
        r"gleich|soeben)\b",
        r"\bvor (\w+|\d+) (Minuten|Stunden?)\b", r"\bvor einer (halben )?Stunde\b", r"\bin (\w+|\d+) Minuten\b",
        r"\bin einer (halben )?Stunde\b", r"\b(ich stehe|ich höre|ich sehe)\b",
        r"\bruft (mich|uns) (\w+ )?an\b",
        r"\b(in Kürze|jeden Moment)\b",
    ),
    witness=(
        r"\b\d{1,2}-jährig\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(erzählt|erzählte|sagt|sagte|berichtet|berichtete|schreibt|schrieb|ruft an|rief an|hat angerufen)\b",
        r"\b(ist|sitzt) (hier|bei mir|in meinem Büro|am Telefon|vor der Tür)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\b(ist|lebt|wohnt) (jetzt|inzwischen|nun) (im Krankenhaus|bei der Polizei|in der Obhut|in (einer|der) (betreuten |geschützten )?(Wohngruppe|Pflegefamilie|Einrichtung|Schutzunterkunft)|in Sicherheit|bei (der|seiner|ihrer) (Oma|Großmutter|Tante|Mutter))\b",
        r"\bwurde (gestern|vorgestern|inzwischen) gefunden\b",
        r"\b(letztes Jahr|letzten Jahr|im letzten Jahr|vor \w+ Jahren|als Kind|in meiner Kindheit)\b",
        r"\bals ich (klein|ein Kind) war\b", r"\b(der )?Fall ist (abgeschlossen|geschlossen|erledigt)\b",
        r"\b(Schulung\w*|Fortbildung\w*|Rollenspiel\w*|Fallbeispiel\w*|Szenario\w*|Übung\w*)\b",
        r"\bist (jetzt |inzwischen |schon )?(erwachsen|volljährig)\b", r"\b(1[89]|[2-9]\d)-jährige Frau\b",
        r"\bist (jetzt )?in Sicherheit\b",
        r"\b(Kurs\w*|Seminar\w*|Workshop\w*)\b",
    ),
    cond=(r"\b(wenn|falls|ob)\b", r"\bverdacht\w*", r"\bvermute\w*", r"\birgendwann\b"),
    ask=(
        r"^\s*(was|welche|welcher|welches|wie|wann|wer|wem|wen|wo|woran|warum|ist|sind|gibt es|muss|darf|kann|"
        r"soll|erklären Sie|erkläre|beschreiben Sie|beschreibe|nennen Sie|nenne|definieren Sie)\b",
        r"\b(gerücht\w*)\b",
    ),
    topic=(
        r"\b(anzeichen|hinweis\w*|indikator\w*|merkmal\w*|warnsignal\w*|signal\w*|definition\w*|definiert|"
        r"bedeutet|versteht man|gilt als|erkennt|strafe\w*|bestraft|strafbar\w*|strafmaß|freiheitsstrafe\w*|"
        r"straftat\w*|stgb|strafgesetzbuch\w*|gesetz\w*|paragra(f|ph)\w*|vorschrift\w*|konvention\w*|"
        r"protokoll\w*|richtlinie\w*|verfahren\w*|ablauf|läuft|vorgehen|pflicht\w*|meldung\w*|melden|"
        r"meldepflicht\w*|gefährdungsmeldung\w*|gefährdungseinschätzung\w*|jugendamt|prävention\w*|"
        r"dokumentieren|statistik\w*|wie häufig|wie oft|wie viele|allgemein|normalerweise|typischerweise)\b",
        r"§",
        r"\b(nummer\w*|telefonnummer\w*)\b",
    ),
    words=(
        "und|der|die|das|ist|ein|eine|nicht|sie|er|mit|zu|von|den|dem|ich|auf|es|was|wie|im|auch|hat|sich|kind|"
        "wenn|ihr|ihm"
    ),
)
