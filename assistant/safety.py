"""Does a question suggest that a child may be in immediate danger? (the 12 asker languages)

The answer to such a question opens with "call 112 now". That opening is only worth something if
it is rare enough to be read: a topic word in an informational question ("What are the indicators
that a child is being exploited?") must not trigger it, while a described situation must ("she is
being beaten right now", "he says he must go back to them tonight", "the father threatens to kill
the child").

Patterns per language (``PATTERNS``: one entry per language, so a language is added in one place),
applied in four steps:

1. **Signal.** A phrase that says danger outright (``outright``: "in danger", "threatens to kill",
   "is bleeding", "has a knife", "afraid to go home"), or a harm word (``harm``: "beaten", "locked",
   "stranger's car", "tablets", "passport") together with a word that makes it current (``now``:
   "now", "tonight", "tomorrow", "in 40 minutes", "half an hour ago", "I can hear").
2. **Not a child at risk now.** A past or closed case, a training scenario, an adult victim, a child
   already safe (``not_now``): no referral, whatever else the question says.
3. **Hypothetical.** The signal sits after "if", "suspect", "ever" (``cond``) and nothing pins it to
   the present beyond doubt (``current``: "right now", "tonight", "in an hour", "I can hear"): no referral.
4. **Informational.** A question or request (``ask``, or a "?") about indicators, definitions, law,
   penalties or procedures (``topic``: "signs", "penalty", "how do I make a notification") is asked
   for knowledge, not about a child at risk now -- unless it also describes a current case
   (``current``, or ``witness``: "she says", "told me", "is here with me").

Erring towards referral is still cheap (the referral only adds the emergency number to a normal
answer), so recall on real danger comes first; ``evals/safety.py`` measures both on a labelled set.

Patterns are matched case-insensitively; Python's ``re`` folds case and treats letters as word
characters for all scripts (Cyrillic, Baltic and Polish diacritics), so ``\\b`` and stems with ``\\w*``
work there too. Stems and alternations cover inflection (Finnish, Estonian, the Baltic and Slavic
languages inflect heavily). Without a language, every language's patterns are tried and the question
is taken as danger when one language says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant import prompts
from assistant.answer import Citation, SafetyBlock, Sentence

if TYPE_CHECKING:
    from assistant.retrieval import Retriever


@dataclass(frozen=True)
class LanguagePatterns:
    """The patterns of one language (regular expressions, matched case-insensitively).

    - ``outright``: say danger outright, current by themselves ("in danger", "threatens to kill");
    - ``harm`` + ``now``: a harm word and a word that makes it current ("beaten" ... "now");
    - ``current``: what places it in the present beyond doubt ("right now", "tonight", "in an hour",
      "I can hear"): counts as ``now``, and keeps a hypothetical or informational-looking question firing;
    - ``witness``: a described case (reported speech, the child with the asker: "she says", "told me"):
      keeps an informational-looking question firing, but is not ``now``;
    - ``not_now``: not a child at risk now (past or closed case, training, adult victim, already safe);
    - ``cond``: hypothetical or suspected ("if", "suspect", "ever") when before the signal;
    - ``ask`` + ``topic``: an informational question (a question word or request at the start of a
      sentence, or a "?", and a word about indicators, definitions, law, penalties or procedures);
    - ``words``: the language's commonest small words ("|"-separated), to guess which languages a question
      may be in when none is given.
    """

    outright: tuple[str, ...]
    harm: tuple[str, ...]
    now: tuple[str, ...]
    current: tuple[str, ...]
    witness: tuple[str, ...]
    not_now: tuple[str, ...]
    cond: tuple[str, ...]
    ask: tuple[str, ...]
    topic: tuple[str, ...]
    words: str = ""


# Apostrophes in Ukrainian ("б'є", "уб'ю") come in several code points.
_AP = "['’ʼ`]"
# Up to three words between a verb and its object ("threatened the girl's mother to kill").
_W3 = r"(\w+,? ){0,3}"

PATTERNS: dict[str, LanguagePatterns] = {
    "en": LanguagePatterns(
        outright=(
            r"\bin (immediate |acute |grave |serious |real |mortal )?danger\b", r"\bunsafe (right )?now\b",
            r"\b(it'?s|it is|this is|we have|there is) an emergency\b", r"\bsuicid\w*",
            r"\b(kill|hang|hurt) (herself|himself|themselves|myself)\b",
            r"\b(end|ending) (it|it all|(her|his|my|their) (own )?life)\b", r"\bfinish (her|him|them|me|it all) off\b",
            r"(\b(will|would|going to|gonna|wants? to)|'ll|'d) ['‘\"“]?(kill|murder|stab|strangle|shoot|cut|burn|"
            r"finish)\b",
            r"\bkill (her|him|them|me|us|you|the (child|girl|boy|baby|kid|children|kids))\b",
            rf"\bthreat(en|ens|ened|ening)? {_W3}to (kill|hurt|harm|beat|stab|shoot|murder|cut)\b",
            r"\bdeath threats?\b", r"\bcome out alive\b",
            r"\b(is|are|was) bleeding\b", r"\bunconscious\b", r"\bnot breathing\b",
            r"\bbreathing (strangely|oddly|weirdly|badly)\b", r"\blimp and pale\b", r"\bseizure\b",
            r"\b(afraid|scared|frightened|terrified|too scared|too afraid) (of going|to go|to return) (back )?home\b",
            r"\b(begged|begs|pleaded|pleads) (us|me) not to (let|send) (her|him|them)\b",
            r"\b(won'?t|doesn'?t want to|does not want to|refuses to|refused to) (go|return) (back )?home\b",
            r"\b(does ?n[o']t|do ?n[o']t|did ?n[o']t|can ?n[o']t|cannot) dare\b",
            r"\b(won'?t|will not|doesn'?t|does not|can'?t) let (her|him|them|me) (leave|go|out)\b",
            r"\b(has|have|with|holding|waving|carrying|got) an? (knife|gun|axe|machete|weapon|firearm)\b",
            r"\bhelp,? (they|he|she) (sell|sells|hurt|hurts|beat|beats) me\b",
            r"\b(must|has to|have to|needs? to|is made to|is forced to) (go|get) back to (them|him|her|the \w+|"
            r"his \w+|her \w+)\b",
            r"\b(wants?|going|plans?|planning|threaten\w*|about) to (jump|die|end (it|his life|her life)|"
            r"kill (himself|herself))\b",
            r"(\b(will|would|going to|gonna|wants? to|threaten\w* to)|'ll|'d) (throw|drop|shake|smother|suffocate|"
            r"drown) (the|my|her|his|their) (baby|child|toddler|son|daughter)\b",
            r"\b(she|he|you)('s| is|'ll be| will be) (going to be )?dead\b",
            r"\b(won'?t|will not|do ?n[o']t|does ?n[o']t) let (her|him|them) (leave|go|out|go home)\b",
            r"\b(drunk|intoxicated|high|wasted)\b.{0,80}\b(drive|driving|drive off|behind the wheel)\b",
            r"\b(suicide note|goodbye (letter|note|message)|farewell (letter|note|message))",
            r"\b(take (her|his|my|their) (own )?life)\b",
        ),
        harm=(
            r"\b(hurt|hurts|hurting|harm|harms|harming|beat|beats|beaten|beating|hit|hits|hitting|kick\w*|punch\w*|"
            r"strangl\w*|chok\w*|squeez\w*|shak(e|es|en|ing)|shook|cut|cuts|cutting|stab\w*|slap\w*|burn\w*|"
            r"abus\w*|rap(e|ed|es|ing)|molest\w*|assault\w*|threat\w*|lock|locks|locked|barricad\w*|trapped|held|"
            r"holding|captive|kidnap\w*|abduct\w*|forced|force[sd]?|coerc\w*|sold|sell|sells|selling|rents?|pimp\w*|"
            r"missing|run away|ran away|runs away|weapon\w*|knife|knives|gun|guns|axe|violence|violent|exploit\w*|"
            r"traffick\w*|drunk|intoxicated|pills|tablets|overdose|rope|bruis\w*|marks|wound\w*|injur\w*|fgm|"
            r"circumcis\w*|married|marry|passport|stranger\w*|older (man|men)|dealers?|debt|gangs?|scared|terrified|"
            r"frightened|afraid|hiding|hides|whisper\w*|alone|abandoned|fever|freezing|frost)\b",
            r"\b(get|gets|getting|got|shoved|dragged|pushed|pulled|bundled) (him |her |them )?into an? (\w+ )?(car|"
            r"van)\b",
            r"\bin an? (\w+ )?(man'?s|stranger'?s|unknown) (car|van)\b",
            r"\b(picking|pick|picks|collect\w*) (her|him|them) up\b", r"\bcollects?\b",
            r"\b(threw|thrown|kicked|locked) (her |him |them )?out\b",
            r"\b(not|never|hasn'?t|haven'?t|hadn'?t) (eaten|had anything to eat)\b",
            r"\b(go|going|get|come|return|returning|coming) back to (them|him|her|the \w+)\b",
            r"\bwaiting (for (her|him|them) )?(outside|at|in)\b", r"\b(is|are) (coming|on (the|their|his|her) way)\b",
            r"\bmet (her |him )?(on|online)\b", r"\bfrom the internet\b", r"\b(the line|it) went dead\b",
            r"\b(jump\w*|bridge|roof|railway|tracks|balcony|window|die|dying|dead|burn\w*|punish\w*|scream\w*|"
            r"shout\w*|crying|cries|spiked|drugged|party|toddlers?|can'?t cope|abroad|drive|driving|"
            r"behind the wheel|blood|bleed\w*|snow|below zero)\b",
            r"\b(no ?one|nobody) (answers|opens|is answering)\b",
            r"\bbroken (arm|leg|bones?|ribs?)\b",
            r"\b(fly|flies|flying|travel\w*|taken|taking (her|him)|sending (her|him)) (to|abroad|back to)\b",
            r"\brefus\w* (\w+ ){0,3}(hospital|doctor|a&e|ambulance|emergency)\b",
            r"\b(thrown|threw|kicked|put) (her |him |them )?out of the (house|flat|home)\b",
            r"\bmeet(ing)? (up with )?(a|an|the|this) (man|guy|adult|stranger|older)\b",
            r"\b(online|internet|snapchat|instagram|tiktok|discord)\b",
            r"\b(take (her|him|them) (away|with (him|them)|home with)|car|van)\b",
        ),
        now=(
            r"\b(now|right now|just|today|tonight|tomorrow|currently|immediately|still|at the moment|as we speak|"
            r"is being|are being|ongoing|every (day|night)|soon|any minute|this (morning|afternoon|evening|weekend|"
            r"week)|"
            r"next (week|weekend)|at the weekend|half-term|after school|the day after tomorrow|"
            r"on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
            r"\bin (an?|one|two|three|half an|\d+|a few|five|ten|fifteen|twenty|thirty|forty|forty-five) "
            r"(minutes?|hours?|days?)\b",
            r"\b(\d+|a few|five|ten|fifteen|twenty|thirty|forty|an?|half an) (minutes?|hours?) ago\b",
            r"\bwithin the hour\b", r"\bat \d{1,2}\b",
            r"\bat (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)\b",
            r"\b(rang|called|phoned|texted|messaged) (me|us|the helpline|our)\b",
            r"\bon (our|the) (webchat|chat|helpline)\b",
            r"\bsince (yesterday|last night|this morning|the morning|\w+day)\b",
            r"\bany ?more\b",
            r"\bon the phone\b",
            r"\b(is waiting|are waiting|is standing|are standing|is about to|are about to|is outside|writes|"
            r"is writing|texts|is texting|messages|is messaging)\b",
            r"\b(in (two|three|\d+) weeks|this summer|(the |over the )?(summer )?holidays)\b",
            r"\b(half[- ]term|(autumn|winter|easter|christmas|summer) (holidays?|break))\b",
            r"\b(in a (bit|moment|minute|while|few minutes))\b",
        ),
        current=(
            r"\b(right now|just now|at this (very )?moment|as we speak|tonight|this (afternoon|evening|night)|"
            r"any minute|within the hour)\b",
            r"\bin (an?|one|half an|\d+|a few|five|ten|fifteen|twenty|thirty|forty|forty-five) (minutes?|hours?)\b",
            r"\b(\d+|a few|five|ten|fifteen|twenty|thirty|forty|an?|half an) (minutes?|hours?) ago\b",
            r"\b(i'?m|i am) (standing|sitting|at|with|outside|still)\b", r"\bi (can )?hear\b", r"\bstill in the\b",
            r"\b(is|are) (here|with me|in my office|in front of me|on the phone|at the door|at my door)\b",
            r"\bon the phone\b",
            r"\b(in a (bit|moment|minute|while|few minutes))\b",
        ),
        witness=(
            r"\b(she|he|they|the (girl|boy|child|kid|pupil|student|client)) (says|said|tells|told|writes|wrote|"
            r"texted|messaged|called|calls|phoned|whispered|disclosed)\b",
            r"\b(told|tells|texted|messaged|called|phoned|showed|shows|rang|slipped) me\b", r"\bdisclosed\b",
        ),
        not_now=(
            r"\blast year\b", r"\b\w+ years ago\b", r"\bwhen I was (little|small|young|a child|a kid|\d+)\b",
            r"\bas a child\b", r"\bin my childhood\b",
            r"\b(case|it|the matter) (is|was|has been|'s) (now )?(closed|handled|resolved|dealt with)\b",
            r"\bclosed now\b",
            r"\b(training|role[- ]?play|scenario|exercise|case study|course material|workshop|simulation|vignette)\b",
            r"\b(she|he|they)('s| is| are|'re) (now )?(an )?adults?\b", r"\badult now\b",
            r"\badult (victim|woman|client)\b",
            r"\b(1[89]|[2-9]\d)[- ]year[- ]old (woman|care leaver)\b", r"\bmy client is an? (1[89]|[2-9]\d)\b",
            r"\bcare leaver\b", r"\b(is|are) (now )?(safe|in a safe \w+|in a shelter|in safety)\b",
            r"\balready safe\b",
            r"\b((on|in) (a|the|our) (training )?course|seminar|teaching material|lesson plan)\b",
        ),
        cond=(r"\b(if|in case|suppose|supposing|whether)\b", r"\bsuspect\w*", r"\b(ever|one day|someday)\b"),
        ask=(
            r"^\s*(what|which|how|when|who|whom|where|why|is|are|does|do|can|could|should|must|may|"
            r"under what|in what|according to|explain|describe|list|define|tell me about|summari[sz]e|give)\b",
            r"\b(what|which|how) (are|is|do|does|should|must|can)\b",
            r"\b(rumou?rs?|heard that|hearsay)\b",
        ),
        topic=(
            r"\b(signs?|indicators?|indications?|red flags?|warning signs?|symptoms?|characteristics|"
            r"definition|defined|define|means?|meaning|counts? as|considered|difference|differences|"
            r"penalt\w*|punish\w*|sentenc\w*|prison|criminal code|crime|offen[cs]e|illegal|legal\w*|prosecut\w*|"
            r"laws?|acts?|section|articles?|provisions?|regulat\w*|convention|protocol|directive|amendment|"
            r"procedures?|process|protocols?|guidelines?|steps|obligations?|duty|duties|confidentiality|"
            r"notifications?|notify|report|reporting|referral|refer|assistance system|services|"
            r"statistics|figures|research|how common|how often|how many|prevalence|in general|typically|usually|"
            r"generally|behaviou?r|suggest\w*|indicate\w*|document\w*|prevention|support (her|him|them)|consent)\b",
            r"\b((phone |emergency |helpline )?numbers?)\b",
        ),
        words=(
            "the|and|is|a|an|to|of|in|she|he|her|his|my|i|what|how|that|with|for|on|at|it|was|has|have|do|does|"
            "they|me|we|our|not|can|should"
        ),
    ),
    "fi": LanguagePatterns(
        outright=(
            r"\b(välittömässä |akuutissa |suuressa |vakavassa )?vaarassa\b", r"\bhengenvaara\w*", r"\bhätätil\w*",
            r"\bitsemurh\w*", r"\bitsetuho\w*", rf"\buh(ka|at|kail)\w* {_W3}(tapp|tapo|murha)\w*",
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
            r"\b(kertoo|kertoi|kertonut|sanoo|sanoi|sanonut|kirjoittaa|kirjoitti|soitti|soittaa|viestitti|"
            r"lähetti viestin)\b",
            r"\b(on|ovat) (täällä|luonani|vastaanotollani|toimistollani|puhelimessa|ovella)\b",
        ),
        not_now=(
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
    ),
    "sv": LanguagePatterns(
        outright=(
            r"\bi (omedelbar |akut |allvarlig |stor )?fara\b", r"\blivsfara\w*", r"\bnödläge\w*", r"\bsjälvmord\w*",
            r"\bsuicid\w*", rf"\bhot(ar|ade|at|as|a)\b {_W3}(att )?(döda|ta livet av|mörda|strypa|skjuta|knivhugga)\b",
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
            r"\b(berättar|berättade|säger|sade|sa|skriver|skrev|ringer|ringde|sms:ade|messade|viskade)\b",
            r"\b(är|sitter) (här|hos mig|på mitt kontor|i telefon|vid dörren)\b",
        ),
        not_now=(
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
    ),
    "et": LanguagePatterns(
        outright=(
            r"\b(otseses |vahetus |suures |tõsises )?ohus\b", r"\beluohtlik\w*", r"\beluoht\w*", r"\bhädaolukor\w*",
            r"\benesetap\w*", r"\benesevigastus\w*", rf"\bähvarda\w* {_W3}(ära )?tapp\w*", r"\btapmisega ähvarda\w*",
            r"\b(tapab|tapavad|tapan|tapma) (\w+ )?(ta|teda|mu|minu|lapse|tüdruku|poisi|nad|neid|mind)\b",
            r"\bära tapa\w*", r"\b(veritseb|veritsevad|verejooks\w*)\b", r"\bteadvuseta\b", r"\bmeelemärkuseta\b",
            r"\bei hinga\b", r"\bkrambi\w*",
            r"\b(ei julge|kardab|ei taha|keeldub) (minna |tulla )?koju\b",
            r"\bei lase (tal |teda |neid )?(lahkuda|minna|välja)\b", r"\bei saa (lahkuda|välja|ära)\b",
            r"\b(noaga|relvaga|kirvega|püstoliga)\b", r"\bnuga käes\b", r"\bkäes (on )?(nuga|relv)\b",
            r"\bpeab (minema |naasma )?tagasi (nende|tema) juurde\b",
            r"\b(kavatseb|tahab|ähvardab|plaanib) (alla )?(hüpata|surra|end tappa|ennast tappa|enesetappu)\b",
            r"\b(on|oled|saab) (kohe |varsti )?surnud\b",
            r"\b(viskab|viskan|pillab|raputab|lämmatab|uputab) (\w+ ){0,2}(beebi|lapse|last|imiku)\w*",
            r"\bei lase (tal|teda|neil) (lahkuda|minna|ära minna|koju minna)\b",
            r"\b(purjus|joobes)\b.{0,80}\b(sõita|sõidab|roolis|rooli)\b",
            r"\b(hüvastijätukiri\w*|hüvastijätu\w*)",
            r"\b(endalt elu võtta|enda elu võtta)\b",
        ),
        harm=(
            r"\b(peks\w*|lööb|löövad|löönud|lõi|lüüakse|löödi|kägista\w*|raputa\w*|vägista\w*|väärkoh\w*|"
            r"kuritarvit\w*|ahistab|ähvarda\w*|lukus|lukustatud|luku taga|lukusta\w*|kinni|vangis|röövi\w*|"
            r"sunni\w*|müü\w*|kadunud|kadunuks|kadus|põgene\w*|jooksis ära|relv\w*|nuga|noa|noaga|kirve\w*|"
            r"vägivald\w*|vägivalla\w*|ärakasuta\w*|ekspluat\w*|inimkaubandus\w*|purjus|joobes|tablet\w*|pill\w*|"
            r"ravim\w*|üledoos\w*|lõike\w*|sinika\w*|vigastus\w*|haav\w*|ümberlõika\w*|mehele|abiellu\w*|naita\w*|"
            r"pass\w*|võõra\w*|tundmatu\w*|hirmul|kardab|peidus|peitu\w*|sosista\w*|üksi|hüljatud|palavik\w*|"
            r"külm\w*|pakas\w*|auto\w*|viiakse)\b",
            r"\b(minna|naasta|minema|naasma|tuleb minna) tagasi\b",
            r"\btagasi (minema|minna|naasma|naasta|pöörduma)\b",
            r"\bpeab (\w+ ){0,3}tagasi\b", r"\bootab (teda )?väljas\b", r"\bon tulemas\b",
            r"\btuleb (talle |teda )?järele\b",
            r"\bnetist\b",
            r"\b(hüppa\w*|hüpata|\w*sillal|katusel|rööbastel|rõdu\w*|akna\w*|surnud|sure\w*|põletus\w*|põleta\w*|"
            r"karista\w*|karju\w*|nuta\w*|nutt\w*|peo\w*|pidu|joogi\w*|jooki|uimast\w*|välismaale|lendab|sõida\w*|"
            r"roolis|veri\w*|verd|murd\w*|lumi|lumes|miinus\w*|kohtu\w*)\b",
            r"\bei jaksa\b",
            r"\bkeegi ei (ava|vasta)\b",
            r"\bkeeldub (\w+ ){0,3}(haigla|arsti|kiirabi|erakorralise)\w*",
            r"\bviskas (ta |teda )?välja\b",
            r"\b(internetis|netis|internetist|netist)\b",
            r"\b(viia|viib|kaasa|kaubik\w*|tiris|lükkas)\b",
        ),
        now=(
            r"\b(praegu|kohe|just|täna|täna õhtul|täna öösel|öösel|homme|ülehomme|hetkel|ikka veel|ikka|endiselt|"
            r"jätkuvalt|sel hetkel|iga päev|iga öö|pärast kooli|nädalavahetusel|järgmisel nädalal|varsti)\b",
            r"\b(pool tundi|tund|\w+ minutit|veerand tundi) tagasi\b", r"\b(poole tunni|tunni|\w+ minuti) pärast\b",
            r"\bkell (\d+|üks|kaks|kolm|neli|viis|kuus|seitse|kaheksa|üheksa|kümme)\b",
            r"\b(ma seisan|olen kodukülastusel|ma kuulen|kuulen)\b", r"\bhelista\w* (mulle|meile)\b", r"\bvestlus\w*",
            r"\bchat\w*",
            r"\b(eilsest|eile|hommikust) (hommikust )?(saati|alates)\b",
            r"\benam\b",
            r"\bhelistab (mulle|meile)\b",
            r"\b(ootab|ootavad|kirjutab)\b",
            r"\b((kahe|kolme|\d+) nädala pärast|suvel|suvevaheajal|koolivaheajal)\b",
            r"\b((esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev)(a)?l)\b",
            r"\b(\w*vaheajal)\b",
            r"\b(iga hetk)\b",
        ),
        current=(
            r"\b(just praegu|kohe praegu|sel hetkel|täna õhtul|täna öösel|käesoleval hetkel)\b",
            r"\b(pool tundi|tund|\w+ minutit|veerand tundi) tagasi\b", r"\b(poole tunni|tunni|\w+ minuti) pärast\b",
            r"\b(ma seisan|ma kuulen|kuulen|näen)\b", r"\bmulle just\b",
            r"\bhelistab (mulle|meile)\b",
            r"\b(iga hetk)\b",
        ),
        witness=(
            r"\b(räägib|rääkis|ütleb|ütles|kirjutab|kirjutas|helistas|helistab|teatas)\b",
            r"\b(on|istub) (siin|minu juures|mu juures|mu kabinetis|telefonil|ukse taga)\b",
        ),
        not_now=(
            r"\b(eelmisel aastal|möödunud aastal|aasta tagasi|\w+ aastat tagasi|lapsena|lapsepõlves)\b",
            r"\bkui (ma|mina) olin (laps|väike)\b", r"\b(juhtum|asi) on (lõpetatud|suletud|lahendatud)\b",
            r"\blõpetatud\b", r"\b(koolitus\w*|rollimäng\w*|harjutus\w*|stsenaarium\w*|õppematerjal\w*)\b",
            r"\bon (nüüd )?täiskasvanud\b", r"\b(1[89]|[2-9]\d)-aastane naine\b", r"\bon (nüüd )?turvalis\w*",
            r"\b(kursus\w*|seminari\w*)\b",
        ),
        cond=(r"\b(kui (laps|keegi|noor|ma|mul)|juhul kui)\b", r"\bkahtlusta\w*", r"\bkunagi\b"),
        ask=(
            r"^\s*(mis|mida|millised|milline|milliseid|mille|kuidas|millal|kes|keda|kas|kui palju|kus|miks|"
            r"selgita|kirjelda|loetle|defineeri)\b",
            r"\b(kuuldus\w*|kuulujut\w*)\b",
        ),
        topic=(
            r"\b(märgi\w*|märke|tunnus\w*|indikaator\w*|ohumärg\w*|määratl\w*|definitsioon\w*|tähenda\w*|"
            r"mõeldakse|loetakse|karistu\w*|karista\w*|vangistus\w*|kuri(tegu|teo\w*)|karistusseadustik\w*|"
            r"seadus\w*|paragrahv\w*|säte\w*|konventsioon\w*|protokoll\w*|direktiiv\w*|menetlus\w*|kord\w*|"
            r"juhis\w*|protsess\w*|kohustus\w*|teata\w*|teavita\w*|teade|teate\w*|dokumenteeri\w*|statistika\w*|"
            r"kui sage\w*|kui levinud|tavaliselt|üldiselt)\b",
            r"\b(numbri\w*|number)\b",
        ),
        words=(
            "ja|on|ei|et|ta|mis|kuidas|kas|kui|see|mida|mul|mulle|tema|teda|oli|või|aga|ka|seda|kes|last|lapse|mu|"
            "minu|meil|pärast"
        ),
    ),
    "lv": LanguagePatterns(
        outright=(
            r"\b(tiešās |nopietnās |lielās )?briesmās\b", r"\bdzīvības (briesmās|apdraudējum\w*)\b",
            r"\bārkārtas (situācij|stāvokl)\w*", r"\bpašnāvīb\w*", r"\bpašnāvniec\w*", rf"\bdraud\w* {_W3}nogalin\w*",
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
            r"\b(stāsta|stāstīja|saka|teica|raksta|rakstīja|zvana|zvanīja|pastāstīja)\b",
            r"\b(ir|sēž) (šeit|pie manis|manā kabinetā|pie telefona|pie durvīm)\b",
        ),
        not_now=(
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
    ),
    "lt": LanguagePatterns(
        outright=(
            r"\b(tiesioginiame |dideliame |rimtame |mirtiname )?pavojuje\b",
            r"\bgresia (mirtinas |tiesioginis )?pavojus\b",
            r"\bgyvybei gresia\b", r"\bskubus atvejis\b", r"\bsavižud\w*", rf"\bgrasin\w* {_W3}(nužudy|užmuš)\w*",
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
            r"\b(pasakoja|pasakojo|papasakojo|sako|sakė|rašo|parašė|skambina|paskambino|parodė)\b",
            r"\b(yra|sėdi) (čia|pas mane|mano kabinete|prie durų|telefonu)\b",
        ),
        not_now=(
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
    ),
    "pl": LanguagePatterns(
        outright=(
            r"\bw (bezpośrednim |poważnym |realnym |dużym |śmiertelnym )?niebezpieczeństwie\b",
            r"\bzagrożeni\w* życia\b", r"\bżyci\w* (jest )?zagrożone\b", r"\bzagraża\w* (jej |jego )?życiu\b",
            r"\bnagł\w* wypad\w*", r"\bsamobój\w*", r"\bsuicyd\w*",
            rf"\bgrozi\w*,? {_W3}(zabi|zamord|skrzywdz|pobi|pocię|potn)\w*",
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
            r"\b(mówi|powiedział\w*|opowiada|opowiedział\w*|twierdzi|pisze|napisał\w*|dzwoni|zadzwonił\w*)\b",
            r"\b(jest|siedzi) (tutaj|tu|u mnie|w moim gabinecie|przy telefonie|pod drzwiami)\b",
        ),
        not_now=(
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
    ),
    "de": LanguagePatterns(
        outright=(
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
            r"\b(erzählt|erzählte|sagt|sagte|berichtet|berichtete|schreibt|schrieb|ruft an|rief an|hat angerufen)\b",
            r"\b(ist|sitzt) (hier|bei mir|in meinem Büro|am Telefon|vor der Tür)\b",
        ),
        not_now=(
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
    ),
    "da": LanguagePatterns(
        outright=(
            r"\bi (akut |umiddelbar |overhængende |alvorlig |stor )?fare\b", r"\blivsfare\w*", r"\bnødsituation\w*",
            r"\bselvmord\w*", r"\bsuicid\w*", rf"\btru(er|ede|et)\b {_W3}(ihjel|dræbe|myrde)\b", r"\bdødstrus\w*",
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
            r"\b(fortæller|fortalte|siger|sagde|skriver|skrev|ringer|ringede)\b",
            r"\b(er|sidder) (her|hos mig|på mit kontor|i telefonen|ved døren)\b",
        ),
        not_now=(
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
    ),
    "nb": LanguagePatterns(
        outright=(
            r"\bi (akutt |umiddelbar |overhengende |alvorlig |stor )?fare\b", r"\blivsfare\w*", r"\bnødsituasjon\w*",
            r"\bselvmord\w*", r"\bsuicid\w*", rf"\btru(er|et|a|ede)\b {_W3}(drepe|hjel|myrde)\b", r"\bdrapstrus\w*",
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
            r"\b(forteller|fortalte|sier|sa|skriver|skrev|ringer|ringte)\b",
            r"\b(er|sitter) (her|hos meg|på kontoret mitt|i telefonen|ved døren)\b",
        ),
        not_now=(
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
    ),
    "uk": LanguagePatterns(
        outright=(
            r"\bнебезпеці\b", r"\bнебезпек\w* для життя\b", r"\bзагроз\w* (для )?життю\b", r"\bзагроз\w* життя\b",
            r"\bпід загрозою\b", r"\bнадзвичайн\w* ситуац\w*", r"\bсамогубств\w*", r"\bсуїцид\w*",
            rf"\bпогрож\w* {_W3}(вбити|убити|вбивством|смертю|зарізати)\b",
            rf"\b(у?вб{_AP}ю|у?вб{_AP}є|у?вб{_AP}ють)\b",
            r"\bкровоточ\w*", r"\bстікає кров\w*", r"\bнепритомн\w*", r"\bне дихає\b", r"\bсудом\w*",
            r"\b(боїться|не хоче|відмовляється) (йти|іти|повертатися|повернутися) додому\b",
            r"\bне (випускають|відпускають|пускають|випускає|відпускає)\b", r"\bне може (вийти|втекти|піти)\b",
            r"\bз (ножем|зброєю|сокирою|пістолетом)\b", r"\b(покінчити|покінчу|покінчить) (з собою|з усім)\b",
            r"\b(має|мусить|повинна|повинен|змушена|змушений) повернутися до (них|нього|неї)\b",
            r"\b(хоче|збирається|погрожує|планує) (стрибнути|померти|вбити себе|покінчити з собою|застрелитися)\b",
            r"\b(буде|є) (зараз |скоро )?(мертва|мертвий|мертві)\b",
            r"\b(викине|скине|задушить|втопить|трясе) (\w+ ){0,2}(немовля|дитину|малюка)\b",
            r"\b(п['’ʼ`]?ян\w*|напідпитку)\b.{0,80}\b(їхати|поїхати|за кермом|кермувати)\b",
            r"\b(прощальн\w* (лист|записк)\w*)",
            r"\b(накласти на себе руки|позбавити себе життя)\b",
        ),
        harm=(
            rf"\b(б{_AP}є|б{_AP}ють|побит\w*|побив\w*|побили|били|бив|била|душ(ить|ив|ила)|трус\w*|знущ\w*|"
            r"насильств\w*|насилл\w*|зґвалт\w*|згвалт\w*|розбещ\w*|погрож\w*|замкн\w*|зачинен\w*|зачиняють|"
            r"заблоков\w*|утриму\w*|викра\w*|змушу\w*|примушу\w*|змусил\w*|примус\w*|прода\w*|зник\w*|втік|втекла|"
            r"втекли|зброя|зброю|зброї|ніж|ножем|ножа|сокир\w*|експлуат\w*|кривд\w*|калічать|травмує|"
            rf"п{_AP}ян\w*|таблет\w*|пігулк\w*|ліки|передозув\w*|поріз\w*|синц\w*|синяк\w*|поранен\w*|обрізан\w*|"
            r"калічення|заміж|одружит\w*|паспорт\w*|незнайом\w*|чужого|боїться|наляканий|налякана|ховається|"
            r"сховався|сховалася|шепоче|пошепки|кинул\w*|гарячк\w*|температур\w*|мороз\w*|холод\w*|машин\w*|"
            r"авто\w*|везуть|вивезуть|забере)\b",
            r"\bторгівл\w* (людьми|дітьми)\b", r"\bчуж(ий|ого|ому|им) чоловік\w*", r"\bсам(а|і)? вдома\b",
            r"\b(повернутися|повертатися|іти назад|йти назад)\b", r"\bчекає (на неї |на нього )?(надворі|біля)\b",
            r"\b(їдуть|їде|йдуть|йде) (сюди|за нею|за ним)\b",
            r"\b(стрибн\w*|міст\w*|мосту|дах\w*|колі\w*|балкон\w*|вікн\w*|мертв\w*|помер\w*|опік\w*|покара\w*|"
            r"кричить|кричать|плаче|плачуть|вечірк\w*|нап(ій|ою)|підсипа\w*|самі|кордон|летить|вивозять|за кермом|"
            r"їхати|поїхати|кров\w*|злам\w*|перелом\w*|сніг\w*|мінус\w*|зустр\w*|прийде за)\b",
            r"\bне витримує\b",
            r"\bніхто не (відчиняє|відповідає)\b",
            r"\bсам(і|а)? (вдома|в квартирі|удома)\b",
            r"\bвідмовляється (\w+ ){0,3}(лікарн|лікар|швидк)\w*",
            r"\b(вигнала|вигнав|виставила|виставив) (\w+ )?(з дому|на вулицю)\b",
            rf"\bб['’ʼ`]є ногами\b",
            r"\b(інтернет\w*|мережі)\b",
            r"\b(забрати|забере|бус\w*|фургон\w*|затягл\w*|заштовхал\w*)\b",
        ),
        now=(
            r"\b(зараз|прямо зараз|щойно|наразі|сьогодні|сьогодні ввечері|цієї ночі|вночі|завтра|післязавтра|негайно|"
            r"скоро|досі|все ще|в цей момент|у цей момент|щодня|щоночі|постійно|після школи|на вихідних|"
            r"наступного тижня)\b",
            r"\b(пів години|півгодини|годину|\w+ хвилин\w*) тому\b",
            r"\bза (пів години|півгодини|годину|\w+ хвилин\w*)\b",
            r"\b(чую|бачу|стою)\b", r"\b(подзвонив|подзвонила) (мені|нам)\b", r"\bчат\w*", r"\bу мене в кабінеті\b",
            r"\b(з|із) (учорашнього|вчорашнього|ранку|учора|вчора)( \w+)?\b",
            r"\bбільше не\b",
            r"\bдзвонить (мені|нам)\b",
            r"\b(чекає|чекають|пише)\b",
            r"\b(через (два|три|\d+) тижні|влітку|на канікулах)\b",
            r"\b((у|в) (понеділок|вівторок|середу|четвер|п['’ʼ`]?ятницю|суботу|неділю))\b",
            r"\b(канікул\w*|відпустк\w*)\b",
            r"\b(будь-якої миті)\b",
        ),
        current=(
            r"\b(прямо зараз|саме зараз|в цей момент|у цей момент|сьогодні ввечері|цієї ночі|сьогодні вночі|щойно)\b",
            r"\b(пів години|півгодини|годину|\w+ хвилин\w*) тому\b",
            r"\bза (пів години|півгодини|годину|\w+ хвилин\w*)\b",
            r"\b(чую|бачу|стою)\b", r"\bу мене в кабінеті\b",
            r"\bдзвонить (мені|нам)\b",
            r"\b(будь-якої миті)\b",
        ),
        witness=(
            r"\b(каже|казала|казав|сказав|сказала|розповідає|розповіла|розповів|пише|написала|написав|дзвонить|"
            r"подзвонила|подзвонив)\b",
            r"\b(є|сидить|знаходиться) (тут|у мене|в мене|в моєму кабінеті|біля дверей)\b",
        ),
        not_now=(
            r"\b(торік|минулого року|\w+ років тому|у дитинстві|в дитинстві)\b",
            r"\bколи я (був|була) (малим|малою|дитиною)\b", r"\bсправу (закрито|завершено)\b",
            r"\b(справа|випадок) (закрит\w*|завершен\w*)\b",
            r"\b(тренінг\w*|навчанн\w*|рольов\w* гр\w*|сценарі\w*|вправ\w*)\b",
            r"\b(вже |тепер )?(доросл(а|ий)|повнолітн\w*)\b", r"\b(1[89]|[2-9]\d)-річна жінка\b",
            r"\b(вже |тепер )?в безпеці\b",
            r"\b(курс(і|ах|у)|семінар\w*)\b",
        ),
        cond=(r"\b(якщо|коли б)\b", r"\bколись\b", r"\bпідозр\w*"),
        ask=(
            r"^\s*(які|яка|який|яке|як|коли|хто|кого|кому|чи|скільки|що|де|чому|поясніть|поясни|опишіть|"
            r"перелічіть|назвіть|визначте)\b",
            r"\b(чутк\w*)\b",
        ),
        topic=(
            r"\b(ознак\w*|індикатор\w*|сигнал\w*|симптом\w*|визначен\w*|визначає\w*|означає|розуміють|вважається|"
            r"покаран\w*|карає\w*|каран\w*|позбавлен\w* волі|злочин\w*|кримінальн\w*|кодекс\w*|закон\w*|"
            r"стат(тя|ті|тею|тю)|положен\w*|конвенц\w*|протокол\w*|директив\w*|процедур\w*|поряд\w*|"
            r"порядок|настанов\w*|обов\W?яз\w*|повідомлен\w*|повідомити|повідомля\w*|заяв\w*|задокументувати|"
            r"статистик\w*|як часто|наскільки поширен\w*|зазвичай|загалом|як правило)\b",
            r"\b(номер\w*)\b",
        ),
        words="і|й|та|що|це|не|на|в|у|з|як|до|її|його|він|вона|мені|я|чи|але|або|дитина|дитину|від|по|за|якщо|щоб|є",
    ),
    "ru": LanguagePatterns(
        outright=(
            r"\bв (непосредственной |серьёзной |серьезной |смертельной )?опасности\b",
            r"\bугроз\w* (для )?жизни\b", r"\bопасност\w* для жизни\b", r"\bпод угрозой\b",
            r"\bэкстренн\w* (ситуац\w*|случа\w*)", r"\bсамоубийств\w*", r"\bсуицид\w*",
            rf"\bугрож\w* {_W3}(убить|убийством|смертью|зарезать|прикончить)\b", r"\bубь(ёт|ет|ют|ю)\b",
            r"\bкровоточ\w*", r"\bкровотечени\w*", r"\bистекает кровью\b", r"\bбез сознания\b", r"\bне дышит\b",
            r"\bсудорог\w*",
            r"\b(боится|не хочет|отказывается) (идти|возвращаться|вернуться) домой\b",
            r"\bне (выпускают|отпускают|выпускает|отпускает)\b", r"\bне может (выйти|уйти|сбежать)\b",
            r"\bс (ножом|оружием|топором|пистолетом)\b", r"\b(закончит|покончит|покончу|закончу) (всё|все|с собой)\b",
            r"\b(должна|должен|обязана|обязан|вынуждена|вынужден) вернуться (к ним|к нему|к ней)\b",
            r"\bприд(ё|е)тся вернуться\b",
            r"\b(хочет|собирается|грозится|планирует) (прыгнуть|умереть|убить себя|покончить с собой|застрелиться)\b",
            r"\b(будет|будешь) (сейчас |скоро )?(мертва|мертв|мёртв\w*|мертв\w*)\b",
            r"\b(ей|ему|тебе|им) конец\b",
            r"\b(выбросит|скинет|задушит|утопит|трясёт|трясет) (\w+ ){0,2}(младенца|ребёнка|ребенка|малыша)\b",
            r"\b(пьян\w*|нетрезв\w*)\b.{0,80}\b(ехать|уехать|за рул[её]м|вести машину)\b",
            r"\b(прощальн\w* (письм|записк)\w*)",
            r"\b(наложить на себя руки|покончить с собой)\b",
        ),
        harm=(
            r"\b(бь(ёт|ет|ют)|избива\w*|избит\w*|избил\w*|побил\w*|побои|бил|била|били|душит|душил\w*|тряс\w*|"
            r"насили\w*|насилу\w*|изнасил\w*|жесток\w*|растлени\w*|угрожа\w*|угроз\w*|запер\w*|заперт\w*|запира\w*|"
            r"закрыва\w*|заблокир\w*|удержива\w*|удерж\w*|похит\w*|похищ\w*|заставля\w*|принужда\w*|принужд\w*|"
            r"вынужда\w*|прода\w*|пропал\w*|сбежал\w*|убежал\w*|оружи\w*|нож|ножом|ножа|топор\w*|эксплуат\w*|"
            r"обижа\w*|калечат|травмир\w*|пьян\w*|таблетк\w*|лекарств\w*|передозир\w*|порез\w*|синяк\w*|"
            r"обрезани\w*|замуж|женить|паспорт\w*|незнаком\w*|боится|напуган\w*|прячется|спрятал\w*|шёпотом|"
            r"шепчет|бросил\w*|температур\w*|мороз\w*|холод\w*|увоз\w*|увез\w*|машин\w*|автомобил\w*|"
            r"заберёт|заберет)\b",
            r"\bторговл\w* (людьми|детьми)\b", r"\bчуж(ой|ого|ому|им) мужчин\w*", r"\bодн(а|и|ого) дома\b",
            r"\b(вернуться|возвращаться|идти обратно|пойти обратно)\b", r"\bжд(ё|е)т (её |ее |его )?(на улице|у)\b",
            r"\b(едут|едет|идут|идёт|идет) (сюда|за ней|за ним)\b",
            r"\b(прыгн\w*|мост\w*|крыш\w*|рельс\w*|балкон\w*|окн\w*|мёртв\w*|мертв\w*|умр\w*|ожог\w*|прижига\w*|"
            r"накаж\w*|кричит|кричат|плачет|плачут|пинает|пина\w*|вечеринк\w*|напит\w*|подсыпа\w*|границу|родину|"
            r"летит|за рулём|за рулем|ехать|уехать|кров\w*|слома\w*|перелом\w*|снег\w*|минус\w*|встреч\w*|"
            r"встрет\w*|придёт за|придет за)\b",
            r"\bбольше не может\b",
            r"\bникто не (открывает|отвечает)\b",
            r"\bодн(и|а|ого) (дома|в квартире)\b",
            r"\bотказывается (\w+ ){0,3}(больниц|врач|скор)\w*",
            r"\b(выгнала|выгнал|выставила|выставил) (\w+ )?(из дома|на улицу)\b",
            r"\b(интернет\w*|сети)\b",
            r"\b(забрать|заберёт|фургон\w*|затащил\w*|затолкал\w*)\b",
        ),
        now=(
            r"\b(сейчас|прямо сейчас|только что|в данный момент|сегодня|сегодня вечером|этой ночью|ночью|завтра|"
            r"послезавтра|немедленно|скоро|до сих пор|всё ещё|все еще|всё еще|в этот момент|каждый день|"
            r"каждую ночь|постоянно|после школы|на выходных|на следующей неделе)\b",
            r"\b(полчаса|час|\w+ минут\w*) назад\b", r"\bчерез (полчаса|час|\w+ минут\w*)\b", r"\bв \d+ час\w*",
            r"\b(слышу|вижу|стою)\b", r"\bпозвонил\w* (мне|нам)\b", r"\bчат\w*",
            r"\bсо? (вчерашнего|вчера|утра)( \w+)?\b",
            r"\bбольше не\b",
            r"\bзвонит (мне|нам)\b",
            r"\b(ждёт|ждет|ждут|пишет)\b",
            r"\b(через (две|три|\d+) недели|летом|на каникулах)\b",
            r"\b(во? (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\b",
            r"\b(каникул\w*|отпуск\w*)\b",
            r"\b(в любую минуту)\b",
        ),
        current=(
            r"\b(прямо сейчас|в данный момент|в этот момент|в эту минуту|сегодня вечером|этой ночью|сегодня ночью|"
            r"только что)\b",
            r"\b(полчаса|час|\w+ минут\w*) назад\b", r"\bчерез (полчаса|час|\w+ минут\w*)\b", r"\b(слышу|вижу|стою)\b",
            r"\bзвонит (мне|нам)\b",
            r"\b(в любую минуту)\b",
        ),
        witness=(
            r"\b(говорит|говорила|сказал|сказала|рассказывает|рассказала|рассказал|пишет|написала|написал|звонит|"
            r"позвонила|позвонил|показал\w*)\b",
            r"\b(находится|сидит) (здесь|у меня|в моём кабинете|в моем кабинете|у двери)\b",
        ),
        not_now=(
            r"\b(в прошлом году|\w+ лет назад|в детстве)\b", r"\bкогда я (был|была) (маленьк\w*|ребёнком|ребенком)\b",
            r"\b(дело|случай) (закрыт\w*|завершен\w*)\b",
            r"\b(тренинг\w*|обучени\w*|ролев\w* игр\w*|сценари\w*|упражнени\w*|разбираем случай)\b",
            r"\b(уже |теперь )?(взросл(ая|ый)|совершеннолетн\w*)\b", r"\b(1[89]|[2-9]\d)-летняя женщина\b",
            r"\b(уже |теперь )?в безопасности\b",
            r"\b(курс(е|ах)|семинар\w*)\b",
        ),
        cond=(r"\bесли\b", r"\bкогда-нибудь\b", r"\bподозр\w*"),
        ask=(
            r"^\s*(какие|какая|какой|какое|как|когда|кто|кого|кому|ли|сколько|что|где|почему|объясните|объясни|"
            r"опишите|перечислите|назовите|дайте определение)\b",
            r"\b\w+ ли\b",
            r"\b(слух\w*)\b",
        ),
        topic=(
            r"\b(признак\w*|индикатор\w*|сигнал\w*|симптом\w*|определени\w*|определя\w*|означает|понима\w*|"
            r"считается|наказани\w*|наказыва\w*|каза\w*|лишени\w* свободы|преступлен\w*|уголовн\w*|кодекс\w*|"
            r"закон\w*|стать(я|и|ёй|ей|ю)|положени\w*|конвенц\w*|протокол\w*|директив\w*|процедур\w*|порядок|"
            r"порядке|рекомендац\w*|обязан\w*|сообщени\w*|сообщить|сообща\w*|заявлени\w*|статистик\w*|"
            r"как часто|насколько распростран\w*|обычно|в целом|как правило)\b",
            r"\b(номер\w*)\b",
        ),
        words=(
            "и|что|это|не|на|в|с|как|до|её|ее|его|он|она|мне|я|ли|но|или|ребёнок|ребенка|ребёнка|от|по|за|если|"
            "чтобы|есть|у"
        ),
    ),
}

LANGUAGES: tuple[str, ...] = tuple(PATTERNS)


@dataclass(frozen=True)
class _Compiled:
    outright: re.Pattern[str]
    harm: re.Pattern[str]
    now: re.Pattern[str]
    current: re.Pattern[str]
    case: re.Pattern[str]
    not_now: re.Pattern[str]
    cond: re.Pattern[str]
    ask: re.Pattern[str]
    topic: re.Pattern[str]


def _join(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=None)
def _compiled(language: str) -> _Compiled:
    p = PATTERNS[language]
    return _Compiled(outright=_join(p.outright), harm=_join(p.harm), now=_join(p.now + p.current),
                     current=_join(p.current), case=_join(p.current + p.witness), not_now=_join(p.not_now),
                     cond=_join(p.cond), ask=_join(p.ask), topic=_join(p.topic))


@dataclass(frozen=True)
class Assessment:
    """Why a question was or was not taken as danger, in one language's patterns."""

    danger: bool
    language: str | None = None
    reason: str = "no signal"
    signal: str = ""


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def _sentences(question: str) -> list[tuple[int, str]]:
    """(start offset, text) of each sentence."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(question):
        out.append((start, question[start:m.start()]))
        start = m.end()
    out.append((start, question[start:]))
    return [(s, t) for s, t in out if t.strip()]


def _hypothetical(question: str, c: _Compiled, at: int) -> bool:
    """A conditional or suspicion word before ``at``, in the same sentence."""
    for start, text in _sentences(question):
        if start <= at <= start + len(text):
            cond = c.cond.search(text)
            return bool(cond and start + cond.start() < at)
    return False


def _assess_one(question: str, language: str) -> Assessment:
    c = _compiled(language)
    outright = c.outright.search(question)
    harm = c.harm.search(question)
    now = c.now.search(question) if harm else None
    if outright:
        signal, why, at = outright.group(0), "outright", outright.start()
    elif harm and now:
        signal, why, at = f"{harm.group(0)} + {now.group(0)}", "harm + now", max(harm.start(), now.start())
    else:
        return Assessment(False, language)
    not_now = c.not_now.search(question)
    if not_now:
        return Assessment(False, language, f"not a child at risk now ({not_now.group(0)})", signal)
    if _hypothetical(question, c, at) and not c.current.search(question):
        return Assessment(False, language, "hypothetical", signal)
    topic = c.topic.search(question)
    informational = topic and ("?" in question or any(c.ask.search(t) for _, t in _sentences(question)))
    if informational and not c.case.search(question):
        return Assessment(False, language, f"informational ({topic.group(0)})", signal)
    return Assessment(True, language, why, signal)


_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_EVIDENCE = 3


@lru_cache(maxsize=None)
def _words(language: str) -> frozenset[str]:
    return frozenset(PATTERNS[language].words.split("|")) if PATTERNS[language].words else frozenset()


def candidate_languages(question: str) -> tuple[str, ...]:
    """The languages a question may be written in, by its small words: every language scoring at least
    half the best score; all languages when the best has fewer than ``_MIN_EVIDENCE`` small words (a short
    question says too little). Keeps a close neighbour's patterns (Danish for Swedish) from deciding alone,
    while a question in an unclear language is tried in all."""
    tokens = [t.lower() for t in _TOKEN.findall(question)]
    scores = {lang: sum(t in _words(lang) for t in tokens) for lang in LANGUAGES}
    best = max(scores.values(), default=0)
    if best < _MIN_EVIDENCE:
        return LANGUAGES
    return tuple(lang for lang in LANGUAGES if scores[lang] * 2 >= best)


def assess(question: str, language: str | None = None) -> Assessment:
    """The detector's decision with its reason. ``language`` (an ISO 639-1 code of ``PATTERNS``) picks that
    language's patterns; without one (or with a language it has no patterns for) the languages the
    question may be in (``candidate_languages``) are tried, and it is taken as danger when one says so."""
    languages = (language,) if language in PATTERNS else candidate_languages(question)
    first: Assessment | None = None
    for lang in languages:
        result = _assess_one(question, lang)
        if result.danger:
            return result
        if first is None or (result.signal and not first.signal):
            first = result
    return first if first and first.signal else Assessment(False, language)


def suggests_immediate_danger(question: str, language: str | None = None) -> bool:
    """True when the question suggests a child may be in danger now (see the module's docstring)."""
    return assess(question, language).danger


# The contacts document's sentence that tells when to call (en/fi/sv: the documents' languages).
_CALL_112 = re.compile(r"^\W*(?:call|soita|ring)\b[^.]{0,30}\b112\b", re.IGNORECASE)
_CONTACT_PASSAGES = 3


def contact_sentence(passages: list[list[str]]) -> tuple[int, str]:
    """(which passage, which sentence) the referral quotes, of the contacts passages found (each a list of its
    sentences, best first): the sentence that says "call 112 when ...", else the best passage's first sentence
    naming 112 -- not "Do not hang up until the operator ..." of the section on the call itself."""
    for index, sentences in enumerate(passages):
        for sentence in sentences:
            if _CALL_112.search(sentence):
                return index, sentence
    return 0, next((s for s in passages[0] if "112" in s), passages[0][0])


def safety_referral(retriever: Retriever, language: str) -> tuple[SafetyBlock, list[Citation]]:
    """The block that opens an answer when a child may be in danger: call 112, and the emergency passage
    of the contacts document (in the user's language if there is one), cited as source 1."""
    from assistant.citations import citation_of
    from assistant.text.sentences import split_sentences

    query = prompts.SAFETY_CONTACTS_QUERY[language]
    vector = retriever.fixed_query_vector(query)
    # The contacts in the asker's language, else in the language quoted for them (English), else any.
    quoted = retriever.quote_language(language) or language
    for filters in ({"doc_type": "contacts", "language": quoted}, {"doc_type": "contacts"}):
        found = retriever.retrieve(query, filters, k=_CONTACT_PASSAGES, vector=vector)
        if found.passages:
            index, quote = contact_sentence([split_sentences(p.chunk.text) or [p.chunk.text] for p in found.passages])
            passage = found.passages[index]
            citation = citation_of(passage, 1, quote)
            return (SafetyBlock(prompts.SAFETY_REFERRAL[language], prompts.SAFETY_CONTACTS_LEAD[language],
                                [Sentence(text=quote, citations=[1])]), [citation])
    return SafetyBlock(prompts.SAFETY_REFERRAL[language]), []
