"""What else a question can ask for that the documents may not give: a named app, form or method, a place, a
person, a prediction, a comparison of how common something is, how long something usually takes, or the
assistant's own opinion.

``specific_facts.py`` knows the figures (a count, a share, an amount, a dose, a year's figure). Near-topic
questions ask for other specific things just as often, and the documents sit right beside them: "Is there an
app for reporting ...?" next to the web tip service, "Which interview protocol should a Barnahus use?" next to
the Barnahus model, "In which city is ... located?" next to its phone number, "Will the duty be extended next
year?" next to the duty as it stands, "Is it more common in Finland than in Sweden?" next to what it is, "How
long does it usually take ...?" next to the legal time limit. Each kind here says what asks for it, in every
asker language (fi, sv, en and the Baltic Sea region's et, lv, lt, pl, de, da, nb, uk, ru), and what in a
document's sentence (fi, sv, en) gives one. The refusal policy and the extractive answerer ask through
``specific_facts``. "Why" is not a kind: a reason is given in too many ways ("because of", "so that", "in order
to") for a pattern to tell a sentence that gives one from one that does not.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from assistant.situations import asking_sentence, asks_what_to_do

ThingKind = Literal["app", "form", "method", "place", "person", "future", "comparison", "typical", "opinion"]

_I = re.IGNORECASE
# What asks for each kind, per asker language. The sentences that give one are in fi, sv or en (the documents'
# languages), so ``_CARRIES`` below needs no other language. Words with a second meaning are fenced: Ukrainian
# "додаток" and Russian "приложение" (an app, but also an annex) only as a phone's; Lithuanian "forma" (also a
# manner) only before its name or number; Latvian "rīks" (a tool) not as "rīkoties" (to act); German "wo genau"
# only where something is located or takes place ("Wo genau melde ich das?" asks whom to tell). Lithuanian
# "priemonė" and German "Verfahren" (a measure, a procedure) are no method: the documents name them as such.
_ASKS: dict[ThingKind, dict[str, str]] = {
    # An app: a phone or web application by name or kind, not an "application" for a permit.
    "app": {
        "en": r"\b(?:is there|are there|which|what|any|recommend|suggest)\b[\w' -]{0,30}\b(?:mobile )?apps?\b",
        "fi": r"\b(?:onko|mikä|mitä|mitkä|jokin|jotain|suosit\w*)\b[\w -]{0,40}\b\w*sovellu\w*",
        "sv": r"\b(?:finns det|vilken|vilka|någon|rekommender\w*)\b[\w -]{0,30}\b(?:mobil)?app(?:en|ar)?\b",
        "et": r"\bäpp\w*|\b(?:mobiili)?rakendus(?:t|e|es|ega|ed|i)?\b",
        "lv": r"\blietotn\w*|\bmobil\w* aplikācij\w*",
        "lt": r"\bprogramėl\w*|\bmobil\w* aplikacij\w*",
        "pl": r"\baplikacj\w*",
        "de": r"\bapps?\b|\bhandy-?app\w*",
        "da": r"\bapps?\b|\bappen\b",
        "nb": r"\bapps?\b|\bappen\b",
        "uk": r"\bзастосун\w*|\bмобільн\w* додат\w*",
        "ru": r"\bмобильн\w* приложени\w*|\bприложени\w* для (?:телефона|смартфона)",
    },
    # A form by name or number ("which form", "form number", "lomake", "blankett"), not "a form of exploitation".
    "form": {
        "en": r"\b(?:which|what) form\b(?! of\b)|\bform (?:number|no\.?)\b|\b(?:fill (?:in|out)|use|submit) "
              r"(?:a |the |which )?form\b(?! of\b)",
        "fi": r"\blomak\w*",
        "sv": r"\bblankett\w*",
        "et": r"\b(?:vorm|vormi|vormil|vormile|vormiga|vormid|blankett\w*|ankeet\w*)\b",
        "lv": r"\bveidlap\w*|\bformulār\w*",
        "lt": r"\bblank\w*|\bformuliar\w*|\bform(?:a|ą|os) (?:pavadinim|numer|kod)\w*",
        "pl": r"\bformularz\w*|\bdruk(?:u|iem)? (?:zgłoszeni|wniosku)\w*",
        "de": r"\w*formular\w*|\bvordruck\w*",
        "da": r"\bskema\w*|\bblanket\w*|\bformular\w*",
        "nb": r"\bskjema\w*|\bblankett\w*",
        "uk": r"\bбланк\w*|\bформуляр\w*|\bформ[аиуі] (?:заяви|звернення|повідомлення)",
        "ru": r"\bбланк\w*|\bформуляр\w*|\bформ[аыуе] (?:заявлени|уведомлени|сообщени)\w*",
    },
    # A named method, test, protocol or tool ("which interview protocol", "millä menetelmällä", "vilket test").
    "method": {
        "en": r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:tests?|methods?|protocols?|tools?|techniques?|scales?|questionnaires?)\b",
        "fi": r"\b(?:mi(?:kä|llä|tä|ssä)|millai\w*|mitkä|minkä) (?:[\w-]+ ){0,2}\w*(?:testi\w*|menetelm\w*|protokoll\w*"
              r"|työkalu\w*|mittari\w*|kysely\w*)",
        "sv": r"\bvilk(?:en|et|a) (?:[\w-]+ ){0,2}\w*(?:test\w*|metod\w*|protokoll\w*|verktyg\w*|skattningsskal\w*)\b",
        "et": r"\b(?:milline|millist|milliseid|millise|mis) (?:(?!on\b)[\w-]+ ){0,2}\w*(?:test\w*|meetod\w*|protokoll\w*"
              r"|tööriist\w*|küsimustik\w*|skaala\w*)",
        "lv": r"\b(?:kād[sāuiaoe]\w*|kur[šuaiā]\w*) (?:(?!ir\b)[\w-]+ ){0,2}\w*(?:test\w*|metod\w*|protokol\w*|rīk(?:s|u|a|i|us|iem)\b|anket\w*"
              r"|aptauj\w*|skal[aāu]\w*)",
        "lt": r"\b(?:koks|kokį|kokia|kokią|kokie|kokius|kokiu|kuris|kurį|kurie|kuriuos|kuriuo) (?:(?!yra\b)[\w-]+ ){0,2}\w*(?:test\w*"
              r"|metod\w*|protokol\w*|klausimyn\w*|skal\w*)|\bar yra (?:\w+ ){0,2}klausimyn\w*",
        "pl": r"\b(?:jak(?:i|a|ie|ą|iego|im|ich|imi)|któr(?:y|a|e|ą|ego|ym|ych|ymi)) (?:(?!jest\b|są\b)[\w-]+ ){0,2}\w*(?:test\w*|metod\w*"
              r"|protok[oó]ł\w*|narzędzi\w*|kwestionariusz\w*|ankiet\w*|skal[aię]\w*)",
        "de": r"\b(?:welche[rsnm]?|was für (?:ein(?:e|en)? )?) ?(?:(?!ist\b|sind\b)[\w-]+ ){0,2}\w*(?:test\w*|methode\w*|protokoll\w*"
              r"|instrument\w*|fragebog\w*|fragebög\w*|skala\w*)\b",
        "da": r"\bhvilk(?:en|et|e) (?:(?!er\b)[\w-]+ ){0,2}\w*(?:test\w*|metode\w*|protokol\w*|værktøj\w*|spørgeskema\w*|skala\w*)",
        "nb": r"\bhvilk(?:en|et|e) (?:(?!er\b)[\w-]+ ){0,2}\w*(?:test\w*|metode\w*|protokoll\w*|verktøy\w*|spørreskjema\w*"
              r"|skala\w*)",
        "uk": r"\b(?:який|яка|яке|які|якого|яку|якій|якими|яким) (?:[\w-]+ ){0,2}\w*(?:тест\w*|метод\w*|протокол\w*"
              r"|інструмент\w*|опитувальник\w*|анкет\w*|шкал\w*)|\bчи є (?:\w+ ){0,2}опитувальник\w*",
        "ru": r"\b(?:какой|какая|какое|какие|какого|какую|каким|какими) (?:[\w-]+ ){0,2}\w*(?:тест\w*|метод\w*|протокол\w*"
              r"|инструмент\w*|опросник\w*|анкет\w*|шкал\w*)|\bесть ли (?:\w+ ){0,2}опросник\w*",
    },
    # A place: which city, town or municipality; where something is located.
    "place": {
        "en": r"\b(?:in )?which (?:city|town|municipality|municipalities|cities|towns)\b|\bwhere (?:is|are) (?:the |its "
              r"|their )?[\w' -]{0,50}\b(?:located|based|situated)\b",
        "fi": r"\bmi(?:ssä|llä|hin) (?:kaupungi\w*|kunna\w*|paikkakunna\w*)|\bmissä [\w -]{0,50}sijait\w*",
        "sv": r"\bi vilk(?:en|et|a) (?:stad|städer|ort|orter|kommun\w*)\b|\bvar (?:ligger|finns) [\w -]{0,40}"
              r"(?:kontor|enhet|mottagning)\w*",
        "et": r"\b(?:mis|millises|milli(?:s|st)?es) (?:linna\w*|vall\w*|omavalitsus\w*)|\bkus (?:asu\w*|paikne\w*)",
        "lv": r"\bkur(?:ā|ās) (?:pilsēt\w*|pašvaldīb\w*|novad\w*)|\bkur atrodas\b",
        "lt": r"\bkuri(?:ame|uose|oje|ose) (?:mieste|miestuose|savivaldyb\w*)|\bkur (?:yra )?(?:įsikūr\w*|įsteigt\w*)",
        "pl": r"\bw (?:jakim|którym|jakich|których) (?:mieście|miastach|gminie|gminach)\b|\bw (?:jakiej|której) gminie\b"
              r"|\bgdzie (?:\w+ )?(?:znajduje się|mieści się|ma siedzibę)",
        "de": r"\bin welche[rnm]? (?:stadt|städten|gemeinde\w*|ort\w*)\b|\bwo (?:genau )?(?:befinde[tn] sich|liegt|liegen|sitzt)\b"
              r"|\bwo (?:genau )?(?:fand|findet|finden) [\w -]{0,60}\bstatt\b",
        "da": r"\bi hvilk(?:en|e) (?:by|byer|kommune\w*)\b|\bhvilke byer\b|\bhvor (?:i [\w-]+ )?(?:ligger|har [\w -]{0,30}til huse)\b",
        "nb": r"\bi hvilk(?:en|e) (?:by|byer|kommune\w*)\b|\bhvilke byer\b|\bhvor (?:i [\w-]+ )?(?:ligger|holdes|arrangeres)\b",
        "uk": r"\b(?:в|у) (?:якому|яких) (?:місті|містах|громаді|громадах)\b|\bде (?:саме )?(?:знаходит\w*|розташован\w*"
              r"|міститься)",
        "ru": r"\bв (?:каком|каких) (?:городе|городах|муниципалитете|муниципалитетах)\b|\bгде (?:именно )?(?:находит\w*"
              r"|расположен\w*)",
    },
    # A person: who heads or leads a body now.
    "person": {
        "en": r"\bwho (?:is|are) (?:the )?(?:current |present |new )?(?:head|director|chief|leader|chair(?:person|man)?"
              r"|minister|ombudsman|manager|coordinator)s?\b|\bwho (?:heads|leads|runs|directs)\b",
        "fi": r"\bkuka (?:johtaa|vetää|on (?:nykyinen |tämänhetkinen |uusi )?\w*(?:johtaja|päällikkö|puheenjohtaja|ministeri"
              r"|asiamies|koordinaattori))\b|\bkuka on [\w -]{0,40}(?:johtaja|päällikkö|puheenjohtaja)\w*",
        "sv": r"\bvem (?:är|leder) (?:[\w-]+ ){0,3}\w*(?:chef|direktör|ordförande|minister|ombudsman|ledare|samordnare)\w*"
              r"|\bvem leder\b",
        "et": r"\bkes (?:juhib|juhatab|on (?:praegu |praegune |uus )?\w*(?:juht|direktor|juhataja|esimees|minister|volinik"
              r"|koordinaator))\b",
        "lv": r"\bkas (?:vada|ir (?:pašreizējais |tagadējais |jaunais )?\w*(?:vadītāj|direktor|priekšsēdētāj|ministr"
              r"|tiesībsarg|koordinator)\w*)",
        "lt": r"\bkas (?:vadovauja|yra (?:dabartinis |naujas(?:is)? )?\w*(?:vadov|direktor|pirminink|ministr|kontrolier"
              r"|koordinator)\w*)",
        "pl": r"\bkto (?:kieruje|przewodniczy|stoi na czele|jest (?:obecnie |obecnym |nowym )?\w*(?:dyrektor|szef|kierownik"
              r"|przewodnicząc|minist|rzeczni|koordynator)\w*)",
        "de": r"\bwer (?:leitet|führt|ist (?:derzeit |aktuell |jetzt |der |die )*\w*(?:leiter|direktor|chef|vorsitzend"
              r"|minister|beauftragt|koordinator)\w*)",
        "da": r"\bhvem (?:leder|er (?:nu |den nuværende )?\w*(?:leder|direktør|chef|formand|minister|ombudsmand"
              r"|koordinator)\w*)",
        "nb": r"\bhvem (?:leder|er (?:nå |den nåværende )?\w*(?:leder|direktør|sjef|minister|ombud|koordinator)\w*)",
        "uk": r"\bхто (?:зараз )?(?:очолює|керує|є \w*(?:керівник|директор|голов|міністр|омбудсман|уповноважен"
              r"|координатор)\w*)",
        "ru": r"\bкто (?:сейчас )?(?:возглавляет|руководит|является \w*(?:руководител|директор|председател|министр"
              r"|омбудсмен|уполномоченн|координатор)\w*)",
    },
    # A prediction: what will change, next year or in the coming years.
    "future": {
        "en": r"\bnext year\b|\bin the (?:near )?future\b|\b(?:in )?(?:the )?coming years\b|\bwill (?:the )?[\w' -]{0,60}\bbe "
              r"(?:extended|changed|amended|raised|lowered|expanded|introduced|abolished|tightened|shortened|lengthened)\b"
              r"|\b(?:is|are) (?:there )?(?:any )?plans? to\b",
        "fi": r"\bensi vuonna\b|\btulevaisuudessa\b|\btulevina vuosina\b|\blähivuosina\b|\baiotaanko\b|\baikooko\b"
              r"|\bsuunnitteilla\b|\bollaanko [\w]+ (?:laajentamassa|muuttamassa|pidentämässä|lyhentämässä)\b",
        "sv": r"\bnästa år\b|\bi framtiden\b|\bunder de (?:kommande|närmaste) åren\b|\bde (?:kommande|närmaste) åren\b"
              r"|\bkommer [\w -]{0,50} att (?:förlängas|förkortas|ändras|utvidgas|utökas|införas|avskaffas|skärpas)\b"
              r"|\bplanerar\b|\bär det planerat\b",
        "et": r"\bjärgmisel aastal\b|\btulevikus\b|\blähiaastatel\b|\bkas plaanitakse\b|\bon plaanis\b"
              r"|\bkas (?:[\w/-]+ ){0,4}(?:muudetakse|pikendatakse|laiendatakse|kaotatakse|karmistatakse)\b",
        "lv": r"\bnākamgad\b|\bnākamajā gadā\b|\bnākotnē\b|\btuvākajos gados\b|\bvai (?:tiek )?plānots\b"
              r"|\bvai (?:[\w/-]+ ){0,4}tiks (?:[\w/-]+ ){0,2}(?:mainīt|pagarināt|paplašināt|atcelt|grozīt|pastiprināt)\w*",
        "lt": r"\bkitais metais\b|\bateityje\b|\bartimiausiais metais\b|\bar planuojama\b"
              r"|\bar (?:[\w/-]+ ){0,4}bus (?:[\w/-]+ ){0,2}(?:pakeist|pratęst|išplėst|panaikint|sugriežtint)\w*",
        "pl": r"\bw przyszłym roku\b|\bw przyszłości\b|\bw (?:najbliższych|nadchodzących) latach\b|\bczy planuje się\b"
              r"|\bczy (?:są|jest) plan\w*|\bczy (?:[\w/-]+ ){0,4}(?:zostan\w*|będzie|będą) (?:[\w/-]+ ){0,2}(?:zmienion"
              r"|przedłużon|rozszerzon|zniesion|zaostrzon|wprowadzon)\w*",
        "de": r"\bnächstes jahr\b|\bim nächsten jahr\b|\bin zukunft\b|\bkünftig\b|\bin den (?:kommenden|nächsten) jahren\b"
              r"|\bgibt es pläne\b|\bist (?:es )?geplant\b|\bwird (?:[\w/-]+ ){0,6}(?:geändert|verlängert|erweitert|abgeschafft"
              r"|verschärft|eingeführt|angehoben|ändern|verlängern|erweitern|abschaffen|verschärfen)\b",
        "da": r"\bnæste år\b|\bi fremtiden\b|\bi de kommende år\b|\ber det planlagt\b|\bplanlægger\b"
              r"|\bvil (?:[\w/-]+ ){0,5}blive (?:ændret|forlænget|udvidet|afskaffet|skærpet|indført)\b",
        "nb": r"\bneste år\b|\bi fremtiden\b|\bi de kommende årene\b|\ber det planlagt\b|\bplanlegger\b"
              r"|\bvil (?:[\w/-]+ ){0,5}bli (?:endret|forlenget|utvidet|avskaffet|skjerpet|innført)\b",
        "uk": r"\bнаступного року\b|\b[ув] майбутньому\b|\bнайближчими роками\b|\bчи планується\b"
              r"|\bчи (?:[\w/-]+ ){0,4}(?:буде|будуть) (?:[\w/-]+ ){0,2}(?:змін|продовж|розшир|скасов|посил|запровадж)\w*",
        "ru": r"\bв следующем году\b|\bв будущем\b|\bв ближайшие годы\b|\bпланируется ли\b"
              r"|\bбудет ли (?:[\w/-]+ ){0,3}(?:измен|продл|расшир|отмен|ужесточ|введ)\w*",
    },
    # How common one thing is against another: only figures answer it.
    "comparison": {
        "en": r"\bmore (?:common|frequent|prevalent|widespread)\b|\bless (?:common|frequent|prevalent)\b"
              r"|\bmore often than\b|\bhigher rate\b",
        "fi": r"\byleisemp\w*|\bharvinaisemp\w*",
        "sv": r"\bvanligare\b|\bovanligare\b|\bmer (?:vanlig|utbredd|förekommande)\w*",
        "et": r"\blevinum\w*|\bsagedasem\w*|\b(?:rohkem|vähem) levinud\b",
        "lv": r"\bizplatītāk\w*|\bbiežāk (?:nekā|sastop)\w*",
        "lt": r"\blabiau paplit\w*|\bdažniau (?:nei|negu|pasitaiko)\b",
        "pl": r"\bczęstsz\w*|\bbardziej rozpowszechnion\w*|\bczęściej (?:niż|występuje|spotyka)\w*",
        "de": r"\bhäufiger\b|\bverbreiteter\b|\böfter als\b",
        "da": r"\bhyppigere\b|\bmere udbredt\b|\boftere end\b|\balmindeligere\b",
        "nb": r"\bhyppigere\b|\bmer utbredt\b|\boftere enn\b|\bvanligere\b",
        "uk": r"\bпоширеніш\w*|\bчастіше (?:ніж|трапляєт\w*)",
        "ru": r"\bраспростран[её]нн?ее\b|\bболее распространен\w*|\bчаще (?:чем|встречает\w*)",
    },
    # How long something usually takes: practice, not the law's limit.
    "typical": {
        "en": r"\b(?:usually|typically|normally|on average)\b[\w' -]{0,40}\btakes?\b|\bhow long (?:does|do|will|would) "
              r"[\w' -]{0,60}\b(?:usually|typically|normally|on average)\b|\baverage (?:time|duration|length)\b",
        "fi": r"\b(?:yleensä|tavallisesti|keskimäärin|normaalisti|tyypillisesti)\b[\w -]{0,40}\bkest\w*"
              r"|\bkest\w* [\w -]{0,40}\b(?:yleensä|tavallisesti|keskimäärin|normaalisti|tyypillisesti)\b"
              r"|\bkeskimääräi\w* (?:aika|kesto|käsittelyaika)\b",
        "sv": r"\bhur länge brukar\b|\bbrukar det ta\b|\b(?:vanligtvis|normalt|i genomsnitt)\b[\w -]{0,40}\bta[r]?\b"
              r"|\bgenomsnittlig\w* (?:tid|handläggningstid)\b",
        "et": r"\bkui (?:kaua|kiiresti|pikalt)\b[\w -]{0,40}\b(?:tavaliselt|harilikult|keskmiselt|enamasti)\b"
              r"|\b(?:tavaliselt|harilikult|keskmiselt) kest\w*|\bkeskmi\w* (?:aeg|kestus|menetlusaeg)\b",
        "lv": r"\bcik (?:ilgi|ātri)\b[\w -]{0,40}\b(?:parasti|vidēji|parasti)\b|\b(?:parasti|vidēji) ilgst\w*"
              r"|\bvidēj\w* (?:laiks|ilgums)\b",
        "lt": r"\b(?:kiek laiko|kaip ilgai|per kiek laiko|kaip greitai)\b[\w -]{0,40}\b(?:paprastai|vidutiniškai|dažniausiai)\b"
              r"|\b(?:paprastai|vidutiniškai) trunka\b|\bvidutin\w* (?:trukm\w*|laikas)\b",
        "pl": r"\bjak (?:długo|szybko)\b[\w -]{0,40}\b(?:zwykle|zazwyczaj|przeciętnie|średnio|najczęściej)\b"
              r"|\b(?:zwykle|zazwyczaj|średnio) trwa\w*|\bśredni\w* czas\b",
        "de": r"\bwie (?:lange|schnell)\b[\w -]{0,40}\b(?:normalerweise|üblicherweise|gewöhnlich|in der regel|durchschnittlich"
              r"|meistens|im schnitt)\b|\bdauert (?:[\w-]+ ){0,3}(?:normalerweise|üblicherweise|durchschnittlich|in der regel)\b"
              r"|\bdurchschnittlich\w* (?:dauer|zeit|bearbeitungszeit)\b",
        "da": r"\bhvor (?:lang tid|længe|hurtigt)\b[\w -]{0,40}\b(?:normalt|typisk|som regel|i gennemsnit|plejer)\b"
              r"|\bplejer det at tage\b|\bgennemsnitlig\w* (?:tid|sagsbehandlingstid)\b",
        "nb": r"\bhvor (?:lang tid|lenge|raskt)\b[\w -]{0,40}\b(?:vanligvis|normalt|typisk|som regel|i snitt|pleier)\b"
              r"|\bpleier det å ta\b|\bgjennomsnittlig\w* (?:tid|saksbehandlingstid)\b",
        "uk": r"\b(?:скільки часу|як довго|як швидко)\b[\w -]{0,40}\b(?:зазвичай|звичайно|в середньому)\b"
              r"|\bзазвичай трива\w*|\bсередн\w* (?:строк|термін|час|тривалість)\b",
        "ru": r"\b(?:сколько времени|как долго|как быстро)\b[\w -]{0,40}\b(?:обычно|в среднем)\b|\bобычно длится\b"
              r"|\bсредн\w* (?:срок|время|продолжительность)\b",
    },
    # The assistant's own opinion ("in your opinion", "mielestäsi", "Ihrer Meinung nach"), not "do you think", which
    # asks as often about a fact ("Do you think this is trafficking?").
    "opinion": {
        "en": r"\bin your (?:opinion|view)\b|\bwhat(?:'s| is) your (?:opinion|view)\b",
        "fi": r"\bmielestä(?:si|nne)\b|\bmitä mieltä (?:olet|olette)\b",
        "sv": r"\benligt (?:din|er) (?:åsikt|mening|uppfattning)\b|\btycker (?:du|ni)\b|\bvad anser (?:du|ni)\b",
        "et": r"\b(?:teie|sinu) arvates\b|\bmida (?:te|sa) arvate\b|\bmida sa arvad\b",
        "lv": r"\bjūsuprāt\b|\btavuprāt\b|\bkā (?:jūs|tu) domā(?:jat|)?\b",
        "lt": r"\b(?:jūsų|tavo) (?:nuomone|manymu)\b|\bkaip (?:jūs )?manote\b",
        "pl": r"\b(?:waszym|pana|pani|twoim) zdaniem\b|\bczy uważa(?:cie|sz|ją)\b|\bjak uważa(?:cie|sz)\b",
        "de": r"\b(?:ihrer|deiner|eurer) meinung nach\b|\bhalten sie es für\b|\bwas meinen sie\b|\bfinden sie,? dass\b",
        "da": r"\befter (?:din|jeres) mening\b|\bsynes (?:du|i)\b|\bhvad mener (?:du|i)\b",
        "nb": r"\better (?:din|deres) mening\b|\bsynes (?:du|dere)\b|\bhva mener (?:du|dere)\b|\bmener (?:du|dere)\b",
        "uk": r"\bна (?:вашу|твою) думку\b|\bяк (?:ви|ти) вважа(?:єте|єш)\b|\bчи вважа(?:єте|єш)\b",
        "ru": r"\bпо-вашему\b|\bпо-твоему\b|\bпо (?:вашему|твоему) мнению\b|\bкак (?:вы|ты) счита(?:ете|ешь)\b"
              r"|\bсчита(?:ете|ешь) ли (?:вы|ты)\b",
    },
}


def any_language(table: dict[str, dict[str, str]]) -> dict[str, re.Pattern[str]]:
    """One case-blind pattern per kind that matches where the kind's pattern in any asker language does (the asking
    tables here and in ``specific_facts``)."""
    return {kind: re.compile("|".join(f"(?:{p})" for p in by_language.values()), _I)
            for kind, by_language in table.items()}


_ASKS_RE = any_language(_ASKS)

_CARRIES: dict[ThingKind, re.Pattern[str]] = {
    # An app by name: "the 112 Suomi application" (case-sensitive: not "The application was submitted").
    "app": re.compile(r"\b(?:mobile )?apps?\b|\bsovellu\w*|\bappen?\b|\bmobilapp\w*|\bapplikation\w*"
                      r"|(?-i:\b(?!(?:An?|The)\s)(?:[A-Z0-9][\w-]*\s){1,3}applications?\b)", _I),
    "form": re.compile(r"\bforms?\b|\blomak\w*|\bblankett\w*", _I),
    "method": re.compile(r"\b(?:tests?|testing|methods?|protocols?|tools?|techniques?|scales?|questionnaires?|models?)\b"
                         r"|\w*(?:testi|menetelm|protokoll|työkalu|mittari|kysely|malli)\w*"
                         r"|\w*(?:test|metod|protokoll|verktyg|modell)\w*", _I),
    # A change to come: a government's proposal or a planned amendment ("a person proposed for the assistance
    # system" is no such thing), or a year still ahead (``_future_year``).
    "future": re.compile(r"\bgovernment (?:proposal|bill)\b|\bdraft (?:act|law|bill)\b|\bwill enter into force\b"
                         r"|\bplanned (?:amendment|change|reform)\w*|\bhallituksen esity\w*|\blakiesity\w*|\blakiehdotu\w*"
                         r"|\bsuunnitteilla\b|\bregeringens proposition\w*|\blagförslag\w*|\blagrådsremiss\w*|\bplaneras\b", _I),
    "comparison": re.compile(r"\d\s*%|\b\d[\d.,]*\s*(?:per ?cent|percent|prosent\w*|procent)\b|\b(?:more|less) (?:common|often)\b"
                             r"|\byleisemp\w*|\bvanligare\b", _I),
    "typical": re.compile(r"\b(?:on average|average|typically|usually|median|keskimäärin|keskimääräi\w*|yleensä|tavallisesti"
                          r"|i genomsnitt|genomsnittlig\w*|vanligtvis|i regel|brukar|median\w*)\b", _I),
    # An opinion is never the documents' own; what they recommend or judge better is the nearest they come.
    "opinion": re.compile(r"\b(?:recommend\w*|advis\w*|should|best|better|suosit\w*|neuvo\w*|kannatta\w*|pitäisi|parempi"
                          r"|paras|parhaiten|rekommend\w*|råd\w*|bör|bättre|bästa)\b", _I),
}
_UP = r"[A-ZÅÄÖÜÉ]"
_LOW = r"[a-zåäöüéšž]"
_NAME_PAIR = re.compile(rf"\b({_UP}{_LOW}+) {_UP}{_LOW}+")  # two capitalised words: a first name and a surname?
# A place named in a sentence: a capitalised word after "in"/"at"/"i"/"på" or with a Finnish place case
# ("Joutsenossa", "Helsingissä"), not at the sentence's start; a country says nothing of which city.
_PLACE = re.compile(rf"(?<!^)(?:\b(?:in|at|i|på|near) {_UP}{_LOW}{{2,}}\b|\b{_UP}{_LOW}{{2,}}(?:ssa|ssä|lla|llä)\b)")
_COUNTRIES = re.compile(r"\b(?:in|i|på) (?:Finland|Sweden|Sverige|Norway|Norge|Denmark|Danmark|Estonia|Estland|Europe|Europa"
                        r"|Latvia|Lettland|Lithuania|Litauen|Poland|Polen|Germany|Tyskland|Ukraine|Ukraina|Russia|Ryssland)\b"
                        r"|\b(?:Suome|Ruotsi|Norja|Tanska|Viro|Eesti|Latvia|Liettua|Puola|Saksa|Ukraina|Venäjä|Euroopa)\w*(?:ssa|ssä|lla|llä)\b")


def things_asked(question: str, language: str | None = None) -> list[ThingKind]:
    """The kinds of specific thing ``question`` asks for, beyond figures (empty for most questions). Only its
    asking sentence counts (in ``language``, a year's "2024 m." ends none), and a situation asks for none: a story's
    "app" or "form" is what happened."""
    if asks_what_to_do(question):
        return []
    asking = asking_sentence(question, language)
    return [kind for kind, pattern in _ASKS_RE.items() if pattern.search(asking)]


def _names_person(sentence: str) -> bool:
    """A person's name: a first name of the privacy gazetteer (its lower-cased lists, loaded once) followed by a
    capitalised word ("Anna Virtanen")."""
    from assistant.privacy.gazetteer import names

    return any(match.group(1).lower() in names()[0] for match in _NAME_PAIR.finditer(sentence))


def _future_year(sentence: str) -> bool:
    return any(int(y) > date.today().year for y in re.findall(r"\b(20\d\d)\b", sentence))


def carries_thing(sentence: str, kind: ThingKind) -> bool:
    """Whether ``sentence`` gives a thing of that kind."""
    if kind == "place":
        return bool(_PLACE.search(_COUNTRIES.sub(" ", sentence)))
    if kind == "person":
        return _names_person(sentence)
    if kind == "future":
        return bool(_CARRIES["future"].search(sentence)) or _future_year(sentence)
    return bool(_CARRIES[kind].search(sentence))
