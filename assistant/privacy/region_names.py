"""The commonest names of the Baltic states and of Central Asia and the Caucasus, which Faker's lists lack.

Faker's ``lt_LT`` provider holds 37 Lithuanian surnames and 198 first names, ``lv_LV`` 142 surnames (without
Ozols, the commonest), ``et_EE`` misses many of today's children's names; the errors of ``heldout-people-8``
showed the gap as a cause of missed names, not as single names ("Ugnius Vaitkus", "Žydrūnas Ramanauskas",
"Andres Ozols": neither word in any list). Compiled by hand for this project from general knowledge of the
commonest names of each country (no list copied); every word lower case, in its nominative (the case endings
and the women's forms of Lithuanian and Latvian surnames are derived in ``gazetteer.py``).
"""

from __future__ import annotations

LITHUANIAN_FIRST = """
jonas petras antanas juozas kazimieras vytautas algirdas mindaugas darius tomas andrius mantas lukas matas jokūbas
dominykas nojus kajus benas herkus augustas ugnius jurgis žydrūnas rokas paulius karolis marius gintaras arūnas
saulius rimantas vidmantas audrius edvinas gabrielius domantas ignas justas kęstutis linas laurynas tadas vaidas
žygimantas aistis arnas dovydas emilis tauras gustas simonas vilius deividas ernestas evaldas giedrius gediminas
vaclovas stasys bronius povilas arvydas egidijus raimondas valdas artūras aurimas donatas eimantas ignotas
ona rūta eglė gabija austėja urtė ugnė emilija kamilė goda gintarė inga jurgita rasa vilma daiva laima asta aušra
jolanta kristina dalia rima skaistė ieva milda aistė viltė liepa smiltė miglė rugilė gustė paulina rožė stasė
aldona birutė danutė genovaitė janina vida irena regina nijolė zita lina giedrė simona agnė indrė neringa
vaida vaiva justė greta orinta akvilė evelina
"""
LITHUANIAN_SURNAMES = """
kazlauskas jankauskas petrauskas stankevičius vasiliauskas žukauskas butkus paulauskas urbonas kavaliauskas
baranauskas pocius navickas sakalauskas rimkus vaitkus lukoševičius ramanauskas mikalauskas kairys žilinskas
adomaitis šimkus balčiūnas grigas jonaitis mockus stankus kriščiūnas markevičius petraitis rutkauskas savickas
žemaitis bernotas tamošiūnas jakubauskas gudaitis kučinskas sabaliauskas juška mažeika jurkus dambrauskas
bieliauskas morkūnas vitkus urbonavičius stonkus girdauskas marcinkevičius valančius budrys lapinskas
grigaliūnas jasaitis kazakevičius norkus vaičiulis zabarauskas šukys pakalnis kuzminskas černiauskas
vaitkevičius butkevičius gailius liutkus bružas
"""
LATVIAN_FIRST = """
jānis andris juris pēteris māris aivars edgars kārlis roberts ričards artūrs raimonds gatis uldis valdis
ilze inese anna kristīne līga ieva laura dace sanita zane linda marta elza emīlija sofija luīze katrīna dzintra
baiba agnese evija santa madara rūta alise gints guntis ivars ojārs rihards dāvis markuss ralfs renārs toms
mārtiņš krišjānis arvīds edijs normunds aigars armands dainis kristaps jēkabs matīss emīls olivers
ilona inga ineta iveta līva loreta maija marija samanta sandra signe solvita vija zanda ance amēlija paula
"""
LATVIAN_SURNAMES = """
bērziņš kalniņš ozoliņš jansons ozols liepiņš krūmiņš balodis eglītis zariņš pētersons vītols kļaviņš vanags
zālītis lapiņš grīnbergs lācis siliņš kazaks ābols strazdiņš krastiņš zvirbulis dūmiņš jēkabsons sproģis pūce
putniņš mednis celmiņš zīle kalējs skujiņš rozītis kārkliņš freimanis ziemelis roze bite rudzītis kozlovs
ivanovs vasiļjevs petrovs zeltiņš lūsis priede ozoliņa bērziņa kalniņa jaunzems vilks lagzdiņš
"""
ESTONIAN_FIRST = """
mart jaan andres peeter toomas tiit margus rein tõnu urmas indrek priit kristjan rasmus robin sander karl oliver
mark markus marten siim kaspar hendrik rauno heino arvo aivar ants ago raivo tarmo taavi meelis jüri kalev
mihkel joosep romet henri robert artur kevin gregor lauri kaarel tanel ott oskar
ülle kadri kristiina liis triin piret tiina kati maarja mari anu eha malle sirje reet helle kärt kertu grete mirtel
eliise lisandra mia merike marika kersti katrin heli riina tiiu leili aili mare ene kaja kai kaisa kätlin
laura lenna hanna-liisa getter hele-mall saskia marleen johanna emma sofia
"""
ESTONIAN_SURNAMES = """
tamm saar sepp mägi kask kukk rebane ilves pärn koppel lepik kuusk karu mets luik raudsepp vaher kallas oja lill
laur kuusik teder põder kivi jõgi peterson ots kõiv lepp sild vares toom parts kruus liiv org laas kangur roos aus
uibo hunt kütt paju rätsep mänd aavik jaakson nõmm lõhmus mölder põld vaino kaasik kivistik lind sarapuu tamme
"""
# Tatar, Bashkir, Kazakh, Uzbek, Tajik, Azerbaijani, Chechen and Georgian names, written in Latin letters as the
# region's messages write them (their Cyrillic forms are looked up through ``gazetteer.transliterate``).
CENTRAL_ASIAN_FIRST = """
gulnara gulnaz gulshat aigul aisylu alsu dilnoza dilfuza feruza farida zarina zulfiya guzel lyaysan madina
kamila nilufar shahnoza munira malika mavluda rano zilola dinara aizhan aliya asel
rustam timur ildar rinat ravil marat damir ruslan azamat bakhyt nurlan daniyar dilshod jasur sardor sherzod
rustem ilnur aidar almaz bulat farid rashid rafael rafail emil kamil shamil aslan ramzan magomed akhmed
zurab giorgi levan nino tamar tamari ketevan
"""
CENTRAL_ASIAN_SURNAMES = """
sadykov sadykova ibragimov ibragimova khasanov khasanova rakhimov rakhimova nazarbayev yusupov yusupova
karimov karimova aliyev aliyeva mammadov mammadova abdullayev abdullayeva gasanov gasanova akhmetov akhmetova
beridze kapanadze gelashvili maisuradze
"""

