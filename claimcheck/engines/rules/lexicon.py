"""The curated word lists the rules engine reads: attribution cues with their
inflections and phrasal forms, hedge cues, and the nouns and names that type
a source. The engine's version is recorded in ``claimcheck/engines/versions.toml``
against a hash of these files: run ``scripts/bump-engine-version`` after a change
(``tests/test_versions.py`` reminds you).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from claimcheck.article import calendar

# --- inflection ------------------------------------------------------------

_DOUBLES: Final = frozenset("admit commit regret submit plan permit rebut beg".split())
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseen", "foreseeing"),
    "put": ("put", "puts", "putting"),
    "read": ("read", "reads", "reading"),
    "teach": ("teach", "teaches", "taught"),
    "make": ("make", "makes", "made", "making"),
}


def inflections(lemma: str) -> tuple[str, ...]:
    """Base, third person, past and gerund forms of a regular English verb."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in _DOUBLES:
        past, gerund = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    elif lemma.endswith("ee"):
        past, gerund = lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
        past, gerund = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, gerund = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, gerund = lemma + "ed", lemma + "ing"
    return (lemma, third, past, gerund)


# --- attribution cues ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CueEntry:
    lemma: str
    family: str  # say, tell, according, speech, cognition, evidence, no_comment
    # A bare cue ("X said the war is over") needs no marker; a guarded one
    # ("X added troops") counts only with a complement: "that", a colon, a
    # quote, a to-infinitive, or the post-posed "..., X added."
    bare: bool = True


# Verbs that report speech and take a clause as they stand.
_SPEECH_BARE: Final = """
note claim insist argue contend assert explain acknowledge admit concede warn suggest announce
state testify confirm predict estimate recall allege declare stress emphasize emphasise reiterate observe remark
complain boast tweet reply indicate hint caution report maintain agree disclose reveal recount counter
speculate quip joke muse lament
retort concur opine theorize surmise posit aver confess
""".split()
# Verbs of verbal attack: guarded cues that take a plain object ("slammed the plan", "assailed Lee as a liar"), and
# count only in the past ("attacks" and "blast" are nouns as often as not).
ATTACK_VERBS: Final = "attack blast slam decry denounce lambaste mock assail".split()
# Verbs of attack that as often tell of force as of words: "Rebels attacked the convoy", "the base was attacked by
# militants" (attributions._cues._a_physical_attack reads which, from who attacks and what is attacked).
PHYSICAL_ATTACK_VERBS: Final = frozenset("attack assail".split())
# Who attacks with force: armed groups, their weapons, criminals and animals.
ARMED_ACTOR_NOUNS: Final = frozenset("""militants militant rebels rebel gunmen gunman troops soldiers soldier insurgents
    insurgent fighters fighter attackers attacker assailants assailant terrorists terrorist jihadists jihadist bombers
    bomber warplanes jets drones drone aircraft forces militia militias militiamen pirates raiders mob rioters looters
    robbers robber thieves thief intruder intruders inmates inmate dog dogs shark sharks bear bears""".split())
# What is attacked with force: places, buildings, vehicles (not people: "attacked the police" may be words).
ATTACK_TARGET_NOUNS: Final = frozenset("""convoy convoys base bases village villages town towns city cities positions
    position checkpoint checkpoints station stations outpost outposts embassy consulate compound compounds camp camps
    ship ships vessel vessels tanker tankers building buildings hospital hospitals school schools church churches
    mosque mosques synagogue synagogues temple market markets train trains bus buses truck trucks car cars vehicle
    vehicles patrol patrols barracks airport airports airfield facility facilities plant plants refinery refineries
    pipeline pipelines infrastructure homes houses home house offices headquarters port ports bridge bridges grid
    depot depots""".split())
# Verbs that report speech but as often mean something else ("called him", "asked for",
# "concluded a hearing"): they need a complement.
_SPEECH_GUARDED: Final = """
add respond answer continue vow pledge promise threaten urge demand propose recommend ask question accuse blame
criticize criticise condemn describe characterize charge praise deny dispute reject signal cite
mention point call advise brief inform assure remind notify
echo liken rule determine conclude beg plead implore post
brag scoff marvel grumble gripe snipe shout yell scream whisper mutter chant exclaim protest clarify elaborate
imply underscore wonder rebut refute proclaim swear affirm confide repeat
""".split() + ATTACK_VERBS
_COGNITION: Final = "believe think suspect fear hope expect doubt feel worry reckon assume figure".split()
# "suggest", "indicate", "reveal" read as speech (bare) for people and documents alike: on
# PolNeAR train, guarding them lost more speech cues than it saved false ones.
_EVIDENCE: Final = "show find document".split()
# Cues that with nothing after them are a going on, not speech, unless a quotation comes before: '"...," she
# continued', but "..., as the investigation continues" (attributions._shapes.subject_first).
GOING_ON_VERBS: Final = frozenset({"continue"})
# Cues that also name a person to a post (attributions._cues._an_appointment): "The Senate confirmed Ruiz as
# ambassador", "voted to confirm the nominees", "was confirmed to serve on the court" give a post, report nothing.
APPOINTMENT_CUES: Final = frozenset({"confirm"})
APPOINTMENT_FORMS: Final = frozenset(f for lemma in APPOINTMENT_CUES for f in inflections(lemma))
# Who is named to a post, as the object of such a cue ("refused to confirm the president's nominees").
NOMINEE_NOUNS: Final = frozenset("nominee nominees appointee appointees".split())
# The verbs of holding a post, after "to" ("confirmed Ruiz to serve as ...", "to lead the agency").
POST_HOLDING_VERBS: Final = frozenset("serve lead head run chair oversee".split())
# Words after a cue that point to what comes next and say nothing themselves ("said the following:", "wrote as
# follows:", "said this:", "added these words:"): the content is what follows the colon, or the next paragraph
# (attributions._content.content_after).
FORWARD_POINTERS: Final = frozenset("following follows this these".split())
# Present forms of the verbs that give out a statement, before "the following statement:" (a past form is read
# by its ending: "issued", "sent", "released"; attributions._shapes.pointed_statement).
STATEMENT_VERB_FORMS: Final = frozenset("issues sends releases provides gives shares posts offers emails".split())
# Words that open a setting between a statement given out and its colon, besides prepositions and adverbs of
# setting: "issued the following statement following the vote:", "... regarding the ruling:".
STATEMENT_SETTING_OPENERS: Final = frozenset("following regarding concerning".split())
FORWARD_POINTER_NOUNS: Final = frozenset(
    "statement statements words remarks message comment comments explanation response note letter post".split())
# Forms of a cue that are never a noun: after a name's "'s" they are its verb ("McDonald's said", "Officials at
# Macy's say", "Trump's said he will run": a brand's name, or "has"), where "Trump's remarks" is a noun
# (attributions._cues._a_noun).
VERB_ONLY_CUE_FORMS: Final = frozenset("said says told tells".split())
# Hedge verbs that are nouns as well, read so opening a sentence before a preposition or "be" (hedges._keeps:
# "Suspect of mall shooting arrested", "Fears of a strike grew"; "Seemed about right." stays a hedge).
HEDGE_VERB_NOUNS: Final = frozenset(
    "suspect suspects fear fears doubt doubts estimate estimates forecast forecasts hope hopes thinking".split())
# Cues of a finding whose "that" may be a demonstrative before what was found ("found that man nearby"): the
# content must be a clause (attributions._content._demonstrative_object).
FINDING_LEMMAS: Final = frozenset({"find"})
# Each lemma in exactly one group (tests/engines/rules/test_lexicon.py): a form's first
# listing wins, so a lemma in two groups would only ever act as the first.
CUE_GROUPS: dict[str, list[str]] = {
    "say": ["say"], "tell": ["tell"], "write": ["write"], "speech_bare": _SPEECH_BARE,
    "cognition": _COGNITION, "speech_guarded": _SPEECH_GUARDED, "evidence": _EVIDENCE,
}
CUE_GROUP_READING: dict[str, tuple[str, bool]] = {
    "say": ("say", True), "tell": ("tell", True), "write": ("write", True), "speech_bare": ("speech", True),
    "cognition": ("cognition", True), "speech_guarded": ("speech", False), "evidence": ("evidence", False),
}
COGNITION_LEMMAS: Final = frozenset(_COGNITION)
# Pronouns that can stand for the speaker of the clause they open, and whether each is plural: "Ruiz said she
# thinks ...", "officials said they believe ..." (the thinking is the speaker's own).
SPEAKER_PRONOUNS: Final = {"he": False, "she": False, "it": False, "they": True, "we": True}
# Cognition verbs of wishing and feeling need a complement ("hopes to", "fears for").
_COMPLEMENT_COGNITION: Final = frozenset("hope fear worry figure feel expect".split())
# Past and -ing forms of verbs that move someone to speak: "the loss led Ruiz to concede that ...".
CAUSATIVE_VERBS: Final = frozenset("led leading prompted prompting drove driving spurred spurring".split())
# Past verbs of rising, pausing or breaking in whose to-infinitive is the speech they were for: "Ruiz
# interjected to say ...", "rose to ask" (not "tried", "wanted", "refused": those say nothing yet).
PURPOSE_VERBS: Final = frozenset(
    "rose stood paused stopped returned phoned telephoned stepped interjected interrupted jumped emerged".split())
# Adjectives after "was" whose to-infinitive was done: "was quick to add that ...", "was careful to note".
PROMPT_ADJECTIVES: Final = frozenset("quick careful eager keen swift fast".split())
# Passive causatives whose to-infinitive was done: "was prompted to say", "were forced to admit".
PASSIVE_CAUSATIVES: Final = frozenset("prompted compelled forced moved spurred".split())
# Nouns whose to-infinitive is a speech not yet made: "a chance to say", "the pressure on her to explain".
INTENT_NOUNS: Final = frozenset(
    """plan plans chance chances opportunity right decision effort attempt bid need time way ability power
    pressure intention reason move call push freedom permission courage willingness refusal failure invitation
    request temptation incentive motion vote deadline promise pledge order orders""".split())
# Words after "pleaded" that make it a plea in court, not speech.
PLEA_WORDS: Final = frozenset("guilty innocent no not".split())

_PHRASES: dict[tuple[str, ...], CueEntry] = {}


def _phrase(words: str, lemma: str, family: str, bare: bool = True) -> None:
    _PHRASES[tuple(words.split())] = CueEntry(lemma, family, bare)


_phrase("according to", "according to", "according")
# "per" as "according to" ("..., per the WHO,"): a single word, so SINGLE_CUES below; the
# engine takes it only after a comma or at a clause start and before a name ("per cent" never).
PER: Final = CueEntry("according to", "according")
# Heads of an "according to" phrase that name a standard followed, not a source: "seated according to their
# preference", "ranked according to merit". A plan or a custom is one only bare ("went according to plan"; "according
# to the plan, troops would leave" cites a document).
ACCORDING_TO_A_STANDARD: Final = frozenset(
    "preference preferences taste tastes wishes wish need needs ability abilities merit size age height weight".split())
ACCORDING_TO_A_BARE_STANDARD: Final = frozenset("plan schedule tradition custom script formula design".split())
_phrase("went on to say", "say", "say")
_phrase("go on to say", "say", "say")
_phrase("goes on to say", "say", "say")
_phrase("going on to say", "say", "say")
# "went so far as to say", "went out of her way to praise": idioms of a saying that was done
for _go in ("went", "go", "goes", "going"):
    for _verb in ("say", "suggest", "claim", "call", "argue", "praise", "thank", "note", "mention", "compare"):
        _family = "say" if _verb == "say" else "speech"
        for _far in ("so far as to", "as far as to"):
            _phrase(f"{_go} {_far} {_verb}", _verb, _family)
        for _own in ("his", "her", "their", "its", "my", "our", "your"):
            _phrase(f"{_go} out of {_own} way to {_verb}", _verb, _family)
for _form in inflections("point"):
    _phrase(f"{_form} out", "point out", "speech")
    _phrase(f"{_form} to", "point to", "speech", bare=False)
for _form in inflections("call"):
    _phrase(f"{_form} for", "call for", "speech")
    _phrase(f"{_form} on", "call on", "speech")
for _form in ("made clear", "made it clear", "makes clear", "makes it clear", "make clear", "make it clear"):
    _phrase(_form, "make clear", "speech")
for _form in ("put it", "puts it"):
    _phrase(_form, "put it", "speech")  # "as the memo put it"
# "voiced concerns that ...", "expressed hope that ...": a stance put into words, with what it holds as content
# (guarded: "expressed support for the bill" reports no claim). "Raised concerns" is left out: its subject is as
# often a thing ("the move raised concerns") as a speaker.
STANCE_NOUNS: Final = frozenset("""concern concerns fear fears doubt doubts hope hopes confidence worry worries frustration
skepticism scepticism optimism alarm regret""".split())
for _verb in ("voice", "express"):
    for _form in inflections(_verb):
        for _noun in STANCE_NOUNS:
            _phrase(f"{_form} {_noun}", f"{_verb} {_noun}", "speech", bare=False)
# "made no mention of the attack", "avoided all mention of her rival", "makes no specific mention of": a mention
# made or held back, with what it is about as content (as "did not mention" reads).
_MENTION_AMOUNTS: Final = "no little scant any all only passing brief".split()
_MENTION_KINDS: Final = "specific overt direct explicit passing brief sparing".split()
for _verb in ("make", "avoid", "carry"):
    for _form in inflections(_verb):
        for _amount in _MENTION_AMOUNTS:
            for _kind in ["", *_MENTION_KINDS]:
                if _amount != "only" or _kind:  # "only sparing mention of", not "only mention of"
                    _phrase(" ".join(w for w in (_form, _amount, _kind, "mention", "of") if w), "mention", "speech")
