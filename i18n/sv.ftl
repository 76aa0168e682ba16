# digikomp: the Swedish catalogue, the source language.
#
# Every sentence digikomp says is a message here, and each message is one typed
# method in the program (`welcome-body` becomes `welcome_body`). Other languages
# have a file of their own beside this one (en.ftl) with the same messages and
# the same variables; `digikomp i18n --check FILE` says what a file lacks.
#
# A comment right above a message names its variables in the order the program
# passes them; from two variables on it is needed. A variable used to choose a
# plural form ({ $n -> [one] … *[other] … }) is passed as a number.

## The language itself

language-name = svenska
language-aliases = svenska swedish sv_se
# The decimal mark of numbers with decimals: 4,5.
number-decimal-mark = ,

## Texts

welcome-title = Välkommen till självskattningen av digital kompetens
welcome-start = Vill du börja?
yes = Ja
no = Nej
review-title = Granska: välj ett svar att ändra, eller spara
review-save = Spara och visa resultatet
review-quit = Avsluta nu (svaren sparas som utkast)
cancelled-nothing-saved = Avbrutet innan något besvarades; inget sparades.
result-title = Resultat
col-area = Område
col-mean = Medel
col-profile = Profil
col-code = Kod
col-statement = Påstående
col-answer = Svar
overall = Totalt
strengths = Dina styrkor
to-develop = Att utveckla
all-answers = Alla svar
label = Etikett
plan-needs-target = utan terminal: ange vad du vill arbeta med med --statement KOD eller --area N, och målet med --goal TEXT
error-prefix = fel
path-inside = i datamappen
path-platform = systemets standardplats
path-not-created = , inte skapad än
profile-respondent = deltagar-id
profile-workplace = arbetsplats
profile-role = roll
not-utf8 = det är inte UTF-8-text
no-usable-records = inga användbara svar i filerna; ge workshop exporter gjorda med `digikomp export`
err-mixed = både värden och kod=värde-par: använd en av formerna
err-no-terminal = digikomp take behöver en terminal för att ställa frågorna, och det här är ingen. Svara utan frågor: --answers 5,6,4,… (ett värde per påstående, i samma ordning som `digikomp questions`), --answers-file FIL (- för standard in), eller skicka in svaren ett per rad
col-distribution = fördelning av svaren
plan-title = Din handlingsplan
plan-none = Ingen handlingsplan än. Välj upp till tre saker att arbeta med: `digikomp plan add`.
col-target = Att utveckla
col-goal = Mål
col-due = Senast
col-before = Före
col-after = Nu
col-status = Status
status-open = öppen
status-closed = stängd
spoken-to = till
# $change
plan-rose = ökade med { $change }
# $change
plan-fell = minskade med { $change }
# $value
plan-candidate-answer = Ditt svar { $value }
# $value
plan-candidate-mean = Medel { $value }
plan-same = oförändrad
plan-now-abstained = ingår nu inte i ditt arbete, så det finns inget att jämföra
plan-no-after = ingen ny mätning än
plan-followup = Uppföljning av din handlingsplan
plan-keep = Behåll
plan-close = Stäng, klar
plan-replace = Ersätt med något annat
plan-add-question = Vill du välja något att arbeta med till nästa gång?
plan-pick = Välj ett påstående eller område att arbeta med (lägst först)
plan-goal-prompt = Ditt mål, t.ex. "gå Digitekets kurs om källkritik före mars" (tom rad: hoppa över, ? = hjälp)
plan-due-prompt = Senast (år-månad-dag, t.ex. 2027-03-01; tom rad: inget datum, ? = hjälp)
plan-needs-goal = skriv ett mål med --goal, t.ex. --goal "gå kursen om källkritik"
plain-no-back = Det här är det första påståendet; det finns inget att gå tillbaka till.
action-plan-draft = Handlingsplan (utkast)
biggest-gains = Största ökningar:
change-per-area = Förändring per område
col-change = Förändring
col-median = Median
col-owner = Ansvarig
col-sd = Spridning
everyone = Alla
files-word = filer
group-profile = Gruppens profil
mean-per-area = Medel per område
priorities = Prioriteringar
priorities-lowest = Prioriteringar (lägst medel)
respondents-word = deltagare
skipped = Hoppade över
col-id = Id
col-date = Datum
col-since-previous = Δ förra
col-since-first = Δ första
col-trend = Trend
no-attempts-in-window = Inga försök matchar urvalet (--last/--since).
progress-one = Bara ett försök hittills: gör testet igen för att se förändringen.
biggest-rises = Största ökningar
biggest-falls = Största minskningar
no-change = Inga påståenden har ändrats.
not-deleted = Inget raderades.
delete-needs-yes = att radera kräver en bekräftelse, och det här är ingen terminal: lägg till --yes
answers-too-large = den är större än { $kb } kB, för stor för svar
strict-refused = 
    { $n ->
        [one] { $n } fil gick inte att använda (--strict); rätta eller ta bort den
       *[other] { $n } filer gick inte att använda (--strict); rätta eller ta bort dem
    }
path-bundled = den inbyggda, { $set }
# $n, $min, $min_label, $max, $max_label
welcome-body = Du får läsa { $n } påståenden om digitala uppgifter i biblioteksarbetet och ange hur säker du känner dig på varje, från { $min } = { $min_label } till { $max } = { $max_label }. Det tar ungefär tio minuter. Det finns inga rätta svar: skatta dig som du känner dig i dag. Svaren sparas bara på den här datorn.
# $n, $name
area-heading = Område { $n } · { $name }
# $i, $n
statement-of = Påstående { $i } av { $n }
# $date, $n, $total
resume-question = Du har ett påbörjat test från { $date } med { $n } av { $total } svar. Fortsätta där du slutade? (Nej börjar om.)
resume-other-set = Det påbörjade testet gjordes med en annan version av frågorna ({ $old }); det går inte att fortsätta. Kör `digikomp take --restart` för att börja om.
# $n, $path
draft-kept = { $n ->
        [one] Ditt svar är sparat i { $path }; kör `digikomp take` igen för att fortsätta.
       *[other] Dina { $n } svar är sparade i { $path }; kör `digikomp take` igen för att fortsätta.
    }
interrupted-kept = Avbrutet. Dina svar hittills är sparade i { $path }; kör `digikomp take` igen för att fortsätta.
saved-to = Sparat: { $path }
# $title, $version, $n, $min, $max
questions-title = { $n ->
        [one] { $title } (version { $version }): 1 påstående, skala { $min }–{ $max }
       *[other] { $title } (version { $version }): { $n } påståenden, skala { $min }–{ $max }
    }
plan-no-statement = '{ $code }' är ingen påståendekod; se `digikomp questions`
plan-no-area = det finns inget område { $area }; se `digikomp questions`
# $expected, $got
err-count = förväntade { $expected } svar, ett per påstående, men fick { $got }
# $token, $position
err-not-number = '{ $token }' (svar { $position }) är inget heltal
# $position, $value, $min, $max
err-out-of-range = svar { $position } är { $value }, utanför skalan { $min }–{ $max }
err-unknown-code = '{ $code }' är ingen påståendekod i frågorna
err-duplicate = påstående { $code } är besvarat två gånger
# $position
err-no-abstain = svar { $position } är x, men de här frågorna har inget sådant svar: ge ett värde på skalan
err-no-point = alla svar är x: minst ett påstående behöver en siffra för att ge ett resultat
err-missing = påstående { $code } saknar svar
# $source, $problem, $n, $min, $max, $example
err-answers-hint = { $source }: { $problem }. Ge { $n } värden från { $min } till { $max } i samma ordning som `digikomp questions`, t.ex. --answers { $example }
# $source, $problem, $min, $max, $label, $example
err-answers-hint-abstain = { $source }: { $problem }. Ge ett svar per påstående i samma ordning som `digikomp questions`: ett värde från { $min } till { $max }, eller x för ”{ $label }”, t.ex. --answers { $example }
err-piped-draft = det finns ett påbörjat test i { $path }; lägg till --restart för att kasta det och göra testet med de inskickade svaren, eller kör `digikomp take` i en terminal för att fortsätta
# $target, $goal, $before, $after, $trend
plan-item-line = { $target }: { $goal } (före { $before }, nu { $after }: { $trend })
plan-what-now = Vad vill du göra med { $target }?
plan-due-bad = '{ $input }' är inget datum: skriv år-månad-dag, t.ex. 2027-03-01.
plan-full = Handlingsplanen har redan { $max } öppna punkter; stäng en först med `digikomp plan close ID`.
plan-added = La till { $id } i handlingsplanen.
plan-closed-msg = Stängde { $id }; den finns kvar i historiken (`digikomp plan --all`).
target-statement = påstående { $code }
# $n, $name
target-area = område { $n } ({ $name })
plan-unknown = ingen öppen punkt i handlingsplanen har id '{ $id }'; se `digikomp plan`
questions-abstain = Ett påstående kan också besvaras ”{ $label }” (x) i stället för med en siffra; det svaret räknas inte in i något medel.
plain-abstain = Eller x: { $label }.
# $min, $min_label, $max, $max_label
plain-scale = Skala från { $min }, { $min_label }, till { $max }, { $max_label }.
# $n, $min
group-too-small = Gruppen har { $n } deltagare, färre än { $min }: inga siffror per påstående visas, så att ingens svar kan pekas ut.
# $n, $min, $max
history-title = 
    { $n ->
        [one] 1 sparat försök (medel per område, { $min }–{ $max })
       *[other] { $n } sparade försök (medel per område, { $min }–{ $max })
    }
no-attempts = Inga sparade försök i { $path }. Gör testet med `digikomp take`.
progress-title = Utveckling över { $n } försök
# $id, $version
not-comparable = Ej jämförbart: försök { $id } (version { $version })
lacks = saknar { $codes }
extra-ignored = har { $codes } som inte finns i den här versionen och inte räknas
# $n, $sets
other-sets = { $n } försök gjordes med en annan frågeuppsättning ({ $sets }) och visas inte; välj den med --set eller --questions FILE.
# $path, $reason
skipped-file = varning: hoppade över { $path }: { $reason }
unknown-attempt = inget sparat försök har id '{ $id }'; se `digikomp history`
# $id, $ids
ambiguous-attempt = id '{ $id }' passar flera försök ({ $ids }); skriv fler tecken
# $id, $date, $files
delete-one-question = { $files ->
        [one] Radera försöket { $id } från { $date }? Det går inte att ångra.
       *[other] Radera försöket { $id } från { $date } ({ $files } filer med samma id)? Det går inte att ångra.
    }
# $n, $path
delete-all-question = 
    { $n ->
        [0] Radera allt digikomp har sparat i { $path } (inga försök: utkast, handlingsplan eller profil)? Det går inte att ångra.
        [one] Radera försöket, utkast, handlingsplan och profil i { $path }? Det går inte att ångra.
       *[other] Radera alla { $n } försök, utkast, handlingsplan och profil i { $path }? Det går inte att ångra.
    }
deleted = 
    { $n ->
        [one] Raderade { $n } fil.
       *[other] Raderade { $n } filer.
    }
other-set-scores = försöket gjordes med frågeuppsättningen { $set }; välj den med --set eller --questions FILE för att se resultatet
# $min, $max
rate-nothing-selected = Inget svar är valt: tryck en siffra { $min }–{ $max }, eller ← → och sedan Enter.
given-abstain = ”{ $label }”
plain-current = Ditt svar nu: { $value }. Tryck Enter för att behålla det.
plain-kept = Du behåller ditt svar { $value }.
learn-more-lowest = Lär dig mer om det du vill utveckla
analysis-title = 
    { $n ->
        [one] Item-analys: { $n } deltagare (det senaste försöket)
       *[other] Item-analys: { $n } deltagare (vars och ens senaste försök)
    }
