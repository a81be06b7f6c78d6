"""Each attribution shape on short paragraphs written for these tests."""

import pytest

from .conftest import only

SHAPES = [
    # (paragraph, source, cue, content)
    ("The mayor said the bridge would close in May.", "The mayor", "said", "the bridge would close in May"),
    ("Investors say the merger is off.", "Investors", "say", "the merger is off"),
    ("The minister told reporters that the border would reopen.", "The minister", "told",
     "the border would reopen"),
    ("The coach wrote that the team had lost its nerve.", "The coach", "wrote", "the team had lost its nerve"),
    ("Prices will rise again, the central bank warned.", "the central bank", "warned", "Prices will rise again"),
    ('"We are not leaving," said Dana Rolfe, a tenant at the building.',
     "Dana Rolfe, a tenant at the building", "said", '"We are not leaving,"'),
    ('"The roof leaks," she said.', "she", "said", '"The roof leaks,"'),
    ('The union said in a statement: "The strike goes on."', "The union", "said", '"The strike goes on."'),
    ("According to the fire service, nobody was hurt.", "the fire service", "According to", "nobody was hurt"),
    ("Nobody was hurt, according to the fire service.", "the fire service", "according to", "Nobody was hurt"),
    ("The findings were described by two researchers as alarming.", "two researchers", "described by",
     "The findings"),
    ("Ben Ashby, the club's treasurer, noted that dues had doubled.", "Ben Ashby, the club's treasurer",
     "noted", "dues had doubled"),
    ("The senator suggested on Monday that the vote could slip.", "The senator", "suggested",
     "the vote could slip"),
    ("Analysts believe the deal will collapse.", "Analysts", "believe", "the deal will collapse"),
    ("The board called for an inquiry into the losses.", "The board", "called for",
     "an inquiry into the losses"),
    ("The report pointed out that costs had tripled.", "The report", "pointed out", "costs had tripled"),
    ("Ms. Tran went on to say that the plan was dead.", "Ms. Tran", "went on to say", "the plan was dead"),
    ("Rep. Al Stone (D-Ore.) said the bill was rushed.", "Rep. Al Stone (D-Ore.)", "said", "the bill was rushed"),
    ("''It is over,'' Mr. Grant said.", "Mr. Grant", "said", "''It is over,''"),
    ('The governor added, "We will rebuild."', "The governor", "added", '"We will rebuild."'),
    ("The agency has repeatedly said the water is safe.", "The agency", "has repeatedly said",
     "the water is safe"),
    ('"The border is quiet," said Amir al-Sadr, a local official.', "Amir al-Sadr, a local official", "said",
     '"The border is quiet,"'),
    ("Mara Bell — a lawyer for the city — said the suit had no merit.", "Mara Bell — a lawyer for the city", "said",
     "the suit had no merit"),
    ("The pilot told us the runway was icy.", "The pilot", "told", "the runway was icy"),
    ('"We are ready," the coach said to reporters.', "the coach", "said", '"We are ready,"'),
    ('"It is a scandal," critics said Friday afternoon, as the vote closed.', "critics", "said",
     '"It is a scandal,"'),
    ("As the audit noted, costs have doubled.", "the audit", "noted", "costs have doubled"),
    ("Dana Cole at the Tribune agreed that the ruling was fair.", "Dana Cole at the Tribune", "agreed",
     "the ruling was fair"),
    ("British Prime Minister Teresa Will said the talks were over.", "British Prime Minister Teresa Will", "said",
     "the talks were over"),
    ("The Budget Office estimates that the plan would cost $4 billion.", "The Budget Office", "estimates",
     "the plan would cost $4 billion"),
    ("Critics echoed the warning that the dam could fail.", "Critics", "echoed",
     "the warning that the dam could fail"),
    # a statement noun with its possessor: the possessor said the content
    ("A fact-check looked at Mayor Ana Ruiz's claim that crime had halved.", "Mayor Ana Ruiz", "claim",
     "crime had halved"),
    ("Voters recalled Tom Sark's repeated promise that taxes would fall.", "Tom Sark", "promise",
     "taxes would fall"),
    ("The fund is a safe bet, as a Treasury memo put it.", "a Treasury memo", "put it", "The fund is a safe bet"),
    ("As Ms. Lund put it in a statement, the plan is dead.", "Ms. Lund", "put it", "the plan is dead"),
    ("The fund pointed to the weak pound as the main risk.", "The fund", "pointed to",
     "the weak pound as the main risk"),
    ("The appeals court ruled on Friday that the map was unlawful.", "The appeals court", "ruled",
     "the map was unlawful"),
    ("At a dinner, Ms. Lund called half of the crowd “fools.”", "Ms. Lund", "called", "half of the crowd “fools.”"),
]