# The parents' and grandparents' generation (privacy16): Faker's pl_PL, no_NO, et_EE and da_DK first names are today's
# children's, and lacked the commonest names of adults ("Małgorzata", "Sławomir", "Torunn", "Tõnis"); compiled the
# same way, from general knowledge of each country's commonest names, only those the lists lacked kept.
ADULT_FIRST = """
małgorzata grażyna bożena wiesława stanisława bogumiła mirosława czesława józefa genowefa łucja lucyna mirosław
sławomir jarosław wiesław władysław bolesław czesław zdzisław bronisław zygmunt zuzanna torunn sølvi gunnhild
eldbjørg solfrid oddny oddbjørg vigdis halvor aslak tormod ådne ragnvald reidar oddvar arnfinn ottar tarjei torgeir
leiv oddmund jarle gaute tõnis ain madis pille külli lembit valdo viljar uku ülo heiki aare urmo maret helgi mall
kadi merli kätriin triinu liina kaire jette svend vibeke
"""


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


FIRST_NAMES = _words(LITHUANIAN_FIRST) | _words(LATVIAN_FIRST) | _words(ESTONIAN_FIRST) | _words(CENTRAL_ASIAN_FIRST) | \
    _words(ADULT_FIRST)
SURNAMES = _words(LITHUANIAN_SURNAMES) | _words(LATVIAN_SURNAMES) | _words(ESTONIAN_SURNAMES) | \
    _words(CENTRAL_ASIAN_SURNAMES)
