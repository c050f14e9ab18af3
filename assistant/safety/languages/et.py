"""The danger patterns in Estonian (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\b(ei|sa ei|te ei) näe (teda|neid|last|lapsi|poega|tütart) (enam )?(kunagi|iial)\b",
        r"\b(kunagi|iial) enam ei näe\b",
        r"\bei (saa|või) (minna |tulla |naasta )?koju\b",  # a child who cannot go home
        r"\b(otseses |vahetus |suures |tõsises )?ohus\b", r"\beluohtlik\w*", r"\beluoht\w*", r"\bhädaolukor\w*",
        r"\benesetap\w*", r"\benesevigastus\w*", rf"\bähvarda\w* {W3}(ära )?tapp\w*", r"\btapmisega ähvarda\w*",
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
        r"\b(vöö\w*|rihma\w*)\b",  # a beating with a belt
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
        # someone hears it now ("naaber kuuleb nuttu")
        r"\bkuule(b|vad)\b",
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
        r"\b(kodus|korteris|majas) (ei ole|pole) kedagi\b", r"\bpole kedagi (kodus|korteris|majas)\b",
    ),
    current=(
        r"\b(just praegu|kohe praegu|sel hetkel|täna õhtul|täna öösel|käesoleval hetkel)\b",
        r"\b(pool tundi|tund|\w+ minutit|veerand tundi) tagasi\b", r"\b(poole tunni|tunni|\w+ minuti) pärast\b",
        r"\b(ma seisan|ma kuulen|kuulen|näen)\b", r"\bmulle just\b",
        r"\bhelistab (mulle|meile)\b",
        r"\b(iga hetk)\b",
    ),
    witness=(
        r"\b\d{1,2}-aasta\w*",  # a child described by age: a case, not a question of knowledge
        r"\b(räägib|rääkis|ütleb|ütles|kirjutab|kirjutas|helistas|helistab|teatas)\b",
        r"\b(on|istub) (siin|minu juures|mu juures|mu kabinetis|telefonil|ukse taga)\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\b(on )?(nüüd|praegu) (haiglas|politseis|turvakodus|asenduskodus|hooldusperes|vanaema juures|kodus ema juures|turvalises)\b",
        r"\bon nüüd (tagasi|turvas|vanglas)\b",
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
)