for _form in inflections("weigh"):
    _phrase(f"{_form} in", "weigh in", "speech", bare=False)
for _form in inflections("speak"):
    _phrase(f"{_form} out", "speak out", "speech", bare=False)

# "declined to comment" and kin: asked, but a source for nothing.
_NO_COMMENT_PHRASES = [
    "declined to comment",
    "declined comment",
    "declines to comment",
    "declined to discuss",
    "declined to elaborate",
    "declined to be interviewed",
    "refused to comment",
    "refused comment",
    "did not respond",
    "did not immediately respond",
    "didn't respond",
    "didn't immediately respond",
    "has not responded",
    "have not responded",
    "had not responded",
    "did not return",
    "did not immediately return",
    "didn't return",
    "could not be reached",
    "could not immediately be reached",
    "was not available for comment",
    "were not available for comment",
    "was unavailable for comment",
    "were unavailable for comment",
    "did not reply",
    "did not comment",
    "would not comment",
    "wouldn't comment",
    "would not say",
    "declined to say",
    "refused to say",
    "declined to specify",
    "declined to identify",
    "would not discuss",
    "had no comment",
    "has no comment",
    "have no comment",
    "had no immediate comment",
    "did not answer",
]
# "declined to address", "refused to answer": a refusal verb, then any verb of answering.
_REFUSALS: Final = [form for lemma in ("decline", "refuse") for form in inflections(lemma)]
# "failed to respond to his request", "fails to reply": an answer not given, as "did not respond" is
_NO_COMMENT_PHRASES += [f"{form} to {verb}" for form in inflections("fail")
                        for verb in ("respond", "reply", "comment", "answer", "return")]
_ANSWERING: Final = """comment discuss elaborate say specify identify address answer respond confirm detail speculate
explain reply provide give share""".split()
_NO_COMMENT_PHRASES += [f"{refusal} to {verb}" for refusal in _REFUSALS for verb in _ANSWERING]
_NO_COMMENT_PHRASES += [f"{left} without {answer}" for left in ("left", "leaves", "walked away")
                        for answer in ("responding", "commenting", "answering", "comment")]
for _p in dict.fromkeys(_NO_COMMENT_PHRASES):
    _phrase(_p, "no comment", "no_comment")


def _build_cues() -> tuple[dict[str, CueEntry], dict[tuple[str, ...], CueEntry]]:
    single: dict[str, CueEntry] = {}

    def put(lemma: str, family: str, bare: bool) -> None:
        for form in inflections(lemma):
            # the first listing of a form wins: say-family before anything else
            single.setdefault(form, CueEntry(lemma, family, bare))

    for name, lemmas in CUE_GROUPS.items():
        family, bare = CUE_GROUP_READING[name]
        for lemma in lemmas:
            put(lemma, family, bare and lemma not in _COMPLEMENT_COGNITION)
    # forms that read as other words far more often than as cues
    for ambiguous in ("figure", "figures", "feeling", "hoping", "calling", "point", "points", "order", "orders",
                      "brief", "charge", "charges", "finding", "findings", "showing", "call", "calls", "question",
                      "questions", "answer", "report", "reports", "state", "states", "fear", "fears", "hope",
                      "hopes", "doubt", "doubts", "worry", "document", "documents", "estimate", "estimates",
                      "counter", "show", "shows", "thinking", "continue", "continues", "continuing", "reading"):
        entry = single.get(ambiguous)
        if entry is not None:
            single[ambiguous] = CueEntry(entry.lemma, entry.family, False)
    # forms that are nouns far more often than verbs: "the show", "her remarks", "state law"
    for noun in ("elaborate", "protest", "protests", "report", "state", "states", "show", "note", "point", "points", "remark", "remarks", "demand",
                 "praise", "counter", "order", "brief", "call", "question", "questions", "answer",
                 "answers", "estimate"):
        single.pop(noun, None)
    # attack-type verbs count only in the past: "attacks" and "blast" are nouns as often as not
    for lemma in ATTACK_VERBS:
        for form in inflections(lemma):
            if not form.endswith("ed"):
                single.pop(form, None)
    single["per"] = PER
    return single, dict(_PHRASES)


SINGLE_CUES, PHRASE_CUES = _build_cues()
# Forms dropped above (or guarded) as nouns that still report speech, bare, where a subject
# stands right before them and the verb agrees with it ("experts note that", "it states that",
# "the Herald reports the deal is off", "officials estimate that"); attributions._cues.verb_position_cue decides.
VERB_POSITION_CUES: Final = {form: CueEntry(lemma, "speech", True)
                      for lemma in ("note", "report", "state", "remark", "estimate")
                      for form in inflections(lemma)[:2]}
# "Polls show ...", "records show that ...", "the data show a rise": evidence from documents in the base form (its
# -s and past forms are cues as they stand), read as a verb only after a plural document noun (DOCUMENT_NOUNS).
VERB_POSITION_CUES["show"] = CueEntry("show", "evidence", True)
# What a poll found, with "In" as the cue ("In a CBS News poll, Ruiz led ..."), and the participles of its phrase set
# off after it ("In a poll of 800 voters, conducted last week, ..."). attributions._shapes.poll_findings reads them.
POLL_NOUNS: Final = frozenset("poll polls survey surveys".split())
POLL_PARTICIPLES: Final = frozenset("released published conducted taken commissioned".split())
# Prepositions that join a speaker's role to whom or where it serves: "Lee Park of the University of Iowa", "an aide
# to President Bush", "a spokesman for the mayor".
AFFILIATION_PREPOSITIONS: Final = frozenset("of at from to for".split())
# What can stand between a plural document noun and its "show" ("data from the agency show", "records obtained by
# the AP show", "figures released Tuesday show"): a preposition of its source, or a participle of its making
# (DOCUMENT_PARTICIPLES, POLL_PARTICIPLES).
DOCUMENT_MODIFIER_PREPOSITIONS: Final = AFFILIATION_PREPOSITIONS | frozenset("by in on".split())
# Nouns that take a plural verb with no -s: "the data show".
PLURAL_WITHOUT_S: Final = frozenset("data".split())
# Words after a base "show" that make it another verb: "figures show up", "the ads show off".
SHOW_PARTICLES: Final = frozenset("up off".split())
MAX_PHRASE: Final = max(len(k) for k in PHRASE_CUES)
PHRASE_FIRST_WORDS: Final = frozenset(k[0] for k in PHRASE_CUES)

# Labels before a colon that name no speaker: their first word ("Note:", "Watch:", "Question:", "Related:") or
# their last ("Editor's Note:", "Delegate Update:", "Paid Notice:"). An interview's "Q:" is left a speaker.
NOT_SPEAKER_LABELS: Final = frozenset(
    "note update correction editor photo video watch read see question answer name related remember".split())
# A nationality's noun for one of its people ("the Spaniard", "the Briton", "the Frenchman"): sports and foreign news name
# a person it named by it ("Badosa said ... the Spaniard said"), never a body ("The Hill" is one). Singular only: "the
# Russians", "the Saudis" are a side or a government; nor the forms that are plurals too ("the Chinese", "the Swiss").
DEMONYM_NOUNS: Final = frozenset(
    """
    Spaniard Briton Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman Welshman
    Welshwoman Dutchman Dutchwoman Dane Swede Finn Pole Scot Serb Croat Czech Slovak Turk Argentine Argentinian
    Brazilian Australian German Italian Canadian Russian Ukrainian Norwegian Belgian Austrian Greek Israeli Iranian
    Pakistani Egyptian Kenyan Ethiopian Nigerian Mexican Colombian Chilean Peruvian Venezuelan Cuban Ghanaian
    Moroccan Algerian Tunisian Filipino Indonesian Thai Korean Romanian Bulgarian Hungarian Kiwi Aussie Brit
    Zealander Scandinavian Uruguayan Ecuadorian Bolivian Paraguayan Jamaican Haitian Slovenian Estonian Latvian
    Lithuanian Georgian Armenian Azerbaijani Kazakh Uzbek Afghan Iraqi Syrian Saudi Jordanian Yemeni Emirati Qatari
    Kuwaiti Omani Libyan Somali Ugandan Tanzanian Zimbabwean Zambian Cameroonian Ivorian Malian Malaysian
    Singaporean Bangladeshi Nepali Mongolian
    """.split()
)
# The heads of a definite description that news uses for a person it has named ("the Florida senator", "the GOP
# front-runner", "the Wisconsin Republican"): a title's noun, with the abbreviations a name is written with, or a
# word of a campaign or a party (joined to the nearest person named before, uncertainly: no title to check).
EPITHET_TITLES: Final = {"senator": ("sen", "senator"), "governor": ("gov", "governor"),
                  "congressman": ("rep", "representative", "congressman"),
                  "congresswoman": ("rep", "representative", "congresswoman")}
EPITHET_HEADS: Final = frozenset(EPITHET_TITLES) | frozenset(
    "candidate nominee front-runner frontrunner republican democrat mogul billionaire businessman coach".split()) | frozenset(
    w.lower() for w in DEMONYM_NOUNS)
# Text nouns that name people after a people's modifier ("GOP figures", "public figures", "a party figure"), numbers
# otherwise ("figures show", "the latest figures"); the modifiers besides a party's member's word (PARTY_MEMBER_WORDS)
# or a rank (RANK_WORDS) that make them people.
PEOPLE_OR_TEXT_NOUNS: Final = frozenset("figure figures".split())
PEOPLE_FIGURE_MODIFIERS: Final = frozenset(
    "public political prominent establishment religious party opposition literary cultural progressive polarizing "
    "controversial divisive gop democratic".split())
# The one word before a headline's or a list item's colon that names nobody: a story's label ("Breaking:"; cf.
# article.metadata's labels before a dateline's dash), a teaser's word ("Revealed:", "Busted:", "Bombshell:"), an
# interjection or discourse word ("Wow:", "So:", "Plus:", "Look:"), a page's field ("Byline:", "Email:").
NOT_COLON_SPEAKERS: Final = NOT_SPEAKER_LABELS | frozenset("""
    breaking exclusive developing updated alert urgent flash live analysis opinion commentary explainer recap
    revealed busted leaked exposed confirmed caught bombshell shocking must-see
    wow hey look so plus boom yes no well okay ok oh now again first second third finally also
    byline email e-mail dateline
    """.split())
LABEL_ENDS: Final = frozenset("note update notice daily newsletter".split())
# Words of large counts before which a plural cue form is a noun: "a million tweets", "thousands of calls".
LARGE_COUNTS: Final = frozenset("hundred hundreds thousand thousands million millions billion billions dozens".split())
# Words of manner or time that open no content after a cue that takes an object: "responded with anger",
# "responded when the ads ran" ("responded by saying ..." reports the saying, "described him as", "determine if").
MANNER_OPENERS: Final = frozenset("with from in at into through without when after before while".split())
# Words that open a clause of time after a cue: '"Really," she added when the host gasped.'
TIME_SUBORDINATORS: Final = frozenset("when as after before while once".split())
# Lead-ins of the writer's own feeling, before a clause: "I am glad reporters are pointing this out": the
# clause is the writer's opinion, no source's report.
FEELING_ADJECTIVES: Final = frozenset(
    "glad happy pleased thrilled delighted sad sorry relieved proud grateful thankful disappointed".split())
# Cue forms that are as often plural nouns: "Republican claims", "his tweets".
NOUN_LIKE_FORMS: Final = frozenset("claims tweets reports charges calls notes demands findings warnings documents rules disputes".split())
# A plural verb's first word after one of NOUN_LIKE_FORMS ("reports are", "claims have", "reports could"): the form is
# the plural noun, that verb's subject (attributions._cues._a_noun); so is a cue's base form after it ("reports
# speculate", "tweets say"), unless that is a noun too ("reports report", "claims claim" are rare, "charges call").
PLURAL_VERB_STARTS: Final = frozenset("are were have had would could may might will should can must".split())
NOUN_LIKE_BASE_FORMS: Final = frozenset("claim tweet report charge call note demand finding warning document rule "
                                        "dispute post statement comment".split())
# Adverbs of frequency and manner that stand only before a verb, never before a noun: "Ruiz often notes",
# "Lee also claims", "the mayor frequently tweets" (a form of NOUN_LIKE_FORMS after one is the verb).
VERB_ADVERBS: Final = frozenset(
    """also often always never sometimes repeatedly frequently usually regularly routinely consistently
    previously publicly privately recently reportedly""".split())

# Nouns that carry what their possessor said: "the senator's claim that ...", "her warning that ...".
STATEMENT_NOUNS: Final = frozenset(
    """claim claims statement statements assertion assertions contention insistence argument allegation
    allegations accusation accusations comment comments remark remarks warning warnings prediction predictions
    promise promises pledge announcement admission insinuation suggestion""".split())
POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}