# $area, $name, $alpha, $n
analysis-area = Område { $area } · { $name }: alfa { $alpha } ({ $n } svarade på alla påståenden i området)
analysis-legend = Sd: standardavvikelse (n − 1). Golv / tak: andelen svar på skalans lägsta och högsta värde. Item-rest: korrelationen (Pearson) mellan påståendet och summan av de andra i området, bland dem som svarat på alla. Alfa utan: områdets Cronbachs alfa om påståendet tas bort.
# $n, $min
analysis-too-few = Bara { $n } deltagare, färre än { $min }: inga siffror visas, så att ingens svar kan pekas ut.
analysis-notes = Att titta närmare på
# $path, $why
delete-left = Kvar: { $path } ({ $why }).
# $path
delete-nothing-ours = Inget att radera: i { $path } finns inga filer som digikomp har skrivit.
left-not-ours = skrevs inte av digikomp; ta bort den själv om du vill
left-unreadable = går inte att läsa, så inget visar att digikomp skrev den; ta bort den själv om den är din
left-link = en länk, och digikomp skriver aldrig länkar; ta bort den själv om du vill
left-folder = en mapp som digikomp inte skapade
left-special = en specialfil (FIFO, enhet eller uttag), som digikomp aldrig skriver
# $path
wrote-file = Skrev { $path }.
output-exists = { $path } finns redan; välj ett annat namn eller lägg till --force för att ersätta den
not-a-regular-file = { $path } är ingen vanlig fil utan en länk eller en specialfil; digikomp skriver bara över vanliga filer: välj ett annat namn
output-is-folder = { $path } är en mapp: ge -o ett filnamn, gärna i den mappen
# $code, $value, $min, $max
off-scale = påstående { $code } har svaret { $value }, utanför skalan { $min }–{ $max }
# $flag, $value, $min, $max
threshold-off-scale = { $flag } { $value } ligger utanför skalan { $min }–{ $max }; välj ett värde på skalan
# $high, $low
thresholds-crossed = --high { $high } måste vara större än --low { $low }: höga svar räknas från --high och uppåt, låga från --low och nedåt
# $shown, $all
# $shown, $all
groups-not-detailed = Rapporten visar de första { $shown } av { $all } grupper; alla finns med i --format csv, json och xlsx.
# $shown, $all
chart-first-groups = Diagrammet visar de första { $shown } av { $all } grupper; alla finns i tabellen.
profile-unwritable = kunde inte skapa din profil (det slumpade deltagar-id som exporter bär) i { $dir }; gör mappen skrivbar eller välj en annan med --data-dir
bad-merge = --merge '{ $given }': skriv två omgångar med = emellan, t.ex. --merge "Före kursen=före"
unknown-round = ingen omgång heter '{ $label }'; se omgångarna i `digikomp workshop … --group-by label`
# $from
merge-unmatched = varning: --merge: ingen omgång i filerna heter «{ $from }»; se omgångarna med --group-by label
# $a, $b, $merge
look-alike-hint = tips: omgångarna «{ $a }» och «{ $b }» ser ut att vara samma; slå ihop dem med --merge { $merge }
# $a, $b
look-alike-hint-plain = tips: omgångarna «{ $a }» och «{ $b }» ser ut att vara samma; slå ihop dem med --merge "FRÅN=TILL", med namnen som de står i filerna
look-alike-more = tips: fler omgångar liknar varandra; se alla med --group-by label och slå ihop med --merge
compare-needs-label = --compare jämför omgångar, och förändringen visas bara mellan omgångar, aldrig mellan arbetsplatser eller roller: ta bort --group-by workplace eller role för att jämföra
several-files = { $n } deltagare finns i flera filer: kontrollera att ingen export har fel id.
# $from, $to
paired-title = Samma personer före och efter: { $from } → { $to }
paired-legend = n: personer som svarat i båda omgångarna. Förändring: medelvärdet av varje persons förändring av områdets medel. 95 % KI: konfidensintervall (t-fördelning). d_z: effektstorlek, förändringen delad med spridningen i förändringarna. Samma: inom ±0,5.
# $from, $to
only-one-round = { $from } svarade bara i den första omgången och { $to } bara i den andra; de räknas inte i förändringen för samma personer.
paired-unclear = { $area }: för få eller för spridda svar för att säga om det blev bättre; intervallet omfattar noll.
# $area, $n, $min
paired-too-few = 
    { $n ->
        [one] { $area }: 1 person i båda omgångarna, färre än { $min }: ingen förändring visas.
       *[other] { $area }: { $n } personer i båda omgångarna, färre än { $min }: ingen förändring visas.
    }
study-prompt = Vilken studie är exporten till? (t.ex. "Höst 2026"; samma namn ger samma pseudonym; ? = hjälp)
study-needed = en anonym export görs för en studie: lägg till --study NAMN, t.ex. --study "Höst 2026" (samma namn i varje omgång)
html-areas-heading = Områden
html-areas-caption = { $group }: medel, median, spridning och andelar per område
# $high, $low
areas-legend = Medel, median och spridning räknas på varje persons medel i området. Median: det mittersta värdet. Spridning: standardavvikelsen, hur mycket svaren skiljer sig åt (– när det bara finns ett värde). ≥ { $high }: andelen av alla svar i området som är { $high } eller högre. ≤ { $low }: andelen som är { $low } eller lägre.
html-statements-heading = Påståenden
html-statements-caption = { $group }: svaren per påstående
html-count-prefix = Antal som svarade{" "}
html-plan-draft-caption = { $group }: påståendena med lägst medel, med plats för ansvarig och datum
html-resources-heading = Att lära sig mer
html-area-chart-title = Medel per område och grupp
# $min, $min_label, $max, $max_label
html-mean-axis = Medel ({ $min } = { $min_label }, { $max } = { $max_label })
# $min, $max
html-means-on-scale = Medel på skalan { $min }–{ $max }.
html-distribution-title = { $group }: hur svaren fördelar sig per påstående
# $min, $max
html-distribution-desc = Antal som svarade { $min } till { $max }, per påstående.
html-share-axis = Andel av deltagarna
html-profile-heading = Medel per område, försök för försök
html-profile-caption = Medel per område, ett försök per rad, det äldsta först
html-col-attempt = Försök
html-some-dates = Diagrammet skriver bara ut vissa datum; alla värden står i tabellen.
html-plan-caption = Det du har valt att arbeta med
html-change-caption = Medel per område i varje omgång, och förändringen
# $from, $to
change-legend = Förändring: medlet i «{ $to }» minus medlet i «{ $from }», så som medlen visas här (en decimal). ▲ högre, ▼ lägre, = oförändrat, – ingen siffra (för få deltagare). Omgångarna kan ha olika deltagare; förändringen för samma personer står nedan.
html-paired-caption = Förändringen för dem som svarade i båda omgångarna
html-gains-heading = Största ökningar per påstående
# $from, $to
html-gains-caption = Påståendena vars medel steg mest från «{ $from }» till «{ $to }»
# $from, $to
html-gains-legend = Förändring: hur mycket påståendets medel steg från «{ $from }» till «{ $to }».
html-skipped-heading = Filer som inte kunde användas
man-manual = Användarkommandon
plain-review-prompt = Skriv s (eller tryck Enter) för att spara, ett nummer 1–{ $n } för att ändra det svaret, l för att läsa listan igen, ? för hjälp eller q för att avsluta:{" "}
# $input, $n
plain-review-bad = '{ $input }' är inget val: skriv s, ett nummer 1–{ $n }, l, ? eller q.
plain-review-help = s eller en tom rad sparar svaren och visar resultatet. Ett nummer från 1 till { $n } öppnar det påståendet så att du kan ändra svaret; sedan kommer du tillbaka hit. l läser upp alla { $n } svar igen. q avslutar utan att visa resultatet; svaren sparas som utkast, och nästa gång fortsätter du här.
plain-choose-prompt = Skriv numret på ditt val (1–{ $n }), ? för hjälp eller en tom rad för att avstå:{" "}
# $item
plain-chosen = Du valde { $item }.
# $input, $n
plain-choose-bad = '{ $input }' är inget val: skriv ett nummer 1–{ $n }, ? för hjälp eller en tom rad för att avstå.
plain-choose-help = Skriv numret framför det du väljer, från 1 till { $n }, och tryck Enter. En tom rad väljer ingenting och går vidare.
plan-goal-help = Skriv med egna ord vad du ska göra för att bli säkrare, till exempel gå en kurs, läsa en guide eller öva med en kollega. En tom rad hoppar över det här, och inget läggs till i planen.
# $input, $today
plan-due-past = { $input } har redan varit (i dag är det { $today }): ge ett datum från i dag och framåt, eller inget datum.
# $date
plan-due-overdue = { $date } (passerat)
plan-due-help = Skriv datumet då du vill vara klar som år-månad-dag, till exempel 2027-03-01; uppföljningen visar det. En tom rad betyder inget datum.
study-help = Skriv ett namn på undersökningen, till exempel "Höst 2026". Pseudonymen räknas fram ur namnet, så använd samma namn vid varje export till samma studie och ett nytt namn för en ny studie. En tom rad avbryter exporten.
# $first, $last, $n
list-window = Visar { $first }–{ $last } av { $n }
# $file, $problems
set-check-failed = 
    { $problems ->
        [one] { $file } har 1 problem; rätta det och kontrollera igen
       *[other] { $file } har { $problems } problem; rätta dem och kontrollera igen
    }
# $value, $max, $code
rated-label = { $value } av { $max } · påstående { $code }
# $n, $value
tied-more = 
    { $n ->
        [one] … och 1 påstående till med { $value }.
       *[other] … och { $n } påståenden till med { $value }.
    }
# $n, $answered
abstained-note = { $n ->
        [one] 1 påstående ingår inte i ditt arbete; medlen är över de { $answered } du svarade på med en siffra.
       *[other] { $n } påståenden ingår inte i ditt arbete; medlen är över de { $answered } du svarade på med en siffra.
    }
all-answers-equal = Du gav alla påståenden samma svar, { $value }, så inget sticker ut som en styrka eller som något att utveckla. Svara gärna så som du känner dig för varje påstående nästa gång.
progress-legend = Δ förra: ändringen sedan förra försöket. Δ första: ändringen sedan det första. Trend: steget från försök till försök (de senaste { $points }), som siffrorna visas: ↗ upp, → oförändrat, ↘ ner.
progress-legend-plain = Δ förra är ändringen sedan förra försöket, Δ första ändringen sedan det första. Trend är steget från försök till försök (de senaste { $points }), som siffrorna visas.
trend-up = upp
trend-same = oförändrat
trend-down = ner
trend-missing = saknas
# $code, $title
target-statement-titled = påstående { $code } ({ $title })
progress-hidden-between = { $n } försök visas inte i tabellen, så att den får plats; välj vilka med --last N eller --since DATUM.
col-plan-change = Ändring
# $n, $mean
priorities-tied = 
    { $n ->
        [one] … och 1 påstående till med medlet { $mean }.
       *[other] … och { $n } påståenden till med medlet { $mean }.
    }
# $n, $change
movers-tied = 
    { $n ->
        [one] … och 1 påstående till med { $change }.
       *[other] … och { $n } påståenden till med { $change }.
    }
