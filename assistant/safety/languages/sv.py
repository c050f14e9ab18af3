"""The danger patterns in Swedish (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\baldrig (mer |någonsin )?(ska |kommer att )?(att )?(få )?se (honom|henne|dem|barnet|barnen|pojken|flickan) (igen|mer)\b",
        r"\bkan inte (gå |åka |komma |återvända )?hem\b",  # a child who cannot go home
        r"\bi (omedelbar |akut |allvarlig |stor )?fara\b", r"\blivsfara\w*", r"\bnödläge\w*", r"\bsjälvmord\w*",
        r"\bsuicid\w*", rf"\bhot(ar|ade|at|as|a)\b {W3}(att )?(döda|ta livet av|mörda|strypa|skjuta|knivhugga)\b",
        r"\bmed döden\b", r"\bdödshot\w*",
        r"\b(ska|skall|kommer att|tänker|vill) (\w+ ){0,2}(döda|strypa|mörda|ta livet av|köra in i)\b",
        r"\bdöda (henne|honom|dem|mig|oss|barnet|flickan|pojken)\b", r"\bta livet av (henne|honom|dem|mig|sig)\b",
        r"\bblöder\b", r"\bmedvetslös\b", r"\bandas (inte|konstigt|dåligt|tungt)\b", r"\bkramp\w*",
        r"\b(vågar|törs|vill) inte (gå |åka |komma )?hem\b", r"\bvägrar (att )?(gå|åka) hem\b",
        r"\brädd(a)? för att (gå|åka) hem\b",
        r"\b(får|kan) inte (lämna|gå ut|ta sig ut|komma ut)\b", r"\binte släpp\w*", r"\bsläpp\w* inte\b",
        r"\b(med|har) (en )?(kniv|pistol|vapen|yxa)\b",
        r"\b(måste|tvingas|ska) (gå |åka )?tillbaka till (dem|honom|henne)\b",
        r"\b(tänker|vill|ska|hotar att|planerar att) (hoppa|dö|ta livet av sig|skjuta sig)\b",
        r"\bska dö\b",
        r"\b(kasta|släppa|skaka|kväva|dränka) (bebisen|barnet|babyn|spädbarnet)\b",
        r"\b(inte låter|låter inte) (henne|honom|dem) (gå|gå hem|lämna|åka)\b",
        r"\b(full|berusad|påverkad|packad)\b.{0,80}\b(köra|kör|köra iväg|bakom ratten)\b",
        r"\b(avskedsbrev\w*)",
        r"\b(ta sitt (eget )?liv)\b",
    ),
    harm=(
        r"\b(bälte\w*|livrem\w*)\b",  # a beating with a belt
        r"\b(skada[rd]?|skadas|slår|slog|slagen|slagit|slagits|slås|misshand\w*|stryp\w*|kvävs|skaka\w*|"
        r"knivhugg\w*|våldt\w*|övergrepp|hot|hota[rst]?|hotad\w*|hotade|inlåst\w*|låst\w*|låser|låses|hålls|"
        r"kidnapp\w*|bortför\w*|tvinga[drs]?|tvingad\w*|säljs|såld\w*|sälj\w*|hyr ut|försvunn\w*|avvik\w*|avvek|"
        r"rymt|rymmer|rymde|vapen|kniv\w*|yxa|pistol|våld\w*|utnyttj\w*|människohandel\w*|exploater\w*|full|"
        r"berusad|påverkad|tabletter|piller|överdos\w*|snitt|skärsår|rep|blåmärk\w*|märken|sår|omskär\w*|"
        r"könsstympning\w*|giftas|tvångsgift\w*|pass|passet|okänd\w*|främmande|skräckslag\w*|livrädd\w*|"
        r"rädd\w*|gömmer|gömd\w*|viska\w*|ensamma|ensam|övergiv\w*|feber|kyla|minusgrader|bil|bilen|bil\w*)\b",
        r"\bgift(as|a)? bort\b", r"\b(hämtar|hämta) (henne|honom|dem)\b", r"\bkommer och hämtar\b",
        r"\bfrån nätet\b", r"\bträffa en (man|vuxen)\b", r"\b(gå|åka|återvända|komma) tillbaka\b",
        r"\bväntar (på (henne|honom|dem) )?(utanför|vid)\b", r"\bstår (och väntar|utanför)\b",
        r"\b(är|är på) (på väg|på ingång)\b", r"\bletar (nu )?efter\b", r"\b(kastade|kastat|slängde) ut\b",
        r"\binte ätit\b",
        r"\b(hoppa|\w*bron|taket|spåren|balkong\w*|fönstr\w*|dö|död|brännskad\w*|bränn\w*|straffa\w*|skrik\w*|"
        r"gråt\w*|spark\w*|fest\w*|drink\w*|drogad\w*|utomlands|köra|kör|bakom ratten|blod\w*|bruten|brutit|"
        r"snö\w*|träffa)\b",
        r"\borkar inte\b",
        r"\bingen (öppnar|svarar)\b",
        r"\b(reser|flyger|åker) till\b",
        r"\bvägrar (\w+ ){0,3}(sjukhus|akut|läkare|vårdcentral)\w*",
        r"\b(nätet|internet|snapchat|instagram)\b",
        r"\b(ta (med )?(henne|honom) (med sig|hem)|skåpbil\w*|drog|släpade|knuffade)\b",
    ),
    now=(
        r"\b(nu|just nu|precis|i kväll|ikväll|i natt|inatt|i dag|idag|i morgon|imorgon|i övermorgon|"
        r"för tillfället|genast|snart|fortfarande|varje dag|varje natt|efter skolan|i helgen|"
        r"nästa vecka|om en stund)\b",
        r"\bom (\d+|en|ett|två|tre|fem|tio|femton|tjugo|trettio|fyrtio|en halv|någon) (minut\w*|timm\w*|"
        r"dag\w*)\b",
        r"\b(\d+|en|ett|två|fem|tio|femton|tjugo|trettio|en halvtimme|en kvart|en stund|en timme) "
        r"(minuter |timmar )?sedan\b",
        r"\bvid (\d+|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\b", r"\bklockan \d+",
        r"\b(jag står|jag är kvar|jag sitter|jag hör|hembesök\w*)\b", r"\bringde\b", r"\bchatt\w*",
        r"\bsedan (i går|igår|i morse|i natt)( \w+)?\b",
        r"\binte (\w+ )?längre\b",
        r"\bringer (mig|oss)\b",
        r"\b(pågår (fortfarande|nu|just nu)|(det|misshandeln|våldet|övergreppen|utnyttjandet) pågår)\b",
        r"\b(väntar|skriver|sms:ar)\b",
        r"\b(om (två|tre|\d+) veckor|i sommar|på sommarlovet|på lovet)\b",
        r"\b(på (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag))\b",
        r"\b(\w*lovet)\b",
        r"\b(när som helst)\b",
    ),
    current=(
        r"\b(just nu|i detta nu|i detta ögonblick|i kväll|ikväll|i natt|inatt|i eftermiddag|i morse)\b",
        r"\bom (\d+|en|ett|fem|tio|femton|tjugo|trettio|fyrtio|en halv) (minut\w*|timm\w*)\b",
        r"\b(\d+|en|fem|tio|femton|tjugo|trettio|en halvtimme|en kvart|en stund|en timme) (minuter |"
        r"timmar )?sedan\b",
        r"\b(jag står|jag är kvar|jag hör|jag ser)\b", r"\bberättade precis\b",
        r"\bringer (mig|oss)\b",
        r"\b(när som helst)\b",
    ),
    witness=(
        r"\b\d{1,2}-åri\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(berättar|berättade|säger|sade|sa|skriver|skrev|ringer|ringde|sms:ade|messade|viskade)\b",
        r"\b(är|sitter) (här|hos mig|på mitt kontor|i telefon|vid dörren)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\b(är|bor) nu (placerad\w*|hos polisen|på sjukhus\w*|i familjehem\w*|på (ett )?skyddat boende|hos (sin |sina )?(mamma|pappa|mormor|farmor|morföräldrar|farföräldrar))\b",
        r"\bnu placerad\w* i\b",
        r"\bhittades (i går|igår|i förrgår)\b",
        r"\b(i fjol|förra året|för \w+ år sedan|när jag var (liten|barn|ung)|som barn|i min barndom)\b",
        r"\b(ärendet|fallet|det) (är|har) (avslutat|stängt|avslutats)\b", r"\bavslutat\b",
        r"\b(utbildning\w*|rollspel\w*|övning\w*|scenario\w*|fallbeskrivning\w*|kursmaterial\w*|case)\b",
        r"\b(hon|han) är (nu )?vuxen\b", r"\bvuxen nu\b", r"\b(1[89]|[2-9]\d)-årig (kvinna|klient)\b",
        r"\b(är|har) (nu )?(hittad|placerad|i säkerhet|trygg)\b", r"\bskyddat boende\b",
        r"\b(kurs(en|er|erna)?|seminari\w*|på kurs)\b",
    ),
    cond=(
        r"\bifall\b", r"\bom (ett barn|en elev|en flicka|en pojke|jag|man|någon|barnet|eleven|hon|han|du|vi)\b",
        r"\bmisstänk\w*", r"\bnågon gång\b",
        r"\b(rykte\w*)\b",
    ),
    ask=(
        r"^\s*(vad|vilka|vilken|vilket|hur|när|vem|vems|var|varför|finns|är|kan|får|ska|måste|bör|har|"
        r"enligt|förklara|beskriv|lista|definiera|berätta om|sedan när)\b",
    ),
    topic=(
        r"\b(tecken|teckn\w*|varningsteck\w*|varningssignal\w*|indikator\w*|kännetecken|signaler|riskfaktor\w*|"
        r"definition\w*|definiera\w*|innebär|betyder|menas|räknas som|anses|skillnad\w*|tyder|"
        r"straff\w*|påföljd\w*|fängelse|brott\w*|brottsbalk\w*|olaglig\w*|förbjudet|lag|lagen|lagar|lvu|"
        r"paragraf\w*|bestämmelse\w*|konvention\w*|protokoll\w*|direktiv\w*|gäller|omhändertas|"
        r"förfarande\w*|rutin\w*|riktlinje\w*|process\w*|skyldighet\w*|anmälningsplikt\w*|tystnadsplikt\w*|"
        r"anmälan|orosanmälan|anmäla|anmäler|rapportera\w*|hänvisa\w*|stötta\w*|förebyggande|forskning\w*|"
        r"dokumentera\w*|statistik|hur vanligt|hur ofta|hur många|generellt|i allmänhet|vanligtvis|"
        r"pratar man|ledande frågor)\b",
        r"\b(nummer|numret|telefonnummer\w*)\b",
    ),
    words=(
        "och|att|jag|det|är|som|en|ett|på|inte|hon|han|med|för|av|till|har|om|vad|hur|mig|henne|honom|hans|"
        "hennes|barnet|när|sig|kan|ska"
    ),
)