@pytest.mark.parametrize("text,source,cue,content", SHAPES)
def test_shapes(analyse, text, source, cue, content):
    paragraph = analyse(text)
    attribution = only(paragraph.attributions, cue=cue)
    assert attribution.source == source
    assert attribution.content == content


def test_inverted_quote_is_direct_and_indirect_is_indirect(analyse):
    direct = analyse('"It is a trap," said Ola Berg.').attributions[0]
    indirect = analyse("Ola Berg said it was a trap.").attributions[0]
    assert (direct.quote, indirect.quote) == ("direct", "indirect")


def test_participle_shares_the_source_of_its_clause(analyse):
    paragraph = analyse("Gen. Ray Holt said the base was safe, adding that patrols would double.")
    adding = only(paragraph.attributions, cue="adding")
    assert adding.source == "Gen. Ray Holt"
    assert adding.content == "patrols would double"
    said = only(paragraph.attributions, cue="said")
    assert said.content == "the base was safe"


def test_second_verb_shares_the_subject(analyse):
    paragraph = analyse("Several residents said they heard shots, and said the police came late.")
    second = paragraph.attributions[1]
    assert (second.source, second.content) == ("Several residents", "the police came late")


@pytest.mark.parametrize("text,cue", [
    ("A spokesman for the ministry declined to comment.", "declined to comment"),
    ("The company did not respond to requests for comment.", "did not respond"),
    ("Her lawyer could not be reached.", "could not be reached"),
])
def test_no_comment_is_a_source_for_nothing(analyse, text, cue):
    attribution = only(analyse(text).attributions, cue=cue)
    assert attribution.no_comment is True
    assert attribution.content is None


def test_according_to_after_a_cue_makes_a_chain(analyse):
    paragraph = analyse('"We will fight on," the statement said, according to Gulf Monitor, a research firm.')
    statement = only(paragraph.attributions, cue="said")
    relay = only(paragraph.attributions, cue="according to")
    assert statement.via == relay.id
    assert statement.source_type == "document"
    assert relay.source == "Gulf Monitor, a research firm"
    assert relay.source_type == "organization"


@pytest.mark.parametrize("text", [
    "The company added 300 jobs last year.",  # 'add' with an object is not speech
    "The United States will respond to the attack.",  # a name, and 'respond to' reports nothing
    "The group is believed to hold the town.",  # agentless passive: a hedge, not a source
    "She plans to say more next week.",  # an infinitive reports nothing yet
    "The claims were false.",  # a noun
    "The strike prompted a retaliatory attack within hours.",  # 'attack' as a noun
    "Troops are there to train and advise local forces.",  # a base form has no subject of its own
    "The lawyer defended people accused of fraud.",  # a participle, not a report
    "Fighters joined a group called Red Dawn.",  # naming, not speaking
    "The site rated most Republican claims as false.",  # a plural noun
    "Dana Oakes's comments about the budget drew boos.",  # a topic, not a reported claim
    "The fund's estimates were revised.",  # the noun
    "The claim that rents fell is wrong.",  # nobody owns the claim
    "She pointed to the door.",  # a gesture
    "The old king ruled the valley for decades.",  # governing, not a finding
    "He put it on the table.",  # 'put it' without 'as' or a subject-first report is placing a thing
    "Having said that, the plan may work.",  # a turn of phrase
    "It goes without saying that costs rose.",  # likewise
    "The program, called Vista, allows investors to buy in.",  # naming, not speaking
])
def test_non_attributions(analyse, text):
    assert analyse(text).attributions == []


def test_signed_quote_and_transcript_turn(analyse):
    signed = analyse("“The town deserves better.” ― Mara Voss").attributions[0]
    assert (signed.source, signed.cue, signed.source_type) == ("Mara Voss", "―", "named_person")
    turn = analyse("HOLLIS: We never agreed to that deal.").attributions[0]
    assert (turn.source, turn.cue, turn.content) == ("HOLLIS", ":", "We never agreed to that deal")
    inverted = analyse("Said Voss: “The town deserves better.”").attributions[0]
    assert (inverted.source, inverted.cue, inverted.quote) == ("Voss", "Said", "direct")