plan-add-more-question = Vill du välja något mer att arbeta med?
plan-not-anonymous = --with-plan och --anonymous går inte att använda tillsammans: målen i en plan är personliga
plan-needs-format = --with-plan fungerar med --format { $formats }
delete-needs-id = ange vilket försök som ska raderas (se `digikomp history`), eller använd --all
xlsx-needs-file = en Excel-fil går inte att visa i terminalen: lägg till -o FIL.xlsx
# $rows, $max
xlsx-too-many-rows = rapporten skulle behöva { $rows } rader på ett blad, men Excel rymmer { $max }: välj --format csv eller json, eller färre grupper
xlsx-sheet-attempts = Försök
xlsx-sheet-areas = Områden
xlsx-sheet-statements = Påståenden
xlsx-sheet-distribution = Fördelning
xlsx-sheet-paired = Parvis förändring
xlsx-area-column = Område { $area }
xlsx-group = Grupp
xlsx-respondents = Deltagare
xlsx-name = Namn
xlsx-answers = Antal svar
xlsx-answered = Svarade { $point }
# $group, $n
xlsx-distribution-title = { $group }: så svarade gruppen på varje påstående (n = { $n })
# $shown, $all, $sheet
xlsx-charts-first-groups = Diagrammen visar de första { $shown } av { $all } grupperna; alla finns på bladet { $sheet }.
xlsx-share-of-answers = Andel av svaren

## Texts chosen by a kind (one message per kind)

path-label-data-dir = datamapp
path-label-attempts = försök
path-label-draft = utkast
path-label-profile = profil (inställningar)
path-label-question-set = frågeuppsättning
path-label-action-plan = handlingsplan
learn-level-basic = grundläggande
learn-level-intermediate = breddad
learn-level-advanced = fördjupad
learn-format-course = kurs
learn-format-article = artikel
learn-format-video = video
learn-format-podcast = podd
learn-format-exercise = övning
learn-format-lesson-pack = lektionsupplägg
learn-mode-self = själv
learn-mode-group = i grupp
learn-mode-both = själv eller i grupp
learn-audience-staff = för personal
learn-audience-public = för att lära besökare
learn-audience-both = för personal och besökare
# $level, $format, $minutes, $mode, $audience
learn-facts = { $level } · { $format } · { $minutes } min · { $mode } · { $audience }
# $n, $codes, $id
learn-serves = { $n ->
        [one] Påstående { $codes } · id { $id }
       *[other] Påståenden { $codes } · id { $id }
    }
# $shown, $total, $catalogue
learn-count = { $total ->
        [one] { $shown } av 1 resurs i { $catalogue }
       *[other] { $shown } av { $total } resurser i { $catalogue }
    }
learn-none = Inga resurser passar filtret. Pröva med färre villkor, till exempel utan --level eller --max-minutes; `digikomp learn` visar alla.
learn-for-me-title = Förslag utifrån ditt senaste resultat och din handlingsplan, det som passar bäst först
# $catalogue, $n
learn-check-ok = { $catalogue }: { $n } resurser, varje påstående har minst en; inga fel.
learn-check-failed = { $n ->
        [one] 1 fel i lärbiblioteket
       *[other] { $n } fel i lärbiblioteket
    }
learn-problem-syntax = filen går inte att läsa som ett lärbibliotek: { $detail }
learn-problem-duplicate-id = id '{ $id }' finns två gånger
learn-problem-bad-id = id '{ $id }' får bara ha små bokstäver a–z, siffror och bindestreck
# $id, $url
learn-problem-bad-url = { $id }: '{ $url }' är ingen bestämd sida som börjar med https://
learn-problem-bad-text = { $id }: en titel, sammanfattning, utgivare, licens eller språk saknas eller har osynliga tecken
# $id, $competence
learn-problem-bad-competence = { $id }: '{ $competence }' är ingen kompetens i DigComp 2.2 (t.ex. 1.1–1.3, 2.1–2.6)
learn-problem-no-statement = { $id }: tjänar inget påstående
# $id, $minutes
learn-problem-bad-minutes = { $id }: { $minutes } minuter; ange 1–480
# $id, $date
learn-problem-verified-later = { $id }: kontrollerad { $date }, efter dagens datum
learn-problem-uncovered = påstående { $code } har ingen resurs
# $id, $code
learn-problem-unknown-statement = { $id }: påstående { $code } finns inte i frågorna
# $path, $problem
learn-resources-bad = kan inte använda lärbiblioteket { $path }: { $problem }
learn-unknown-id = '{ $id }' finns inte i lärbiblioteket; `digikomp learn` visar varje resurs med dess id
learn-done-msg = Antecknade att du har gått igenom ”{ $title }”.
# $id, $target
learn-done-plan = Det hör till punkt { $id } i din handlingsplan, { $target }; stäng den med `digikomp plan close { $id }` när du känner dig säker.
learn-done-no-plan = Den hör inte till någon öppen punkt i din handlingsplan.
# $area, $name
circle-title = Studiecirkel: område { $area }, { $name }
# $n, $title
circle-meeting = Träff { $n }: { $title }
circle-before = Före träffen
circle-questions = Att samtala om
circle-try = Prova tillsammans
circle-resources = Att lära sig mer av, gärna tillsammans
# $format, $path
format-extension-mismatch = --format { $format } passar inte filnamnet { $path }: ge filen ändelsen .{ $format }, eller utelämna --format så väljs formatet efter ändelsen
learn-no-area = det finns inget område { $area }; välj ett av 1–5
## leaders
# $code, $area
leaders-set-mirror-area = påstående { $code }: `mirror_area` är { $area }, men måste vara ett av personalens områden, 1 till 9
leaders-set-text-statement-scale = påstående { $code }: `scale.min_label` eller `scale.max_label`
# $n, $name
leaders-theme-heading = Tema { $n } · { $name }
# $n, $name
leaders-target-theme = tema { $n } ({ $name })
# $n, $flag
leaders-other-set-hidden = { $n ->
        [one] 1 försök gjordes med den andra frågeuppsättningen och visas inte här; välj den med { $flag }.
       *[other] { $n } försök gjordes med den andra frågeuppsättningen och visas inte här; välj den med { $flag }.
    }
arg-global-set = Vilken inbyggd frågeuppsättning: staff (personalens självskattning, standard; även personal, medarbetare) eller ledning (bibliotekschefernas; även leaders, chef)
leaders-share-needs-set = --share-leader-view gäller bara ledningens frågeuppsättning: lägg till --set ledning
leaders-share-question = Får dina skattningar visas i gruppens jämförelse, även om du är den enda chefen i gruppen?
arg-export-share-leader-view = Ledningens svar (--set ledning): får visas i perspektivrapporten även när färre än K chefer är med; sparas i exportfilen
leaders-perspective-title = Ledningens bild och medarbetarnas
leaders-perspective-intro = Per grupp och DigComp-område: ledningens skattning av hur säkra medarbetarna känner sig (spegelpåståendena), medarbetarnas eget medel och skillnaden, ledningen minus medarbetarna. En skillnad på { $gap } poäng eller mer nämns i ord: det är ett helt steg på skalan, mer än avrundningen och bruset i ett skyddat medel.
leaders-perspective-privacy = Medarbetarnas siffror följer gruppreglerna: ingen siffra om färre än { $k } personer, och i den skyddade rapporten har svaren brus. En chefs skattning visas bara om chefen har delat den vid exporten (--share-leader-view) eller om gruppen har minst { $k } chefer. – betyder att siffran inte visas.
leaders-group-all = Alla
# $leaders, $shown
leaders-shown = { $leaders ->
        [one] 1 chef i gruppen, { $shown } visas.
       *[other] { $leaders } chefer i gruppen, { $shown } visas.
    }
leaders-table-caption = { $group }: ledningens bild och medarbetarnas per område
leaders-col-area = Område
leaders-col-group = Grupp
leaders-col-leaders = Ledningen
leaders-col-leaders-n = n ledning
leaders-col-staff = Medarbetarna
leaders-col-staff-sd = Spridning
leaders-col-staff-n = n medarb.
leaders-col-gap = Skillnad
leaders-col-theme = Tema
leaders-col-mean = Medel
leaders-col-focus = Fokus
leaders-col-resources = Resurser
leaders-col-owner = Ansvarig
leaders-col-date = Datum
# $area, $gap
leaders-gap-higher = { $area }: ledningen tror att medarbetarna är säkrare än de själva säger (skillnad { $gap }).
# $area, $gap
leaders-gap-lower = { $area }: ledningen tror att medarbetarna är mindre säkra än de själva säger (skillnad { $gap }).
leaders-no-large-gap = Ingen skillnad på { $gap } poäng eller mer bland det som visas.
leaders-themes-heading = Ledningens egna teman
leaders-themes-caption = { $group }: ledningens medel per tema
leaders-focus-heading = Förslag till fokus
# $area, $gap
leaders-focus-gap = { $area }: skillnaden { $gap } mellan ledningens bild och medarbetarnas egna svar
# $theme, $mean
leaders-focus-theme = { $theme }: ledningens medel { $mean }, bland de lägsta
leaders-focus-none = Inget förslag: för få svar visas i gruppen.
leaders-focus-plan = Gör varje fokus till en åtgärd med ansvarig, datum, resurser, ett tecken på att den lyckats och en tid för uppföljning, till exempel: digikomp --set ledning plan add --area 2 --goal "…" --owner "…" --due 2027-03-31 --success "…" --follow-up 2027-06-15
leaders-xlsx-sheet = Perspektiv
leaders-guide-title = Reflektionsguide för ledningsmötet
leaders-guide-start = Utgångsläge: { $group }
leaders-guide-themes = Frågor per tema, det lägsta först
# $theme, $mean
leaders-guide-theme-mean = { $theme } (ledningens medel { $mean })
leaders-guide-gaps = Där bilderna skiljer sig
leaders-guide-steps = Förbereda, genomföra, befästa
leaders-guide-actions = Åtgärder
leaders-guide-actions-caption = Åtgärder att fylla i på mötet
leaders-guide-needs-both = --guide behöver både medarbetarnas och ledningens exporter (ledningens gjorda med --set ledning export)
leaders-guide-format = guiden finns som md och html: välj --format md eller html, eller -o guide.html
arg-workshop-guide = Skriv en reflektionsguide för ledningsmötet (md eller html) av ledningens och medarbetarnas exporter, i stället för rapporten
# $n, $answered, $label
leaders-abstained-note = { $n ->
        [one] 1 påstående besvarades med ”{ $label }” och ingår inte i medlen, som är över de { $answered } du svarade på med en siffra.
       *[other] { $n } påståenden besvarades med ”{ $label }” och ingår inte i medlen, som är över de { $answered } du svarade på med en siffra.
    }
leaders-plan-owner = ansvarig { $owner }
leaders-plan-resources = resurser: { $text }
leaders-plan-success = lyckat när: { $text }
leaders-plan-follow-up = uppföljning { $date }
arg-plan-add-owner = Vem som ansvarar för åtgärden (ledningens förändringsplan)
arg-plan-add-resources = Vad åtgärden behöver: tid, pengar, stöd
arg-plan-add-success = Hur ni ser att åtgärden har lyckats
arg-plan-add-follow-up = När ni följer upp åtgärden (ÅÅÅÅ-MM-DD)
# $n, $min, $min_label, $max, $max_label
leaders-welcome-body = Du får läsa { $n } påståenden om hur biblioteket du leder arbetar med det digitala och ange hur väl varje påstående stämmer, från { $min } = { $min_label } till { $max } = { $max_label }. Det tar ungefär tio minuter. Det finns inga rätta svar. Svaren sparas bara på den här datorn.
value-set = UPPSÄTTNING
leaders-unknown-set = '{ $value }' är ingen inbyggd frågeuppsättning: välj staff (personalens) eller ledning (bibliotekschefernas)
leaders-group-no-workplace = Utan angiven arbetsplats
leaders-group-no-role = Utan angiven roll
leaders-chart-title = { $group }: ledningens bild och medarbetarnas medel per område
# $min, $max
leaders-chart-desc = Två staplar per område på skalan { $min }–{ $max }: ledningens skattning och medarbetarnas eget medel, med siffran bredvid. Samma siffror står i tabellen ovanför.
# $n, $min, $max
leaders-history-title = { $n ->
        [one] 1 sparat försök (medel per tema, { $min }–{ $max })
       *[other] { $n } sparade försök (medel per tema, { $min }–{ $max })
    }
