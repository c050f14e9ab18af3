"""The danger patterns in English (what each field means: ``assistant/safety/patterns.py``)."""

from assistant.safety.patterns import W3, LanguagePatterns

PATTERNS = LanguagePatterns(
    outright=(
        # an abduction threatened ("you will never see him again")
        r"\bnever (get to |be able to )?see (her|him|them|the (child|kids|children|girl|boy|baby)) again\b",
        r"\b(can'?t|cannot|can not) (go|return|get) (back )?home\b",  # a child who cannot go home
        r"\bin (immediate |acute |grave |serious |real |mortal )?danger\b", r"\bunsafe (right )?now\b",
        r"\b(it'?s|it is|this is|we have|there is) an emergency\b", r"\bsuicid\w*",
        r"\b(kill|hang|hurt) (herself|himself|themselves|myself)\b",
        r"\b(end|ending) (it|it all|(her|his|my|their) (own )?life)\b", r"\bfinish (her|him|them|me|it all) off\b",
        r"(\b(will|would|going to|gonna|wants? to)|'ll|'d) ['‘\"“]?(kill|murder|stab|strangle|shoot|cut|burn|"
        r"finish)\b",
        r"\bkill (her|him|them|me|us|you|the (child|girl|boy|baby|kid|children|kids))\b",
        rf"\bthreat(en|ens|ened|ening)? {W3}to (kill|hurt|harm|beat|stab|shoot|murder|cut)\b",
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
        r"\b(belt(s|ed)?)\b",  # a beating with a belt
        r"\b(has|have|had) not (come|been) back\b|\b(hasn't|haven't|did not|didn't) (come back|return|show up)\b",  # has not come back
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
        r"\b\d{1,2}-year-old\b|\b\d{1,2} years? old\b",  # a child described by age: a case, not a question of knowledge
        r"\b(she|he|they|the (girl|boy|child|kid|pupil|student|client)) (says|said|tells|told|writes|wrote|"
        r"texted|messaged|called|calls|phoned|whispered|disclosed)\b",
        r"\b(told|tells|texted|messaged|called|phoned|showed|shows|rang|slipped) me\b", r"\bdisclosed\b",
    ),
    not_now=(
        # the child already safe now (found, placed, in hospital, with the police)
        r"\b(is|are) (now )?(back )?(in|at|with) (a |an |the |her |his )?(hospital|police|foster \w+|shelter|safe house|refuge|child welfare's care|care of \w+)\b",
        r"\bnow (lives?|living|stays?|staying|is) (in|at|with) (a |an |the |her |his )?(supported|safe|sheltered|foster|protected|residential|hospital|police|grandm\w+|grandparents)\b",
        r"\b(is|has) now (returned|come back|back)\b",
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
)
