# digikomp: the English catalogue. See sv.ftl, the source language, for how a
# catalogue is built; this file has the same messages and variables.

## The language itself

language-name = English
language-aliases = english engelska en_gb en_us
# The decimal mark of numbers with decimals: 4.5.
number-decimal-mark = .

## Texts

welcome-title = Welcome to the digital-competence self-assessment
welcome-start = Do you want to start?
yes = Yes
no = No
review-title = Review: pick an answer to change, or save
review-save = Save and show the result
review-quit = Quit now (answers are kept as a draft)
cancelled-nothing-saved = Cancelled before anything was answered; nothing was saved.
result-title = Result
col-area = Area
col-mean = Mean
col-profile = Profile
col-code = Code
col-statement = Statement
col-answer = Answer
overall = Overall
strengths = Your strengths
to-develop = To develop
all-answers = All answers
label = Label
plan-needs-target = without a terminal: name what to work on with --statement CODE or --area N, and the goal with --goal TEXT
error-prefix = error
path-inside = inside the data directory
path-platform = platform default
path-not-created = , not created yet
profile-respondent = respondent
profile-workplace = workplace
profile-role = role
not-utf8 = it is not UTF-8 text
no-usable-records = no usable records in the files given; give exports made with `digikomp export`
err-mixed = mix of plain values and code=value pairs: use one form
err-no-terminal = digikomp take needs a terminal to ask the questions, and this is not one. Answer without prompts: --answers 5,6,4,… (one value per statement, in the order of `digikomp questions`), --answers-file FILE (- for stdin), or pipe the answers in one per line
col-distribution = distribution of the answers
plan-title = Your action plan
plan-none = No action plan yet. Pick up to three things to work on: `digikomp plan add`.
col-target = To develop
col-goal = Goal
col-due = Due
col-before = Before
col-after = Now
col-status = Status
status-open = open
status-closed = closed
spoken-to = to
plan-rose = rose by { $change }
plan-fell = fell by { $change }
plan-candidate-answer = Your answer { $value }
plan-candidate-mean = Mean { $value }
plan-same = unchanged
plan-now-abstained = not part of your job now, so there is nothing to compare
plan-no-after = not measured again yet
plan-followup = Follow-up of your action plan
plan-keep = Keep
plan-close = Close, done
plan-replace = Replace with something else
plan-add-question = Do you want to pick something to work on until next time?
plan-pick = Pick a statement or area to work on (lowest first)
plan-goal-prompt = Your goal, e.g. "take the course on source criticism before March" (empty line: skip, ? = help)
plan-due-prompt = Due (year-month-day, e.g. 2027-03-01; empty line: no date, ? = help)
plan-needs-goal = give a goal with --goal, e.g. --goal "take the course on source criticism"
plain-no-back = This is the first statement; there is nothing to go back to.
action-plan-draft = Action plan (draft)
biggest-gains = Biggest gains:
change-per-area = Change per area
col-change = Change
col-median = Median
col-owner = Owner
col-sd = SD
everyone = Everyone
files-word = files
group-profile = Group profile
mean-per-area = Mean per area
priorities = Priorities
priorities-lowest = Priorities (lowest mean)
respondents-word = respondents
skipped = Skipped
col-id = Id
col-date = Date
col-since-previous = Δ previous
col-since-first = Δ first
col-trend = Trend
no-attempts-in-window = No attempts match the selection (--last/--since).
progress-one = Only one attempt so far: take the test again to see the change.
biggest-rises = Biggest rises
biggest-falls = Biggest falls
no-change = No statement has changed.
not-deleted = Nothing was deleted.
delete-needs-yes = deleting needs a confirmation, and this is not a terminal: add --yes
answers-too-large = it is larger than { $kb } KB, too large for answers
strict-refused = 
    { $n ->
        [one] { $n } file could not be used (--strict); fix or remove it
       *[other] { $n } files could not be used (--strict); fix or remove them
    }
path-bundled = the bundled one, { $set }
# $n, $min, $min_label, $max, $max_label
welcome-body = You will read { $n } statements about digital tasks in library work and say how confident you feel about each, from { $min } = { $min_label } to { $max } = { $max_label }. It takes about ten minutes. There are no right answers: rate yourself as you feel today. Your answers are saved on this computer only.
# $n, $name
area-heading = Area { $n } · { $name }
# $i, $n
statement-of = Statement { $i } of { $n }
# $date, $n, $total
resume-question = You have an unfinished test from { $date } with { $n } of { $total } answers. Continue where you left off? (No starts over.)
resume-other-set = The unfinished test used another version of the questions ({ $old }), so it cannot be continued. Run `digikomp take --restart` to start over.
# $n, $path
draft-kept = { $n ->
        [one] Your answer is saved in { $path }; run `digikomp take` again to continue.
       *[other] Your { $n } answers are saved in { $path }; run `digikomp take` again to continue.
    }
interrupted-kept = Interrupted. Your answers so far are saved in { $path }; run `digikomp take` again to continue.
saved-to = Saved: { $path }
# $title, $version, $n, $min, $max
questions-title = { $n ->
        [one] { $title } (version { $version }): 1 statement, scale { $min }–{ $max }
       *[other] { $title } (version { $version }): { $n } statements, scale { $min }–{ $max }
    }
plan-no-statement = '{ $code }' is not a statement code; see `digikomp questions`
plan-no-area = there is no area { $area }; see `digikomp questions`
# $expected, $got
err-count = expected { $expected } answers, one per statement, but got { $got }
# $token, $position
err-not-number = '{ $token }' (answer { $position }) is not a whole number
# $position, $value, $min, $max
err-out-of-range = answer { $position } is { $value }, outside the scale { $min }–{ $max }
err-unknown-code = '{ $code }' is not a statement code of this question set
err-duplicate = statement { $code } is answered twice
err-no-abstain = answer { $position } is x, but these questions have no such answer: give a value on the scale
err-no-point = every answer is x: at least one statement needs a number to give a result
err-missing = statement { $code } has no answer
# $source, $problem, $n, $min, $max, $example
err-answers-hint = { $source }: { $problem }. Give { $n } values from { $min } to { $max } in the order of `digikomp questions`, e.g. --answers { $example }
err-answers-hint-abstain = { $source }: { $problem }. Give one answer per statement in the order of `digikomp questions`: a value from { $min } to { $max }, or x for “{ $label }”, e.g. --answers { $example }
err-piped-draft = there is an unfinished test in { $path }; add --restart to discard it and take the test from the piped answers, or run `digikomp take` in a terminal to continue it
# $target, $goal, $before, $after, $trend
plan-item-line = { $target }: { $goal } (before { $before }, now { $after }: { $trend })
plan-what-now = What do you want to do with { $target }?
plan-due-bad = '{ $input }' is not a date: type year-month-day, e.g. 2027-03-01.
plan-full = The action plan already has { $max } open items; close one first with `digikomp plan close ID`.
plan-added = Added { $id } to the action plan.
plan-closed-msg = Closed { $id }; it stays in the history (`digikomp plan --all`).
target-statement = statement { $code }
# $n, $name
target-area = area { $n } ({ $name })
plan-unknown = no open item of the action plan has the id '{ $id }'; see `digikomp plan`
questions-abstain = A statement can also be answered “{ $label }” (x) instead of with a number; that answer counts in no mean.
plain-abstain = Or x: { $label }.
# $min, $min_label, $max, $max_label
plain-scale = Scale from { $min }, { $min_label }, to { $max }, { $max_label }.
# $n, $min
group-too-small = 
    { $n ->
        [one] The group has 1 respondent, fewer than { $min }: no per-statement figures are shown, so that nobody's answers can be singled out.
       *[other] The group has { $n } respondents, fewer than { $min }: no per-statement figures are shown, so that nobody's answers can be singled out.
    }
# $n, $min, $max
history-title = 
    { $n ->
        [one] 1 saved attempt (mean per area, { $min }–{ $max })
       *[other] { $n } saved attempts (mean per area, { $min }–{ $max })
    }
no-attempts = No saved attempts in { $path }. Take the test with `digikomp take`.
progress-title = { $n ->
        [one] Progression over 1 attempt
       *[other] Progression over { $n } attempts
    }
# $id, $version
not-comparable = Not comparable: attempt { $id } (version { $version })
lacks = lacks { $codes }
extra-ignored = has { $codes }, which this version does not have and which are not counted
# $n, $sets
other-sets = 
    { $n ->
        [one] 1 attempt used another question set ({ $sets }) and is not shown; choose it with --set or --questions FILE.
       *[other] { $n } attempts used another question set ({ $sets }) and are not shown; choose it with --set or --questions FILE.
    }
# $path, $reason
skipped-file = warning: skipped { $path }: { $reason }
unknown-attempt = no saved attempt has the id '{ $id }'; see `digikomp history`
# $id, $ids
ambiguous-attempt = the id '{ $id }' matches several attempts ({ $ids }); type more characters
delete-one-question = { $files ->
        [one] Delete the attempt { $id } from { $date }? This cannot be undone.
       *[other] Delete the attempt { $id } from { $date } ({ $files } files with the same id)? This cannot be undone.
    }
# $n, $path
delete-all-question = 
    { $n ->
        [0] Delete everything digikomp saved in { $path } (no attempts: a draft, an action plan or a profile)? This cannot be undone.
        [one] Delete the attempt, the draft, the action plan and the profile in { $path }? This cannot be undone.
       *[other] Delete all { $n } attempts, the draft, the action plan and the profile in { $path }? This cannot be undone.
    }
deleted = 
    { $n ->
        [one] Deleted { $n } file.
       *[other] Deleted { $n } files.
    }