leaders-gap-noisy = Färre än { $small } medarbetare: i den skyddade rapporten kan bruset ensamt ge en skillnad på en poäng, så skillnaden nämns inte i ord och blir inget förslag till fokus. Den som har filerna ser siffrorna utan brus med --exact.

resource-kind-course = kurs
resource-kind-guide = guide
resource-kind-lesson = lektion
analysis-col-statement = Påstående
analysis-col-n = n
analysis-col-mean = Medel
analysis-col-sd = Sd
analysis-col-floor-ceiling = Golv / tak
analysis-col-item-rest = Item-rest
analysis-col-alpha-without = Alfa utan
analysis-flag-ceiling = över hälften svarade { $max } (tak): påståendet kan inte visa någon utveckling uppåt; gör uppgiften svårare eller mer konkret
analysis-flag-floor = över hälften svarade { $min } (golv): uppgiften kan vara för svår eller ligga utanför de flestas arbete
analysis-flag-low-item-rest = item-rest under 0,3: påståendet hänger dåligt ihop med resten av området; det kan mäta något annat eller vara otydligt
analysis-flag-low-alpha = alfa under 0,7: områdets påståenden hänger för dåligt ihop för att summeras till ett mått
analysis-flag-unreliable = färre än 10 har svarat på alla påståenden i området: siffrorna är osäkra
without-label = (utan etikett)
without-role = (utan roll)
without-workplace = (utan arbetsplats)
# $files, $records, $people
report-counts = { $files ->
        [one] 1 fil
       *[other] { $files } filer
    }, { $records ->
        [one] 1 post
       *[other] { $records } poster
    }, { $people } deltagare
latest-counts-groups = Varje persons senaste försök i varje grupp räknas.
latest-counts = Varje persons senaste försök räknas.
paired-col-area = Område
paired-col-n = n
paired-col-change = Förändring
paired-col-ci = 95 % KI
paired-col-dz = d_z
paired-col-counts = Ökade / samma / minskade
# $area, $change
paired-clear-rose = { $area }: samma personer skattar sig högre efteråt ({ $change }); intervallet ligger helt över noll.
# $area, $change
paired-clear-fell = { $area }: samma personer skattar sig lägre efteråt ({ $change }); intervallet ligger helt under noll.

## The man page

man-section-name = NAMN
man-section-synopsis = SYNOPSIS
man-section-description = BESKRIVNING
man-section-options = FLAGGOR
man-section-commands = KOMMANDON
man-section-exit-status = SLUTSTATUS
man-section-environment = MILJÖ

## The prompts of the test

# $min, $max, $more: the keys after the scale that work here (keep, back).
plain-rate-prompt = Svar ({ $min }–{ $max }{ $more }, ? = hjälp, q = spara och avsluta):{" "}
plain-keys-keep = , Enter = behåll { $current }
plain-keys-abstain = , x = { $label }
plain-keys-back-previous = , b = föregående
plain-keys-back-review = , b = tillbaka till granskningen
plain-rate-empty = En tom rad är inget svar här
plain-rate-not-answer = '{ $input }' är inget svar
# $what, $min, $max, $letters, $current
plain-rate-bad-keep = { $what }: skriv en siffra { $min }–{ $max }, eller { $letters } eller q, eller tryck Enter för att behålla { $current }.
# $what, $min, $max, $letters
plain-rate-bad = { $what }: skriv en siffra { $min }–{ $max }, eller { $letters } eller q.
# $min, $min_label, $max, $max_label
plain-rate-help = Skriv en siffra från { $min } ({ $min_label }) till { $max } ({ $max_label }) och tryck Enter.
plain-rate-help-keep = En tom rad behåller ditt svar { $current }.
plain-rate-help-abstain = x svarar ”{ $label }”, som inte räknas in i något medel.
plain-rate-help-previous = b går tillbaka till föregående påstående.
plain-rate-help-review = b går tillbaka till granskningen utan att ändra svaret.
plain-rate-help-quit = q sparar svaren hittills och avslutar; nästa gång fortsätter du där du slutade.
# $number, $title, $answer
review-row = Påstående { $number }, { $title }: { $answer }
# $number, $title
review-row-abstain = Påstående { $number }, { $title }: ingår inte i mitt arbete
# $number, $title
review-row-unanswered = Påstående { $number }, { $title }: inget svar
# $number, $answer, $title
review-row-answer-first = Påstående { $number } (svar { $answer }): { $title }
# $number, $title
review-row-answer-first-abstain = Påstående { $number } (ingår inte i arbetet): { $title }
# $number, $title
review-row-answer-first-unanswered = Påstående { $number } (inget svar): { $title }
plain-yes-no-default-yes = (j/n, Enter = ja, ? = hjälp)
plain-yes-no-default-no = (j/n, Enter = nej, ? = hjälp)
# The letters that answer yes and no, and the words for them.
key-yes = j
key-no = n
word-yes = ja
word-no = nej
# $input, $enter
plain-yes-no-bad = '{ $input }' är inget svar: skriv j (ja) eller n (nej), tryck Enter för { $enter }, eller ? för hjälp.
plain-yes-no-help = Skriv j och tryck Enter för ja, eller n för nej. En tom rad betyder { $enter }.
# The key hints under a question in the terminal, longest first; the one that fits is shown.
confirm-keys-1 = ↑/↓ och Enter väljer · j = ja · n = nej
confirm-keys-2 = ↑/↓ Enter · j ja · n nej
confirm-keys-3 = j ja · n nej
choose-keys-1 = ↑/↓ och Enter väljer · q = avstå
choose-keys-2 = ↑/↓ Enter · q avstå
choose-keys-3 = q avstå
review-keys-5 = q avsluta
review-save-key = s
review-no-point = Alla dina svar är ”Ingår inte i mitt arbete”, så det finns inget resultat att spara. Välj ett påstående och ge det en siffra, eller avsluta med q.
review-keys-1 = ↑/↓ och Enter väljer · s = spara · q = avsluta, svaren sparas som utkast
review-keys-2 = ↑/↓ och Enter väljer · s = spara · q = avsluta
review-keys-3 = ↑/↓ Enter · s spara · q avsluta
review-keys-4 = s spara · q avsluta
# $min, $max, $back: where Backspace goes ("previous", "review" or "nowhere").
rate-keys-1 = { $min }–{ $max } svarar · ←/→ och Enter{ $back ->
        [previous] {" · "}Backsteg = föregående
        [review] {" · "}Backsteg = tillbaka till granskningen
       *[nowhere] {""}
    } · q = spara och avsluta
# $min, $max, $back
rate-keys-2 = { $min }–{ $max } · ←/→ Enter{ $back ->
        [previous] {" · "}Backsteg = bakåt
        [review] {" · "}Backsteg = granskningen
       *[nowhere] {""}
    } · q = spara och avsluta
# $min, $max, $back
rate-keys-3 = { $min }–{ $max } · ←/→ Enter{ $back ->
        [previous] {" · "}Backsteg = bakåt
        [review] {" · "}Backsteg = granskningen
       *[nowhere] {""}
    } · q = avsluta
# $min, $max, $back
rate-keys-4 = { $min }–{ $max } ←/→ Enter{ $back ->
        [previous] {" · "}⌫ bakåt
        [review] {" · "}⌫ granska
       *[nowhere] {""}
    } · q avsluta
# $min, $max, $back
rate-keys-5 = { $min }–{ $max }{ $back ->
        [previous] {" · "}⌫ bakåt
        [review] {" · "}⌫ granska
       *[nowhere] {""}
    } · q avsluta
rate-keys-6 = q avsluta

## Question sets

set-invalid = { $name } är ingen giltig frågeuppsättning
# $line, $column
set-at-line-column = rad { $line }, kolumn { $column }:{" "}
set-at-line = rad { $line }:{" "}
set-syntax = filen går inte att läsa som en frågeuppsättning i TOML (TOML-läsarens meddelande: { $detail })
set-empty = `{ $key }` saknar värde
# $text, $lang
set-missing-text = { $text }: texten på `{ $lang }` saknas
# $min, $max
set-backwards = skala: `min` ({ $min }) måste vara mindre än `max` ({ $max })
set-zero-min = skala: `min` måste vara minst 1 (en skala börjar på 1)
set-too-long = skala: `max` är { $max }; en skala får ha högst 10 steg
set-none-declared = det finns inga `{ $table }`
set-area-number = område { $n }: `number` måste vara 1 till 9 (det är första siffran i områdets påståendekoder)
set-area-twice = område { $n }: finns två gånger
set-area-empty = område { $n }: har inga påståenden
set-bad-code = påstående '{ $code }': `code` måste vara tre siffror, t.ex. "203"
# $code, $area
set-unknown-area = påstående { $code }: dess område { $area } (kodens första siffra) finns inte bland `[[areas]]`
set-code-twice = påstående { $code }: `code` används två gånger
set-bad-url = resursen { $url }: adressen måste börja med https:// eller http://
set-unsafe = { $place }: innehåller ett styrtecken eller ett osynligt tecken som ändrar textens ordning; ta bort det
set-place-id-or-version = `id` eller `version`
set-place-title-or-welcome = `title` eller `welcome`
set-place-scale = skalan
set-place-area = område { $n }
set-place-statement = påstående { $code }
set-place-resource = en resurs
set-text-area-name = område { $n }: `name`
set-text-statement-text = påstående { $code }: `text`
set-text-statement-title = påstående { $code }: `title`
# $file, $statements, $areas, $min, $max, $set
set-check-ok = { $file }: ok: { $statements ->
        [one] 1 påstående
       *[other] { $statements } påståenden
    } i { $areas ->
        [one] 1 område
       *[other] { $areas } områden
    }, skala { $min }–{ $max } ({ $set })

## The result's story

story-title-previous = Jämfört med ditt förra försök
story-title-earlier = Jämfört med dina tidigare försök
# The clauses of a story line are joined with this word.
story-and = och
# $name, $now, $clauses
story-line = { $name }: { $now } nu, { $clauses }.
story-since-previous = förra gången
story-since-first = första gången, { $date }
# $when, $before, $change
story-higher = högre än { $when } ({ $before }; { $change })
# $when, $before, $change
story-lower = lägre än { $when } ({ $before }; { $change })
# $when, $before
story-same = samma som { $when } ({ $before })

## Legends of tables

# $min, $next, $max, $min_label, $max_label
statements-legend-columns = { $min }–{ $max }: hur många som svarade { $min }, { $next } … { $max } ({ $min } = { $min_label }, { $max } = { $max_label }).
# $min, $next, $max, $min_label, $max_label
statements-legend-columns-chart = Kolumnerna { $min }–{ $max }: hur många som svarade { $min }, { $next } … { $max } ({ $min } = { $min_label }, { $max } = { $max_label }); det är fördelningen som diagrammet visar.
# $high, $low
statements-legend-figures = Median: det mittersta svaret. Spridning: standardavvikelsen, hur mycket svaren skiljer sig åt. ≥ { $high }: andelen som svarade { $high } eller högre. ≤ { $low }: andelen som svarade { $low } eller lägre.

## Excel

xlsx-col-respondent = Deltagar-id
xlsx-col-attempt = Försök
xlsx-col-date = Datum
xlsx-col-label = Etikett
xlsx-col-workplace = Arbetsplats
xlsx-col-role = Roll
xlsx-col-question-set = Frågeuppsättning
xlsx-col-version = Version
xlsx-col-mean = Medelvärde
xlsx-col-median = Median
xlsx-col-sd = Standardavvikelse
xlsx-col-share-high = Andel { $high } eller högre
xlsx-col-share-low = Andel { $low } eller lägre
xlsx-col-ci-low = 95 % KI, nedre
xlsx-col-ci-high = 95 % KI, övre
xlsx-col-rose = Ökade
xlsx-col-same = Samma
xlsx-col-fell = Minskade