# Passive reports name the source after "by": "were described by X".
PASSIVE_CUE_VERBS: Final = frozenset(
    f for lemma in "describe report confirm tell announce disclose reveal criticize criticise condemn ask".split()
    for f in inflections(lemma)[2:3]
) | {"told", "written", "shown"}
# Past participles with no past-tense reading ("written", "shown", "spoken"): with no "have" or "be" before them they
# modify a noun ("a biography written by ...", "notes written in the margins"), and no subject of theirs speaks.
PARTICIPLE_ONLY_FORMS: Final = frozenset(forms[3] for forms in _IRREGULAR.values() if len(forms) == 5)
# Past participles that name their source after "by" past a few words of time or manner ("were claimed by
# the group", "was first reported last week by the Herald", "is never mentioned by the moderators"): every
# speech verb that takes a clause as it stands, and the guarded ones whose passive still reports a saying.
# (Requests, pledges and calls are left out: "was urged by X to", "was called by his aide"; so are forms whose
# passive mostly means something else: "a site maintained by", "a car recalled by its maker", "is explained by the rules".)
PASSIVE_AGENT_CUES: Final = PASSIVE_CUE_VERBS | frozenset(
    f for lemma in ["say"] + _SPEECH_BARE + "mention deny dispute praise accuse criticize criticise condemn "
    "describe characterize echo".split()
    for f in inflections(lemma)[2:3]
) - {"agreed", "maintained", "observed", "recalled", "countered", "indicated", "explained"}  # other senses by far

# Adverbs of time a title-case headline puts between its subject and a past verb: "Trump Just Announced ...".
HEADLINE_TIME_ADVERBS: Final = frozenset("just finally".split())
# Auxiliaries and negation that belong to the cue's verb group: "has said", "doesn't think".
VERB_GROUP: Final = frozenset(
    """
    has have had is are was were will would could can should may might must do does did 've 's 'd not n't
    doesn't doesn’t didn't didn’t don't don’t hasn't hasn’t haven't haven’t hadn't hadn’t won't won’t wouldn't
    wouldn’t isn't isn’t wasn't wasn’t never always also often repeatedly already again once previously later
    couldn't couldn’t can't can’t cannot shouldn't shouldn’t mustn't mustn’t
    """.split()
)
# Sentence adverbs that can sit between a source and its verb without commas: "Carter however said".
SENTENCE_ADVERBS: Final = frozenset("however though too instead meanwhile therefore nonetheless nevertheless thus".split())
# Words that can sit between a source and its verb: "has also said".
AUXILIARIES: Final = frozenset(
    """
    has have had also later previously repeatedly publicly privately recently then once further already again
    will would could might may must can should did does do is was are were been be often frequently separately
    earlier subsequently initially first last reportedly just still even never ever always not n't long both all now
    didn't didn’t doesn't doesn’t don't don’t hasn't hasn’t haven't haven’t hadn't hadn’t won't won’t
    wouldn't wouldn’t isn't isn’t wasn't wasn’t aren't aren’t weren’t weren't
    couldn't couldn’t can't can’t cannot shouldn't shouldn’t mustn't mustn’t
    """.split()
)
# Bare speech verbs whose plain object gives them another sense: "officials observed the ceremony" watched it,
# "the city maintains the bridge" keeps it up, "maintained a commanding lead" kept it. They report speech with a
# clause, a marker or a quotation ("observed that", "maintained he was at home"), or with an object that is itself
# a claim held (HELD_CLAIM_NOUNS: "maintained his innocence"), not with any other object alone
# (attributions._content._another_sense).
OTHER_SENSE_WITH_AN_OBJECT: Final = frozenset({"observe", "maintain"})
# The heads of an object that is a claim held or given, which keeps such a verb's speech sense: "has maintained his
# innocence", "maintained their position".
HELD_CLAIM_NOUNS: Final = frozenset("""innocence position positions stance view views claim claims denial denials
    contention account version line assertion argument belief""".split())
# Bare speech verbs that also give up a contest: "conceded the race to Hartley", "is conceding the election",
# "conceded three goals" report no words (an act, as "won the race"); "conceded that ...", "conceded defeat",
# "conceded his bid" keep their cue, as PolNeAR reads them.
CONTEST_CUES: Final = frozenset({"concede"})
# The heads of what is won or lost, as the object of such a cue.
CONTEST_NOUNS: Final = frozenset("""race races election elections contest contests primary primaries runoff caucus
    caucuses game games match matches seat seats goal goals penalty penalties""".split())
# Bare speech verbs that also withdraw something: with a counted or an "its" object ("Toyota recalled 100,000 cars",
# "the ministry recalled its ambassador") they report no speech; with a person's own object ("recalled her days in
# office", "recalled numerous calls with Trump") they recount, as PolNeAR reads them.
WITHDRAWAL_CUES: Final = frozenset({"recall"})
# What a government or a maker withdraws when it "recalls" it: envoys, troops, products ("recalled the ambassador from
# Moscow", "recalled the affected vehicles"; not "recalled the day the dam broke").
WITHDRAWN_NOUNS: Final = frozenset("""ambassador ambassadors envoy envoys diplomat diplomats troops forces vehicles cars
    trucks models products product devices units batches batch shipments lots""".split())
# Speech verbs of remembering: after a modal ("couldn't recall the date", "may recall other deals") they say whether
# one remembers, not what anyone says (a speaker's modal before any other speech verb reports: "Ruiz would argue").
MEMORY_CUES: Final = frozenset({"recall"})
# Guarded verbs whose content may be a clause with no "that" ("He added the police will release details", "Lichtman
# adds he can say", "vowed the plant would reopen"): a subject, then its verb (attributions._content._a_clause_at).
ZERO_THAT_CUES: Final = frozenset("add promise vow pledge signal determine conclude rule answer".split())
# Objects that "tell" takes as what it reports, with no one told: "Fox told a different story", "polls tell a tale".
TOLD_NOUNS: Final = frozenset("story stories tale tales version".split())
# Guarded verbs that report speech with a plain object: "Clinton mentioned the remarks".
OBJECT_SPEECH: Final = frozenset(
    """
    mention announce deny criticize criticise condemn praise reject dispute describe question blame accuse cite
    urge demand propose recommend respond reiterate
    """.split()
) | frozenset(ATTACK_VERBS)

# --- noun phrases (engines/rules/phrases.py) --------------------------------

PREPOSITIONS: Final = frozenset("in on at during for of with from by after before over under about amid among".split())
# Prepositions besides PREPOSITIONS that open a qualifier after a phrase's head, "the company behind the plan", "a
# source within the ministry" (phrases.core_phrase): the head is the noun before them.
QUALIFYING_PREPOSITIONS: Final = frozenset("behind within inside beyond across".split())
# Every preposition that takes a noun phrase after it: where a phrase's article may follow a word ("into the
# U.S.", "against the plan") without a new phrase opening (phrases._extends_back).
OBJECT_PREPOSITIONS: Final = PREPOSITIONS | frozenset(
    """into onto toward towards across against through throughout within without between behind beyond upon
    via like unlike near despite except including regarding per than as to around along inside outside""".split())
# Words of a time or a setting after a source or a cue: "on Monday", "in an interview".
TIME_WORDS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week weeks month months year
    years morning
    afternoon evening night interview statement email e-mail call conference speech briefing hearing letter
    podcast post tweet appearance meeting rally session news television radio recent
    """.split()
)
# Units of time: "a few minutes later", "days after", "two years ago" (a time phrase, not a subject's head).
TIME_UNITS: Final = frozenset("second seconds minute minutes hour hours day days week weeks month months year years decade decades".split())
DAY_WORDS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
# Words that open a time phrase trailing a source: "officials last week", "the mayor earlier this month".
TIME_LEADS: Final = frozenset("last earlier late this later recently also then".split())
# Place adverbs that can stand between a subject and its verb: "officials here say".
PLACE_ADVERBS: Final = frozenset("here there".split())
# Words that can stand between a subject and its verb without being part of it: a time said by its word alone
# ("Clinton defenders today argue that ..."), a reflexive that stresses the subject ("Ruiz himself acknowledged"),
# and two-word adverbials ("critics have in particular noted", "the groups have in fact reported").
DEICTIC_TIME_ADVERBS: Final = frozenset("today yesterday tonight".split())
INTENSIFYING_REFLEXIVES: Final = frozenset("himself herself themselves itself".split())
# Forms of "do" that carry a base-form verb after them ("did note that", "didn't report that"), and the subject
# pronouns that stand between in an inverted clause ("nor did he report that ...").
DO_FORMS: Final = frozenset("do does did don't doesn't didn't don’t doesn’t didn’t".split())
SUBJECT_PRONOUNS_AFTER_DO: Final = frozenset("he she it they we i you".split())
# Counts that stand for the people counted after "the": "The two admit that ...".
SMALL_COUNTS: Final = frozenset("two three four five six".split())
INNER_ADVERBIALS: Final = frozenset({("in", "fact"), ("in", "particular"), ("in", "turn"), ("of", "course")})
# A time phrase between a subject and its verb ("Ruiz on Tuesday wrote", "the chairman this past week
# announced", "Ruiz a month later said"): the words it ends on, and the words it may hold before them.
TIME_PHRASE_ENDS: Final = DAY_WORDS | frozenset(
    "week weeks month months year years weekend morning afternoon evening night later earlier ago past".split())
TIME_PHRASE_WORDS: Final = frozenset("on in at during last this next past earlier later the a an few several same".split())
IRREGULAR_PAST: Final = frozenset(
    "sent said told made took gave went came met won lost paid held left led wrote found thought saw spoke became "
    "began kept brought bought put ran sat stood fell rose drew hit cut set "
    # past forms that are no other word: "sought to calm ..., saying", "struck a deal"
    "sought fought caught taught struck spent built meant knew grew threw drove rode wore chose broke stole froze "
    "woke forgot got shot fled heard sold swore tore slept swept wept dealt understood withdrew overcame undertook "
    "forgave sang rang swam drank sank shook mistook arose awoke".split())
# Regular past forms of four letters, which the "-ed" rule for a past verb (phrases.past_verb: five letters or more,
# for "bed", "red", "need", "seed") leaves out: "The city was sued by Acme, which ...", "owed", "died".
SHORT_PAST_FORMS: Final = frozenset("sued owed tied lied died vied eyed".split())
# Endings of plural common nouns that open sentences capitalised: "Engineers said".
COMMON_PLURAL_ENDINGS: Final = ("ers", "ists", "ians", "ents", "ants", "ors", "ees", "ives", "eers", "ites")

# --- attribution grammar (engines/rules/attributions/) ---------------------

BE_FORMS: Final = frozenset("is are was were been be being".split())
# The marks that set off an aside or a list of members: "officials, including ...", "Ruiz — a nurse — said".
ASIDE_MARKS: Final = frozenset({",", "—", "–", "―"})
# Dashes as typed: em, en, and the hyphen of plain text (" - ", "--" is two of them).
DASHES: Final = frozenset("—–―-")
# Relative pronouns that can stand as a source ("Ruiz, who said ..."): the source they report is
# their antecedent (the engine reports it; ``claimcheck eval`` matches a gold "who" to it).
RELATIVE_PRONOUNS: Final = frozenset("who which that".split())
# "who" with its auxiliary in one token ("superdelegates who've announced", "leaders who'd rather be working"):
# a relative pronoun as a clause's subject, as "who have", "who would" are.
RELATIVE_CONTRACTIONS: Final = frozenset("who've who’ve who'd who’d".split())
# The words that open a relative clause after a source's noun phrase and so end its head: "an official who
# ...", "a study that ...", "the group, whose leader ..." (the phrase's head is before them).
RELATIVE_CLAUSE_OPENERS: Final = RELATIVE_PRONOUNS | {"whose"}
# "continues to insist", "appeared to suggest": the speaking still happens.
GOING_ON_FORMS: Final = frozenset("continue continues continued continuing began begin begins".split())
RAISING_VERBS: Final = GOING_ON_FORMS | frozenset("seemed seems seem appeared appears appear went".split())
# Verbs of trying, refusing and failing whose to-infinitive of speech is on record as a speech attempted or held back
# ("tried to explain her plan", "refused to admit that he erred", "failed to mention the attack"): reported with the
# verb in the cue (attributions._cues.verb_group_start), so the report reads as what the source would not say.
# (Not "declined": "declined to say" is a no-comment; not "wants", "plans": intentions say nothing yet.)
ATTEMPT_AND_REFUSAL_VERBS: Final = frozenset(form for lemma in ("try", "attempt", "refuse", "fail")
                                             for form in inflections(lemma))
# Verbs whose object is the one a message goes to: "sent Ruiz a note saying ...", "emailed supporters saying ..." (the
# participle after that object is the sender's; attributions._shapes._speaking_object).
SENDING_VERBS: Final = frozenset(form for lemma in ("send", "email", "text", "mail", "give", "hand", "forward", "wire")
                                 for form in inflections(lemma)) | frozenset("sent gave given handed".split())
# Verbs of going on that take a gerund ("kept saying", "began telling reporters", "continues insisting"): the speech
# goes on, said by the subject before them, and the cue takes the verb in as "continued to say" does
# (attributions._cues.verb_group_start). Not "stopped", "quit": what is no longer said is no report of it.
GERUND_ASPECT_VERBS: Final = frozenset("keep keeps kept start starts started begin begins began begun continue continues "
                                       "continued resume resumes resumed".split())
# Verbs of stopping before a gerund: "stopped claiming it was safe", "quit saying so" report what is no longer said.
GERUND_STOP_VERBS: Final = frozenset("stop stops stopped quit quits cease ceases ceased".split())
# Verbs before "to" whose infinitive of speech is reported with the subject before them.
SPEECH_INFINITIVE_VERBS: Final = RAISING_VERBS | ATTEMPT_AND_REFUSAL_VERBS
# Of those, the ones the cue takes in ("continued to say", "tried to explain"); "seemed to suggest" keeps "seemed" out
# of the cue, the reporter's hedge on whether it was said (hedges).
CUE_INFINITIVE_VERBS: Final = GOING_ON_FORMS | ATTEMPT_AND_REFUSAL_VERBS
# Base forms dropped from the cues as nouns ("a question", "the state") that are verbs after "to" and such a verb:
# "continued to question whether ...", "tried to note that ..." (attributions._cues.infinitive_cue).
INFINITIVE_ONLY_CUES: Final = frozenset("question note state report demand praise".split())
# Finite verbs a subject can take straight after it: after a bare "-ing" cue they make the cue a gerund, the subject
# ("accountability reporting is being funded", "its deeper reporting has found"), never a speaking participle.
FINITE_AFTER_A_SUBJECT: Final = frozenset("is are was were has have had does did isn't aren't wasn't weren't hasn't "
                                          "haven't hadn't isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t".split())
# The forms of "have" and "be" that head a perfect or a passive: "has written", "was shown", "they're written".
AUXILIARY_HEADS: Final = BE_FORMS | frozenset("has have had having 've ’ve 's ’s 're ’re 'm ’m".split())
# Comparatives before "likely to" that report what a survey's people said: "voters are more likely to say ..."
# (a bare "likely to say" predicts a saying, and reports none).
COMPARATIVES: Final = frozenset("more less most least".split())
CONTRACTED_PRONOUNS: Final = frozenset(
    "he's he’s she's she’s it's it’s they're they’re we're we’re i'm i’m that's that’s who's who’s "
    "they've they’ve we've we’ve i've i’ve you've you’ve "
    "he'd he’d she'd she’d they'd they’d we'd we’d i'd i’d you'd you’d it'd it’d "
    "he'll he’ll she'll she’ll they'll they’ll we'll we’ll i'll i’ll you'll you’ll it'll it’ll".split())
# Words that make the next one a noun: "the report", "his claims".
NOUN_DETERMINERS: Final = frozenset("the a an this these those his her their its our my your".split())
# Demonstratives: before a time word they open a time ("this week"), before any other noun they are part of
# the phrase ("this source told", "that person said").
DEMONSTRATIVES: Final = frozenset("this that these those".split())
# Adverbs that open a sentence before its subject and are no part of it: "Now Bloomberg says ...".
PHRASE_LEADING_ADVERBS: Final = frozenset("now today yesterday tonight still meanwhile instead moreover nonetheless".split())
# The first half of a correlative before a coordination of names: "Both Cruz and Fiorina criticized ...".
CORRELATIVE_LEADS: Final = frozenset("both either neither".split())
# Focusing adverbs before a source ("even his own supporters", "Even Ana Ruiz said", "only 24 percent"): they
# weigh the source, they are no part of who it is.
FOCUSING_ADVERBS: Final = frozenset("even only just".split())
# Words that open a clause or an aside before its subject and are no part of it: "And Ruiz said", "Although
# Bloomberg is ...", "like Ana Ruiz, who said"; with SUBORDINATORS.
CLAUSE_LEADS: Final = frozenset("and but yet so or nor despite like".split())
# Spans of time a demonstrative can open besides TIME_WORDS and DAY_WORDS: "this time", "that spring".
TIME_SPANS: Final = frozenset("time times spring summer fall autumn winter weekend season term cycle round".split())
# Heads of a partitive of a body's people: "members of the Iraqi Parliament", "a member of the committee".
# Its unnamed members are unnamed people, not the body on record (docs/accuracy.md).
MEMBER_NOUNS: Final = frozenset("member members".split())
# Pronouns that can be the recipient of "told": "told him", "told it".
RECIPIENT_PRONOUNS: Final = frozenset("him her them it me us you".split())
MODAL_VERBS: Final = frozenset("""would could may might will should can must couldn't couldn’t can't can’t cannot shouldn't
    shouldn’t mustn't mustn’t""".split())
