"""First names and surnames, in Latin letters, of the countries children flee or are trafficked from.

Faker's lists (``gazetteer.py``) hold the Nordic and Baltic countries' names well, but a client in a
Finnish, Swedish or English message is as often Fadumo, Zarghona, Haben or Oleksandr, written in Latin
letters. This list was compiled by hand for this project (no outside list was copied; common names are
facts, not works): Somali, Afghan (Dari, Pashto), Arabic (Syria, Iraq, Palestine, Sudan), Kurdish,
Iranian, Eritrean and Ethiopian, Vietnamese, Albanian and Kosovar, Roma and Romanian, Nigerian and
Congolese names; and the names children of the region were given in 2005-2020 with their pet forms
(Faker's lists are mostly their parents' names). Ukrainian and Russian names come from Faker's Cyrillic lists, transliterated
(``gazetteer.transliterate``). Names that are also a common word of the asker languages ("My", "Son",
"Long", "Van", "Ha", "Le") are left out: they would flag ordinary words.
"""

from __future__ import annotations

FIRST_NAMES = """
abdi abdirahman abdullahi abdikarim abdiaziz abdiqani abdirashid abdiwali abdisalam abdifatah abdinasir
aisha amina asha ayaan ayan bashir faduma fadumo farah fartun hawa hibo hodan hussein ifrah ilhan jama khadra
halima hamdi hassan hamza idil ismail mohamed mohamud muna mustafe nasra nimco omar qamar sahra samira sagal
shukri sucaad warsame yusuf zahra zamzam ubah deeqa nuur guled liban mahad sharmarke yasmin naima luul fowzia
hamdi kaltuun maryan najma sacdiya sadia safiya sahal sumaya ugbaad xamdi xawo yasir abshir awil bile dahir
ahmad ahmadullah ajmal amanullah arash aziz basir bilal farid farhad farzana fatima fereshta ghulam gulalai
hamid hamida hasina hekmat hussain jawad karim khalid lina mahbooba mahmood malalai marzia masood mehdi
mohammad morteza mustafa nadia nasrin nazanin nazir parwana rahim rahima reza roya shabnam shafiq shakila
sharif sohrab soraya tahmina wahid yasin zahir zainab zarghona zohra habibullah najib naweed omid parisa
sajad sediqa sultan wali ahmadshah asadullah atiqullah baryalai faridullah gulbuddin hamidullah hayatullah
inayatullah jamila khatera laila mahnaz marwa mursal nargis nilofar obaidullah pashtana qudsia rahmatullah
sadaf sahar samiullah sayed shukria sima sitara storai wahida waheeda zakia zarmina zuhal
abdallah abdullah abdulrahman adnan aya ayman bassam batoul dalia ghada hadi hala hanan haneen hiba ibrahim
iman jamal jana karam khaled layla leila majd malak maryam mazen mohammed muhammad mahmoud nour noor osama
qasim rami rana rania rasha reem saad sami samer sara shahd tamer walid yara yousef youssef zaid zeinab ziad
asma bushra duaa eman fatma heba israa lama mariam nada rawan ruba salma wafa amjad anas firas ghaith haidar
laith nabil rashid tariq wael yahya yazan zakaria abdulaziz abdulkarim aboud ahlam alaa amal amer ammar
asmaa bakr basma dima faisal fares ghassan hadeel hamada hamoudi hassanein hayder hazem hussam imad jihad
kareem lubna mahmud marwan mohannad muhannad munir nadim nisreen obada qusai raghad raneem razan safaa sahar
salam saleh shadi sherif suha tarek taha wasim yasser yasmeen zahraa zaynab
azad baran berivan dilan dilovan hozan jiyan rojda rojin rebwar shilan shirin zana zhilwan kawa soran avin
nesrin delal hevi hevin rojhat serhat helin zozan bahar
amir babak dariush kaveh mahsa niloufar pegah saba sanaz shadi yasaman behnam ehsan hamed hossein milad
mohsen payam peyman pouya saeed vahid ali-reza
abel aklilu almaz awet bereket biniam dawit efrem elsa feven filmon genet gebre goitom haben hagos henok
kidane kibrom luwam mebrat mehari meron mihret mulugeta natnael rahel samrawit selam semhar senait tekle
tesfay tesfaye tsega tsehay winta yonas yohannes yordanos yosief abeba ermias fikru hiwet merhawit mekdes
tigist kalkidan aster azeb berhane eyob habtom kahsay lemlem medhanie robel simon teklit temesgen yemane
anh bao binh chau cuong dung duong giang hanh hieu hoa hoang hung huong huy khanh khoa lan linh minh
ngoc nhung phong phuong quang quynh thanh thao thu thuy trang trung tuan tuyet viet vy xuan yen
arben besnik blerim dritan arta besa drita ermal fatjon flutura genta jeta lule mimoza valbona vjosa agron
ardit elira erion fatmir gentian ilir kujtim lindita rina shqipe teuta albana blerta donika egzon fjolla
granit kaltrina leotrim liridona shkurte valon
mirela florin florentina ionut mihaela gheorghe vasile costel marian dorin lacramioara narcisa
chioma chinedu emeka ngozi obinna oluwaseun tunde yetunde adaeze amaka blessing chidi femi folake ifeoma
kelechi nkechi olumide uche precious godwin fortune patience mercy kossi amani bahati furaha neema zawadi
mukendi kabila ilunga mutombo kalala tshibanda
""".split()