## Errors: what digikomp was doing

op-read = kunde inte läsa { $path }
op-read-folder = kunde inte läsa mappen { $path }
op-create-in = kunde inte skapa en fil i { $path }
op-write = kunde inte skriva { $path } (är disken full?)
op-save = kunde inte spara { $path }
op-delete = kunde inte radera { $path }
op-make-private = kunde inte göra { $path } privat (läge 700)
op-lock = kunde inte låsa { $path }
op-create-folder = kunde inte skapa mappen { $path }; kontrollera behörigheterna eller välj en annan med --data-dir
op-no-home = hittar ingen hemmapp för data; sätt DIGIKOMP_DATA_DIR till en mapp
op-answers-file = kunde inte läsa svarsfilen { $path }
op-answers-stdin = kunde inte läsa svar från standard in
op-question-set = kunde inte läsa frågeuppsättningen { $path }
op-question-set-not-utf8 = frågeuppsättningen { $path } är inte UTF-8-text
op-stdout = kunde inte skriva till standard ut
op-stdin = kunde inte läsa från standard in
op-terminal = kunde inte läsa eller skriva terminalen
op-render = kunde inte göra rapporten i formatet { $format }; rapportera gärna det som ett fel
op-encode-json = kunde inte skriva JSON; rapportera gärna det som ett fel

## Errors: what the system said

io-not-found = filen eller mappen finns inte
io-permission-denied = åtkomst nekad
io-already-exists = finns redan
io-storage-full = disken är full
io-is-a-directory = är en mapp
io-not-a-directory = är inte en mapp
io-invalid-data = ogiltiga data
io-unexpected-eof = slutar för tidigt
io-read-only = filsystemet är skrivskyddat
io-would-block = är inte en vanlig fil (den skulle blockera)
io-bad-name = namnet går inte att använda (för långt eller med otillåtna tecken)
io-quota = din diskkvot är slut
io-file-too-large = filen blir för stor för filsystemet
io-busy = används av ett annat program; försök igen om en stund
io-folder-not-empty = mappen är inte tom
io-network = nätverksenheten svarar inte; försök igen
io-too-many-links = för många länkar till filen
io-crosses-devices = går inte att flytta mellan två enheter
io-out-of-memory = minnet räckte inte
io-link-loop = länkarna leder runt i en cirkel (eller för djupt) och når aldrig en fil
io-no-device = ingen enhet svarar bakom filen
io-other = systemfel { $code }
io-unknown = okänt fel

## Errors: files

read-io = går inte att läsa ({ $why })
read-not-regular = inte en vanlig fil
read-folder = är en mapp
read-too-large = större än { $limit } byte, för stor för den här sortens fil
json-wrong-kind = inte en { $expected }-fil
# $found, $supported
json-newer = skriven med schemaversion { $found }, nyare än den här digikomp förstår ({ $supported }); uppgradera digikomp för att läsa den
json-damaged = skadad: { $place }
# $what, $line, $column
json-at = { $what } på rad { $line } kolumn { $column }
json-fault-io = går inte att läsa
json-fault-syntax = inte giltig JSON
json-fault-data = ett värde av fel sort, eller ett som saknas,
json-fault-eof = slutar för tidigt
# $code, $line, $column
json-answered-twice = påstående { $code } är besvarat två gånger, på rad { $line } kolumn { $column }
skip-not-json-name = inte en .json-fil
file-draft = utkastet
file-plans = handlingsplanen
file-profile = profilen
# $file, $path
unusable-newer = { $file } { $path } är skriven av en nyare version av digikomp; uppgradera digikomp för att läsa den
# $path, $why
unusable-draft = utkastet { $path } går inte att använda ({ $why }); börja om med `digikomp take --restart`
# $path, $why
unusable-plans = handlingsplanen { $path } går inte att använda ({ $why }); flytta undan den för att börja en ny plan
# $path, $why
unusable-profile = profilen { $path } går inte att använda ({ $why }); ta bort den för att få ett nytt deltagar-id
# $path, $from
data-dir-broken-link = datamappen { $path } ({ $from }) är en länk som inte leder till någon mapp (den pekar på något som inte finns, eller runt i en cirkel); rätta länken eller välj en annan mapp med --data-dir
# $path, $from
data-dir-is-file = datamappen { $path } ({ $from }) är en fil, inte en mapp; flytta undan den eller välj en annan med --data-dir
bad-statement-code = '{ $code }' är ingen påståendekod (tre siffror, t.ex. 203)
# $given, $codes
unknown-lang = okänt språk '{ $given }': använd { $codes }

## Errors: other people's files

file-nested-folder = är en mapp i en mapp (bara en nivå läses)
file-folder = går inte att läsa mappen ({ $why })
bad-not-utf8 = inte UTF-8-text
bad-empty = tom fil
bad-no-records = filen har inga svar
bad-not-json-export = inte en JSON-export från digikomp ({ $why })
bad-wrong-kind = inte en export från digikomp (dess kind är inte { $kind })
# $found, $supported
bad-newer = exportens schemaversion { $found } är nyare än den här digikomp läser ({ $supported }); uppgradera digikomp
bad-not-csv = inte en CSV-export ({ $why })
bad-missing-columns = inte en CSV-export från digikomp (kolumnerna `respondent`, `attempt_id`, `question_set` och `question_set_version` behövs)
bad-two-columns = påstående { $code } har två kolumner i rubrikraden
bad-no-statement-columns = inga kolumner för påståenden (tresiffriga koder) i rubrikraden
bad-unknown-code = påstående { $code } finns inte i frågeuppsättningen
# $found, $expected
bad-other-set = använder frågeuppsättningen '{ $found }', inte '{ $expected }'; kör workshop med --questions för den
bad-no-identity = `respondent` eller `attempt_id` är tomt
# $code, $value, $min, $max
bad-out-of-scale = påstående { $code } är { $value }, utanför skalan { $min }–{ $max }
# $code, $value
bad-not-a-rating = påstående { $code } är '{ $value }', inte ett svar på skalan
bad-date = datumet '{ $date }' är inte ett datum (år-månad-dag eller år-månad)
bad-no-answers = inga svar
bad-too-large = större än 64 MB, för stor för en JSON-export
bad-long-line = har en rad längre än 1 MB: inte en export
# $column, $max
bad-long-text = fältet { $column } är längre än { $max } tecken: inget namn är så långt
bad-future-date = daterad { $date }, efter i dag: ett svar från framtiden kunde ersätta någons riktiga svar
# $line, $problem
bad-line = rad { $line }: { $problem }
# $record, $problem
bad-record = svar { $record }: { $problem }
unreadable-cannot-read = går inte att läsa
unreadable-not-csv = går inte att läsa som CSV
# $found, $expected
unreadable-field-count = en rad har { $found } fält där rubrikraden har { $expected }
no-exports-found = hittade inga .csv- eller .json-filer i { $path }; ge workshop exporterna från `digikomp export`, eller mappen där de ligger

## The command line: the help of every command and flag

cmd-digikomp-about = En självskattning av digital kompetens för personal på folkbibliotek.
cmd-digikomp-long-about = 
    En självskattning av digital kompetens för personal på folkbibliotek.

    24 påståenden om digitala uppgifter i biblioteksarbetet, som du skattar från 1 (mycket osäker) till 7 (mycket säker), ordnade i DigComps fem områden. Gör testet igen och igen för att se hur du utvecklas; ta med en export till en workshop.
cmd-digikomp-after-help = 
    Slutkoder:
      0    det gick bra
      1    fel (ett meddelande på stderr säger vad som gick fel och vad du kan göra)
      2    fel i kommandoraden (en felaktig flagga eller ett felaktigt värde)
      130  avbrutet med Ctrl-C (129: SIGHUP, 143: SIGTERM); svaren hittills sparas som ett utkast

    Miljövariabler:
      DIGIKOMP_DATA_DIR   var försöken sparas (--data-dir går före)
      DIGIKOMP_LANG       sv eller en (--lang går före)
      DIGIKOMP_QUESTIONS  en annan frågeuppsättning än den inbyggda (--questions går före)
      NO_COLOR            stäng av färg (--color går före)
arg-global-lang = Språk för allt som skrivs ut: sv (svenska) eller en (engelska) [standard: sv]
arg-global-data-dir = Datamapp (försök, utkast, handlingsplan och profil) [standard: $DIGIKOMP_DATA_DIR, annars plattformens datamapp]
arg-global-questions = Använd en annan frågeuppsättning (TOML) i stället för den inbyggda
arg-global-color = När färg ska användas
arg-global-plain = Enkelt läge för skärmläsare: meningar och listor utan ramar, staplar eller tecken som bara syns; take frågar rad för rad (väljs av sig självt med TERM=dumb)
arg-global-quiet = Skriv inga meddelanden på stderr, bara fel (data på stdout ändras inte)
cmd-take-about = Gör självskattningen och se ditt resultat
cmd-take-after-help = 
    Exempel:
      digikomp take                           svara i terminalen
      digikomp take --label "före kursen"     märk försöket, t.ex. före en kurs
      digikomp take --lang en                 på engelska
      digikomp take --plain                   rad för rad, för skärmläsare
      printf '5\n6\n4\n…' | digikomp take     svaren skickas in rad för rad
      digikomp take --answers 5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5
      echo "105=5 106=6 …" | digikomp take --answers-file -
arg-take-label = En etikett för försöket, t.ex. "före kursen" eller "efter kursen"
arg-take-answers = Svara utan frågor: ett värde per påstående i samma ordning som i `digikomp questions` (5,6,4,…), eller par av kod=värde (105=5 106=6 …)
arg-take-answers-file = Läs svaren (i samma former som --answers) från FIL, eller från stdin med -
arg-take-restart = Släng ett ofullständigt test utan att fråga och börja om
arg-take-json = Skriv ut det sparade försöket och dess poäng som JSON i stället för resultatskärmen
cmd-results-about = Visa resultatet av ett försök (det senaste om du inte väljer) med alla svar
cmd-results-after-help = 
    Exempel:
      digikomp results              det senaste försöket
      digikomp results 2c64         försöket vars id börjar med 2c64
      digikomp results --json
arg-results-id = Försökets id, eller dess första tecken (se `digikomp history`)
arg-results-json = Skriv ut JSON i stället för resultatskärmen
cmd-history-about = Lista dina sparade försök, det nyaste sist
cmd-history-after-help = 
    Exempel:
      digikomp history
      digikomp history --json
arg-history-json = Skriv ut JSON i stället för en tabell
cmd-progress-about = Jämför dina försök över tid, per område eller per påstående
cmd-progress-after-help = 
    Exempel:
      digikomp progress
      digikomp progress --by-statement
      digikomp progress --last 3
      digikomp progress --since 2026-01-01 --json
arg-progress-by-statement = Visa även de 24 påståendena, med de största ökningarna och minskningarna
arg-progress-last = Bara de N senaste försöken
arg-progress-since = Bara försök från och med detta datum (år-månad-dag)
arg-progress-json = Skriv ut JSON i stället för tabeller
cmd-delete-about = Radera ett sparat försök, eller alla dina data
cmd-delete-after-help = 
    Exempel:
      digikomp delete 2c64          frågar innan något raderas
      digikomp delete 2c64 --yes
      digikomp delete --all
arg-delete-id = Försökets id, eller dess första tecken
arg-delete-all = Radera alla försök, utkastet, handlingsplanen och profilen
arg-delete-yes = Fråga inte om bekräftelse
cmd-profile-about = Visa eller ändra vad du delar i exporter (arbetsplats, roll); ditt deltagar-id
cmd-profile-after-help = 
    Exempel:
      digikomp profile
      digikomp profile --workplace "Stadsbiblioteket" --role bibliotekarie
      digikomp profile --clear
