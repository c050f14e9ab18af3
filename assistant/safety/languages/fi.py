"""The danger patterns in Finnish (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\b(et|ette) (enää )?(koskaan|ikinä) (enää )?(näe|tule näkemään)\b",
        r"\b(et|ette) (näe|tule näkemään) \w+ (enää )?(koskaan|ikinä)\b",
        r"\bei (voi|pysty) (mennä |palata |lähteä )?kotiin\b",  # a child who cannot go home
        r"\b(välittömässä |akuutissa |suuressa |vakavassa )?vaarassa\b", r"\bhengenvaara\w*", r"\bhätätil\w*",
        r"\bitsemurh\w*", r"\bitsetuho\w*", rf"\buh(ka|at|kail)\w* {W3}(tapp|tapo|murha)\w*",
        r"\btappa(a|vat|isi)\b", r"\btapan\b", r"\btappavansa\b", r"\belävänä\b",
        r"\bvuota(a|vat) verta\b", r"\bverta vuotava\w*", r"\btajuto(n|in|nna|ntä)\b", r"\bei hengitä\b",
        r"\bveltto\b", r"\bkouristu\w*",
        r"\b(ei uskalla|pelkää|ei halua|ei suostu) (mennä |palata |lähteä )?kotiin\b",
        r"\bei (päästä|päästetä) (häntä |heitä )?(pois|lähtemään|ulos|sisään)\b",
        r"\bei pääse (pois|lähtemään|ulos)\b",
        r"\bkädessä\w* (on )?(veitsi|ase|puukko|kirves)\b", r"\b(veitsi|ase|puukko|kirves) kädessä\w*",
        r"\bheiluttaa (veistä|asetta|puukkoa|kirvestä)\b",
        r"\b(pitää|täytyy|joutuu|on pakko) (mennä |palata )?(takaisin )?(heidän|hänen|niiden) (luokse|luo)\w*",
        r"\b(aikoo|haluaa|uhkaa|meinaa|lupasi|aikovansa) (hypätä|kuolla|tappaa itsensä|ampua itsensä|"
        r"hukuttautua)\b",
        r"\b(on|ovat|olet) (kohta |pian )?kuollut\b",
        r"\b(heittää|heittävänsä|pudottaa|tukehduttaa|hukuttaa) (\w+ ){0,2}(vauva|lapse|lapsen|taapero|"
        r"vauvan)\w*",
        r"\b(eivät|ei) (anna|päästä) (hänen|heidän|tytön|pojan) (lähteä|mennä|poistua)\b",
        r"\b(humala\w*|känni\w*|päihty\w*|juovuksi\w*)\b.{0,80}\b(ajaa|ajamaan|ajaa pois|ratti\w*)\b",
        r"\b(hyvästikirje\w*|jäähyväiskirje\w*|itsemurhaviesti\w*)",
        r"\b(riistää (oman )?henkensä)\b",
    ),
    harm=(
        # blows heard or seen (the noun: "lyöntejä", "lyönnit")
        r"\blyön(ne|te|ti)\w*",
        r"\b(vyö\w*|remmi\w*)\b",  # a beating with a belt
        r"\b(satuta\w*|satuttaa\w*|lyö|lyövät|lyönyt|löi|lyödään|lyöty|hakkaa\w*|hakattu\w*|pahoinpi\w*|potki\w*|"
        r"kurista\w*|purista\w*|ravist\w*|raahaa\w*|raahasi|tönäis\w*|viilt\w*|puukot\w*|raiska\w*|hyväksikäy\w*|"
        r"uhkaa|uhkaavat|uhkailee|uhataan|uhattu\w*|uhkasi|lukittu\w*|lukinnut|lukitsee|lukitsi|lukossa|vankina|"
        r"pidetään|kaapat\w*|kaappa\w*|sieppa\w*|siepat\w*|väkisin|pakotet\w*|pakotta\w*|myydään|myyty\w*|myy|"
        r"myi|"
        r"ihmiskaup\w*|passi|passin|passinsa|kadon\w*|karan\w*|karkasi|ase|aseen|aseella|asetta|aseita|veitsi|"
        r"veitse\w*|veistä|puukko\w*|kirve\w*|väkival\w*|humala\w*|känni\w*|sammun\w*|päihty\w*|lääkke\w*|"
        r"lääkkei\w*|tabletti\w*|pilleri\w*|yliannost\w*|viilto\w*|mustelm\w*|vamm\w*|ympärileik\w*|silpo\w*|"
        r"puhtaaksi|naite\w*|naimisiin|vieraa\w*|tuntemat\w*|pelkää\w*|kauhuissaan|piilo\w*|piiloutu\w*|"
        r"kuiskat\w*|kuiskaten|yksin(?! (tull|saapu|ilman vanhempi))|hylät\w*|kuume\w*|pakkas\w*|auto|autoon|"
        r"autossa|autosta|pakettiauto\w*)\b",
        r"\b(hakee|hakemaan) (hänet|heidät|tytön|pojan)\b", r"\btulee hakemaan\b", r"\baikoo ajaa\b",
        r"\bnetissä tutustu\w*", r"\bnetistä\b", r"\bheitti (hänet |heidät )?ulos\b", r"\bei (ole )?syönyt\b",
        r"\b(mennä|palata|palaamaan|menemään) takaisin\b", r"\bodottaa (häntä )?ulkona\b",
        r"\b(ovat|on) tulossa\b",
        r"\b(hypä\w*|\w*silla(lla|lta)|katolla|kiskoilla|raiteilla|parveke\w*|ikkuna\w*|kuol\w*|palovamm\w*|"
        r"poltt\w*|rankais\w*|huuta\w*|itke\w*|bile\w*|juhl\w*|juoma\w*|huumat\w*|ulkomaille|lentää|matkustaa|"
        r"viedään|ajaa|ratissa|veri\w*|verta|murtu\w*|lumi\w*|lumessa|miinus\w*|tapaa(maan)?)\b",
        r"\b(kukaan|ketään) (ei )?(avaa|vastaa)\b",
        r"\beikä kukaan (avaa|vastaa)\b",
        r"\bei jaksa\b",
        r"\bei suostu (\w+ ){0,2}(sairaala|lääkäri|päivystykse|ensiapu)\w*",
        r"\b(netissä|netistä|internetissä|somessa|snapchatissä)\b",
        r"\b(viedä|vie hänet|viedään|pakettiauto\w*)\b",
    ),
    now=(
        r"\b(nyt|juuri|juuri nyt|äsken|tällä hetkellä|tänään|tänä iltana|tänä yönä|tänä iltapäivänä|illalla|"
        r"huomenna|ylihuomenna|heti|pian|parhaillaan|vieläkin|yhä|edelleen|jatkuvasti|joka päivä|joka ilta|"
        r"koulun jälkeen|viikonloppuna|ensi viikolla|hetkenä minä hyvänsä)\b",
        r"\b\w+ (minuutin|tunnin) päästä\b", r"\b(vartin|tunnin) päästä\b",
        r"\b(puoli tuntia|tunti|\w+ minuuttia|vartti|hetki) sitten\b",
        r"\bkello (on )?(\d+|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen)\b",
        r"\bklo \d+", r"\bolen (kotikäynnillä|vielä|paikalla|asunnossa|kotona|koululla|pihalla)\b",
        r"\bseiso(o|vat)\b", r"\b(soitti|soittaa) (minulle|meille)\b", r"\bminulle soitti\b", r"\bchat\w*",
        r"\b(eilisaamusta|eilisillasta|eilisestä|eilen|aamusta|eilisaamuna|eilisiltana) (asti|lähtien|saakka)\b",
        r"\benää\b",
        r"\b(on|ovat) puhelimessa\b",
        r"\b(keskellä yötä|tänä yönä|yöllä (nyt|parhaillaan))\b",
        r"\b(odottaa|odottavat|kirjoittaa|viestittää|viestii)\b",
        r"\b((kahden|kolmen|\d+) viikon päästä|kesälomalla|tänä kesänä|lomalla)\b",
        r"\b((maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)na)\b",
        r"\b(\w*loma(lla|n aikana))\b",
        r"\b(kohta|hetken päästä|tuota pikaa)\b",
    ),
    current=(
        r"\b(juuri nyt|tänä iltana|tänä yönä|tänä iltapäivänä|parhaillaan|hetkenä minä hyvänsä|äsken)\b",
        r"\b\w+ (minuutin|tunnin) päästä\b", r"\b(puoli tuntia|tunti|\w+ minuuttia|vartti|hetki) sitten\b",
        r"\bolen (kotikäynnillä|vielä|paikalla|asunnossa)\b", r"\b(näen|kuulen)\b",
        r"\b(on|ovat) puhelimessa\b",
        r"\b(kohta|hetken päästä|tuota pikaa)\b",
    ),
    witness=(
        r"\b\d{1,2}-vuotia\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(kertoo|kertoi|kertonut|sanoo|sanoi|sanonut|kirjoittaa|kirjoitti|soitti|soittaa|viestitti|"
        r"lähetti viestin)\b",
        r"\b(on|ovat) (täällä|luonani|vastaanotollani|toimistollani|puhelimessa|ovella)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\bon (nyt |jo )?(palannut|turvassa|sairaalassa|poliisin luona|sijoitettu\w*|sijaisperhee\w*|turvakodi\w*|turva-asuno\w*|auttamisjärjestelmä\w*|lastenkodi\w*)\b",
        r"\bnyt (hän |se )?(asuu|on) (\w+ )?(turva-asuno\w*|turvakodi\w*|sijaisperhee\w*|sairaala\w*|isovanhem\w*|mummo\w*|mummi\w*|lastenkodi\w*|tuetu\w*)\b",
        r"\bviime (vuonna|vuoden)\b", r"\b\w+ vuotta sitten\b", r"\b(lapsena|lapsuudessa\w*|lapsuuteni\w*)\b",
        r"\bkun olin (lapsi|pieni|nuori)\b",
        r"\b(asia|tapaus|juttu) on (jo )?(käsitelty|suljettu|päättynyt|ratkaistu)\b",
        r"\b(koulutu\w*|perehdytys\w*|roolipel\w*|harjoitu\w*|tapausesimerk\w*|skenaario\w*|opetusmateriaal\w*|"
        r"case)\b",
        r"\b(1[89]|[2-9]\d)-vuotias nainen\b", r"\basiakkaani on (1[89]|[2-9]\d)-vuotias\b",
        r"\bon (nyt )?(aikuinen|täysi-ikäinen)\b", r"\bon (nyt )?(sijoitettu )?turva(an|ssa)\b", r"\bturvakodi\w*",
        r"\b(kurssi\w*|seminaari\w*|opetustilanne\w*)\b",
    ),
    cond=(r"\b(jos|mikäli|jollei)\b", r"\bepäil\w*", r"\bjoskus\b"),
    ask=(
        r"^\s*(mi(kä|tkä|tä|ssä|hin|llä|stä|llainen|llaisia|llaiset)|miten|kuinka|milloin|kuka|ketkä|"
        r"onko|ovatko|voiko|pitääkö|saako|täytyykö|kenen|selitä|kerro|luettele|määrittele)\b",
        r"\b\w+(ko|kö)\b",
        r"\b(huhu\w*|kuulopuhe\w*)\b",
    ),
    topic=(
        r"\b(merk(it|kejä|eistä|keinä)|tunnusmerk\w*|indikaatt\w*|viitte\w*|varoitusmerk\w*|"
        r"määritel\w*|määritell\w*|tarkoite\w*|tarkoitta\w*|katsotaan|ero|eroa|perustei\w*|"
        r"rangaistu\w*|rangaista\w*|rangaistav\w*|tuomio\w*|vankeu\w*|rikos\w*|rikoslai\w*|"
        r"lai(ssa|n|ki|kia|nsäädän\w*)|pykälä\w*|säädetään|säännö\w*|sopimu\w*|pöytäkirj\w*|direktiiv\w*|"
        r"menettel\w*|prosessi\w*|ohje\w*|velvollisuu\w*|ilmoitusvelvollisuu\w*|vaitiolovelvollisuu\w*|"
        r"ilmoitu\w*|ilmoitta\w*|ilmoitetaan|lastensuojeluilmoitu\w*|auttamisjärjestelm\w*|tukea|"
        r"ennaltaehkäi\w*|tutkimu\w*|kirjata|kirjaami\w*|tilasto\w*|yleistä|yleisesti|tyypillise\w*|"
        r"kuinka usein|kuinka moni)\b",
        r"\b(numero\w*|puhelinnumero\w*)\b",
    ),
    words=(
        "ja|on|ei|että|hän|minä|olen|mitä|miten|kun|jos|se|tai|mutta|myös|hänen|nyt|oli|ovat|kuin|sen|voi|"
        "pitää|lapsi|lapsen|minun|minulle|hänet|häntä"
    ),
)