other-set-scores = the attempt used the question set { $set }; choose it with --set or --questions FILE to see its result
# $min, $max
rate-nothing-selected = No answer is chosen: press a number { $min }–{ $max }, or ← → and then Enter.
given-abstain = “{ $label }”
plain-current = Your answer now: { $value }. Press Enter to keep it.
plain-kept = You keep your answer { $value }.
learn-more-lowest = Learn more about what you want to develop
analysis-title = 
    { $n ->
        [one] Item analysis: { $n } respondent (the latest attempt)
       *[other] Item analysis: { $n } respondents (each one's latest attempt)
    }
# $area, $name, $alpha, $n
analysis-area = Area { $area } · { $name }: alpha { $alpha } ({ $n } answered every statement of the area)
analysis-legend = SD: standard deviation (n − 1). Floor / ceiling: the share of answers at the lowest and highest point of the scale. Item-rest: the (Pearson) correlation between the statement and the sum of the others in its area, among those who answered all of them. Alpha without: the area's Cronbach's alpha with the statement left out.
# $n, $min
analysis-too-few = 
    { $n ->
        [one] Only 1 respondent, fewer than { $min }: no figures are shown, so that nobody's answers can be singled out.
       *[other] Only { $n } respondents, fewer than { $min }: no figures are shown, so that nobody's answers can be singled out.
    }
analysis-notes = Worth a closer look
delete-left = Left: { $path } ({ $why }).
delete-nothing-ours = Nothing to delete: { $path } holds no files digikomp wrote.
left-not-ours = not written by digikomp; remove it yourself if you like
left-unreadable = cannot be read, so nothing shows digikomp wrote it; remove it yourself if it is yours
left-link = a link, and digikomp never writes links; remove it yourself if you like
left-folder = a folder digikomp did not make
left-special = a special file (FIFO, device or socket), which digikomp never writes
wrote-file = Wrote { $path }.
output-exists = { $path } exists; choose another name or add --force to replace it
not-a-regular-file = { $path } is not a regular file but a link or a special file; digikomp replaces only regular files: choose another name
output-is-folder = { $path } is a folder: give -o a file name, in that folder if you like
# $code, $value, $min, $max
off-scale = statement { $code } has the answer { $value }, outside the scale { $min }–{ $max }
# $flag, $value, $min, $max
threshold-off-scale = { $flag } { $value } is outside the scale { $min }–{ $max }; choose a point of the scale
thresholds-crossed = --high { $high } must be greater than --low { $low }: high answers count from --high up, low ones from --low down
# $shown, $all
groups-not-detailed = The report shows the first { $shown } of { $all } groups; all of them are in --format csv, json and xlsx.
chart-first-groups = The chart shows the first { $shown } of { $all } groups; all are in the table.
profile-unwritable = could not create your profile (the random respondent id that exports carry) in { $dir }; make the folder writable or choose another with --data-dir
bad-merge = --merge '{ $given }': give two rounds with = between them, e.g. --merge "Before the course=before"
unknown-round = no round is called '{ $label }'; see the rounds with `digikomp workshop … --group-by label`
merge-unmatched = warning: --merge: no round in the files is called «{ $from }»; see the rounds with --group-by label
# $a, $b, $merge
look-alike-hint = hint: the rounds «{ $a }» and «{ $b }» look like one; join them with --merge { $merge }
look-alike-hint-plain = hint: the rounds «{ $a }» and «{ $b }» look like one; join them with --merge "FROM=INTO", with the names as the files spell them
look-alike-more = hint: more rounds look alike; see them all with --group-by label and join them with --merge
compare-needs-label = --compare compares rounds, and change is shown only between rounds, never between workplaces or roles: leave out --group-by workplace or role to compare
several-files = 
    { $n ->
        [one] { $n } respondent is in several files: check that no export has a wrong id.
       *[other] { $n } respondents are in several files: check that no export has a wrong id.
    }
# $from, $to
paired-title = The same people before and after: { $from } → { $to }
paired-legend = n: people who answered both rounds. Change: the mean of each person's change of the area's mean. 95 % CI: confidence interval (t distribution). d_z: effect size, the change divided by the spread of the changes. Same: within ±0.5.
# $from, $to
only-one-round = { $from } answered only the first round and { $to } only the second; they are left out of the change for the same people.
paired-unclear = { $area }: too few or too varied answers to tell whether it improved; the interval includes zero.
# $area, $n, $min
paired-too-few = 
    { $n ->
        [one] { $area }: 1 person in both rounds, fewer than { $min }: no change is shown.
       *[other] { $area }: { $n } people in both rounds, fewer than { $min }: no change is shown.
    }
study-prompt = Which study is the export for? (e.g. "Autumn 2026"; the same name gives the same pseudonym; ? = help)
study-needed = an anonymous export is made for a study: add --study NAME, e.g. --study "Autumn 2026" (the same name in every round)
html-areas-heading = Areas
html-areas-caption = { $group }: mean, median, spread and shares per area
# $high, $low
areas-legend = Mean, median and SD are taken over each person's mean in the area. Median: the middle value. SD: the standard deviation, the spread of the answers, how much they differ (– when there is only one value). ≥ { $high }: the share of all answers in the area that are { $high } or higher. ≤ { $low }: the share that are { $low } or lower.
html-statements-heading = Statements
html-statements-caption = { $group }: the answers per statement
html-count-prefix = Number who answered{" "}
html-plan-draft-caption = { $group }: the statements with the lowest mean, with room for an owner and a date
html-resources-heading = To learn more
html-area-chart-title = Mean per area and group
# $min, $min_label, $max, $max_label
html-mean-axis = Mean ({ $min } = { $min_label }, { $max } = { $max_label })
# $min, $max
html-means-on-scale = Means on the scale { $min }–{ $max }.
html-distribution-title = { $group }: how the answers are spread per statement
# $min, $max
html-distribution-desc = Number who answered { $min } to { $max }, per statement.
html-share-axis = Share of the respondents
html-profile-heading = Mean per area, attempt by attempt
html-profile-caption = Mean per area, one attempt per row, the oldest first
html-col-attempt = Attempt
html-some-dates = The chart writes out only some dates; every value is in the table.
html-plan-caption = What you have chosen to work on
html-change-caption = Mean per area in each round, and the change
# $from, $to
change-legend = Change: the mean of «{ $to }» minus that of «{ $from }», as the means are shown here (one decimal). ▲ higher, ▼ lower, = unchanged, – no figure (too few respondents). The rounds may have different respondents; the change for the same people is below.
html-paired-caption = The change for those who answered both rounds
html-gains-heading = The biggest rises per statement
# $from, $to
html-gains-caption = The statements whose mean rose most from «{ $from }» to «{ $to }»
# $from, $to
html-gains-legend = Change: how much the statement's mean rose from «{ $from }» to «{ $to }».
html-skipped-heading = Files that could not be used
man-manual = User Commands
plain-review-prompt = Type s (or press Enter) to save, a number 1–{ $n } to change that answer, l to read the list again, ? for help or q to quit:{" "}
# $input, $n
plain-review-bad = '{ $input }' is not a choice: type s, a number 1–{ $n }, l, ? or q.
plain-review-help = s or an empty line saves the answers and shows the result. A number from 1 to { $n } opens that statement so that you can change the answer; then you come back here. l reads all { $n } answers again. q quits without showing the result; the answers are kept as a draft, and next time you continue here.
plain-choose-prompt = Type the number of your choice (1–{ $n }), ? for help or an empty line to skip:{" "}
# $input, $n
plain-chosen = You chose { $item }.
plain-choose-bad = '{ $input }' is not a choice: type a number 1–{ $n }, ? for help or an empty line to skip.
plain-choose-help = Type the number in front of your choice, from 1 to { $n }, and press Enter. An empty line chooses nothing and goes on.
plan-goal-help = Write in your own words what you will do to feel more confident, for example take a course, read a guide or practise with a colleague. An empty line skips this, and nothing is added to the plan.
plan-due-past = { $input } has already passed (today is { $today }): give a date from today on, or none.
plan-due-overdue = { $date } (passed)
plan-due-help = Type the date by which you want to be done as year-month-day, for example 2027-03-01; the follow-up shows it. An empty line means no date.
study-help = Type a name for the study, for example "Autumn 2026". The pseudonym is computed from the name, so use the same name for every export to the same study and a new name for a new study. An empty line cancels the export.
# $first, $last, $n
list-window = Showing { $first }–{ $last } of { $n }
# $file, $problems
set-check-failed = 
    { $problems ->
        [one] { $file } has 1 problem; fix it and check again
       *[other] { $file } has { $problems } problems; fix them and check again
    }
# $value, $max, $code
rated-label = { $value } of { $max } · statement { $code }
# $n, $value
tied-more = 
    { $n ->
        [one] … and 1 more statement at { $value }.
       *[other] … and { $n } more statements at { $value }.
    }
abstained-note = { $n ->
        [one] 1 statement is not part of your job; the means are over the { $answered } you answered with a number.
       *[other] { $n } statements are not part of your job; the means are over the { $answered } you answered with a number.
    }
all-answers-equal = You gave every statement the same answer, { $value }, so nothing stands out as a strength or as something to develop. Next time, try answering each statement as you feel about it.
# $points, $min, $max
progress-legend = Δ previous: the change since the previous attempt. Δ first: the change since the first. Trend: the step from attempt to attempt (the latest { $points }), as the figures show: ↗ up, → unchanged, ↘ down.
progress-legend-plain = Δ previous is the change since the previous attempt, Δ first the change since the first. Trend is the step from attempt to attempt (the latest { $points }), as the figures show.
trend-up = up
trend-same = unchanged
trend-down = down
trend-missing = missing
# $code, $title
target-statement-titled = statement { $code } ({ $title })
progress-hidden-between = 
    { $n ->
        [one] { $n } attempt is not shown in the table, so that it fits; choose which with --last N or --since DATE.
       *[other] { $n } attempts are not shown in the table, so that it fits; choose which with --last N or --since DATE.
    }
col-plan-change = Change
# $n, $mean
priorities-tied = 
    { $n ->
        [one] … and 1 more statement with the mean { $mean }.
       *[other] … and { $n } more statements with the mean { $mean }.
    }
# $n, $change
movers-tied = 
    { $n ->
        [one] … and 1 more statement at { $change }.
       *[other] … and { $n } more statements at { $change }.
    }
plan-add-more-question = Do you want to pick something more to work on?
plan-not-anonymous = --with-plan and --anonymous do not go together: a plan's goals are personal
plan-needs-format = --with-plan works with --format { $formats }
delete-needs-id = name the attempt to delete (see `digikomp history`), or use --all
xlsx-needs-file = an Excel file cannot be shown in the terminal: add -o FILE.xlsx
xlsx-too-many-rows = the report would need { $rows } rows on one sheet, but Excel holds { $max }: choose --format csv or json, or fewer groups
xlsx-sheet-attempts = Attempts
xlsx-sheet-areas = Areas
xlsx-sheet-statements = Statements
xlsx-sheet-distribution = Distribution
xlsx-sheet-paired = Paired change
xlsx-area-column = Area { $area }
xlsx-group = Group
xlsx-respondents = Respondents
xlsx-name = Name
xlsx-answers = Answers
xlsx-answered = Answered { $point }
# $group, $n
xlsx-distribution-title = { $group }: how the group answered each statement (n = { $n })
# $shown, $all, $sheet
xlsx-charts-first-groups = The charts show the first { $shown } of { $all } groups; all are on the sheet { $sheet }.
xlsx-share-of-answers = Share of the answers

## Texts chosen by a kind (one message per kind)

path-label-data-dir = data directory
path-label-attempts = attempts
path-label-draft = draft
path-label-profile = profile (config)
path-label-question-set = question set
path-label-action-plan = action plan
learn-level-basic = basic
learn-level-intermediate = intermediate
learn-level-advanced = advanced
learn-format-course = course
learn-format-article = article
learn-format-video = video
learn-format-podcast = podcast
learn-format-exercise = exercise
learn-format-lesson-pack = lesson pack
learn-mode-self = alone
learn-mode-group = in a group
learn-mode-both = alone or in a group
learn-audience-staff = for staff
learn-audience-public = for teaching visitors
learn-audience-both = for staff and visitors
learn-facts = { $level } · { $format } · { $minutes } min · { $mode } · { $audience }
learn-serves = { $n ->
        [one] Statement { $codes } · id { $id }
       *[other] Statements { $codes } · id { $id }
    }
learn-count = { $total ->
        [one] { $shown } of 1 resource in { $catalogue }
       *[other] { $shown } of { $total } resources in { $catalogue }
    }
learn-none = No resource matches the filter. Try fewer conditions, for example without --level or --max-minutes; `digikomp learn` shows them all.
learn-for-me-title = Suggestions from your latest result and your action plan, the best match first
learn-check-ok = { $catalogue }: { $n } resources, every statement has at least one; no problems.
learn-check-failed = { $n ->
        [one] 1 problem in the learning library
       *[other] { $n } problems in the learning library
    }
learn-problem-syntax = the file cannot be read as a learning library: { $detail }
learn-problem-duplicate-id = id '{ $id }' is there twice
learn-problem-bad-id = id '{ $id }' may only hold lowercase a–z, digits and hyphens
learn-problem-bad-url = { $id }: '{ $url }' is not a specific page starting with https://
learn-problem-bad-text = { $id }: a title, summary, provider, licence or language is missing or holds invisible characters
learn-problem-bad-competence = { $id }: '{ $competence }' is no DigComp 2.2 competence (e.g. 1.1–1.3, 2.1–2.6)
learn-problem-no-statement = { $id }: serves no statement
learn-problem-bad-minutes = { $id }: { $minutes } minutes; give 1–480
learn-problem-verified-later = { $id }: verified { $date }, after today
learn-problem-uncovered = statement { $code } has no resource
learn-problem-unknown-statement = { $id }: statement { $code } is not in the questions
learn-resources-bad = cannot use the learning library { $path }: { $problem }
learn-unknown-id = '{ $id }' is not in the learning library; `digikomp learn` shows every resource with its id
learn-done-msg = Noted that you have worked through “{ $title }”.
learn-done-plan = It belongs to item { $id } of your action plan, { $target }; close it with `digikomp plan close { $id }` when you feel confident.
learn-done-no-plan = It belongs to no open item of your action plan.
circle-title = Study circle: area { $area }, { $name }
circle-meeting = Meeting { $n }: { $title }
circle-before = Before the meeting
circle-questions = To talk about
circle-try = Try together
circle-resources = To learn more from, ideally together
format-extension-mismatch = --format { $format } does not fit the file name { $path }: give the file the extension .{ $format }, or leave out --format to choose by the extension
learn-no-area = there is no area { $area }; choose one of 1–5
## leaders
leaders-set-mirror-area = statement { $code }: `mirror_area` is { $area }, but must be one of the staff set's areas, 1 to 9
leaders-set-text-statement-scale = statement { $code }: `scale.min_label` or `scale.max_label`
leaders-theme-heading = Theme { $n } · { $name }
leaders-target-theme = theme { $n } ({ $name })
leaders-other-set-hidden = { $n ->
        [one] 1 attempt was made with the other question set and is not shown here; choose it with { $flag }.
       *[other] { $n } attempts were made with the other question set and are not shown here; choose them with { $flag }.
    }
arg-global-set = Which bundled question set: staff (the staff's self-assessment, the default; also personal, medarbetare) or ledning (the library directors'; also leaders, chef)
leaders-share-needs-set = --share-leader-view applies only to the leaders' question set: add --set ledning
leaders-share-question = May your estimates be shown in the group's comparison, even if you are the only director in the group?
arg-export-share-leader-view = Leaders' answers (--set ledning): may be shown in the perspective report even when fewer than K leaders take part; recorded in the export file
leaders-perspective-title = The leaders' picture and the staff's
leaders-perspective-intro = Per group and DigComp area: the leaders' estimate of how sure the staff feel (the mirror statements), the staff's own mean, and the gap, leaders minus staff. A gap of { $gap } points or more is named in words: it is a whole step of the scale, more than rounding and the noise of a protected mean.
leaders-perspective-privacy = The staff's figures follow the group rules: no figure about fewer than { $k } people, and in the protected report the answers carry noise. A director's estimate is shown only when the director shared it at export (--share-leader-view) or when the group has at least { $k } directors. – means the figure is not shown.
leaders-group-all = Everyone
leaders-shown = { $leaders ->
        [one] 1 director in the group, { $shown } shown.
       *[other] { $leaders } directors in the group, { $shown } shown.
    }
leaders-table-caption = { $group }: the leaders' picture and the staff's, per area
leaders-col-area = Area
leaders-col-group = Group
leaders-col-leaders = Leaders
leaders-col-leaders-n = n leaders
leaders-col-staff = Staff
leaders-col-staff-sd = Spread
leaders-col-staff-n = n staff
leaders-col-gap = Gap
leaders-col-theme = Theme
leaders-col-mean = Mean
leaders-col-focus = Focus
leaders-col-resources = Resources
leaders-col-owner = Owner
leaders-col-date = Date
leaders-gap-higher = { $area }: the leaders believe the staff are surer than the staff themselves say (gap { $gap }).
leaders-gap-lower = { $area }: the leaders believe the staff are less sure than the staff themselves say (gap { $gap }).
leaders-no-large-gap = No gap of { $gap } points or more among what is shown.
leaders-themes-heading = The leaders' own themes
leaders-themes-caption = { $group }: the leaders' mean per theme
leaders-focus-heading = Proposed focus
leaders-focus-gap = { $area }: a gap of { $gap } between the leaders' picture and the staff's own answers
leaders-focus-theme = { $theme }: the leaders' mean { $mean }, among the lowest
leaders-focus-none = No proposal: too few answers are shown in the group.
leaders-focus-plan = Turn each focus into an action with an owner, a date, resources, a sign that it has worked and a time for follow-up, for example: digikomp --set ledning plan add --area 2 --goal "…" --owner "…" --due 2027-03-31 --success "…" --follow-up 2027-06-15
leaders-xlsx-sheet = Perspective
leaders-guide-title = Reflection guide for the leaders' meeting
leaders-guide-start = Starting point: { $group }
leaders-guide-themes = Questions per theme, the lowest first
leaders-guide-theme-mean = { $theme } (the leaders' mean { $mean })
leaders-guide-gaps = Where the pictures differ
leaders-guide-steps = Prepare, carry out, reinforce
leaders-guide-actions = Actions
leaders-guide-actions-caption = Actions to fill in at the meeting
leaders-guide-needs-both = --guide needs both the staff's and the leaders' exports (the leaders' made with --set ledning export)
leaders-guide-format = the guide comes as md and html: choose --format md or html, or -o guide.html
arg-workshop-guide = Write a reflection guide for the leaders' meeting (md or html) from the leaders' and the staff's exports, instead of the report
leaders-abstained-note = { $n ->
        [one] 1 statement was answered “{ $label }” and is in no mean; the means are over the { $answered } you answered with a number.
       *[other] { $n } statements were answered “{ $label }” and are in no mean; the means are over the { $answered } you answered with a number.
    }
leaders-plan-owner = owner { $owner }
leaders-plan-resources = resources: { $text }
leaders-plan-success = worked when: { $text }
leaders-plan-follow-up = follow-up { $date }
arg-plan-add-owner = Who owns the action (the leaders' change plan)
arg-plan-add-resources = What the action needs: time, money, support
arg-plan-add-success = How you will see that the action has worked
arg-plan-add-follow-up = When you follow the action up (YYYY-MM-DD)
leaders-welcome-body = You will read { $n } statements about how the library you lead works with digital matters and say how true each one is, from { $min } = { $min_label } to { $max } = { $max_label }. It takes about ten minutes. There are no right answers. Your answers are saved on this computer only.
value-set = SET
leaders-unknown-set = '{ $value }' is not a bundled question set: choose staff (the staff's) or ledning (the library directors')
leaders-group-no-workplace = No workplace given
leaders-group-no-role = No role given
leaders-chart-title = { $group }: the leaders' picture and the staff's mean per area
leaders-chart-desc = Two bars per area on the scale { $min }–{ $max }: the leaders' estimate and the staff's own mean, with the figure beside each. The same figures are in the table above.
leaders-history-title = { $n ->
        [one] 1 saved attempt (mean per theme, { $min }–{ $max })
       *[other] { $n } saved attempts (mean per theme, { $min }–{ $max })
    }
leaders-gap-noisy = Fewer than { $small } staff: in the protected report the noise alone can make a gap of a point, so the gap is not named in words nor proposed as a focus. Whoever holds the files sees the figures without noise with --exact.

resource-kind-course = course
resource-kind-guide = guide
resource-kind-lesson = lesson
analysis-col-statement = Statement
analysis-col-n = n
analysis-col-mean = Mean
analysis-col-sd = SD
analysis-col-floor-ceiling = Floor / ceiling
analysis-col-item-rest = Item-rest
analysis-col-alpha-without = Alpha without
analysis-flag-ceiling = over half answered { $max } (ceiling): the statement cannot show progress upwards; make the task harder or more specific
analysis-flag-floor = over half answered { $min } (floor): the task may be too hard or outside most people's work
analysis-flag-low-item-rest = item-rest below 0.3: the statement agrees little with the rest of its area; it may measure something else or be unclear
analysis-flag-low-alpha = alpha below 0.7: the area's statements agree too little to add up to one score
analysis-flag-unreliable = fewer than 10 answered every statement of the area: the figures are unreliable
without-label = (no label)
without-role = (no role)
without-workplace = (no workplace)
report-counts = { $files ->
        [one] 1 file
       *[other] { $files } files
    }, { $records ->
        [one] 1 record
       *[other] { $records } records
    }, { $people ->
        [one] 1 respondent
       *[other] { $people } respondents
    }
latest-counts-groups = Each person's latest attempt in each group counts.
latest-counts = Each person's latest attempt counts.
paired-col-area = Area
paired-col-n = n
paired-col-change = Change
paired-col-ci = 95 % CI
paired-col-dz = d_z
paired-col-counts = Rose / same / fell
paired-clear-rose = { $area }: the same people rate themselves higher afterwards ({ $change }); the interval lies wholly above zero.
paired-clear-fell = { $area }: the same people rate themselves lower afterwards ({ $change }); the interval lies wholly below zero.

## The man page

man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-commands = COMMANDS
man-section-exit-status = EXIT STATUS
man-section-environment = ENVIRONMENT

## The prompts of the test

plain-rate-prompt = Answer ({ $min }–{ $max }{ $more }, ? = help, q = save and quit):{" "}
plain-keys-keep = , Enter = keep { $current }
plain-keys-abstain = , x = { $label }
plain-keys-back-previous = , b = previous
plain-keys-back-review = , b = back to the review
plain-rate-empty = An empty line is not an answer here
plain-rate-not-answer = '{ $input }' is not an answer
plain-rate-bad-keep = { $what }: type a number { $min }–{ $max }, or { $letters } or q, or press Enter to keep { $current }.
plain-rate-bad = { $what }: type a number { $min }–{ $max }, or { $letters } or q.
plain-rate-help = Type a number from { $min } ({ $min_label }) to { $max } ({ $max_label }) and press Enter.
plain-rate-help-keep = An empty line keeps your answer { $current }.
plain-rate-help-abstain = x answers “{ $label }”, which counts in no mean.
plain-rate-help-previous = b goes back to the previous statement.
plain-rate-help-review = b goes back to the review without changing the answer.
plain-rate-help-quit = q saves the answers so far and quits; next time you continue where you left off.
review-row = Statement { $number }, { $title }: { $answer }
review-row-abstain = Statement { $number }, { $title }: not part of my job
review-row-unanswered = Statement { $number }, { $title }: no answer
review-row-answer-first = Statement { $number } (answer { $answer }): { $title }
review-row-answer-first-abstain = Statement { $number } (not part of my job): { $title }
review-row-answer-first-unanswered = Statement { $number } (no answer): { $title }
plain-yes-no-default-yes = (y/n, Enter = yes, ? = help)
plain-yes-no-default-no = (y/n, Enter = no, ? = help)
key-yes = y
key-no = n
word-yes = yes
word-no = no
plain-yes-no-bad = '{ $input }' is not an answer: type y (yes) or n (no), press Enter for { $enter }, or ? for help.
plain-yes-no-help = Type y and press Enter for yes, or n for no. An empty line means { $enter }.
confirm-keys-1 = ↑/↓ and Enter choose · y = yes · n = no
confirm-keys-2 = ↑/↓ Enter · y yes · n no
confirm-keys-3 = y yes · n no
choose-keys-1 = ↑/↓ and Enter choose · q = skip
choose-keys-2 = ↑/↓ Enter · q skip
choose-keys-3 = q skip
review-keys-5 = q quit
review-save-key = s
review-no-point = All your answers are “Not part of my job”, so there is no result to save. Choose a statement and give it a number, or quit with q.
review-keys-1 = ↑/↓ and Enter choose · s = save · q = quit, the answers are kept as a draft
review-keys-2 = ↑/↓ and Enter choose · s = save · q = quit
review-keys-3 = ↑/↓ Enter · s save · q quit
review-keys-4 = s save · q quit
rate-keys-1 = { $min }–{ $max } answer · ←/→ and Enter{ $back ->
        [previous] {" · "}Backspace = previous
        [review] {" · "}Backspace = back to the review
       *[nowhere] {""}
    } · q = save and quit
rate-keys-2 = { $min }–{ $max } · ←/→ Enter{ $back ->
        [previous] {" · "}Backspace = back
        [review] {" · "}Backspace = review
       *[nowhere] {""}
    } · q = save and quit
rate-keys-3 = { $min }–{ $max } · ←/→ Enter{ $back ->
        [previous] {" · "}Backspace = back
        [review] {" · "}Backspace = review
       *[nowhere] {""}
    } · q = quit
rate-keys-4 = { $min }–{ $max } ←/→ Enter{ $back ->
        [previous] {" · "}⌫ back
        [review] {" · "}⌫ review
       *[nowhere] {""}
    } · q quit
rate-keys-5 = { $min }–{ $max }{ $back ->
        [previous] {" · "}⌫ back
        [review] {" · "}⌫ review
       *[nowhere] {""}
    } · q quit
rate-keys-6 = q quit

## Question sets

set-invalid = { $name } is not a valid question set
set-at-line-column = line { $line }, column { $column }:{" "}
set-at-line = line { $line }:{" "}
set-syntax = the file cannot be read as a question set in TOML (the TOML reader's message: { $detail })
set-empty = `{ $key }` is empty
set-missing-text = { $text }: the `{ $lang }` text is missing
set-backwards = scale: `min` ({ $min }) must be below `max` ({ $max })
set-zero-min = scale: `min` must be at least 1 (a scale starts at 1)
set-too-long = scale: `max` is { $max }; at most 10 points are supported
set-none-declared = no `{ $table }` are declared
set-area-number = area { $n }: `number` must be 1 to 9 (it is the first digit of its statements' codes)
set-area-twice = area { $n }: declared twice
set-area-empty = area { $n }: has no statements
set-bad-code = statement '{ $code }': `code` must be three digits, e.g. "203"
set-unknown-area = statement { $code }: its area { $area } (the first digit of the code) is not declared in `[[areas]]`
set-code-twice = statement { $code }: `code` is used twice
set-bad-url = resource { $url }: the url must start with https:// or http://
set-unsafe = { $place }: has a control character or an invisible character that reorders text; remove it
set-place-id-or-version = `id` or `version`
set-place-title-or-welcome = `title` or `welcome`
set-place-scale = the scale
set-place-area = area { $n }
set-place-statement = statement { $code }
set-place-resource = a resource
set-text-area-name = area { $n }: `name`
set-text-statement-text = statement { $code }: `text`
set-text-statement-title = statement { $code }: `title`
set-check-ok = { $file }: ok: { $statements ->
        [one] 1 statement
       *[other] { $statements } statements
    } in { $areas ->
        [one] 1 area
       *[other] { $areas } areas
    }, scale { $min }–{ $max } ({ $set })

## The result's story

story-title-previous = Compared with your previous attempt
story-title-earlier = Compared with your earlier attempts
story-and = and
story-line = { $name }: { $now } now, { $clauses }.
story-since-previous = last time
story-since-first = the first time, on { $date }
story-higher = higher than { $when } ({ $before }; { $change })
story-lower = lower than { $when } ({ $before }; { $change })
story-same = the same as { $when } ({ $before })

## Legends of tables

statements-legend-columns = { $min }–{ $max }: how many answered { $min }, { $next } … { $max } ({ $min } = { $min_label }, { $max } = { $max_label }).
statements-legend-columns-chart = The columns { $min }–{ $max }: how many answered { $min }, { $next } … { $max } ({ $min } = { $min_label }, { $max } = { $max_label }); this is the distribution the chart shows.
statements-legend-figures = Median: the middle answer. SD: the standard deviation, how much the answers differ. ≥ { $high }: the share who answered { $high } or higher. ≤ { $low }: the share who answered { $low } or lower.

## Excel

xlsx-col-respondent = Respondent
xlsx-col-attempt = Attempt
xlsx-col-date = Date
xlsx-col-label = Label
xlsx-col-workplace = Workplace
xlsx-col-role = Role
xlsx-col-question-set = Question set
xlsx-col-version = Version
xlsx-col-mean = Mean
xlsx-col-median = Median
xlsx-col-sd = Standard deviation
xlsx-col-share-high = Share { $high } or higher
xlsx-col-share-low = Share { $low } or lower
xlsx-col-ci-low = 95 % CI, low
xlsx-col-ci-high = 95 % CI, high
xlsx-col-rose = Rose
xlsx-col-same = Same
xlsx-col-fell = Fell

## Errors: what digikomp was doing

op-read = could not read { $path }
op-read-folder = could not read the folder { $path }
op-create-in = could not create a file in { $path }
op-write = could not write { $path } (is the disk full?)
op-save = could not save { $path }
op-delete = could not delete { $path }
op-make-private = could not make { $path } private (mode 700)
op-lock = could not lock { $path }
op-create-folder = could not create the folder { $path }; check its permissions or choose another with --data-dir
op-no-home = could not find a home directory for the data; set DIGIKOMP_DATA_DIR to a folder
op-answers-file = could not read the answers file { $path }
op-answers-stdin = could not read answers from standard input
op-question-set = could not read the question set { $path }
op-question-set-not-utf8 = the question set { $path } is not UTF-8 text
op-stdout = could not write to standard output
op-stdin = could not read from standard input
op-terminal = could not talk to the terminal
op-render = could not make the { $format } report; please report this as a bug
op-encode-json = could not write JSON; please report this as a bug

## Errors: what the system said

io-not-found = No such file or directory
io-permission-denied = Permission denied
io-already-exists = File exists
io-storage-full = No space left on device
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-invalid-data = invalid data
io-unexpected-eof = ends too early
io-read-only = Read-only file system
io-would-block = not a regular file (it would block)
io-bad-name = the name cannot be used (too long, or with characters not allowed)
io-quota = your disk quota is used up
io-file-too-large = the file would be too large for the file system
io-busy = in use by another program; try again in a moment
io-folder-not-empty = the folder is not empty
io-network = the network drive does not answer; try again
io-too-many-links = too many links to the file
io-crosses-devices = cannot be moved between two devices
io-out-of-memory = not enough memory
io-link-loop = the links lead round in a circle (or too deep) and never reach a file
io-no-device = no device answers behind the file
io-other = system error { $code }
io-unknown = unknown error

## Errors: files

read-io = cannot read it ({ $why })
read-not-regular = not a regular file
read-folder = is a folder
read-too-large = larger than { $limit } bytes, too large for this kind of file
json-wrong-kind = not a { $expected } file
json-newer = written with schema version { $found }, newer than this digikomp understands ({ $supported }); upgrade digikomp to read it
json-damaged = damaged: { $place }
json-at = { $what } at line { $line } column { $column }
json-fault-io = cannot be read
json-fault-syntax = not valid JSON
json-fault-data = a value of the wrong type, or a missing one,
json-fault-eof = ends too early
json-answered-twice = statement { $code } is answered twice at line { $line } column { $column }
skip-not-json-name = not a .json file
file-draft = the draft
file-plans = the action plan
file-profile = the profile
unusable-newer = { $file } { $path } was written by a newer version of digikomp; upgrade digikomp to read it
unusable-draft = the draft { $path } cannot be used ({ $why }); start over with `digikomp take --restart`
unusable-plans = the action plan { $path } cannot be used ({ $why }); move it away to start a new plan
unusable-profile = the profile { $path } cannot be used ({ $why }); remove it to get a new respondent id
data-dir-broken-link = the data directory { $path } ({ $from }) is a link that leads to no folder (to something that does not exist, or round in a circle); fix the link or choose another folder with --data-dir
data-dir-is-file = the data directory { $path } ({ $from }) is a file, not a folder; move it away or choose another with --data-dir
bad-statement-code = '{ $code }' is not a statement code (three digits, e.g. 203)
unknown-lang = unknown language '{ $given }': use { $codes }

## Errors: other people's files

file-nested-folder = is a folder inside a folder (only one level is read)
file-folder = cannot read the folder ({ $why })
bad-not-utf8 = not UTF-8 text
bad-empty = empty file
bad-no-records = no records
bad-not-json-export = not a digikomp JSON export ({ $why })
bad-wrong-kind = not a digikomp export (its kind is not { $kind })
bad-newer = export schema version { $found } is newer than this digikomp reads ({ $supported }); upgrade digikomp
bad-not-csv = not a CSV export ({ $why })
bad-missing-columns = not a digikomp CSV export (columns `respondent`, `attempt_id`, `question_set` and `question_set_version` are needed)
bad-two-columns = statement { $code } has two columns in the header
bad-no-statement-columns = no statement columns (three-digit codes) in the header
bad-unknown-code = statement { $code } is not in the question set
bad-other-set = uses the question set '{ $found }', not '{ $expected }'; run workshop with --questions for that set
bad-no-identity = respondent or attempt_id is empty
bad-out-of-scale = statement { $code } is { $value }, outside the scale { $min }–{ $max }
bad-not-a-rating = statement { $code } is '{ $value }', not a rating
bad-date = date '{ $date }' is not a date (year-month-day or year-month)
bad-no-answers = no answers
bad-too-large = larger than 64 MB, too large for a JSON export
bad-long-line = has a line longer than 1 MB: not an export
bad-long-text = the field { $column } is longer than { $max } characters: no name is that long
bad-future-date = dated { $date }, after today: a record from the future could replace someone's real answers
bad-line = line { $line }: { $problem }
bad-record = record { $record }: { $problem }
unreadable-cannot-read = cannot be read
unreadable-not-csv = cannot be read as CSV
unreadable-field-count = a record has { $found } fields where the header has { $expected }
no-exports-found = found no .csv or .json files in { $path }; give the exports made with `digikomp export`, or the folder that holds them

## The command line: the help of every command and flag

cmd-digikomp-about = A digital-competence self-assessment for public-library staff
cmd-digikomp-long-about = 
    A digital-competence self-assessment for public-library staff.

    24 statements about digital tasks in library work, each rated from 1 (very unsure) to 7 (very sure), grouped in the five DigComp areas. Take the test again and again to see your progression; bring an export to a workshop.
cmd-digikomp-after-help = 
    Exit codes:
      0    success
      1    error (a message on stderr says what went wrong and what to do)
      2    usage error (a bad flag or value)
      130  interrupted by Ctrl-C (129: SIGHUP, 143: SIGTERM); answers so far are kept as a draft

    Environment:
      DIGIKOMP_DATA_DIR   where attempts are stored (overridden by --data-dir)
      DIGIKOMP_LANG       sv or en (overridden by --lang)
      DIGIKOMP_QUESTIONS  a question set to use instead of the bundled one (overridden by --questions)
      NO_COLOR            turn colour off (overridden by --color)
arg-global-lang = Language of everything printed: sv (Swedish) or en (English) [default: sv]
arg-global-data-dir = Data directory (attempts, draft, action plan and profile) [default: $DIGIKOMP_DATA_DIR, else the platform's data folder]
arg-global-questions = Use another question set (TOML) instead of the bundled one
arg-global-color = When to use colour
arg-global-plain = Plain mode for screen readers: sentences and lists, no boxes, bars or glyphs that only show something; take asks line by line (chosen by itself with TERM=dumb)
arg-global-quiet = Print no messages on stderr, only errors (data on stdout is unchanged)
cmd-take-about = Take the self-assessment and see your result
cmd-take-after-help = 
    Examples:
      digikomp take                           answer in the terminal
      digikomp take --label "före kursen"     mark the attempt, e.g. before a course
      digikomp take --lang en                 in English
      digikomp take --plain                   line by line, for screen readers
      printf '5\n6\n4\n…' | digikomp take     answers piped in line by line
      digikomp take --answers 5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5
      echo "105=5 106=6 …" | digikomp take --answers-file -
arg-take-label = A label for this attempt, e.g. "före kursen" or "after the course"
arg-take-answers = Answer without prompts: one value per statement in the order of `digikomp questions` (5,6,4,…), or code=value pairs (105=5 106=6 …)
arg-take-answers-file = Read the answers (same forms as --answers) from FILE, or from stdin with -
arg-take-restart = Discard an unfinished test without asking and start over
arg-take-json = Print the saved attempt and its scores as JSON instead of the result screen
cmd-results-about = Show the result of one attempt (the latest by default) with every answer
cmd-results-after-help = 
    Examples:
      digikomp results              the latest attempt
      digikomp results 2c64         the attempt whose id starts with 2c64
      digikomp results --json
arg-results-id = The attempt's id, or the first characters of it (see `digikomp history`)
arg-results-json = Print JSON instead of the result screen
cmd-history-about = List your saved attempts, newest last
cmd-history-after-help = 
    Examples:
      digikomp history
      digikomp history --json
arg-history-json = Print JSON instead of a table
cmd-progress-about = Compare your attempts over time, per area or per statement
cmd-progress-after-help = 
    Examples:
      digikomp progress
      digikomp progress --by-statement
      digikomp progress --last 3
      digikomp progress --since 2026-01-01 --json
arg-progress-by-statement = Show the 24 statements too, with the biggest rises and falls
arg-progress-last = Only the last N attempts
arg-progress-since = Only attempts from this date on (year-month-day)
arg-progress-json = Print JSON instead of tables
cmd-delete-about = Delete one saved attempt, or all your data
cmd-delete-after-help = 
    Examples:
      digikomp delete 2c64          asks before deleting
      digikomp delete 2c64 --yes
      digikomp delete --all
arg-delete-id = The attempt's id, or the first characters of it
arg-delete-all = Delete every attempt, the draft, the action plan and the profile
arg-delete-yes = Do not ask for confirmation
cmd-profile-about = Show or set what you share in exports (workplace, role); your respondent id
cmd-profile-after-help = 
    Examples:
      digikomp profile
      digikomp profile --workplace "Stadsbiblioteket" --role bibliotekarie
      digikomp profile --clear
arg-profile-workplace = Your workplace, shared in exports (empty text removes it)
arg-profile-role = Your role, shared in exports (empty text removes it)
arg-profile-clear = Remove workplace and role
arg-profile-json = Print JSON
cmd-plan-about = Show your action plan, or add and close its items
cmd-plan-after-help = 
    Examples:
      digikomp plan                                   open items, rating before and now
      digikomp plan --all                             closed items too
      digikomp plan add                               pick from your lowest ratings (terminal)
      digikomp plan add --statement 107 --goal "gå kursen om källkritik" --due 2027-03-01
      digikomp plan add --area 4 --goal "lär mig mer om it-säkerhet"
      digikomp plan close 3f9a2c1b
arg-plan-all = Closed items too
arg-plan-json = Print JSON
cmd-plan-add-about = Add an item (at most three are open at a time)
cmd-plan-add-after-help = 
    Examples:
      digikomp plan add                               pick from your lowest ratings (terminal)
      digikomp plan add --statement 107 --goal "gå kursen om källkritik" --due 2027-03-01
      digikomp plan add --area 4 --goal "lär mig mer om it-säkerhet"
arg-plan-add-statement = A statement to work on, by code
arg-plan-add-area = An area to work on, by number
arg-plan-add-goal = What you will do, e.g. "gå Digitekets kurs om källkritik"
arg-plan-add-due = By when (year-month-day)
cmd-plan-close-about = Close an item; it stays in the history
cmd-plan-close-after-help = 
    Examples:
      digikomp plan close 3f9a2c1b
      digikomp plan close 3f9a
arg-plan-close-id = The item's id (or its first characters)
cmd-export-about = Export your results to bring to a workshop (CSV, JSON, Markdown, HTML, Excel)
cmd-export-after-help = 
    Examples:
      digikomp export -o mina-resultat.csv            latest attempt, Excel-ready CSV
      digikomp export --all -o mina-resultat.json     every attempt, for the facilitator
      digikomp export --all --format html -o rapport.html
      digikomp export --anonymous --format json -
arg-export-format = File format [default: from the -o extension, else csv]
arg-export-latest = Only the latest attempt (the default)
arg-export-attempt = Only this attempt (id or its first characters)
arg-export-all = Every attempt
arg-export-output = Write to FILE (- for stdout) [default: stdout]
arg-export-force = Replace an existing file
arg-export-anonymous = An export that cannot be linked to you: a pseudonym for the study, only the month of each date, no workplace or role
arg-export-study = The study an anonymous export is for, e.g. "Höst 2026" (asked for when missing)
arg-export-no-label = Leave out the label (the round) in an anonymous export
arg-export-with-plan = Include your action plan (json, md and html; never by default)
arg-export-delimiter = CSV delimiter: ; suits Excel and LibreOffice with Swedish settings, , others
cmd-workshop-about = Combine many people's exports into the group's profile (for the facilitator)
cmd-workshop-after-help = 
    Examples:
      digikomp workshop exports/
      digikomp workshop anna.csv bo.json cecilia.csv
      digikomp workshop exports/ --group-by workplace      each workplace in each round
      digikomp workshop exports/ --exact                   exact figures, not for sharing
      digikomp workshop exports/ -o grupp.html             for the projector
      digikomp workshop exports/ -o grupp.xlsx
arg-workshop-inputs = Export files (CSV or JSON), or folders of them
arg-workshop-format = Output format [default: from the -o extension, else table]
arg-workshop-output = Write to FILE (- for stdout) [default: stdout]
arg-workshop-force = Replace an existing file
arg-workshop-group-by = Split each round (label) by workplace or role; label is the default: each round on its own
arg-workshop-high = A rating at or above N counts as high [default: one below the top of the scale, 6 on 1–7]
arg-workshop-low = A rating at or below N counts as low [default: one below the middle, 3 on 1–7]
arg-workshop-strict = Fail on the first file that cannot be used, instead of skipping it
arg-workshop-merge = Join two spellings of a round: "Före kursen=före" (repeatable)
arg-workshop-compare = Compare these two rounds (labels) [default: the earliest and the latest]
arg-workshop-min-group = Show no figure about fewer than K people (3 or more)
arg-workshop-delimiter = CSV delimiter for --format csv
cmd-analyze-about = Item analysis of many people's exports, for piloting a question set
cmd-analyze-after-help = 
    Examples:
      digikomp analyze exports/
      digikomp analyze exports/ --json > analys.json
      digikomp --questions min-region.toml analyze pilot/
arg-analyze-inputs = Export files (CSV or JSON), or folders of them
arg-analyze-json = Print JSON instead of tables
arg-analyze-strict = Fail on the first file that cannot be used, instead of skipping it
cmd-learn-about = Browse the learning library “Jag vill lära mig mer!”: courses, articles and exercises for every statement
cmd-learn-after-help = 
    Examples:
      digikomp learn                                  the whole learning library
      digikomp learn --for-me                         suggestions from your result and your plan
      digikomp learn --area 4 --max-minutes 20        safety, at most 20 minutes
      digikomp learn --statement 410 --group          to do together
      digikomp learn --public                         material for teaching visitors
      digikomp learn circle 1 -o circle.html          a study circle on area 1
      digikomp learn done uu-ub-sokteknik             note that you worked through a resource
      digikomp learn --check --resources ours.toml    check a library's own catalogue
arg-learn-area = Only resources for the area (1–5)
arg-learn-competence = Only resources for the DigComp 2.2 competence, e.g. 4.2
arg-learn-statement = Only resources for the statement, by code
arg-learn-level = Only resources of the level
arg-learn-max-minutes = Only resources that take at most so many minutes
arg-learn-group = Only resources to work through together
arg-learn-public = Only material for teaching visitors
arg-learn-for-me = Suggestions from your latest result and your action plan, best first
arg-learn-json = Print JSON
arg-learn-resources = A catalogue of your own (TOML) to add to the bundled one; the same id replaces
arg-learn-check = Check the learning library and report every problem
cmd-learn-circle-about = Write a guide for a study circle on one area: 3–4 meetings with questions to talk about
cmd-learn-circle-after-help = 
    Examples:
      digikomp learn circle 1
      digikomp learn circle 4 -o circle.html
      digikomp learn circle 2 --format md -o circle.md
arg-learn-circle-area = The area (1–5)
arg-learn-circle-format = File format (md or html) [default: by the extension of -o, else md]
arg-learn-circle-output = Write to the file instead of standard output
arg-learn-circle-force = Replace the file if it exists
arg-learn-circle-resources = A catalogue of your own (TOML) to add to the bundled one
cmd-learn-done-about = Note that you have worked through a resource; the action-plan item it belongs to is told
cmd-learn-done-after-help = 
    Examples:
      digikomp learn done uu-ub-sokteknik
arg-learn-done-id = The resource's id, as `digikomp learn` shows it
arg-learn-done-resources = A catalogue of your own (TOML) to add to the bundled one
cmd-questions-about = List the statements of the question set
cmd-questions-after-help = 
    Examples:
      digikomp questions
      digikomp questions --lang en
      digikomp questions --json > set.json
      digikomp questions --check min-region.toml
arg-questions-json = Print the set as JSON
arg-questions-check = Check a question set (TOML) and report every problem with its line
cmd-paths-about = Show where digikomp keeps its data, and where each path came from
cmd-paths-after-help = 
    Examples:
      digikomp paths
      digikomp --data-dir /media/usb/digikomp paths
      digikomp paths --json
arg-paths-json = Print JSON instead of a table
cmd-completions-about = Print shell completions to stdout
cmd-completions-after-help = 
    Examples:
      digikomp completions bash > ~/.local/share/bash-completion/completions/digikomp
      digikomp completions zsh > ~/.zfunc/_digikomp
      digikomp completions fish > ~/.config/fish/completions/digikomp.fish
      digikomp completions powershell >> $PROFILE
arg-completions-shell = The shell
cmd-man-about = Print the man page (roff) to stdout
cmd-man-after-help = 
    Examples:
      digikomp man > ~/.local/share/man/man1/digikomp.1
      digikomp man | man -l -
cmd-help-about = Print this message or the help of the given subcommand(s)
arg-global-help = Print help
arg-global-version = Print version

## The command line: headings, placeholders and markers

cli-usage-heading = Usage:
cli-commands-heading = Commands
cli-arguments-heading = Arguments
cli-global-options-heading = Options of every command
cli-options-heading = Options
cli-command-value = COMMAND
cli-options-value = [OPTIONS]
cli-help-more = Print help (see more with '--help')
cli-help-summary = Print help (see a summary with '-h')
cli-marker-default = [default: { $values }]
cli-marker-possible = [possible values: { $values }]
cli-marker-env = [env: { $name }]
value-file = FILE
value-dir = DIR
value-file-or-dir = FILE|DIR
value-text = TEXT
value-n = N
value-k = K
value-date = DATE
value-lang = LANG
value-when = WHEN
value-code = CODE
value-id = ID
value-name = NAME
value-field = FIELD
value-from-into = FROM=INTO
value-before = BEFORE
value-after = AFTER
value-values = VALUES
value-format = FORMAT
value-delimiter = DELIMITER
value-shell = SHELL
value-level = LEVEL
value-min = MINUTES
value-c = COMPETENCE
value-area = AREA
value-command = COMMAND

## The command line: usage errors

usage-error = { $problem } { $help }
see-help = See '{ $command } --help'.
did-you-mean = {" "}Did you mean '{ $suggestion }'?
list-separator = ,{" "}
list-or = { $init } or { $last }
list-and = { $init } and { $last }
usage-unknown-command = unknown command '{ $given }'.{ $suggestion }
usage-unknown-flag = unknown flag '{ $given }'.{ $suggestion }
usage-unexpected-argument = '{ $given }' does not fit here: the command takes no more arguments.
usage-not-allowed = '{ $value }' is not a value for { $flag }: choose { $allowed }.{ $suggestion }
usage-bad-value = { $reason }.
usage-needs-value = { $flag } needs a value.
usage-missing = { $what } is missing.
usage-missing-command = choose a command: { $valid }.
usage-conflict = { $flag } cannot be used together with { $other }.
usage-conflict-any = { $flag } cannot be used together with the other flags.
usage-no-equals = { $flag } needs its value after an equals sign, e.g. { $flag }=VALUE.
usage-too-many-values = { $flag } takes no more values: '{ $value }' is left over.
usage-wrong-number-of-values = { $flag } takes { $expected } values, but got { $actual }.
usage-invalid-utf8 = an argument is not valid text (UTF-8).
usage-other = the command line cannot be read ({ $text })
value-at-least = { $flag } must be at least { $min }
value-at-most = { $flag } must be at most { $max }
value-too-long = { $flag } may be at most { $max } characters long; write a shorter text
value-not-whole-at-least = '{ $value }' is not a whole number: { $flag } must be at least { $min }
value-not-small-number = '{ $value }' is not a whole number from 0 to 255 ({ $flag })
text-too-long = at most { $max } characters; write a shorter text
value-not-date = '{ $value }' is not a date: use year-month-day, e.g. 2026-01-31
value-not-delimiter = '{ $value }' is not a delimiter: use ; or , or \t
value-not-code = '{ $value }' is not a statement code (three digits, e.g. 203)
value-not-for = '{ $value }' is not a value for { $flag }

## Checking a catalogue (digikomp i18n --check FILE)

ftl-syntax = Fluent cannot read this: { $text }
ftl-no-value = the message '{ $id }' has no text
ftl-attributes = the message '{ $id }' has attributes; digikomp's catalogues use none
ftl-bad-id = '{ $id }' is not a valid id: use lower-case letters, digits and dashes
ftl-twice = the message '{ $id }' is there twice
ftl-missing = the message '{ $id }' is missing
ftl-extra = the message '{ $id }' is not used by the program
ftl-lacks-var = the message '{ $id }' does not use the variable ${ $var }
ftl-unknown-var = the message '{ $id }' uses the variable ${ $var }, which the program does not pass
ftl-not-a-number = the message '{ $id }' chooses a form by ${ $var }, which the program passes as text; tell a developer
ftl-check-ok = { $file }: ok: { $n ->
        [one] 1 message
       *[other] { $n } messages
    }, the same as the program's
ftl-check-failed = { $file } has { $n ->
        [one] 1 problem; fix it and check again
       *[other] { $n } problems; fix them and check again
    }

## The command line: i18n

cmd-i18n-about = List the languages digikomp speaks, or check a translation (.ftl)
cmd-i18n-after-help =
    Examples:
      digikomp i18n                      the languages, with code and name
      digikomp i18n --check fi.ftl       what a new translation lacks
arg-i18n-check = Check a catalogue (Fluent, .ftl) against the program and list every problem with its line

## The group report's protection (statistical disclosure control)

protection-perturbed = The figures are protected so that nobody's answers can be worked out, not even by comparing several reports: no figure about fewer than { $min } people is shown, for fewer than { $small } people only the mean, and everything is computed from answers with noise: each person's answers carry a noise of their own, the same in every report (at most ±{ $noise } on an answer, of which ±{ $shift } shared by an area). Means move less the more people there are (for 10 people mostly less than 0.5, for 40 less than 0.25), distributions and shares more: they are of the answers with noise.
protection-exact = EXACT FIGURES, NOT FOR SHARING: this report was made with --exact for the facilitator, who holds the files. Every group of at least { $min } people is shown without noise and without protection against comparing reports. Share the protected report (without --exact).
rounds-apart = The files have { $n } rounds (labels); each round is shown on its own and rounds are never mixed. Each person's latest attempt in each round counts.
future-records-left-out = { $file }: { $n ->
        [one] 1 record is dated { $date }, after today, and was not counted
       *[other] { $n } records are dated after today (the first { $date }) and were not counted
    }; the rest of the file was used
future-records = { $n ->
        [one] 1 record was dated after today and not counted: a record from the future could replace someone's real answers.
       *[other] { $n } records were dated after today and not counted: a record from the future could replace someone's real answers.
    }
id-clashes = { $n ->
        [one] 1 record has the same attempt id as another record of the same respondent but says something else (a copied data folder, say); both are in, and for each round the respondent's latest counts.
       *[other] { $n } records have the same attempt id as another record of the same respondent but say something else (a copied data folder, say); all are in, and for each round the respondent's latest counts.
    }
anonymous-copies = { $n ->
        [one] 1 anonymous record was the same attempt as a named one (same answers, round and month) and counts once.
       *[other] { $n } anonymous records were the same attempts as named ones (same answers, round and month) and count once.
    }
group-in-round = { $round } · { $group }
mean-only-small = With fewer than { $small } people behind a figure only the mean is shown: a median, spread, distribution or share would let everyone in a small group work out the others' answers.
hidden-fewer = –: not shown, fewer than { $min } people behind the figure.
skipped-more = { $n ->
        [one] … and 1 more file could not be used (--strict makes it an error).
       *[other] … and { $n } more files could not be used (--strict makes it an error).
    }
skipped-count = { $n ->
        [one] 1 file could not be used (files are named on the terminal only):
       *[other] { $n } files could not be used (files are named on the terminal only):
    }
paired-no-effect = d_z –: the changes are nearly the same for everyone, so there is no spread to measure the effect against.
compare-no-rounds = no round is called '{ $given }': the files have no rounds at all (no labels); a round gets its label with `digikomp take --label "before the course"`
compare-unknown = no round is called '{ $given }'; the rounds in the files are { $rounds }
compare-same = --compare compares the round '{ $round }' with itself; choose two different rounds
arg-workshop-exact = Exact figures for the facilitator: every group of at least K without noise; marked as not for sharing
xlsx-sheet-notes = About the report
areas-legend-mean-only = Mean: the mean of each person's mean in the area.
paired-mean-only = { $area }: the same people changed by { $change } on average; with fewer than { $small } people no interval is shown, so how sure the change is cannot be said.
arg-analyze-exact = Exact figures without noise, for whoever holds the files; shows everything about at least 3 people
analysis-protected = The figures are protected as in the workshop report: nothing is shown about fewer than { $least } people, means, spreads, floors and ceilings are computed from the answers with their noise, and correlations and alphas carry a noise of at most ±{ $noise }, the same for the same people. --exact shows exact figures for whoever holds the files.

## ambassador

cmd-ambassador-about = For ambassadors: a meeting pack, a term plan, a log and learning pairs for colleagues
cmd-ambassador-after-help = 
    Examples:
      digikomp ambassador pack exports/ -o meeting.html   a meeting pack to print
      digikomp ambassador term --start 2027-01-18         three meetings over the term
      digikomp ambassador log add --attended 7 --focus 4 --decision "We try password managers"
      digikomp ambassador log show exports/               done beside what moved
      digikomp ambassador match exports/                  learning pairs of those who chose to take part
cmd-ambassador-pack-about = A meeting pack from the group's profile: focus areas, questions, exercise, scenario and resources
cmd-ambassador-pack-after-help = 
    Examples:
      digikomp ambassador pack exports/
      digikomp ambassador pack exports/ -o meeting.html   A4, to print
      digikomp ambassador pack exports/ --format md > meeting.md
arg-ambassador-pack-inputs = Colleagues' export files (CSV or JSON), or folders of them
arg-ambassador-pack-format = File format: md or html [default: by the extension of -o, else text on the terminal]
arg-ambassador-pack-output = Write to FILE (.md or .html; - for stdout)
arg-ambassador-pack-force = Replace an existing file
arg-ambassador-pack-json = Print JSON
arg-ambassador-pack-strict = Stop if any file cannot be used
cmd-ambassador-term-about = The term's three meetings with dates; kept in the data folder
cmd-ambassador-term-after-help = 
    Examples:
      digikomp ambassador term                            the saved plan, or a new one from today
      digikomp ambassador term --start 2027-01-18         a new plan: a meeting every six weeks
      digikomp ambassador term --weeks 4 -o term.html
arg-ambassador-term-start = The day of the first meeting (year-month-day); makes a new plan
arg-ambassador-term-weeks = Weeks between meetings, 2–12 [default: 6]; remakes the plan from the same first day
arg-ambassador-term-format = File format: md or html [default: by the extension of -o, else text on the terminal]
arg-ambassador-term-output = Write to FILE (.md or .html; - for stdout)
arg-ambassador-term-force = Replace an existing file
arg-ambassador-term-json = Print JSON
cmd-ambassador-log-about = The meetings' log: date, how many came, focus, decisions and actions
cmd-ambassador-log-add-about = Record a meeting in the log (a number, never names)
cmd-ambassador-log-add-after-help = 
    Example:
      digikomp ambassador log add --date 2027-01-18 --attended 7 --focus 4 --decision "We try password managers" --action "Show a visitor the BankID app"
arg-ambassador-log-add-date = The meeting's date (year-month-day) [default: today]
arg-ambassador-log-add-attended = How many came
arg-ambassador-log-add-focus = The focus area's number (may be repeated)
arg-ambassador-log-add-decision = A decision (may be repeated)
arg-ambassador-log-add-action = An action to do before next time (may be repeated)
cmd-ambassador-log-done-about = Mark an action as done
arg-ambassador-log-done-id = The action's id (or its first characters)
arg-ambassador-log-done-date = When it was done (year-month-day) [default: today]
cmd-ambassador-log-show-about = Show the log; with exports, also what moved in the focus areas
arg-ambassador-log-show-inputs = Colleagues' exports from two rounds (CSV or JSON), or folders of them
arg-ambassador-log-show-format = File format: md or html [default: by the extension of -o, else text on the terminal]
arg-ambassador-log-show-output = Write to FILE (.md or .html; - for stdout)
arg-ambassador-log-show-force = Replace an existing file
arg-ambassador-log-show-json = Print JSON
arg-ambassador-log-show-strict = Stop if any file cannot be used
cmd-ambassador-match-about = Learning pairs and small groups of colleagues who chose to take part, without any ratings
cmd-ambassador-match-after-help = 
    Examples:
      digikomp ambassador match exports/
      digikomp ambassador match exports/ --max-learners 2 -o pairs.html
arg-ambassador-match-inputs = Colleagues' JSON exports, or folders of them
arg-ambassador-match-max-learners = At most this many learners per helper, 1–20 [default: 3]
arg-ambassador-match-format = File format: md or html [default: by the extension of -o, else text on the terminal]
arg-ambassador-match-output = Write to FILE (.md or .html; - for stdout)
arg-ambassador-match-force = Replace an existing file
arg-ambassador-match-json = Print JSON
cmd-ambassador-check-about = Check the format of the ambassador's content (without FILE: the bundled one)
arg-ambassador-check-file = A content file in TOML to check
arg-export-learning-match = Take part in collegial learning: add what you can help with and want to learn (JSON)
arg-export-display-name = The name colleagues see when you are matched
file-ambassador-term = the term plan
file-ambassador-log = the ambassador's log
unusable-ambassador-term = the term plan { $path } cannot be used ({ $why }); make a new one with `digikomp ambassador term --start DATE`
unusable-ambassador-log = the log { $path } cannot be used ({ $why }); move it away to start a new log
amb-output-extension = { $path } ends in neither .md nor .html; choose a format with --format md or --format html
amb-bundled-name = the bundled content
amb-check-ok = { $name }: version { $version }, no problems.
amb-check-failed = { $n ->
        [one] { $name } has 1 problem
       *[other] { $name } has { $n } problems
    }
amb-problem-syntax = line { $line }, column { $column }: not content of the right shape ({ $detail })
amb-problem-empty = { $key } is empty
amb-problem-area-missing = area { $area } is missing
amb-problem-area-twice = area { $area } is there twice
amb-problem-area-unknown = area { $area } is not in the question set (1–5)
amb-problem-questions = area { $area } has { $n } questions; it must have exactly 3
amb-problem-minutes = the exercise of area { $area } takes { $minutes } minutes; it must take 15–30
amb-problem-steps = the exercise of area { $area } has { $n } steps; it must have 3–5
amb-problem-missing-text = { $at } has no text in { $lang }
amb-problem-unsafe = { $at } has a control character or an invisible character
amb-problem-meetings = the meetings must be start, middle and end, in that order
amb-problem-no-agenda = the meeting { $key } has no agenda
amb-pack-title = Meeting pack for the ambassador
amb-pack-intro = { $n ->
        [one] The group's profile is built on 1 person's latest answers. The figures are protected as in the workshop report: no one person's answers can be read from them.
       *[other] The group's profile is built on { $n } people's latest answers. The figures are protected as in the workshop report: no one person's answers can be read from them.
    }
amb-pack-intro-round = { $n ->
        [one] The group's profile is built on 1 person's answers in the round { $round }. The figures are protected as in the workshop report: no one person's answers can be read from them.
       *[other] The group's profile is built on { $n } people's answers in the round { $round }. The figures are protected as in the workshop report: no one person's answers can be read from them.
    }
amb-pack-too-small = The group has { $n } people; a meeting pack shows nothing about fewer than { $k }. Gather more colleagues' exports and try again.
amb-pack-profile-caption = The group's profile by area
amb-pack-profile-note = Mean: the group's mean on the scale { $min }–{ $max }. Spread: how differently colleagues answered; it is shown only for groups of at least { $small } people. The figures carry a little noise as protection.
amb-focus-heading = Focus { $n }: { $area }
amb-reason-lowest = Why: the group rates itself lowest here. This is where there is most to gain together.
amb-reason-spread = Why: colleagues' answers differ most here. Some already know a lot and can help others.
amb-reason-second = Why: the group has its second-lowest mean here. The spread is not shown for groups under { $small } people, so the second focus is chosen by the mean instead.
amb-questions-heading = Questions to talk about
amb-exercise-heading = Exercise: { $title } ({ $minutes } min)
amb-scenario-heading = A visitor asks for help
amb-resources-heading = Learn more
amb-resources-none = The question set has no resources for this area.
amb-closing-heading = Closing question
amb-term-title = Term plan for the ambassador
amb-term-intro = { $weeks ->
        [one] Three meetings 1 week apart. The first chooses a focus, the second follows up and the third sees what has moved.
       *[other] Three meetings { $weeks } weeks apart. The first chooses a focus, the second follows up and the third sees what has moved.
    }
amb-term-meeting-heading = { $title }, { $date }
amb-term-agenda-caption = Agenda, { $minutes } minutes
amb-col-minutes = Minutes
amb-col-item = Item
amb-term-end-note = Before the last meeting: ask colleagues to take the test again and export, and `digikomp ambassador log show FOLDER` shows the change beside what you have done.
amb-term-saved = Saved the term plan in { $path }.
amb-log-title = The ambassador's log
amb-log-empty = The log is empty. Record a meeting with `digikomp ambassador log add`.
amb-log-meetings-caption = Meetings
amb-log-actions-caption = Actions
amb-col-date = Date
amb-col-attended = Came
amb-col-focus = Focus
amb-col-decisions = Decisions
amb-col-id = Id
amb-col-action = Action
amb-col-decided = Decided
amb-col-status = Status
amb-col-area = Area
amb-col-mean = Mean
amb-col-spread = Spread
amb-col-done = Done
amb-col-change = Change
amb-col-paired = Same people
amb-status-open = to do
amb-status-done = done
amb-status-done-on = done { $date }
amb-log-needs-decision = a meeting in the log needs at least one decision: --decision "TEXT"
amb-log-added = { $n ->
        [0] Recorded the meeting of { $date } in the log.
        [one] Recorded the meeting of { $date } in the log with 1 action: { $ids }.
       *[other] Recorded the meeting of { $date } in the log with { $n } actions: { $ids }.
    }
amb-action-done = The action { $id } is marked as done on { $date }.
amb-action-already = The action { $id } was already done.
amb-action-unknown = no action in the log has the id { $id }; see `digikomp ambassador log show`
amb-action-ambiguous = several actions start with { $id } ({ $ids }); type more characters
amb-moved-heading = Done and moved
amb-moved-intro = The group's change from the round { $from } to { $to } in the areas the log has had in focus, beside the actions that are done.
amb-moved-caption = Actions and change by focus area
amb-done-of = { $done } of { $all }
amb-moved-note = Change: the difference between the rounds' means. Same people: the mean change for those who answered both times. A dash: too few people to show. The figures carry a little noise as protection.
amb-moved-done-heading = Actions done
amb-moved-one-round = The exports have only one round; the change needs two, for example --label before and after.
amb-moved-no-focus = The log has no focus area yet, so there is no change to show.
amb-no-label = without a name
amb-match-title = Learning pairs and small groups
amb-match-intro = { $n ->
        [one] 1 colleague has chosen to take part. Each helper has at most { $max } learners. No ratings are shown.
       *[other] { $n } colleagues have chosen to take part. Each helper has at most { $max } learners. No ratings are shown.
    }
amb-match-caption = Who helps whom
amb-col-topic = Topic
amb-col-helper = Helper
amb-col-learners = Wants to learn
amb-match-none = None of those who want to learn something has a helper among colleagues yet.
amb-unmatched-heading = Waiting for a helper
amb-unmatched-line = { $topic }: { $names }
amb-match-note = Only colleagues who chose to take part themselves are here, with the name they chose. Get in touch and agree on a time, for example half an hour next week.
amb-match-nobody = { $files ->
        [one] Nobody has chosen to take part in collegial learning (1 export was read). Ask colleagues to export with `digikomp export --learning-match --display-name NAME`.
       *[other] Nobody has chosen to take part in collegial learning ({ $files } exports were read). Ask colleagues to export with `digikomp export --learning-match --display-name NAME`.
    }
amb-learning-needs-json = collegial learning travels only in JSON: use --format json or -o FILE.json
amb-learning-needs-name = collegial learning needs a name to show: --display-name NAME
amb-learning-staff-only = collegial learning (--learning-match) is about the staff questions, not the leaders'; export without --set ledning
amb-learning-ask = Do you want to take part in collegial learning? Then the export also gets a name you choose, the statements you rated { $level } or { $max } (what you can help with) and a few you want to learn. The export holds your answers, as every export does; the ambassador's learning pairs show only names and topics, never anyone's ratings.
amb-learning-name-prompt = Which name should colleagues see? (? = help)
amb-learning-name-help = Type the name you want colleagues to see, for example your first name. An empty line cancels the export.
amb-learning-added = { $help ->
        [one] Taking part in collegial learning: 1 topic to help with
       *[other] Taking part in collegial learning: { $help } topics to help with
    }{ $want ->
        [one] , 1 to learn.
       *[other] , { $want } to learn.
    }
amb-pack-earlier-round = { $n ->
        [one] The latest round, { $latest }, has only 1 person; so the meeting pack is built on the round { $round }.
       *[other] The latest round, { $latest }, has only { $n } people; so the meeting pack is built on the round { $round }.
    }
amb-log-nobody = --attended 0: a meeting nobody came to is no meeting to log; give how many came
amb-log-empty-action = --action "": an action needs a text, for example --action "Try a password manager"
amb-log-future = { $date } has not come yet (today is { $today }): log a meeting or an action done once it has happened
amb-action-before-decided = the action was decided at the meeting of { $decided }, so it cannot have been done on { $on }; give a date from { $decided } on