arg-profile-workplace = Din arbetsplats, som delas i exporter (tom text tar bort den)
arg-profile-role = Din roll, som delas i exporter (tom text tar bort den)
arg-profile-clear = Ta bort arbetsplats och roll
arg-profile-json = Skriv ut JSON
cmd-plan-about = Visa din handlingsplan, eller lägg till och stäng punkter i den
cmd-plan-after-help = 
    Exempel:
      digikomp plan                                   öppna punkter, skattningen då och nu
      digikomp plan --all                             även stängda punkter
      digikomp plan add                               välj bland dina lägsta skattningar (terminal)
      digikomp plan add --statement 107 --goal "gå kursen om källkritik" --due 2027-03-01
      digikomp plan add --area 4 --goal "lär mig mer om it-säkerhet"
      digikomp plan close 3f9a2c1b
arg-plan-all = Även stängda punkter
arg-plan-json = Skriv ut JSON
cmd-plan-add-about = Lägg till en punkt (högst tre är öppna samtidigt)
cmd-plan-add-after-help = 
    Exempel:
      digikomp plan add                               välj bland dina lägsta skattningar (terminal)
      digikomp plan add --statement 107 --goal "gå kursen om källkritik" --due 2027-03-01
      digikomp plan add --area 4 --goal "lär mig mer om it-säkerhet"
arg-plan-add-statement = Ett påstående att arbeta med, med dess kod
arg-plan-add-area = Ett område att arbeta med, med dess nummer
arg-plan-add-goal = Vad du ska göra, t.ex. "gå Digitekets kurs om källkritik"
arg-plan-add-due = Senast när (år-månad-dag)
cmd-plan-close-about = Stäng en punkt; den finns kvar i historiken
cmd-plan-close-after-help = 
    Exempel:
      digikomp plan close 3f9a2c1b
      digikomp plan close 3f9a
arg-plan-close-id = Punktens id (eller dess första tecken)
cmd-export-about = Exportera dina resultat att ta med till en workshop (CSV, JSON, Markdown, HTML, Excel)
cmd-export-after-help = 
    Exempel:
      digikomp export -o mina-resultat.csv            senaste försöket, CSV som Excel kan läsa
      digikomp export --all -o mina-resultat.json     alla försök, för den som leder workshoppen
      digikomp export --all --format html -o rapport.html
      digikomp export --anonymous --format json -
arg-export-format = Filformat [standard: efter filändelsen i -o, annars csv]
arg-export-latest = Bara det senaste försöket (det som gäller om du inte väljer)
arg-export-attempt = Bara detta försök (id eller dess första tecken)
arg-export-all = Alla försök
arg-export-output = Skriv till FIL (- för stdout) [standard: stdout]
arg-export-force = Ersätt en befintlig fil
arg-export-anonymous = En export som inte kan kopplas till dig: en pseudonym för studien, bara månaden för varje datum, ingen arbetsplats eller roll
arg-export-study = Studien som en anonym export är till för, t.ex. "Höst 2026" (du får frågan om den saknas)
arg-export-no-label = Utelämna etiketten (omgången) i en anonym export
arg-export-with-plan = Ta med din handlingsplan (json, md och html; aldrig annars)
arg-export-delimiter = Avgränsare i CSV: ; passar Excel och LibreOffice med svenska inställningar, , andra
cmd-workshop-about = Slå ihop många personers exporter till gruppens profil (för den som leder workshoppen)
cmd-workshop-after-help = 
    Exempel:
      digikomp workshop exports/
      digikomp workshop anna.csv bo.json cecilia.csv
      digikomp workshop exports/ --group-by workplace      varje arbetsplats i varje omgång
      digikomp workshop exports/ --exact                   exakta siffror, inte för att dela
      digikomp workshop exports/ -o grupp.html             för projektorn
      digikomp workshop exports/ -o grupp.xlsx
arg-workshop-inputs = Exportfiler (CSV eller JSON), eller mappar med sådana
arg-workshop-format = Utdataformat [standard: efter filändelsen i -o, annars table]
arg-workshop-output = Skriv till FIL (- för stdout) [standard: stdout]
arg-workshop-force = Ersätt en befintlig fil
arg-workshop-group-by = Dela varje omgång (etikett) efter arbetsplats eller roll; label är standard: varje omgång för sig
arg-workshop-high = En skattning på N eller högre räknas som hög [standard: ett steg under skalans topp, 6 på 1–7]
arg-workshop-low = En skattning på N eller lägre räknas som låg [standard: ett steg under mitten, 3 på 1–7]
arg-workshop-strict = Avbryt vid första filen som inte går att använda, i stället för att hoppa över den
arg-workshop-merge = Slå ihop två stavningar av en omgång: "Före kursen=före" (kan upprepas)
arg-workshop-compare = Jämför dessa två omgångar (etiketter) [standard: den första och den senaste]
arg-workshop-min-group = Visa inga siffror om färre än K personer (3 eller fler)
arg-workshop-delimiter = Avgränsare i CSV för --format csv
cmd-analyze-about = Analys av påståendena i många personers exporter, för att pröva en frågeuppsättning
cmd-analyze-after-help = 
    Exempel:
      digikomp analyze exports/
      digikomp analyze exports/ --json > analys.json
      digikomp --questions min-region.toml analyze pilot/
arg-analyze-inputs = Exportfiler (CSV eller JSON), eller mappar med sådana
arg-analyze-json = Skriv ut JSON i stället för tabeller
arg-analyze-strict = Avbryt vid första filen som inte går att använda, i stället för att hoppa över den
cmd-learn-about = Bläddra i lärbiblioteket ”Jag vill lära mig mer!”: kurser, artiklar och övningar till varje påstående
cmd-learn-after-help = 
    Exempel:
      digikomp learn                                  hela lärbiblioteket
      digikomp learn --for-me                         förslag utifrån ditt resultat och din plan
      digikomp learn --area 4 --max-minutes 20        säkerhet, högst 20 minuter
      digikomp learn --statement 410 --group          att göra tillsammans
      digikomp learn --public                         material för att lära besökare
      digikomp learn circle 1 -o cirkel.html          en studiecirkel om område 1
      digikomp learn done uu-ub-sokteknik             anteckna att du gått igenom en resurs
      digikomp learn --check --resources vara.toml    kontrollera ett eget lärbibliotek
arg-learn-area = Bara resurser för området (1–5)
arg-learn-competence = Bara resurser för kompetensen i DigComp 2.2, t.ex. 4.2
arg-learn-statement = Bara resurser för påståendet, med dess kod
arg-learn-level = Bara resurser på nivån
arg-learn-max-minutes = Bara resurser som tar högst så många minuter
arg-learn-group = Bara resurser att gå igenom tillsammans
arg-learn-public = Bara material för att lära besökare
arg-learn-for-me = Förslag utifrån ditt senaste resultat och din handlingsplan, bäst först
arg-learn-json = Skriv ut JSON
arg-learn-resources = Ett eget lärbibliotek (TOML) att lägga till det inbyggda; samma id ersätter
arg-learn-check = Kontrollera lärbiblioteket och visa varje fel
cmd-learn-circle-about = Skriv en guide för en studiecirkel om ett område: 3–4 träffar med frågor att samtala om
cmd-learn-circle-after-help = 
    Exempel:
      digikomp learn circle 1
      digikomp learn circle 4 -o cirkel.html
      digikomp learn circle 2 --format md -o cirkel.md
arg-learn-circle-area = Området (1–5)
arg-learn-circle-format = Filformat (md eller html) [standard: efter filändelsen i -o, annars md]
arg-learn-circle-output = Skriv till filen i stället för standard ut
arg-learn-circle-force = Ersätt filen om den finns
arg-learn-circle-resources = Ett eget lärbibliotek (TOML) att lägga till det inbyggda
cmd-learn-done-about = Anteckna att du har gått igenom en resurs; punkten i handlingsplanen den hör till får veta det
cmd-learn-done-after-help = 
    Exempel:
      digikomp learn done uu-ub-sokteknik
arg-learn-done-id = Resursens id, som `digikomp learn` visar
arg-learn-done-resources = Ett eget lärbibliotek (TOML) att lägga till det inbyggda
cmd-questions-about = Lista påståendena i frågeuppsättningen
cmd-questions-after-help = 
    Exempel:
      digikomp questions
      digikomp questions --lang en
      digikomp questions --json > set.json
      digikomp questions --check min-region.toml
arg-questions-json = Skriv ut uppsättningen som JSON
arg-questions-check = Kontrollera en frågeuppsättning (TOML) och visa varje problem med dess rad
cmd-paths-about = Visa var digikomp sparar sina data, och varifrån varje sökväg kommer
cmd-paths-after-help = 
    Exempel:
      digikomp paths
      digikomp --data-dir /media/usb/digikomp paths
      digikomp paths --json
arg-paths-json = Skriv ut JSON i stället för en tabell
cmd-completions-about = Skriv ut kompletteringar för skalet till stdout
cmd-completions-after-help = 
    Exempel:
      digikomp completions bash > ~/.local/share/bash-completion/completions/digikomp
      digikomp completions zsh > ~/.zfunc/_digikomp
      digikomp completions fish > ~/.config/fish/completions/digikomp.fish
      digikomp completions powershell >> $PROFILE
arg-completions-shell = Skalet
cmd-man-about = Skriv ut manualsidan (roff) till stdout
cmd-man-after-help = 
    Exempel:
      digikomp man > ~/.local/share/man/man1/digikomp.1
      digikomp man | man -l -
cmd-help-about = Visa den här hjälpen eller hjälpen för ett kommando
arg-global-help = Visa hjälp
arg-global-version = Visa version

## The command line: headings, placeholders and markers

cli-usage-heading = Användning:
cli-commands-heading = Kommandon
cli-arguments-heading = Argument
cli-global-options-heading = Flaggor för alla kommandon
cli-options-heading = Flaggor
cli-command-value = KOMMANDO
cli-options-value = [FLAGGOR]
cli-help-more = Visa hjälp (mer med '--help')
cli-help-summary = Visa hjälp (en sammanfattning med '-h')
cli-marker-default = [standard: { $values }]
cli-marker-possible = [möjliga värden: { $values }]
cli-marker-env = [miljövariabel: { $name }]
value-file = FIL
value-dir = MAPP
value-file-or-dir = FIL|MAPP
value-text = TEXT
value-n = N
value-k = K
value-date = DATUM
value-lang = SPRÅK
value-when = NÄR
value-code = KOD
value-id = ID
value-name = NAMN
value-field = FÄLT
value-from-into = FRÅN=TILL
value-before = FÖRE
value-after = EFTER
value-values = SVAR
value-format = FORMAT
value-delimiter = TECKEN
value-shell = SKAL
value-level = NIVÅ
value-min = MINUTER
value-c = KOMPETENS
value-area = OMRÅDE
value-command = KOMMANDO

## The command line: usage errors