# Children's names of the region, 2005-2020, and pet forms (Polish, Ukrainian, Russian diminutives).
CHILDREN = """
aada aapo aatu aino alisa alvar arttu eelis eemil eetu eino elias ella emilia helmi hertta hilla iida iivari
ilona into isla juho kerttu kiira leevi lenni lilja lumi luka minea nelli niilo nooa onni oona peppi pihla
saaga seela selma severi siiri silja topias unto veeti venla vilja vili väinö aaro eevi hilma lyydia manta
alva astrid ebba elsa freja hugo ines juni leia meja nova signe sixten tyra vera vilgot ture melvin malte loke
love elton nils otto frans ivar svea stella saga tindra wilma alve liam noah lucas ella-stina ebba-stina
tilly tilly-li alice alicia elvira ester majken tove sigrid sonja edvin sally
tiril ylva nora ingrid ada hedda frida live jakob emil filip aksel teodor isak sander mathias oskar kasper
henrik eskil odin trym embla mathilde marius
alberte ellie karla ida agnes asta vilma birk viggo valdemar alfred anton malthe bertram lykke silje
jaagup kerli grete mirtel kirke marii joosep rasmus robin siim karl mattias markus eliise mia lisandra laura
anette kätlin kertu liisa maarja merilin annabel hanna hanna-kristel kirke-marii rainer sofja kristel
madara paula renārs santa lāsma ritvars gustavs annija kārlis markuss roberts emīls rihards artūrs sofija
alise elza amēlija estere katrīna līva marta zane inese
goda urtė gerda domas ignas benas vakarė aistė aušra kamilė austėja emilija gabija lukas matas jokūbas nojus
kajus dominykas herkus rokas augustas ugnė milda liepa smiltė rugilė
hania tosia kuba staś zosia maja lena julia zuzia antoś franek jaś kasia gosia ola olek tymon tymek tomek
bartek wojtek michał mikołaj szymon igor marcelina nikola amelia oliwia alicja wiktoria pola nela iga
злата ярина соломія софійка дарина мирослава оленка остап тарас назар богдан матвій марко данило артем
іванка уляна христина
стёпа стеша алиса лика ксюша маша даша саша женя ваня петя коля миша дима костя лёша серёжа настя катя
соня полина варя ева милана вероника егор тимофей матвей артём глеб лев
гоша даниил паша гриша вова боря толя юля таня оля ира лиза
lika sasha masha dasha ksenia kseniia nastya katya sonya misha dima vanya kostya zhenya zlata yaryna
solomiia solomija danylo matvii yurii nadiia viktoriia mariia nataliia kateryna yeva uliana khrystyna
django kenji marlon poppy declan chinedu
""".split()