# A singular verb's first word right after a content's "that": the "that" is a demonstrative, the clause's subject
# ("says that might not be the case", "said that was wrong"), and stays in the content (attributions._content.trim).
DEMONSTRATIVE_SUBJECT_VERBS: Final = frozenset("""is was isn't wasn't isn’t wasn’t has hasn't hasn’t means meant
    makes made seems seemed sounds""".split())
# Prepositions that open a setting between a cue and its content: "said on Friday", "said in a statement".
SETTING_PREPOSITIONS: Final = frozenset("on in during at to with last this earlier late".split())
# Words that open where or when something was said after an inverted speaker: '"...," said Ruiz
# during the debate', '... said Ruiz when asked about it'.
SPEECH_SETTING_OPENERS: Final = frozenset("in on during at when while after before".split())
# Single words that say when or how something was said, skipped between a cue and its content.
SETTING_ADVERBS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today morning afternoon evening night tonight
    overnight yesterday recently also publicly privately repeatedly later again afterward afterwards separately
    earlier then previously flatly bluntly simply frankly openly explicitly""".split())
# Verbs whose reported content may open with a preposition: "warned of", "vowed to".
# Of PREPOSITIONAL_SPEECH, the cues whose "for" opens what they say: "called for a vote", "blamed him for",
# "asked for an inquiry" (a request, reported when the asker is the subject of an active verb).
FOR_CONTENT_CUES: Final = frozenset("call blame praise criticize ask".split())
PREPOSITIONAL_SPEECH: Final = frozenset(
    "say tell write warn vow pledge promise threaten urge ask accuse blame call for call on call demand propose "
    "recommend criticize criticise condemn praise complain speak hint caution argue insist remind assure testify "
    "advise brief inform point to point speak out weigh in".split()
) | {"call for", "call on", "point to", "speak out", "weigh in"}
# Verbs whose to-infinitive is the claim itself, as "that" opens it: "claimed to be undecided", "claims to have won"
# (like "vowed to", "pledged to" of PREPOSITIONAL_SPEECH; their other prepositions are no content: "claims of fraud").
TO_INFINITIVE_CLAIMS: Final = frozenset({"claim"})
# Verbs that take an object and then a to-infinitive: "urged the council to act".
OBJECT_TO_VERBS: Final = frozenset("urge ask warn advise remind encourage press implore threaten vow pledge promise tell "
                            "beg plead call on".split()) | {"call on"}
# Verbs of speech addressed to someone, beside "tell": "assured the public that ...", "reminded voters at a rally
# that ...". The one addressed stands between the cue and a "that" clause and is no part of the content.
ADDRESSEE_VERBS: Final = frozenset("assure reassure remind notify inform advise brief warn promise caution alert "
                            "convince persuade".split())
# "began by saying", "criticised for saying": a gerund whose subject is the sentence's.
# Particles of phrasal verbs: "followed up by asking", "started off by saying".
VERB_PARTICLES: Final = frozenset("up off out on in back".split())
# Of those, the ones that give the reason one is judged ("criticized Ruiz for saying", "slammed him over claiming"):
# the one judged said it (attributions._shapes._judged_for_saying).
REASON_PREPOSITIONS: Final = frozenset("for over".split())
GERUND_PREPOSITIONS: Final = frozenset("by for from after before while without of in upon despite".split())
# Cues whose words can be passed on by another speaker: "said Ruiz told him", "said the memo showed".
RELAYED_CUES: Final = frozenset("say tell write warn claim insist admit confirm report announce promise vow "
                         "threaten show find".split())
# Cues that pass on words they follow, set off by a comma: "..., CNN reported", "..., according to Hale" (a cue
# that weighs them, "..., a point Lee acknowledged", adds a voice of its own).
PASSING_ON_CUES: Final = frozenset(["say", "tell", "write", "report", "according to"])
# Words that end a speaker's description after an inverted cue: a clause or a setting begins.
CLAUSE_BREAKS: Final = frozenset("""who whom which that when while because after before since if as than but and
    speaking according in on at during""".split())
# Adjectives of a source's closeness to someone: "people close to the mayor", "a source close to the talks".
CLOSENESS_WORDS: Final = frozenset("close closer closest loyal near".split())
# Bodies named by whom they are sent to, which take "to" for it: "Iran's mission to the United Nations", "the EU's
# delegation to the talks" (the source is the mission, not the body after "to").
RELATIONAL_BODY_NOUNS: Final = frozenset("mission missions delegation delegations".split())
# Adjectives of a source's knowledge of something, before their preposition: "a Democrat familiar with the
# campaign", "an aide knowledgeable about the talks".
KNOWLEDGE_WORDS: Final = frozenset("familiar knowledgeable briefed".split())
# The verbs of asking, the one list: QUESTION_CUES, ASKING_FORMS, QUESTION_HEADS and INTERROGATIVE_IF_LEADS
# are built from it.
ASKING_LEMMAS: Final = frozenset("ask wonder question inquire enquire query".split())
# Cues that report a question (the verbs of asking the cue lexicon holds): its content is the question, after
# the one asked ("asked the mayor whether ...", "questioned officials about ...").
QUESTION_CUES: Final = ASKING_LEMMAS & frozenset("ask question".split())
# Cues that after a verb of trying or refusing are an inquiry, no report: "tried to ask her about ...", "are trying to
# determine whether ...", "trying to find the right balance" (attributions._cues._an_infinitive).
INQUIRY_LEMMAS: Final = QUESTION_CUES | frozenset("find determine conclude rule".split())
# Forms of the verbs of asking: the "whether" or "if" after one opens the question asked ("asked whether the
# plant would reopen", "wondered if it was true"), not a condition on a claim.
ASKING_FORMS: Final = frozenset(form for lemma in ASKING_LEMMAS for form in inflections(lemma))
# Words that open an embedded question after a word of asking or finding out ("asked if he thought", "learned
# how they think", "asked Ruiz why she had said"), and those words (with INQUIRY_FORMS): a cue in the question
# reports nothing.
EMBEDDED_QUESTION_WORDS: Final = frozenset("if how why what".split())
QUESTION_HEADS: Final = ASKING_FORMS | frozenset(form for lemma in "know learn explain understand".split()
                                                 for form in inflections(lemma)) \
    | frozenset("idea unclear unknown question questions".split())
QUESTION_MARKERS: Final = frozenset("whether if how what why when where who whom which about".split())
# Cues that can lead their sentence, the speaker and the quotation after them: 'Said Ruiz, "..."'.
FRONTED_CUES: Final = frozenset("say write add ask".split())
# Words that open a sentence before its subject, up to a comma: "Here in Ohio, ...", "Now, ...".
OPENING_ADVERBS: Final = frozenset("""here there now today yesterday tonight earlier later afterward afterwards last
    monday tuesday wednesday thursday friday saturday sunday inside outside""".split())
# Quantifiers that stand alone as a subject, for people already in view: "Some said ...", "Many agreed",
# "One said ..., and another said ...".
QUANTIFIER_SUBJECTS: Final = frozenset("some many others most few several all both none another one".split())
# Singular ones: before a singular cue word that is also a noun, the word is the noun ("One tweet
# said", "another report found"); before a verb in -s it is the subject ("Another notes ...").
# Pronouns of a whole or no one that are subjects of a speech verb as a noun is: "almost everyone agrees".
INDEFINITE_PRONOUNS: Final = frozenset("everyone everybody anyone anybody someone somebody nobody no-one".split())
SINGULAR_QUANTIFIERS: Final = frozenset("one another each every".split())
# The singular articles: "a mandatory recount", "an official report" (attributions._cues._a_noun: after one and a
# word, a cue's base form is the phrase's noun).
SINGULAR_ARTICLES: Final = frozenset("a an another".split())
# Nouns of a group or a share after "a", which take a plural verb: "a few say", "a majority report", "a third believe".
GROUP_WORDS: Final = frozenset("few lot lots number majority minority handful couple dozen host bunch plurality "
                               "third quarter half fifth share".split())
# Plural ones: as subjects they take a plural verb ("Some say"), so a cue in -s after one is a plural noun
# ("Some reports indicated", "Many claims").
PLURAL_QUANTIFIERS: Final = QUANTIFIER_SUBJECTS - SINGULAR_QUANTIFIERS - {"none"}
# Sentence openers set off by a comma before the subject: "Still, ...", "Meanwhile, ...".
# Words that lead a sentence's clause with no comma after them, before its subject: "And then Ruiz went ...",
# "But even Ruiz tried ...", "So Ruiz said ...".
UNMARKED_CLAUSE_LEADS: Final = frozenset("and but yet so then even also still now".split())
SENTENCE_OPENERS: Final = frozenset("still however meanwhile then later but also instead moreover nonetheless".split())
# Words of degree or distance that lead a clause of time at a sentence's head ("Just before the vote,", "Right
# after it ended,", "Long before he ran,", "Moments after the blast,"): the subject follows the clause's comma.
TIME_CLAUSE_DEGREES: Final = frozenset("just right soon long only moments minutes hours days weeks months years".split())
# Connectives that may stand before a clause's first phrase and leave it clause-initial ("But according to X,",
# "But as Ruiz noted,").
CONNECTIVE_OPENERS: Final = UNMARKED_CLAUSE_LEADS | SENTENCE_OPENERS
# What a participle cue follows when it hangs from the clause before: ", saying", "— saying", "- saying", "and saying".
PARTICIPLE_LEADS: Final = frozenset({",", "and"}) | DASHES
# Past participles of perceiving or recording: in the passive before a participle ("Lee was heard on a microphone
# telling ...", "was caught on tape saying ..."), the passive's subject is the one who spoke.
PERCEPTION_PARTICIPLES: Final = frozenset("heard overheard seen caught filmed recorded videotaped taped".split())
# Adverbs of time or manner that can sit between that lead and the participle (", later adding", ", recently
# telling", "- only saying"); a lower-case word in -ly is one as well (``_shapes._adverb_before``). Not "then":
# "..., then calling the Herald to ask ..." is a next doing (a phone call), no speech.
ADVERBS_BEFORE_PARTICIPLE: Final = VERB_ADVERBS | frozenset("later again even still once soon only just".split())
# Participles that hang from the clause before and borrow its source: ", adding that ...".
PARTICIPLE_CUES: Final = frozenset(
    "saying adding noting arguing warning insisting claiming explaining suggesting asserting contending stressing "
    "emphasizing emphasising telling writing acknowledging conceding predicting calling urging accusing "
    "blaming describing charging declaring announcing pointing citing asking".split()
)

# --- sources ---------------------------------------------------------------

# A body's noun written before a person's name for that person's body, campaign style: "Team Clinton".
TEAM_WORDS: Final = frozenset("team".split())
# The writer's own first person, outside quotation marks (attributions._cues._the_writers_voice).
WRITER_PRONOUNS: Final = frozenset("i we".split())
PRONOUNS_PERSON_SINGULAR: Final = frozenset("he she i".split())
PRONOUNS_PLURAL: Final = frozenset("they we".split())
PRONOUNS_NEUTER: Final = frozenset("it".split())
PRONOUNS: Final = PRONOUNS_PERSON_SINGULAR | PRONOUNS_PLURAL | PRONOUNS_NEUTER | {"you"}

DETERMINERS: Final = frozenset(
    """
    the a an this that these those his her their its our my your some several many few two three four five six
    seven eight nine ten dozens dozen one another other both all most multiple numerous various each every any
    no more
    """.split()
)
COUNT_WORDS: Final = frozenset(
    """
    a an one two three four five six seven eight nine ten eleven twelve several some many few multiple numerous
    various another dozens dozen more both
    """.split()
)
RANK_WORDS: Final = frozenset(
    """
    senior junior top high-ranking high-level ranking former current longtime veteran retired chief leading
    other additional key mid-level low-level lower-level
    """.split()
)

# Clause-level words that end a subject walking leftwards from its verb.
SUBJECT_STOPS: Final = frozenset(
    """
    that which and but or nor because if when while as since although though after before so than then where
    whether unless until once whereas yet however also is are was were be been being has have had do does did
    will would can could should may might must not to there here said says say told tells what how why where
    """.split()
)

# Heads that make a source a text rather than a speaker.
DOCUMENT_NOUNS: Final = frozenset(
    """
    memo memos memorandum memorandums memoranda directive directives statement statements report reports letter
    letters study studies document documents filing filings order orders email emails e-mail e-mails survey surveys
    poll polls data record records transcript transcripts tweet tweets post posts website websites analysis analyses
    indictment indictments complaint complaints lawsuit lawsuits suit ruling rulings decision opinion release
    releases notice notices cable cables assessment assessments estimate estimates review reviews audit audits
    figures statistics guidance testimony affidavit affidavits motion motions brief briefs paper papers proposal
    proposals plan budget bill legislation law resolution communique communiqué announcement message messages
    agreement agreements contract contracts
    footage video videos photo photos image images recording recordings text texts note notes book books
    article articles editorial editorials column columns investigation inquiry probe research findings evidence
    minutes summary summaries account accounts filing manifesto platform ad ads advertisement advertisements
    order release documentation court-filing charter warrant warrants average averages slide slides chart charts
    graph graphs map maps table tables tally count counts projection projections model models result results
    petition petitions rules regulations guidelines testing tests test sequencing screening autopsy autopsies
    inspection inspections label labels leaflet leaflets flyer flyers brochure brochures insert inserts
    alert alerts bulletin bulletins advisory advisories timeline timelines schedule schedules agenda
    agendas readout readouts copy update updates
    """.split()
)
# Heads of unnamed people: "officials", "a source", "people familiar ...".
PERSON_NOUNS: Final = frozenset(
    """
    official officials source sources aide aides diplomat diplomats analyst analysts expert experts people person
    persons adviser advisers advisor advisors lawmaker lawmakers member members resident residents witness
    witnesses investigator investigators officer officers commander commanders leader leaders insider insiders
    staffer staffers employee employees worker workers critic critics supporter supporters observer observers
    specialist specialists scientist scientists researcher researchers economist economists strategist
    strategists operative operatives activist activists lawyer lawyers attorney attorneys doctor doctors
    physician physicians executive executives negotiator negotiators planner planners agent agents plaintiff
    plaintiffs defendant defendants petitioner petitioners complainant complainants
    individual individuals man men woman women friend friends relative relatives neighbor neighbors neighbour
    neighbours colleague colleagues associate associates voter voters democrats republicans conservatives
    liberals opponents opponent proponent proponents advocate advocates economist economists historian historians
    professor professors student students parent parents veteran veterans soldier soldiers troops politician
    politicians legislator legislators senator senators congressman congresswoman representative representatives
    delegate delegates candidate candidates minister ministers secretary president governor mayor judge judges
    prosecutor prosecutors detective detectives police officer chairman chairwoman chair director manager
    managers founder owner owners ceo ceos cfo coo cto vp evp svp editor editors reporter reporters journalist
    journalists correspondent
    pollster pollsters consultant consultants participant participants attendee attendees organizer organizers
    victim victims survivor survivors family families fighter fighters militant militants rebel rebels
    protester protesters demonstrators demonstrator americans residents citizens others someone somebody
    administration-official insider nominee nominees wife husband son daughter mother father brother sister
    widow widower partner spouse ex-wife ex-husband counsel counselor counselors ambassador ambassadors envoy
    envoys deputy deputies child children boy boys girl girls teenager teenagers host hosts anchor anchors
    commentator commentators columnist columnists pundit pundits moderator moderators
    star stars guy guys pilot pilots nurse nurses guard guards contestant contestants actor actors actress
    actresses singer singers comedian comedians celebrity celebrities
    coach coaches captain captains referee referees athlete athletes
    """.split()
)
# Endings of compounds that name people ("businessman", "congresswomen", "salespeople", "chairperson"), and the
# words with those endings that do not.
PERSON_COMPOUND_ENDS: Final = ("man", "men", "woman", "women", "person", "persons", "people")
NOT_PERSON_COMPOUNDS: Final = frozenset("specimen specimens abdomen abdomens".split())
# People named by whom they serve or speak for, who take "to" for it: "an adviser to the mayor", "the
# ambassador to Iraq". After any other person ("said the man to the crowd") "to" names whom they addressed.
RELATIONAL_PERSON_NOUNS: Final = frozenset(
    """
    aide aides adviser advisers advisor advisors counsel counselor counselors lawyer lawyers attorney attorneys
    assistant assistants ambassador ambassadors envoy envoys emissary successor successors heir deputy deputies
    liaison consultant consultants secretary delegate delegates negotiator negotiators confidant confidante
    """.split()
)
# Bodies named by their members after "of", which speak as one body on record: "a committee of unsecured creditors",
# "a coalition of unions", "an association of doctors" ("a group of protesters" is the protesters: not here).
BODIES_OF_MEMBERS: Final = frozenset("committee panel council board coalition association federation alliance "
                                     "commission consortium".split())
# Kin words: a person introduced by one ("His mother, Carol Brandt") is a relative of the story's subject, whom news
# goes on naming by the full name; the bare surname is the subject's (roster._Roster._person).
KIN_NOUNS: Final = frozenset("""mother father wife husband son daughter brother sister cousin uncle aunt nephew niece
    widow widower grandmother grandfather grandson granddaughter stepfather stepmother stepson stepdaughter mom dad
    fiancee fiance fiancée fiancé""".split())
# The unnamed people news goes on calling "the official" ("A European diplomat said ... The official said").
OFFICIAL_KINDS: Final = frozenset("diplomat officer aide adviser advisor commander negotiator envoy".split())
# Verbs whose object a text is that someone got, not wrote ("received a letter saying ..."): the text says it.
RECEIVING_VERBS: Final = frozenset("received receive receives got gets obtained obtains found finds saw sees read "
                                   "reviewed viewed".split())
# Words that open the list of a group's members: "officials, including Ana Ruiz".
INCLUSION_WORDS: Final = frozenset("including".split())
# The verb of inclusion: "The coalition includes people who say ...": the phrase after it is its object.
INCLUSION_VERBS: Final = frozenset("include includes included".split())
SPOKESPERSON_NOUNS: Final = frozenset(
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives".split()
)
ORGANIZATION_NOUNS: Final = frozenset(
    """
    government administration ministry department agency company companies firm firms campaign committee council
    commission office bureau court courts police military army navy military's group groups organization
    organisation organizations organisations party parties union unions association institute university
    foundation center centre coalition alliance board authority authorities regime parliament congress senate
    house cabinet embassy embassies network newspaper paper magazine station channel outlet bank banks fund
    corporation corp inc co ltd team league federation agency agencies prosecutors' industry airline airlines
    carrier retailer manufacturer automaker insurer hospital hospitals school schools charity utility regulator
    regulators startup maker developer publisher broadcaster ministry city county state district club studio
    prosecution defense defence secretariat directorate watchdog media outlets press panel jury tribunal
    operator operators line chain brand lender lenders supplier suppliers militia militias giant
    mission missions delegation delegations bench
    """.split()
)
# The first parts of a hyphened "-maker" that make it a person's role, not a firm's ("policy-maker", "film-maker"):
# any other ("the smartphone-maker", "the chip-maker") is a business, as "the automaker" is (phrases.body_compound).
PEOPLE_MAKER_PARTS: Final = frozenset("""policy decision film law peace trouble deal rain king match money news play
    home pace mischief merry dress noise shoe holiday image taste trend rule kingmaker change game""".split())
# (The last line: a business's legal form or a word of its trade name, "Ford Motor Co.", "Acme Holdings",
# "Delta Air Lines": a firm's name, never a person's.)
ORGANIZATION_NAME_WORDS: Final = frozenset(
    """
    department ministry council institute organization organisation party committee agency commission bureau
    office court university company corp corporation inc group association foundation center centre times post
    news network administration government campaign fund bank union service board authority coalition alliance
    journal press agency guard army navy force forces corps command police congress senate house parliament
    assembly club church school college hospital trust reuters associated federation league movement front
    brigade brigades hezbollah hamas taliban pentagon county city district province patrol
    state journalism watch caller examiner tribune gazette herald chronicle courier observer monitor legion
    co cos ltd llc llp plc incorporated holdings industries airlines airways lines motors
    sports radio television broadcasting freight logistics therapeutics pharmaceuticals
    """.split()
)
# The heads of bodies' names that go on with their domain after "of": "the Ohio Department of Health", "the Ministry
# of Defense", "the University of Michigan" (roster._with_its_of).
OF_BODY_HEADS: Final = frozenset("""department ministry university bank office bureau board council college institute
    academy agency administration commission committee""".split())
# The head of "the Wisconsin Republican", "the Democrat": a party's member is a person, though capitalised.
PARTY_MEMBER_WORDS: Final = frozenset("republican democrat independent libertarian socialist conservative liberal".split())
# Last words of the names of laws and documents, capitalised: "the Privacy Act", "the Constitution", "the Paris
# Agreement", "the First Amendment". A name ending so is a document, not a person ("Bill" and "Law", which are
# also given names and surnames, are left out).
# What is done with a document, as a participle after its noun ("court documents filed Friday", "emails
# obtained by the Tide"): a reduced relative that ends the document's name.
DOCUMENT_PARTICIPLES: Final = frozenset(
    "filed obtained released published seen reviewed leaked submitted issued posted unsealed provided shared sent "
    "signed dated circulated distributed prepared produced compiled made".split())
DOCUMENT_NAME_WORDS: Final = frozenset(
    """
    act acts constitution amendment amendments treaty treaties accord accords charter code declaration
    resolution manifesto doctrine protocol protocols agreement compact covenant statute ordinance directive
    memorandum
    """.split()
)
# The kind of body a body's noun names, for a definite description ("the company", "the ministry", "the group") to
# join only a body it can stand for (roster._Roster._definite_body): a public body, a business, a news outlet, or a
# group of people (a party, a union, a militia). Nouns said of places or people as well ("state", "house",
# "developer", "publisher") are left out.
BODY_KINDS: dict[str, str] = {
    **dict.fromkeys("""government administration ministry department agency office bureau commission authority
        regime cabinet embassy secretariat directorate council committee court tribunal military army navy police
        parliament congress senate regulator watchdog service state district city county province""".split(), "public"),
    **dict.fromkeys("""company firm corporation corp inc co ltd llc plc bank airline carrier retailer manufacturer
        automaker insurer startup maker lender supplier chain brand utility studio conglomerate giant""".split(),
        "business"),
    **dict.fromkeys("""outlet network newspaper paper magazine station channel broadcaster times post news journal
        tribune gazette herald chronicle courier examiner""".split(), "outlet"),
    **dict.fromkeys("""group organization organisation coalition alliance association foundation institute union
        party militia movement charity campaign league federation club brigade brigades hezbollah hamas taliban
        front center centre fund""".split(), "group"),
}
# The heads that stand for any body of their kind; any other ("the airline", "the ministry", "the union") only for
# a body of its own noun or one whose kind nothing tells (an acronym, a brand). "group" is said of a business too.
GENERIC_BODY_HEADS: Final = frozenset("government administration agency company firm corporation outlet network newspaper paper "
                               "group organization organisation".split())
# What follows a company's name in its full form ("Podesta Group Inc.", "Janney Montgomery Scott LLC"): the short
# name the article cites alone is that company's (roster._named_bodies).
CORPORATE_SUFFIXES: Final = frozenset("inc inc. corp corp. co co. llc ltd ltd. plc ag sa nv gmbh holdings corporation "
                               "incorporated limited".split())
# The trades that speak for a client, after a possessive pronoun: "his attorney" may be the one attorney the article
# names (roster._merge_role_descriptions); "his friend", "his brother" may be anyone's.
AGENT_ROLE_NOUNS: Final = frozenset("attorney lawyer counsel solicitor barrister agent publicist".split())
# The nouns of a business's name that say it is a business and not which kind ("Tavrik Software Corp."): "the maker",
# "the retailer" may stand for it (roster._body_fits).
BUSINESS_FORM_NOUNS: Final = frozenset(w.rstrip(".") for w in CORPORATE_SUFFIXES) | frozenset("company companies".split())
# The words of a firm's trade after its own name ("Stellar Motors", "Harlan Foods", "Corvella Therapeutics", "Nimbus
# Data"): the article may name the firm by its first word alone ("Stellar said"), as by a name without its form
# (roster._same_body). None of them ends a person's name.
TRADE_NAME_WORDS: Final = frozenset("""motors airways airlines industries holdings foods energy therapeutics
    pharmaceuticals technologies systems freight logistics data software networks capital partners
    resources mining petroleum brands stores""".split())
# What only a body has, after its name's possessive: "Verizon's chief executive", "Exxon's board" (roster._named_bodies).
BODY_POSSESSIONS: Final = frozenset("""ceo ceos board shareholders stockholders headquarters subsidiary subsidiaries shares
    stock employees workforce revenue revenues profit profits earnings executive executives workers plant plants
    factory factories products stores management parent models vehicles dealers dealerships brands""".split())
# Outlets' nouns written before or after an outlet's name: "the website Mashable", "Forbes magazine".
OUTLET_NOUNS: Final = frozenset("website site blog magazine newspaper".split())
# The words after an outlet's name that say what kind it is ("Kyodo news agency", "the ISNA student news agency",
# "Forbes magazine"); the last is one of the heads (roster._outlet_by_its_name).
OUTLET_KIND_HEADS: Final = frozenset("agency service newswire broadcaster magazine newspaper website".split())
OUTLET_KIND_WORDS: Final = OUTLET_KIND_HEADS | frozenset("news wire student state official online daily weekly".split())
BODY_KIND_ALSO: Final = {"group": frozenset({"business"})}
# The one-word names of ORGANIZATION_NAMES by kind (BODY_KINDS): outlets, companies and places; the rest are
# public bodies. A place is no body a definite description stands for ("the administration" is not "Cuba").
# The news agencies foreign news cites by their bare names ("Interfax reported", "according to Yonhap", "Tasnim said"):
# never a person's.
NEWS_AGENCY_NAMES: Final = frozenset("""interfax tass xinhua kyodo jiji yonhap kcna ansa efe anadolu irna isna tasnim
    fars wafa bernama ukrinform unian belta kazinform akipress""".split())
OUTLET_NAMES: Final = frozenset("reuters ap afp bloomberg cnn nbc abc cbs fox msnbc npr bbc politico axios".split()) \
    | NEWS_AGENCY_NAMES
COMPANY_NAMES: Final = frozenset("google facebook twitter apple microsoft amazon".split())
PLACE_NAMES: Final = frozenset(
    """
    iran iraq syria russia china ukraine israel washington moscow beijing tehran baghdad london paris britain france
    germany japan india pakistan afghanistan turkey egypt mexico canada europe america u.s. us usa u.k. uk lebanon
    saudi yemen venezuela cuba korea taiwan states kingdom
    """.split()
) | frozenset(
    # Countries and capitals a government speaks by ("Ankara proposed a meeting", "Armenia said"), less those that
    # are given names or surnames as often (Jordan, Georgia, Chad, Kenya, Wales, Ireland, Sofia, Victoria).
    """
    spain italy greece poland armenia azerbaijan belarus hungary serbia kosovo croatia bosnia albania romania bulgaria
    moldova lithuania latvia estonia sweden norway finland denmark netherlands belgium austria switzerland portugal
    iceland qatar bahrain oman kuwait libya sudan somalia nigeria ethiopia eritrea ghana senegal algeria morocco
    tunisia uganda rwanda congo zimbabwe zambia angola mozambique brazil argentina colombia chile peru bolivia ecuador
    uruguay paraguay nicaragua honduras guatemala panama haiti australia vietnam indonesia philippines thailand myanmar
    burma bangladesh nepal malaysia singapore cambodia mongolia kazakhstan uzbekistan turkmenistan kyrgyzstan
    tajikistan palestine
    ankara kyiv kiev damascus riyadh doha beirut amman cairo tripoli khartoum nairobi tokyo seoul pyongyang taipei
    hanoi bangkok manila jakarta dhaka islamabad kabul delhi berlin brussels rome madrid lisbon athens warsaw prague
    budapest bucharest belgrade minsk tbilisi yerevan baku stockholm oslo helsinki copenhagen dublin ottawa canberra
    havana caracas bogota brasilia
    """.split()
)
# Single proper nouns that name institutions or places, never people.
ORGANIZATION_NAMES: Final = frozenset(
    """
    pentagon kremlin congress senate nato un u.n. eu e.u. fbi cia nsa dhs doj irs epa fda cdc who imf opec
    reuters ap afp bloomberg cnn nbc abc cbs fox msnbc npr bbc politico axios google facebook twitter apple
    microsoft amazon iran iraq syria russia china ukraine israel washington moscow beijing tehran baghdad london
    paris britain france germany japan india pakistan afghanistan turkey egypt mexico canada europe america
    u.s. us usa u.k. uk lebanon saudi yemen venezuela cuba korea taiwan police
    """.split()
) | PLACE_NAMES - frozenset({"states", "kingdom"}) | NEWS_AGENCY_NAMES
TITLES: Final = frozenset(
    """
    mr. mrs. ms. dr. gen. lt. col. maj. capt. cmdr. adm. sgt. sen. sens. rep. reps. gov. prof. rev. brig.
    asst. assoc. dep. president secretary senator sen representative rep governor gov mayor general gen admiral colonel
    lieutenant captain commander judge justice minister chancellor prime ambassador chairman chairwoman
    director sheriff attorney speaker leader chief dr professor sir lord lady queen king prince princess pope
    rabbi imam father sister brother deputy vice commissioner superintendent inspector
    """.split()
)
# Title words that only modify another title ("Prime Minister", "Vice President"): no person's noun alone
# (phrases.people_head).
TITLE_MODIFIERS: Final = frozenset("prime vice".split())
# Role nouns that, as the head of an apposition after a name, make it a person's name though its given name is
# not in the census ("Sunu Widyatmoko, CEO of AirAsia": roster._role_in_apposition): the person nouns and titles,
# less the roles a body holds as well ("Acme Holdings, its owner", "the market leader", "its parent").
PERSON_ROLE_NOUNS: Final = (PERSON_NOUNS | TITLES) - frozenset(
    "owner owners partner partners member members leader leaders parent".split())
# Capitalised words that open sentences without naming anyone.
NOT_NAMES: Final = frozenset(
    """
    the a an this that these those his her their its our my some several many few two three one another other
    both all most officials official sources source analysts experts critics people aides democrats
    republicans still but and however meanwhile yet also in on at for by with from after before during
    """.split()
)

# A unique office: a body's or place's one holder ("the county's top prosecutor", "the state's chief medical
# examiner", "the city's mayor"). A rank word that makes the office one of a kind, and offices a body has one of.
UNIQUE_OFFICE_MODIFIERS: Final = frozenset("chief top head".split())
# Jurisdictions whose office it can be, beside the bodies of ORGANIZATION_NOUNS ("the town's mayor").
JURISDICTION_NOUNS: Final = frozenset("town village province region country nation territory township borough parish".split())
UNIQUE_OFFICE_TITLES: Final = frozenset(
    """
    governor mayor president chancellor sheriff speaker superintendent chairman chairwoman chair director
    coroner treasurer comptroller auditor
    """.split()
)

# --- anonymous sources -----------------------------------------------------

AFFILIATION_WORDS: Final = frozenset(
    """
    administration military intelligence government police defense defence security campaign congressional
    diplomatic state federal local law-enforcement law enforcement justice department pentagon white house
    trade energy health treasury industry company party western european arab iraqi iranian israeli russian
    chinese american american-led foreign regional european
    """.split()
)

BASIS_PATTERNS: Final = (
    r"with (?:direct |firsthand |first-hand |detailed |intimate |close |some )?knowledge of\b[^,.;]*",
    r"(?:who (?:is|are|was|were) )?familiar with\b[^,.;]*",
    r"who (?:had |has |have )?(?:saw|seen|read|reviewed|attended|heard|witnessed|participated in|took part in|"
    r"was present|were present|listened to|obtained|examined)\b[^,.;]*",
    r"who (?:was|were|had been|has been|have been|is|are) (?:briefed|informed|told|present|involved|"
    r"in the room|at the meeting)\b[^,.;]*",
    r"(?:who (?:was|were|had been|has been|have been|is|are) )?briefed on\b[^,.;]*",
    r"(?:who (?:is|are|was|were) )?(?:directly |closely )?involved in\b[^,.;]*",
    r"with access to\b[^,.;]*",
    r"close to\b[^,.;]*",
    r"(?:who (?:has|have|had) )?seen\b[^,.;]*",
)
REASON_PATTERNS: Final = (
    r"because (?:he|she|they|the \w+) (?:was|were|is|are|had not been|has not been|have not been) not "
    r"(?:authorized|authorised|permitted|allowed|cleared)[^,.;]*",
    r"(?:was|were|is|are) not (?:authorized|authorised|permitted|allowed|cleared) to [^,.;]*",
    r"(?:who |and )?(?:spoke|speaking|spoke to [\w ]+) on (?:the )?condition of anonymity (?:to|because|since|in order to)"
    r"[^,.;]*",
    r"on (?:the )?condition of anonymity (?:to|because|since|in order to)[^,.;]*",
    r"(?:requested|asked for|insisted on|demanded) anonymity (?:to|because|since|in order to)[^,.;]*",
    r"asked not to be (?:identified|named) (?:because|to|since)[^,.;]*",
    r"for fear of [^,.;]*",
    r"to discuss (?:internal|private|sensitive|confidential|classified|ongoing) [^,.;]*",
)
# Every reason pattern holds one of these words: a sentence without any of them (read as the patterns read
# case) states no reason, found by one quick search instead of trying every pattern at every word (one
# search of the patterns costs about 175k instructions on a sentence). tests/engines/rules/test_lexicon.py
# holds each pattern to it.
REASON_CLUES: Final = ("not", "anonymity", "fear", "discuss")

# --- hedges ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HedgeEntry:
    kind: str  # modal, adverb, verb, adjective, noun, phrase, conditional
    agentless: bool = False


def _hedge_table() -> dict[tuple[str, ...], HedgeEntry]:
    table: dict[tuple[str, ...], HedgeEntry] = {}

    def put(words: str, kind: str, agentless: bool = False) -> None:
        table[tuple(words.split())] = HedgeEntry(kind, agentless)

    for modal in "may might could would".split():
        put(modal, "modal")
    for adverb in """
        likely probably possibly perhaps maybe apparently seemingly presumably supposedly allegedly reportedly
        potentially purportedly ostensibly conceivably arguably roughly approximately about nearly almost
        """.split():
        if adverb in {"about", "nearly", "almost", "roughly", "approximately"}:
            continue  # approximators soften numbers, not truth; FactBank and fact-checkers skip them
        put(adverb, "adverb", adverb in {"reportedly", "allegedly", "purportedly", "supposedly"})
    for lemma in "believe think suspect suggest appear seem expect estimate predict speculate anticipate " \
                 "doubt guess presume forecast foresee imply wonder consider".split():
        for form in inflections(lemma):
            put(form, "verb")
    for adjective in "possible unlikely likely probable unclear uncertain potential alleged suspected " \
                     "presumed apparent expected doubtful questionable unconfirmed rumored rumoured " \
                     "supposed tentative hypothetical".split():
        put(adjective, "adjective")
    for noun in "possibility possibilities likelihood probability suspicion suspicions speculation assumption " \
                "prospect prospects chance chances doubt doubts uncertainty estimate estimates prediction " \
                "predictions indication indications".split():
        put(noun, "noun")
    for conditional in "if unless whether".split():
        put(conditional, "conditional")
    for phrase in """
        most_likely more_likely very_likely highly_likely in_all_likelihood it_appears it_seems
        not_clear remains_to_be_seen remain_to_be_seen yet_to_be_seen no_assurance raises_questions
        raise_questions raised_questions cast_doubt casts_doubt looks_like looked_like look_like
        to_some_extent as_far_as_we_know
        """.split():
        put(phrase.replace("_", " "), "phrase")
    # Agentless passives: nobody named holds the belief.
    for be in "is are was were be been being".split():
        for participle in "believed thought understood said reported expected rumored rumoured alleged " \
                          "suspected presumed assumed considered estimated feared suggested".split():
            put(f"{be} {participle} to", "phrase", True)
            put(f"{be} {participle} that", "phrase", True)
    for participle in "believed thought understood said reported rumored suspected feared expected".split():
        put(f"it is {participle}", "phrase", True)
        put(f"it was {participle}", "phrase", True)
    return table


HEDGES: Final = _hedge_table()
# Verbs of inquiry before "whether"/"if" ("to see whether", "to determine if"): an open question,
# reported with the conditions as its own cue, as the uncertainty corpora count it.
# ("decide whether" chooses, it does not inquire: only "whether" is the open question there)
INQUIRY_FORMS: Final = frozenset(form for lemma in "see determine investigate examine establish check learn assess"
                          .split() for form in inflections(lemma))
# Words before a doubt noun that turn it into certainty: "no doubt", "little indication", "beyond doubt".
HEDGE_NEGATORS: Final = frozenset("no little without beyond not nothing".split())
# What a hedging noun governs: "the possibility that ...", "the chance of ...". Without one, "uncertainty",
# "prospects" or "forecasts" name a topic ("economic uncertainty", "trade prospects") and hedge nothing.
HEDGE_NOUN_COMPLEMENTS: Final = frozenset("that of about whether over".split())
# Nouns of a state of doubt: they govern a proposition with "that", "about", "over" or "whether" ("uncertainty
# over whether the dam holds"), but "of" gives them a thing ("the uncertainty of the times"), not a claim.
HEDGE_STATE_NOUNS: Final = frozenset("uncertainty".split())
# Words before an uncertainty adjective that make it predicate a proposition: "it is unclear whether".
PREDICATIVE_LEADS: Final = frozenset("is are was were be been being remains remain remained still seems seemed appears "
                              "it's it’s".split())
UNCERTAINTY_ADJECTIVES: Final = frozenset("unclear uncertain".split())
# Object pronouns: "believe them" is trusting someone, not holding a belief.
OBJECT_PRONOUNS: Final = frozenset("him her them me us you".split())
# The subject form of an object pronoun that stands as a source ("criticized him for saying": "him" said it).
SUBJECT_FORMS: Final = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we", "you": "you"}
# Subject pronouns that take a third-person -s verb in the indicative ("that he resigns"); a base
# form after them ("that he resign") is the subjunctive of a recommendation.
SINGULAR_SUBJECT_PRONOUNS: Final = frozenset("he she it".split())
MAX_HEDGE: Final = max(len(k) for k in HEDGES)
HEDGE_FIRST_WORDS: Final = frozenset(k[0] for k in HEDGES)

# --- modals: epistemic, or tense, condition, ability (the Szeged/CoNLL-2010 distinctions) ---
# The modals of a conditional's main clause ("if the talks fail, the strike will go on"): the claim holds
# under the condition, so they are reported with it as its consequent. "will"/"would" add no doubt of
# their own; "could", "might" and "may" do, and stay hedges.
CONSEQUENT_MODALS: Final = frozenset("will would".split())
# What leads an "if" that asks rather than supposes ("asked if", "unclear if", "hard to predict whether"): no
# consequent follows, and (but after a verb of inquiry) it is a question left open, no condition.
INTERROGATIVE_IF_LEADS: Final = INQUIRY_FORMS | ASKING_FORMS | frozenset(
    form for lemma in "know doubt predict".split() for form in inflections(lemma)) | frozenset(
    "unclear clear sure certain".split())
# Words between a main clause and its trailing condition: "will withdraw only if", "even if".
CONDITION_FOCUS: Final = frozenset("only even".split())
# Where a leading condition can start inside a sentence: "officials hope that if he strikes, ...".
CLAUSE_OPENERS: Final = frozenset("and but that then so or".split())
# Tokens that end a clause for the modal look-ups.
CLAUSE_ENDS: Final = frozenset(". ? ! ; :".split())
# Adverbs and negation between a modal and its verb: "should not face", "should also help".
MODAL_INSERTS: Final = frozenset("not n't also still eventually soon".split())
# Past and -ing forms of the verbs that report speech or thought, and of knowing: "would" after them
# ("vowed that he would", "saying it would", "knew the plant would close") is the future seen from the
# past (backshifted "will"), the source's prediction in the reporter's tense, not the reporter's doubt.
REPORTING_PAST_FORMS: Final = frozenset(
    form for lemma in (["say", "tell", "write"] + _SPEECH_BARE + _SPEECH_GUARDED + _COGNITION
                       + "realize realise learn decide".split())
    for form in inflections(lemma)[2:]) | {"knew", "knowing", "understood", "understanding"}
PRESENT_PERFECT: Final = frozenset("has have".split())
# Conjunctions that open a clause of the reporter's inside a reported one.
SUBORDINATORS: Final = frozenset("though although because while since when whereas unless if as".split())
# Words after which a new clause, with a subject of its own, may begin: "..., but Ruiz stopped", "when Ana Ruiz
# appeared" (not "and", which also joins names: "NBC News and The Journal released").
CLAUSE_OPENING_WORDS: Final = SUBORDINATORS | frozenset("but yet so that then".split())
# Words before a modal that make it part of a noun phrase ("their would-be rivals").
ARTICLES_AND_POSSESSIVES: Final = frozenset("a an the his her its their our my your".split())
# Adverbs that modify a participle before its noun ("recently hacked files", "a newly released email"); after
# any other word a past form ends the phrase's head ("a report released last year").
PARTICIPLE_ADVERBS: Final = frozenset("recently newly previously publicly secretly privately officially widely".split())
# -ing cue forms that are everyday nouns, even after a modifier: "a press briefing", "a stark warning", "the
# court's ruling" (a noun reports no speech; "the agency reporting that ..." stays a verb).
GERUND_NOUNS: Final = frozenset("briefing briefings warning warnings finding findings ruling rulings filing filings".split())
# Past forms of "be": "was expected", "had been expected" look back on what came to pass.
PAST_BE: Final = frozenset("was were been".split())
# The auxiliaries of a perfect: "had expected a loss" is the verb with its object, not the adjective "expected".
PERFECT_AUXILIARIES: Final = frozenset("has have had having 've 'd".split())
# Every form of those verbs, present too: "says if he wins, taxes will fall" opens a condition.
REPORTING_FORMS: Final = REPORTING_PAST_FORMS | frozenset(
    form for lemma in ["say", "tell", "write"] + _SPEECH_BARE + _SPEECH_GUARDED + _COGNITION
    for form in inflections(lemma)[:2])
# Words that open an indirect question: a modal inside one ("asked whether it would apply", "how it
# would work") is the question's tense; the question itself carries the uncertainty.
YES_NO_OPENERS: Final = frozenset("whether if".split())
WH_OPENERS: Final = frozenset("how why what".split())
# Verbs of outcome and change: after "should" they predict ("profits should rise", the epistemic reading);
# with an agent's action verb, "should" prescribes ("the board should resign", deontic: no hedge).
EPISTEMIC_SHOULD_VERBS: Final = frozenset(
    form for lemma in """increase rise grow improve fall decline ease shrink slow rebound recover last
    arrive happen occur result mean benefit""".split()
    for form in inflections(lemma)[:1])
# Subjects that cannot take an order, so that "should" after them predicts: "this should help".
# ("that" and "which" are left out: as relative pronouns they stand for any noun, people too.)
NON_AGENT_SUBJECTS: Final = frozenset("it this".split())
# What follows a plural noun and never a verb of belief or estimate: "forecasts than", "estimates were".
PLURAL_NOUN_FOLLOWERS: Final = frozenset("than for from were are have but".split())
# Adjectives that go before a noun, never a subject: an -s form of a hedge verb after one is the plural noun
# ("the possible suspects", "the usual suspects", "the latest estimates", "early forecasts").
NOUN_ADJECTIVES: Final = frozenset("""possible likely probable potential alleged suspected presumed apparent
    supposed unconfirmed rumored rumoured usual prime main key latest early earlier initial original preliminary
    previous revised new current rough conservative""".split())
# Words that only ever go before a noun: a hedge verb that is a noun as well reads as the noun after one, whatever
# its form ("the second suspect", "the hourly forecast", "later forecasts", "the official estimate";
# hedges._noun_after_its_modifier). The ordinals, the words of how often, and the adjectives above.
PRENOMINAL_MODIFIERS: Final = NOUN_ADJECTIVES | frozenset("""first second third fourth fifth last final next
    later hourly daily weekly monthly quarterly annual yearly official same""".split())
# Verbs of wanting after "would": "would like to", "would rather", "would prefer" tell what someone wants
# (volition, a dynamic modal), not how sure anyone is.
VOLITION_VERBS: Final = frozenset("like love prefer rather hate welcome".split())
# Endings of plural agent nouns: "potential buyers", "potential investors", "potential applicants" (a
# singular "-er" is as often a thing: "a potential danger").
AGENT_SUFFIXES: Final = ("ers", "ors", "ants")
# "until" and "once" before a clause of their own ("until the economy recovers", "once it wins clearance"): the
# claim holds only when that happens, a condition; before a date or a noun ("until May") they only say when.
CONDITION_TIME_WORDS: Final = frozenset("until once".split())
CLAUSE_SUBJECT_PRONOUNS: Final = frozenset("i we you they he she it".split())
TIME_ADVERBS: Final = frozenset("now then today recently lately later further".split())
# Present auxiliaries and modals that make a clause of what follows "until": "until profit is achieved".
CLAUSE_VERBS: Final = frozenset("is are has have does do can".split())
# Participles of regarding after a form of "be": "is seen as a failed leader", an agentless view.
REGARD_PARTICIPLES: Final = frozenset("seen viewed regarded".split())
# Frequency adverbs right after "would", and the clause openers of repetition before it, that make it the
# habitual past ("would often fish", "whenever it rained, the road would flood"): what used to happen, no doubt.
HABITUAL_ADVERBS: Final = frozenset("often always usually sometimes routinely regularly frequently typically".split())
HABITUAL_CLAUSE_OPENERS: Final = frozenset("whenever".split())
# Heads of a pending measure: what "the pact would resolve" says is the measure's terms, not the reporter's doubt.
PROPOSAL_NOUNS: Final = frozenset(
    """deal deals pact pacts agreement accord plan plans proposal proposals bill bills measure measures legislation
    law laws acquisition merger offer contract settlement amendment""".split())
# Every token that can open a hedge or a condition, scanned in one pass.
HEDGE_SCAN_WORDS: Final = HEDGE_FIRST_WORDS | CONSEQUENT_MODALS | CONDITION_TIME_WORDS | REGARD_PARTICIPLES | {"should"}
# "alleged", "allegedly": in a story about a charge (any of these words in the paragraph or before it), the
# standard word for an accusation not yet proven (the presumption of innocence), not the reporter's doubt.
CHARGE_HEDGE_WORDS: Final = frozenset("alleged allegedly".split())
# Hedge adjectives that are a charge's word in such a story as well, as adjectives only ("a man suspected of
# murder", "the suspected gunman"; the verb "police suspected the fire was set" is a belief): claimcheck.charges.
CHARGE_ADJECTIVES: Final = frozenset("suspected".split())
LEGAL_WORDS: Final = frozenset(
    """
    charge charges charged accused accusation accusations indicted indictment arrested arrest arrests
    prosecutor prosecutors prosecution prosecuted police court courts trial lawsuit lawsuits sued complaint
    jury judge guilty plea pleaded convicted conviction sentenced defendant defendants attorney lawyer
    lawyers victim victims crime crimes criminal investigators detectives custody suspect suspects
    murder killing assault fraud abuse theft robbery shooting
    """.split())


# --- lists other modules read ----------------------------------------------

# The roster's titles and ranks that precede a name but are not part of it (lower case, no period).
NAME_TITLE_WORDS: Final = frozenset(
    """
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sister brother
    president vice prime minister secretary chancellor premier governor gov mayor senator sen
    representative rep congressman congresswoman speaker leader chairman chairwoman chair
    judge justice attorney general gen lt lieutenant col colonel maj major capt captain cmdr
    commander adm admiral sgt sergeant cpl corporal pvt private brig brigadier marshal
    ambassador envoy spokesman spokeswoman spokesperson deputy assistant acting former
    chief director minister foreign defense defence state interior finance treasury health
    ceo chief executive officer founder king queen prince princess sheikh ayatollah imam
    inspector detective officer agent superintendent commissioner sheriff pope cardinal bishop
    """.split()
)

# Courtesy titles: they address a person and say nothing of a role ("Mr.", "Dr.", "the Rev.").
COURTESY_TITLES: Final = frozenset("mr mrs ms miss mx dr rev reverend".split())

# Name parts that start in lower case ("al-Nuri", "van Dijk"), for phrases and the roster's name scan.
NAME_PARTICLES: Final = ("al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "le", "la", "du")
# Lower-case particles inside a person's name, between its capitalised parts: "Faisal bin Farhan", "Ana de la Cruz".
INNER_NAME_PARTICLES: Final = frozenset(NAME_PARTICLES) | {"der", "den", "ter", "dos", "das", "del"}
# Lower-case words inside a proper name: "Bank of England", "Abu Bakr al Baghdadi".
NAME_CONNECTIVES: Final = frozenset("of de al bin van von der la le du da".split())
# What follows a surname without being one (the roster matches them lower case, no period).
NAME_SUFFIXES: Final = frozenset("jr sr ii iii iv".split())
DEGREE_SUFFIXES: Final = frozenset("phd md".split())
# What a pronoun source can stand for in the roster: a person, a group, a body, the speaker.
PRONOUN_REFERENTS: Final = {"he": "person", "she": "person", "him": "person", "her": "person", "they": "group",
                     "it": "body", "we": "speaker", "i": "speaker"}
# Determiners the roster drops before comparing two descriptions ("the memo" = "a memo").
LEADING_DETERMINERS: Final = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")
# Vague quantifiers the roster drops before comparing anonymous descriptors ("several US officials").
VAGUE_QUANTIFIERS: Final = ("several", "some", "many", "other", "various", "multiple", "a number of", "a few", "few",
                     "numerous", "more")
# Words that open the basis of an anonymous source ("who saw the order", "familiar with ..."):
# how they know, not who they are.
BASIS_OPENERS: Final = ("who", "with", "familiar", "briefed", "close", "knowledgeable", "speaking", "involved", "aware",
                 "informed")
# Document nouns the roster reads as one: "the memorandum" = "the memo".
DOCUMENT_SYNONYMS: Final = {"memorandum": "memo", "memoranda": "memo", "memos": "memo", "statements": "statement"}

# Cue families of the eval's speech-verb recall (claimcheck.evaluation.cue_category).
SAY_FORMS: Final = frozenset("say says said saying".split())
TELL_FORMS: Final = frozenset("tell tells told telling".split())
OTHER_SPEECH_FORMS: Final = frozenset(
    """
    write writes wrote written writing add adds added adding note notes noted noting warn warns warned warning
    claim claims claimed claiming argue argues argued arguing insist insists insisted explain explains explained
    acknowledge acknowledged acknowledges announce announced announces state stated states report reports
    reported tweet tweeted tweets suggest suggested suggests recall recalled recalls declare declared declares
    stress stressed emphasize emphasized emphasizing emphasised reply replied respond responded responds ask
    asked asks asking continue continued continues mention mentioned mentions testify testified confirm
    confirmed deny denied denies admit admitted admits agree agreed agrees allege alleged alleges
    """.split()
)

# Calendar words. A date makes a claim specific (scoring) and dates a dateline (article.metadata).
# As written in a sentence, from article.calendar's one list: "January" ... "December", "Jan." ... "Dec." (no "May."),
# "Monday" ... "Sunday".
MONTH_NAMES: Final = tuple(forms[-1].capitalize() for forms in calendar.MONTHS)
MONTH_ABBREVIATIONS: Final = tuple(f"{form.capitalize()}." for forms in calendar.MONTHS for form in forms[:-1])
WEEKDAY_NAMES: Final = tuple(forms[-1].capitalize() for forms in calendar.WEEKDAYS)

# Genre (scoring.genre): the labels that mark a piece as opinion rather than news, the byline words of a
# columnist, and the first-person phrases of an argument (outside quotation marks).
GENRE_LABELS: Final = {
    "opinion": "opinion op-ed oped commentary viewpoint perspective",
    "editorial": "editorial",
    "analysis": "analysis",
    "column": "column",
    "review": "review",
}
COLUMNIST_BYLINE_WORDS: Final = frozenset(
    "columnist columnists contributor contributing opinion commentator editorial board".split()
)
# The writer arguing in their own voice or addressing the reader: outside quotation marks, news rarely does either.
FIRST_PERSON_ARGUMENT: Final = (
    "i think", "i believe", "i would argue", "i argue", "in my view", "in my opinion", "to me", "i'm convinced",
    "i am convinced", "we must", "we should", "we need to", "we cannot", "we can't", "let us", "let's", "i'd argue",
    "my view", "i suspect", "i fear", "i hope", "i", "i'm", "my", "we", "we're", "us", "our", "you", "your",
    "you're", "you'd", "you'll",
)

# --- people and institutions ------------------------------------------------


def _first_names() -> dict[str, str]:
    """Given names with their usual gender ('m', 'f', 'u'), from data/first_names.tsv.

    The file is built by scripts/build_first_names.py from the 1990 US Census first-name lists
    (public domain); it ships with the package, so nothing is fetched at run time.
    """
    from importlib import resources

    text = resources.files("claimcheck.engines.rules").joinpath("data", "first_names.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name] = gender
    return out


_CENSUS_FIRST_NAMES: Final = _first_names()

# Familiar forms of given names, by the formal name they shorten: "Chuck" and "Charles" Grassley are one person
# (roster: two given names are one when they are forms of one name and their genders do not differ).
_GIVEN_NAME_FORMS: Final = """
    william: bill billy will willie willy liam | robert: bob bobby rob robbie bert | richard: dick rick ricky rich
    richie | charles: chuck charlie chas | james: jim jimmy jamie | john: jack johnny | michael: mike mick mickey
    | thomas: tom tommy | joseph: joe joey | edward: ed eddie ted ned | theodore: ted teddy theo | daniel: dan
    danny | david: dave davey | stephen: steve | steven: steve | christopher: chris | christine: chris chrissy |
    christina: chris | anthony: tony | andrew: andy drew | benjamin: ben benny | kenneth: ken kenny | lawrence:
    larry | laurence: larry | ronald: ron ronnie | donald: don donnie | gerald: jerry gerry | patrick: pat paddy
    | patricia: pat patty trish | elizabeth: liz beth betsy betty eliza | katherine: kate kathy katie |
    catherine: cathy kate katie | kathleen: kathy kate | margaret: maggie peggy meg | susan: sue susie |
    deborah: debbie deb | jennifer: jen jenny | sandra: sandy | alexander: alex sandy | alexandra: alex sandy |
    nicholas: nick nicky | samuel: sam sammy | samantha: sam | timothy: tim timmy | matthew: matt | gregory:
    greg | jeffrey: jeff | geoffrey: geoff jeff | frederick: fred freddy | harold: hal harry | henry: hank harry
    | leonard: len lenny | peter: pete | philip: phil | phillip: phil | raymond: ray | walter: walt | eugene:
    gene | francis: frank | franklin: frank | abraham: abe | douglas: doug | joshua: josh | zachary: zach |
    victoria: vicky | rebecca: becky | jacqueline: jackie | judith: judy | barbara: barb | dorothy: dottie |
    newton: newt | mitchell: mitch | randolph: randy | randall: randy | terrence: terry | theresa: terry tess |
    albert: al | alfred: al | alan: al | allen: al | vincent: vince | nathaniel: nate nat | nathan: nate |
    jonathan: jon | gabriel: gabe | maxwell: max | maximilian: max | pamela: pam | cynthia: cindy | melissa:
    missy | kimberly: kim | valerie: val | suzanne: sue | frances: fran | thaddeus: thad | clifford: cliff |
    bernard: bernie | wilbur: will | willard: will