# $problem, $help
usage-error = { $problem } { $help }
see-help = Se '{ $command } --help'.
did-you-mean = {" "}Menade du '{ $suggestion }'?
# A list in a sentence: "a, b eller c". $init is the items before the last, joined with list-separator.
list-separator = ,{" "}
# $init, $last
list-or = { $init } eller { $last }
# $init, $last
list-and = { $init } och { $last }
# $given, $suggestion
usage-unknown-command = okänt kommando '{ $given }'.{ $suggestion }
# $given, $suggestion
usage-unknown-flag = okänd flagga '{ $given }'.{ $suggestion }
usage-unexpected-argument = '{ $given }' passar inte här: kommandot tar inte fler argument.
# $value, $flag, $allowed, $suggestion
usage-not-allowed = '{ $value }' går inte för { $flag }: välj { $allowed }.{ $suggestion }
usage-bad-value = { $reason }.
usage-needs-value = { $flag } behöver ett värde.
usage-missing = det saknas { $what }.
usage-missing-command = välj ett kommando: { $valid }.
# $flag, $other
usage-conflict = { $flag } går inte att använda tillsammans med { $other }.
usage-conflict-any = { $flag } går inte att använda tillsammans med de andra flaggorna.
usage-no-equals = { $flag } behöver sitt värde efter ett likhetstecken, t.ex. { $flag }=VÄRDE.
# $flag, $value
usage-too-many-values = { $flag } tar inte fler värden: '{ $value }' blir över.
# $flag, $expected, $actual
usage-wrong-number-of-values = { $flag } tar { $expected } värden, men fick { $actual }.
usage-invalid-utf8 = ett argument är inte giltig text (UTF-8).
usage-other = kommandoraden går inte att läsa ({ $text })
# $flag, $min
value-at-least = { $flag } måste vara minst { $min }
# $flag, $max
value-at-most = { $flag } får vara högst { $max }
# $flag, $max
value-too-long = { $flag } får vara högst { $max } tecken lång; skriv en kortare text
# $value, $flag, $min
value-not-whole-at-least = '{ $value }' är inget heltal: { $flag } måste vara minst { $min }
# $value, $flag
value-not-small-number = '{ $value }' är inget heltal från 0 till 255 ({ $flag })
# $max
text-too-long = högst { $max } tecken; skriv en kortare text
value-not-date = '{ $value }' är inget datum: skriv år-månad-dag, t.ex. 2026-01-31
value-not-delimiter = '{ $value }' är ingen avgränsare: använd ; eller , eller \t
value-not-code = '{ $value }' är ingen påståendekod (tre siffror, t.ex. 203)
# $value, $flag
value-not-for = '{ $value }' går inte för { $flag }

## Checking a catalogue (digikomp i18n --check FILE)

ftl-syntax = Fluent kan inte läsa det här: { $text }
ftl-no-value = meddelandet '{ $id }' har ingen text
ftl-attributes = meddelandet '{ $id }' har attribut; digikomps kataloger använder inga
ftl-bad-id = '{ $id }' är inget giltigt id: använd små bokstäver, siffror och bindestreck
ftl-twice = meddelandet '{ $id }' finns två gånger
ftl-missing = meddelandet '{ $id }' saknas
ftl-extra = meddelandet '{ $id }' används inte av programmet
# $id, $var
ftl-lacks-var = meddelandet '{ $id }' använder inte variabeln ${ $var }
# $id, $var
ftl-unknown-var = meddelandet '{ $id }' använder variabeln ${ $var }, som programmet inte skickar
# $id, $var
ftl-not-a-number = meddelandet '{ $id }' väljer form efter ${ $var }, som programmet skickar som text; säg till en utvecklare
# $file, $n
ftl-check-ok = { $file }: ok: { $n ->
        [one] 1 meddelande
       *[other] { $n } meddelanden
    }, samma som programmets
# $file, $n
ftl-check-failed = { $file } har { $n ->
        [one] 1 problem; rätta det och kontrollera igen
       *[other] { $n } problem; rätta dem och kontrollera igen
    }

## The command line: i18n

cmd-i18n-about = Visa språken digikomp talar, eller kontrollera en översättning (.ftl)
cmd-i18n-after-help =
    Exempel:
      digikomp i18n                      språken, med kod och namn
      digikomp i18n --check fi.ftl       vad en ny översättning saknar
arg-i18n-check = Kontrollera en katalog (Fluent, .ftl) mot programmet och visa varje problem med sin rad

## The group report's protection (statistical disclosure control)

# $min, $small, $noise, $shift
protection-perturbed = Siffrorna är skyddade så att ingen persons svar kan räknas fram, inte heller genom att jämföra flera rapporter: ingen siffra om färre än { $min } personer visas, för färre än { $small } personer visas bara medlet, och allt räknas av svar med brus: varje persons svar har ett eget brus, detsamma i varje rapport (högst ±{ $noise } på ett svar, varav ±{ $shift } gemensamt för ett område). Medlen påverkas mindre ju fler personerna är (för 10 personer oftast mindre än 0,5, för 40 mindre än 0,25), fördelningarna och andelarna mer: de är av svaren med brus.
protection-exact = EXAKTA SIFFROR, INTE FÖR ATT DELA: rapporten gjordes med --exact för den som leder workshoppen och har filerna. Varje grupp om minst { $min } personer visas utan brus och utan skydd mot att rapporter jämförs. Dela den skyddade rapporten (utan --exact).
rounds-apart = Filerna har { $n } omgångar (etiketter); varje omgång visas för sig och omgångarna blandas aldrig. Varje persons senaste försök i varje omgång räknas.
# $file, $n, $date
future-records-left-out = { $file }: { $n ->
        [one] 1 post är daterad { $date }, efter i dag, och räknades inte
       *[other] { $n } poster är daterade efter i dag (den första { $date }) och räknades inte
    }; resten av filen användes
future-records = { $n ->
        [one] 1 post var daterad efter i dag och räknades inte: ett svar från framtiden kunde ersätta någons riktiga svar.
       *[other] { $n } poster var daterade efter i dag och räknades inte: ett svar från framtiden kunde ersätta någons riktiga svar.
    }
id-clashes = { $n ->
        [one] 1 post har samma försöks-id som en annan post från samma deltagare men säger något annat (t.ex. en kopierad datamapp); båda är med, och för varje omgång räknas deltagarens senaste.
       *[other] { $n } poster har samma försöks-id som en annan post från samma deltagare men säger något annat (t.ex. en kopierad datamapp); alla är med, och för varje omgång räknas deltagarens senaste.
    }
anonymous-copies = { $n ->
        [one] 1 anonym post var samma försök som en namngiven (samma svar, omgång och månad) och räknas en gång.
       *[other] { $n } anonyma poster var samma försök som namngivna (samma svar, omgång och månad) och räknas en gång.
    }
# $round, $group
group-in-round = { $round } · { $group }
mean-only-small = Med färre än { $small } personer bakom en siffra visas bara medlet: median, spridning, fördelning och andelar skulle låta var och en i en liten grupp räkna ut de andras svar.
hidden-fewer = –: visas inte, färre än { $min } personer bakom siffran.
skipped-more = { $n ->
        [one] … och 1 fil till gick inte att använda (--strict gör det till ett fel).
       *[other] … och { $n } filer till gick inte att använda (--strict gör det till ett fel).
    }
skipped-count = { $n ->
        [one] 1 fil kunde inte användas (filerna namnges bara i terminalen):
       *[other] { $n } filer kunde inte användas (filerna namnges bara i terminalen):
    }
paired-no-effect = d_z –: förändringarna är nästan lika för alla, så det finns ingen spridning att mäta effekten mot.
compare-no-rounds = ingen omgång heter '{ $given }': filerna har inga omgångar alls (inga etiketter); en omgång får sin etikett med `digikomp take --label "före kursen"`
# $given, $rounds
compare-unknown = ingen omgång heter '{ $given }'; omgångarna i filerna är { $rounds }
compare-same = --compare jämför omgången '{ $round }' med sig själv; välj två olika omgångar
arg-workshop-exact = Exakta siffror för den som leder workshoppen: varje grupp om minst K utan brus; markerad som inte för att dela
xlsx-sheet-notes = Om rapporten
areas-legend-mean-only = Medel: medlet av varje persons medel i området.
# $area, $change, $small
paired-mean-only = { $area }: samma personer ändrade sig { $change } i medel; med färre än { $small } personer visas inget intervall, så det går inte att säga hur säker förändringen är.
arg-analyze-exact = Exakta siffror utan brus, för den som har filerna; visar allt om minst 3 personer
# $least, $noise
analysis-protected = Siffrorna är skyddade som i workshoprapporten: inget visas om färre än { $least } personer, medel, spridningar, golv och tak räknas av svaren med sitt brus, och korrelationer och alfa har ett brus på högst ±{ $noise }, detsamma för samma personer. --exact visar exakta siffror för den som har filerna.

## ambassador

cmd-ambassador-about = För ambassadörer: mötespaket, terminsplan, logg och lärpar för kollegerna
cmd-ambassador-after-help = 
    Exempel:
      digikomp ambassador pack exports/ -o mote.html      mötespaket att skriva ut
      digikomp ambassador term --start 2027-01-18         tre träffar under terminen
      digikomp ambassador log add --attended 7 --focus 4 --decision "Vi provar lösenordshanterare"
      digikomp ambassador log show exports/               gjort bredvid det som rört sig
      digikomp ambassador match exports/                  lärpar av dem som valt att vara med
cmd-ambassador-pack-about = Ett mötespaket utifrån gruppens profil: fokusområden, frågor, övning, scenario och material
cmd-ambassador-pack-after-help = 
    Exempel:
      digikomp ambassador pack exports/
      digikomp ambassador pack exports/ -o mote.html      A4, att skriva ut
      digikomp ambassador pack exports/ --format md > mote.md
arg-ambassador-pack-inputs = Kollegernas exportfiler (CSV eller JSON), eller mappar med sådana
arg-ambassador-pack-format = Filformat: md eller html [standard: efter filändelsen i -o, annars text i terminalen]
arg-ambassador-pack-output = Skriv till FIL (.md eller .html; - för stdout)
arg-ambassador-pack-force = Ersätt en befintlig fil
arg-ambassador-pack-json = Skriv ut JSON
arg-ambassador-pack-strict = Avbryt om någon fil inte går att använda
cmd-ambassador-term-about = Terminens tre träffar med datum; sparas i datamappen
cmd-ambassador-term-after-help = 
    Exempel:
      digikomp ambassador term                            den sparade planen, eller en ny från i dag
      digikomp ambassador term --start 2027-01-18         ny plan: träffar var sjätte vecka
      digikomp ambassador term --weeks 4 -o termin.html
arg-ambassador-term-start = Dagen för första träffen (år-månad-dag); gör en ny plan
arg-ambassador-term-weeks = Veckor mellan träffarna, 2–12 [standard: 6]; gör om planen från samma första dag
arg-ambassador-term-format = Filformat: md eller html [standard: efter filändelsen i -o, annars text i terminalen]
arg-ambassador-term-output = Skriv till FIL (.md eller .html; - för stdout)
arg-ambassador-term-force = Ersätt en befintlig fil
arg-ambassador-term-json = Skriv ut JSON
cmd-ambassador-log-about = Träffarnas logg: datum, hur många som kom, fokus, beslut och åtgärder
cmd-ambassador-log-add-about = För in en träff i loggen (antal, aldrig namn)
cmd-ambassador-log-add-after-help = 
    Exempel:
      digikomp ambassador log add --date 2027-01-18 --attended 7 --focus 4 --decision "Vi provar lösenordshanterare" --action "Visa BankID-appen för en besökare"
arg-ambassador-log-add-date = Träffens datum (år-månad-dag) [standard: i dag]
arg-ambassador-log-add-attended = Hur många som kom
arg-ambassador-log-add-focus = Fokusområdets nummer (kan upprepas)
arg-ambassador-log-add-decision = Ett beslut (kan upprepas)
arg-ambassador-log-add-action = En åtgärd att göra till nästa gång (kan upprepas)
cmd-ambassador-log-done-about = Markera en åtgärd som gjord
arg-ambassador-log-done-id = Åtgärdens id (eller dess första tecken)
arg-ambassador-log-done-date = När den blev gjord (år-månad-dag) [standard: i dag]
cmd-ambassador-log-show-about = Visa loggen; med exporter även det som rört sig i fokusområdena
arg-ambassador-log-show-inputs = Kollegernas exporter från två omgångar (CSV eller JSON), eller mappar med sådana
arg-ambassador-log-show-format = Filformat: md eller html [standard: efter filändelsen i -o, annars text i terminalen]
arg-ambassador-log-show-output = Skriv till FIL (.md eller .html; - för stdout)
arg-ambassador-log-show-force = Ersätt en befintlig fil
arg-ambassador-log-show-json = Skriv ut JSON
arg-ambassador-log-show-strict = Avbryt om någon fil inte går att använda
cmd-ambassador-match-about = Lärpar och smågrupper av kolleger som valt att vara med, utan några skattningar
cmd-ambassador-match-after-help = 
    Exempel:
      digikomp ambassador match exports/
      digikomp ambassador match exports/ --max-learners 2 -o larpar.html