# Names of the region that Faker's lists lack (privacy3): Lithuanian and Latvian women's names with their
# diacritics, Greenlandic, Norwegian and Danish names, North African, Balkan and Bosnian names, and common
# pet forms of the region's languages.
MORE_FIRST_NAMES = """
danutė rūta jūratė birutė ona aldona laima vida genovaitė irena regina jurgita rasa vilma giedrė ramunė
agnė eglė indrė simona dovilė gintarė inga lina neringa edita ieva justina monika vaida žaneta audronė
elīza evelīna līga aņa ilze dace baiba kristīne zanda gunta sarmīte anda ināra vija dzintra aija agnese
laura diāna ance evija inese iveta santa anete ērika ludmila jeļena oļegs aleksejs ēriks jānis ansis
inuk aputsiaq naja nuka malik pipaluk ivalu aviaja minik kuupik nivi paninnguaq hansi inunnguaq
amund torjus ingvild eirik sindre håkon kjetil torstein solveig ragnhild gudrun trond vegard sigve
ola kari tone siri aud synnøve jostein runar geir bjørnar steinar åse liv ragnar
younes youssef yassine soufiane ayoub imane khadija samir rachid hicham karima mehdi nabil zakaria ilyas
dragana jelena lejla amela milica dragan goran zoran nikola emir edin amra ajla almir adis mirza nermin
senad haris dženana emina azra merima mirela edina ena alen dino denis damir
lukáš tereza
emre burak mert kerem ömer omer kaan arda umut serkan oğuz oguz eymen ecem yiğit yigit berk emirhan çınar cinar
miraç eren batuhan enes furkan tuana ebru gizem büşra busra sude ilayda irem
funmilayo temitope kemi segun adewale ayodele abimbola oluwadamilare babajide tolulope damilola
""".split()
# (privacy10: Faker's Turkish list lacks the commonest Turkish boys' names of 2000-2020, and Yoruba names)

# Names the lists still lacked (privacy4): old and new Finnish first names that are also words (a capital
# mid-sentence says the name; at a sentence's start the common-word check still reads the word), Estonian,
# Lithuanian and Norwegian names, Akan day names (Ghana), Irish and Māori names.
WORD_FIRST_NAMES = """
pilvi voitto sointu rauha usko aamu ilta kaino tuisku halla lempi tyyne sulo aarre lahja mielikki terho
kielo säde nuppu soini soile taimi toini unelma kaisu lyydia oiva arvo veikko auvo reino valto kauko
helju ülle ene tiiu malle liivi vaiva aistė gabija sunniva tiril signy eldrid
kwame kofi kwaku kojo kwabena kwasi akua abena afua efua adwoa akosua kwadwo kwesi yaw esi ekua yaa afia kwamena kobina
cian bríd siobhán aoife niamh oisín ciarán saoirse róisín caoimhe eoin tadhg pádraig seán sorcha
wiremu mere aroha hemi anahera manaia nevaeh shahab
sunny willow blossom river brook rain
tähti sade
mai
""".split()

SURNAMES = """
warsame farah jama abdi mohamed hassan osman yusuf aden egal hirsi dirie samatar guled nur mohamud
abdullahi ahmed ali ibrahim ismail hussein omar
ahmadi amiri hashimi hussaini karimi mohammadi noori rahimi rezaei sadiqi stanikzai popal sultani wardak
yousafzai zadran haidari hakimi jafari azizi nazari qaderi safi sharifi habibi hamidi naziri rasuli
haddad hamdan khalil mansour nasser saleh youssef abboud darwish jaber khoury najjar al-ahmad al-hassan
al-ali al-khatib khatib hamoud hammoud shaheen shahin
barzani
gebremedhin haile kidane tekle weldemariam berhe ghebreyesus mehari habte woldu tesfamariam ghebre negash
asfaha tesfay tesfaye gebru kahsay
nguyen tran pham huynh phan dang bui ngo duong truong dinh trinh
hoxha krasniqi gashi berisha morina shala kelmendi hoti bytyqi
adebayo adeyemi ogunleye okafor nwosu balogun afolabi adeleke babatunde oladipo akinola ogunbiyi olatunji
adewumi okonkwo mensah asante owusu boateng appiah
""".split()

# Sámi first names and surnames (privacy6), North Sámi spellings with their Nordic forms, as given in
# Sápmi in Finland, Sweden and Norway; compiled by hand like the lists above. Left out: those that are
# common words of an asker language (Sara, Elle, Inga are in the lists already).
SAMI_FIRST_NAMES = """
áile ailo ánte ándde ánde ánne biret birete máret márjá ristin risten niillas nillá mihkkal jovnna áslat
ásllat ovllá ovla sunná ingá iŋgá issát heaika máhtte piera biera gáren ravdna sire lemet mággá elen
johánas jussá ánná kárin kátjá rávdná sámmol ámmon antá ándaras niko
""".split()

SAMI_SURNAMES = """
gaup nutti somby eira hætta utsi kuoljok labba länta sikku valkeapää aikio magga bongo buljo oskal
triumf guttorm keskitalo näkkäläjärvi partapuoli juuso pieski skum balto gaino logje
""".split()