"""


def _given_name_forms() -> dict[str, frozenset[str]]:
    """Each given name of the table with the formal names it is a form of (itself included)."""
    out: dict[str, set[str]] = {}
    for entry in " ".join(_GIVEN_NAME_FORMS.split()).split("|"):
        formal, _, familiar = entry.partition(":")
        formal = formal.strip()
        for name in [formal, *familiar.split()]:
            out.setdefault(name, {name}).add(formal)
    return {name: frozenset(forms) for name, forms in out.items()}


GIVEN_NAME_FORMS: Final = _given_name_forms()
# Familiar forms the census lists leave out are given names too ("Chief of Staff Mick Mulvaney", "Newt Gingrich",
# "Geoff Marr"), with the gender of the name they shorten; not "al", which is also the Arabic article of bodies'
# names ("Al Jazeera", "Al Qaeda") and the "al." of "et al.".
_FAMILIAR_NOT_GIVEN: Final = frozenset({"al"})
FIRST_NAMES: Final = {
    **{name: next((_CENSUS_FIRST_NAMES[f] for f in sorted(forms) if f in _CENSUS_FIRST_NAMES), "u")
       for name, forms in GIVEN_NAME_FORMS.items() if name not in _FAMILIAR_NOT_GIVEN},
    **_CENSUS_FIRST_NAMES,
}
# Honorifics and gendered titles that say whether a named person is a man or a woman.
GENDERED_WORDS: Final = {
    **dict.fromkeys("mr. mr sir lord king prince father brother congressman spokesman chairman businessman "
                    "councilman assemblyman alderman sheikh".split(), "m"),
    **dict.fromkeys("mrs. mrs ms. ms miss dame lady queen princess sister congresswoman spokeswoman "
                    "chairwoman businesswoman councilwoman assemblywoman".split(), "f"),
}
# --- shares of people, and heads that name people ----------------------------
# Words that weigh a share or a count before it and are no part of what it counts: "almost everyone", "nearly
# half", "roughly three in four".
APPROXIMATORS: Final = frozenset("almost nearly roughly about around approximately just only barely fully well".split())
# Heads that count a share of people, never a person's name or a body: "half", "most of the voters",
# "two-thirds of Democrats", "majorities of ...", "dozens". With INDEFINITE_PRONOUNS ("everyone", "nobody") a
# source that names nobody (see phrases.share_of_people).
SHARE_WORDS: Final = frozenset(
    """
    half most many some all none few several majority majorities minority minorities plenty dozens hundreds
    thousands millions scores lots third thirds quarter quarters fifth fifths tenth tenths two-thirds
    three-quarters three-fourths one-third one-quarter one-fifth one-half percent
    """.split()
)
# Words that open a phrase naming several, whatever its head: "those surveyed", "several people in the room",
# "two of the aides" (the roster's number of a group, for "they").
PLURAL_OPENERS: Final = frozenset("those these both several many numerous various multiple few two three four five six seven "
                           "eight nine ten dozens hundreds thousands".split())
# "three in four", "nine out of 10": the words between a share's two numbers.
SHARE_LINKS: Final = frozenset("in of".split())
# Lower-case heads for people that are in no other list and have no agentive ending: "Trump fans", "Clinton
# allies", "a South Carolina native", "the NFL legend" (the endings are read by phrases.people_head).
PEOPLE_WORDS: Final = frozenset(
    """
    fan fans elder elders native natives hands legend legends scholar scholars user users customer customers
    guest guests kid kids child children teen teens youth youths couple couples crowd crowds audience clergy
    faithful loyalist loyalists donor donors admirer admirers follower followers
    """.split()
)
# Heads that are people beside a person's name and bodies beside a body's: "Clinton allies", "NATO allies",
# "Iran and its allies".
ALLY_WORDS: Final = frozenset("ally allies rival rivals backer backers".split())
# Heads with a person's ending that name things or bodies: "the center", "63 percent", "an event".
NOT_PEOPLE_WORDS: Final = frozenset(
    """
    percent event events center centre paper papers order orders letter letters number numbers matter matters
    chapter chapters quarter quarters border borders cover counter error errors factor factors sector sectors
    minor incident incidents accident argument content element comment comments segment talent parent-company
    """.split()
)
# Spokesperson nouns that are also the name of a job ("a customer service representative", "a state
# representative"): a spokesperson only when the body or person they speak for is given.
JOB_SPOKESPERSON_NOUNS: Final = frozenset("representative representatives".split())
# Pronouns a source can be, by what they can stand for.
PRONOUN_GENDER: Final = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Plural heads that are an institution speaking on record, not unnamed people: "prosecutors said".
INSTITUTION_PLURALS: Final = frozenset("prosecutors police authorities regulators".split())
# Lower-case words that introduce the person named right after them: "State Department official David Holmes".
NAME_INTRODUCERS: Final = frozenset(
    """
    official officials adviser advisor aide counsel attorney lawyer spokesman spokeswoman spokesperson
    envoy ambassador diplomat analyst economist professor expert director chief executive founder president
    secretary minister senator representative commissioner administrator chairman chairwoman chair
    officer agent judge prosecutor candidate nominee leader member manager strategist pollster researcher
    scientist doctor meteorologist correspondent reporter editor columnist writer author historian
    counterpart counterparts
    """.split()
)
# The posts a person is named to, after "as" or "to be" ("confirmed as ambassador", "confirmed Ruiz as the U.S.
# envoy", "to be the next chief justice"): attributions._cues._an_appointment.
POST_NOUNS: Final = frozenset(w.rstrip(".") for w in TITLES) | RELATIONAL_PERSON_NOUNS | NAME_INTRODUCERS
# Words that open sentences or clauses and are never a source's name ("Unlike", "Contributing").
NOT_SOURCE_WORDS: Final = frozenset(
    """
    unlike contributing despite although though while when whereas because since after before during instead
    however meanwhile moreover nonetheless still yet also but and or so then thus hence here there it this
    that these those such what which who whom whose where why how if unless until whether as like
    according reportedly apparently never only just even perhaps maybe not
    """.split()
)
# Words besides NOT_SOURCE_WORDS that open an aside of the sentence, not an apposition after a source's name
# (roster._describes): "along with", "together with", prepositions of time and manner ("during", "without").
NOT_DESCRIPTION_WORDS: Final = frozenset("along together alongside over without through amid among until".split())
# The months' and weekdays' names, lower case, without a period: "June" before a name after "In" is a date.
CALENDAR_NAMES: Final = frozenset(w.lower().rstrip(".") for w in MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES)
# A day's number written out or as an ordinal after a month: "June 3rd", "June first".
ORDINAL_DAYS: Final = frozenset("""
    1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th 21st 22nd 23rd 24th 25th
    26th 27th 28th 29th 30th 31st first second third fourth fifth
    """.split())
# Words that open a date and are neither prepositions nor time leads: "early June", "next Tuesday".
DATE_LEADS: Final = frozenset("early mid late next past each every".split())
# A source phrase made only of calendar words ("Friday", "Jan.") names nobody.
CALENDAR_WORDS: Final = CALENDAR_NAMES | frozenset(
    "today yesterday tonight tomorrow week weekend month year".split()
)