arg-ambassador-match-inputs = Kollegernas JSON-exporter, eller mappar med sådana
arg-ambassador-match-max-learners = Högst så många att hjälpa per hjälpare, 1–20 [standard: 3]
arg-ambassador-match-format = Filformat: md eller html [standard: efter filändelsen i -o, annars text i terminalen]
arg-ambassador-match-output = Skriv till FIL (.md eller .html; - för stdout)
arg-ambassador-match-force = Ersätt en befintlig fil
arg-ambassador-match-json = Skriv ut JSON
cmd-ambassador-check-about = Kontrollera formatet på ambassadörens innehåll (utan FIL: det inbyggda)
arg-ambassador-check-file = En innehållsfil i TOML att kontrollera
arg-export-learning-match = Var med i kollegialt lärande: lägg till vad du kan hjälpa till med och vill lära dig (JSON)
arg-export-display-name = Namnet som kollegerna ser när ni matchas
file-ambassador-term = terminsplanen
file-ambassador-log = ambassadörens logg
# $path, $why
unusable-ambassador-term = terminsplanen { $path } går inte att använda ({ $why }); gör en ny med `digikomp ambassador term --start DATUM`
# $path, $why
unusable-ambassador-log = loggen { $path } går inte att använda ({ $why }); flytta undan den för att börja en ny logg
amb-output-extension = { $path } har varken .md eller .html som filändelse; välj format med --format md eller --format html
amb-bundled-name = det inbyggda innehållet
# $name, $version
amb-check-ok = { $name }: version { $version }, inga fel.
# $name, $n
amb-check-failed = { $n ->
        [one] { $name } har 1 fel
       *[other] { $name } har { $n } fel
    }
# $line, $column, $detail
amb-problem-syntax = rad { $line }, kolumn { $column }: inte innehåll av rätt form ({ $detail })
amb-problem-empty = { $key } är tomt
amb-problem-area-missing = område { $area } saknas
amb-problem-area-twice = område { $area } finns två gånger
amb-problem-area-unknown = område { $area } finns inte i frågeuppsättningen (1–5)
# $area, $n
amb-problem-questions = område { $area } har { $n } frågor; det ska vara exakt 3
# $area, $minutes
amb-problem-minutes = övningen i område { $area } tar { $minutes } minuter; den ska ta 15–30
# $area, $n
amb-problem-steps = övningen i område { $area } har { $n } steg; den ska ha 3–5
# $at, $lang
amb-problem-missing-text = { $at } saknar text på { $lang }
amb-problem-unsafe = { $at } har ett styrtecken eller ett osynligt tecken
amb-problem-meetings = träffarna ska vara start, middle och end, i den ordningen
amb-problem-no-agenda = träffen { $key } har ingen dagordning
amb-pack-title = Mötespaket för ambassadören
amb-pack-intro = { $n ->
        [one] Gruppens profil bygger på 1 persons senaste svar. Siffrorna är skyddade som i workshoprapporten: ingen enskild persons svar går att läsa ut.
       *[other] Gruppens profil bygger på { $n } personers senaste svar. Siffrorna är skyddade som i workshoprapporten: ingen enskild persons svar går att läsa ut.
    }
# $n, $round
amb-pack-intro-round = { $n ->
        [one] Gruppens profil bygger på 1 persons svar i omgången { $round }. Siffrorna är skyddade som i workshoprapporten: ingen enskild persons svar går att läsa ut.
       *[other] Gruppens profil bygger på { $n } personers svar i omgången { $round }. Siffrorna är skyddade som i workshoprapporten: ingen enskild persons svar går att läsa ut.
    }
# $n, $k
amb-pack-too-small = Gruppen har { $n } personer; ett mötespaket visar inget om färre än { $k }. Samla fler kollegers exporter och försök igen.
amb-pack-profile-caption = Gruppens profil per område
# $min, $max, $small
amb-pack-profile-note = Medel: gruppens medel på skalan { $min }–{ $max }. Spridning: hur olika kollegerna svarade; den visas bara för grupper om minst { $small } personer. Siffrorna har ett litet brus som skydd.
# $n, $area
amb-focus-heading = Fokus { $n }: { $area }
amb-reason-lowest = Varför: gruppen skattar sig lägst här. Här finns mest att vinna tillsammans.
amb-reason-spread = Varför: här skiljer sig kollegernas svar mest. Några kan redan mycket och kan hjälpa andra.
amb-reason-second = Varför: här har gruppen näst lägst medel. Spridningen visas inte för grupper under { $small } personer, så fokus två väljs efter medlet i stället.
amb-questions-heading = Frågor att samtala om
# $title, $minutes
amb-exercise-heading = Övning: { $title } ({ $minutes } min)
amb-scenario-heading = En besökare ber om hjälp
amb-resources-heading = Lär dig mer
amb-resources-none = Frågeuppsättningen har inget material för det här området.
amb-closing-heading = Avslutande fråga
amb-term-title = Terminsplan för ambassadören
amb-term-intro = { $weeks ->
        [one] Tre träffar med 1 veckas mellanrum. Den första väljer fokus, den andra följer upp och den tredje ser vad som har rört sig.
       *[other] Tre träffar med { $weeks } veckors mellanrum. Den första väljer fokus, den andra följer upp och den tredje ser vad som har rört sig.
    }
# $title, $date
amb-term-meeting-heading = { $title }, { $date }
amb-term-agenda-caption = Dagordning, { $minutes } minuter
amb-col-minutes = Minuter
amb-col-item = Punkt
amb-term-end-note = Inför sista träffen: be kollegerna göra testet igen och exportera, så visar `digikomp ambassador log show MAPP` förändringen bredvid det ni har gjort.
amb-term-saved = Sparade terminsplanen i { $path }.
amb-log-title = Ambassadörens logg
amb-log-empty = Loggen är tom. För in en träff med `digikomp ambassador log add`.
amb-log-meetings-caption = Träffar
amb-log-actions-caption = Åtgärder
amb-col-date = Datum
amb-col-attended = Antal
amb-col-focus = Fokus
amb-col-decisions = Beslut
amb-col-id = Id
amb-col-action = Åtgärd
amb-col-decided = Beslutad
amb-col-status = Läge
amb-col-area = Område
amb-col-mean = Medel
amb-col-spread = Spridning
amb-col-done = Gjort
amb-col-change = Förändring
amb-col-paired = Samma personer
amb-status-open = att göra
amb-status-done = gjord
amb-status-done-on = gjord { $date }
amb-log-needs-decision = en träff i loggen behöver minst ett beslut: --decision "TEXT"
# $date, $n, $ids
amb-log-added = { $n ->
        [0] Förde in träffen { $date } i loggen.
        [one] Förde in träffen { $date } i loggen med 1 åtgärd: { $ids }.
       *[other] Förde in träffen { $date } i loggen med { $n } åtgärder: { $ids }.
    }
# $id, $date
amb-action-done = Åtgärden { $id } är markerad som gjord { $date }.
amb-action-already = Åtgärden { $id } var redan gjord.
amb-action-unknown = ingen åtgärd i loggen har id { $id }; se `digikomp ambassador log show`
# $id, $ids
amb-action-ambiguous = flera åtgärder börjar med { $id } ({ $ids }); skriv fler tecken
amb-moved-heading = Gjort och rört
# $from, $to
amb-moved-intro = Gruppens förändring från omgången { $from } till { $to } i de områden loggen har haft i fokus, bredvid de åtgärder som är gjorda.
amb-moved-caption = Åtgärder och förändring per fokusområde
# $done, $all
amb-done-of = { $done } av { $all }
amb-moved-note = Förändring: skillnaden mellan omgångarnas medel. Samma personer: medelförändringen för dem som svarade båda gångerna. Ett streck: för få personer för att visa. Siffrorna har ett litet brus som skydd.
amb-moved-done-heading = Gjorda åtgärder
amb-moved-one-round = Exporterna har bara en omgång; förändringen kräver två, till exempel --label före och efter.
amb-moved-no-focus = Loggen har inget fokusområde ännu, så det finns ingen förändring att visa.
amb-no-label = utan namn
amb-match-title = Lärpar och smågrupper
# $n, $max
amb-match-intro = { $n ->
        [one] 1 kollega har valt att vara med. Varje hjälpare har högst { $max } att hjälpa. Inga skattningar visas.
       *[other] { $n } kolleger har valt att vara med. Varje hjälpare har högst { $max } att hjälpa. Inga skattningar visas.
    }
amb-match-caption = Vem hjälper vem
amb-col-topic = Ämne
amb-col-helper = Hjälpare
amb-col-learners = Vill lära sig
amb-match-none = Ingen av dem som vill lära sig något har ännu en hjälpare bland kollegerna.
amb-unmatched-heading = Väntar på en hjälpare
# $topic, $names
amb-unmatched-line = { $topic }: { $names }
amb-match-note = Bara kolleger som själva valt att vara med finns med, med det namn de valde. Ta gärna kontakt och bestäm en tid, till exempel en halvtimme under nästa vecka.
amb-match-nobody = { $files ->
        [one] Ingen har valt att vara med i kollegialt lärande (1 export lästes). Be kollegerna exportera med `digikomp export --learning-match --display-name NAMN`.
       *[other] Ingen har valt att vara med i kollegialt lärande ({ $files } exporter lästes). Be kollegerna exportera med `digikomp export --learning-match --display-name NAMN`.
    }
amb-learning-needs-json = kollegialt lärande följer bara med i JSON: använd --format json eller -o FIL.json
amb-learning-needs-name = kollegialt lärande behöver ett namn att visa: --display-name NAMN
amb-learning-staff-only = kollegialt lärande (--learning-match) gäller medarbetarnas frågor, inte ledningens; exportera utan --set ledning
# $level, $max
amb-learning-ask = Vill du vara med i kollegialt lärande? Då får exporten också ett namn du väljer, de påståenden du har skattat { $level } eller { $max } (det du kan hjälpa till med) och några du vill lära dig. Exporten har dina svar som varje export; ambassadörens lärpar visar bara namn och ämnen, aldrig någons skattningar.
amb-learning-name-prompt = Vilket namn ska kollegerna se? (? = hjälp)
amb-learning-name-help = Skriv det namn du vill att kollegerna ser, till exempel ditt förnamn. En tom rad avbryter exporten.
# $help, $want
amb-learning-added = { $help ->
        [one] Med i kollegialt lärande: 1 ämne att hjälpa till med
       *[other] Med i kollegialt lärande: { $help } ämnen att hjälpa till med
    }{ $want ->
        [one] , 1 att lära dig.
       *[other] , { $want } att lära dig.
    }
# $latest, $n, $round
amb-pack-earlier-round = { $n ->
        [one] Den senaste omgången, { $latest }, har bara 1 person; mötespaketet bygger därför på omgången { $round }.
       *[other] Den senaste omgången, { $latest }, har bara { $n } personer; mötespaketet bygger därför på omgången { $round }.
    }
amb-log-nobody = --attended 0: en träff utan deltagare är ingen träff att logga; ange hur många som kom
amb-log-empty-action = --action "": en åtgärd behöver en text, till exempel --action "Prova lösenordshanterare"
# $date, $today
amb-log-future = { $date } har inte varit än (i dag är det { $today }): logga en träff eller en gjord åtgärd när den har hänt
# $on, $decided
amb-action-before-decided = åtgärden beslutades på träffen { $decided }, så den kan inte ha gjorts { $on }; ange ett datum från { $decided } och framåt