def test_cue_inside_a_closed_quote_is_the_speakers_own_words(analyse):
    paragraph = analyse('"People say we are finished," Ms. Ode said.')
    assert [a.cue for a in paragraph.attributions] == ["said"]


def test_a_possessive_pronoun_owns_the_statement_and_resolves_like_a_subject(analyse):
    analyse("Lena Marsh, the council leader, said the vote was close.")
    claim = only(analyse("Nobody heeded her warning that the bridge was unsafe.").attributions, cue="warning")
    assert (claim.source, claim.content, claim.source_type) == ("her", "the bridge was unsafe", "named_person")


@pytest.mark.parametrize("text,source,cue,content", [
    ('"We cannot pay for this," Ms. Rao said, adding later, "The fund is empty."', "Ms. Rao", "adding",
     '"The fund is empty."'),
    ("Recently, however, the league issued a report welcoming the plan and calling for new rules.", "the league",
     "calling for", "new rules"),
    ("Lopez posted a string of messages on Friday saying that the plan would fail.", "Lopez", "saying",
     "the plan would fail"),
])
def test_participle_after_a_comma_borrows_the_clause_subject(analyse, text, source, cue, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


def test_relative_pronoun_source_is_the_noun_not_the_gerund_before_it(analyse):
    attribution = only(analyse("Mr. Hale was defensive about not paying a builder who said he was owed money.")
                       .attributions, cue="said")
    assert attribution.source == "a builder"


@pytest.mark.parametrize("text", [
    '"The pier is closed," Ines Varga said in a statement on Friday.',
    '“The pier is closed,” Ines Varga said at a news conference.',
    '"The pier is closed," Ines Varga said on Twitter.',
    '"The pier is closed," Ines Varga said when asked about the storm.',  # a clause of time is a setting too
    '"The pier is closed," Ines Varga said as she left the harbour office.',
    '“The pier is closed,” Ines Varga told reporters while touring the site.',
])
def test_quote_then_cue_then_setting_gives_the_quoted_words(analyse, text):
    attribution = only(analyse(text).attributions, source="Ines Varga")
    assert attribution.content.strip("\"“”,") == "The pier is closed"
    assert attribution.quote == "direct"


@pytest.mark.parametrize("text", [
    "Officials said the workers' union had failed the city's schools.",
    "Police said O'Brien played rock 'n' roll at the students' party.",
    "Officials said the tenants’ rent wasn’t paid.",
])
def test_apostrophes_are_not_quotation_marks(analyse, text):
    assert only(analyse(text).attributions, cue="said").quote == "indirect"


def test_partly_quoted_content_is_mixed(analyse):
    attribution = only(analyse('The mayor said the plan was "dead on arrival" in May.').attributions, cue="said")
    assert attribution.quote == "mixed"


@pytest.mark.parametrize("text,source,cue", [
    ("Nadia Bell testified that the logs were forged.", "Nadia Bell", "testified"),
    ('Omar Reyes begged the board "not to close the clinic."', "Omar Reyes", "begged"),
    ("The tenants pleaded with the council to delay the vote.", "The tenants", "pleaded"),
    ("Nadia Bell conceded that the logs were incomplete.", "Nadia Bell", "conceded"),
    ('Senator Ruth Vance called the delay "a disgrace" on Monday.', "Senator Ruth Vance", "called"),
    ("The mayor announced that the pier would reopen.", "The mayor", "announced"),
    ("Measles is spreading in the north, per the WHO, which tracks outbreaks.", "the WHO", "per"),
    ("According to FEMA, the levees held.", "FEMA", "According to"),
])
def test_cues_beyond_said(analyse, text, source, cue):
    only(analyse(text).attributions, source=source, cue=cue)


@pytest.mark.parametrize("text,cue", [
    ("Nadia Bell declined to address the logs.", "declined to address"),
    ("Omar Reyes left without responding to questions.", "left without responding"),
    ("The warden did not return messages on Friday.", "did not return"),
    ("The warden could not be reached.", "could not be reached"),
])
def test_decline_formulas(analyse, text, cue):
    attribution = only(analyse(text).attributions, cue=cue)
    assert attribution.no_comment and attribution.content is None


@pytest.mark.parametrize("text", [
    "The panel concluded a hearing on the logs.",
    "The city agreed to pay the contractor.",
    "He faced questions about a newly revealed memo.",
    "The visit was not announced to reporters.",
    "Hale pleaded guilty to fraud.",
    "Sales rose 5 per cent, per year.",
])
def test_false_cues_report_no_source(analyse, text):
    assert analyse(text).attributions == []


def test_relayed_speech_is_one_chain(analyse):
    paragraph = analyse("Hale said Ruiz told him the deal was off.")
    hale = only(paragraph.attributions, source="Hale")
    ruiz = only(paragraph.attributions, source="Ruiz")
    assert hale.relays == ruiz.id and ruiz.via == hale.id
    assert hale.via is None and ruiz.relays is None


def test_a_per_source_after_said_relays_the_quote(analyse):
    paragraph = analyse('"Hide nothing," one reader said, per Feng.')
    reader = only(paragraph.attributions, cue="said")
    assert reader.via == only(paragraph.attributions, cue="per").id


@pytest.mark.parametrize("text,source", [
    ("“The vote is lost,” Jo Park, the Greens’ campaign manager, said in a statement.",
     "Jo Park, the Greens’ campaign manager"),  # a curly possessive is not a closing quote
    ("Carter however said the talks would resume.", "Carter"),  # a sentence adverb before the verb
])
def test_subjects_with_curly_possessives_and_sentence_adverbs(analyse, text, source):
    only(analyse(text).attributions, source=source, cue="said")


@pytest.mark.parametrize("text, source", [
    # a dash ends the source's phrase; a hyphen inside a word does not
    ("The mayor has made 300 false claims, according to the Herald's Truth Desk -- there is reason to doubt it.",
     "the Herald's Truth Desk"),
    ("The mayor has made 300 false claims, according to the Herald's Truth Desk - there is reason to doubt it.",
     "the Herald's Truth Desk"),
    ("Talks resumed, according to the U.S.-China Business Council.", "the U.S.-China Business Council"),
])
def test_a_dash_ends_an_according_to_source(analyse, text, source):
    assert only(analyse(text).attributions, cue="according to").source == source


@pytest.mark.parametrize("post, author, stype", [
    ("Ferry strike is over. Back to work Monday! — Lena Ortiz (@lenaortiz) November 12, 2019",
     "Lena Ortiz", "named_person"),
    ("Service resumes at 6 a.m. pic.twitter.com/x1y2 — Dover Port Authority (@DoverPort) Nov. 3, 2019",
     "Dover Port Authority", "organization"),
    ("Proud of this crew. A post shared by Lena Ortiz (@lenaortiz) on Nov 12, 2019 at 5:03pm PST",
     "Lena Ortiz", "named_person"),
])
def test_an_embedded_post_is_its_authors_own_words(analyse, post, author, stype):
    paragraph = analyse(post)
    posted = only(paragraph.attributions, source=author)
    assert (posted.source_type, posted.quote) == (stype, "direct")
    assert "(@" in posted.cue and post.startswith(posted.content)
    # every claim of the post is the author's; the signature itself is no claim
    assert paragraph.claims and all(c.attribution_ids == [posted.id] for c in paragraph.claims)
    assert not any(c.text.startswith(("—", "A post shared")) for c in paragraph.claims)


def test_a_handle_in_brackets_mid_sentence_is_no_post(analyse):
    paragraph = analyse("The account (@lenaortiz) was suspended on November 12, 2019, the company said.")
    assert [a.cue for a in paragraph.attributions] == ["said"]


@pytest.mark.parametrize("text, source", [
    ("According to court documents filed Friday, the ferry company had been warned twice.", "court documents"),
    ("According to emails obtained by the Daily Tide, the captain was warned.", "emails"),
    ("The captain was warned, according to a report released by the port on Monday.", "a report"),
    ("According to a survey published in May, most riders want more ferries.", "a survey"),
])
def test_a_document_named_after_according_to_ends_at_what_befell_it(analyse, text, source):
    # the participle ("filed", "obtained by") is what was done with the document, not its name; and a noun
    # inside the source ("documents") is never read as a verb of its own
    (attribution,) = analyse(text).attributions
    assert (attribution.source, attribution.source_type, attribution.cue.lower()) == (source, "document", "according to")
