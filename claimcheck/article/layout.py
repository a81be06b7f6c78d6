"""Paragraph layout: text blocks into paragraphs, and the lines that are page structure.

Paragraphs are decided per block (a run of lines between blank lines), because
pasted and exported text mixes shapes: a title, a blank line, then one
paragraph per line; or prose hard-wrapped at a fixed width. A block whose
lines are of similar width and mostly break mid-sentence is hard-wrapped and
joined (a short line that ends a sentence still ends a paragraph inside it);
any other block has one paragraph per line.

Structure is what a page carries around the story: headings and subheads,
teasers and video titles, ``___`` rules, contributor lines, "Follow X on
Twitter", "Read more:" and photo captions. It is kept in the report
(``article.structure``) and never read as a claim or a source.

The conventions (documented in docs/accuracy.md): a heading is a line of at most
:data:`MAX_HEADING_WORDS` words that starts like a sentence and ends with no
sentence punctuation (a closing quote alone is not punctuation: ``"My fears have
been realized"``); a line ending in a colon is a lead-in and stays a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from claimcheck.article import calendar
from claimcheck.article.embeds import is_post_signature, post_signature
from claimcheck.article.marks import CLOSERS, OPENERS, OPENING_QUOTES

MAX_HEADING_WORDS: Final = 30
# Lines of a hard-wrapped block reach at least this share of the block's widest line ...
_WRAP_WIDTH_SHARE: Final = 0.7
# ... in at least this share of its lines, the widest being at least this long,
_WRAP_MIN_WIDTH: Final = 30
_WRAP_SIMILAR_LINES: Final = 0.8
# ... and at least this share of its lines break mid-sentence.
_WRAP_MID_SENTENCE: Final = 0.5
# ... and at least this share of its line breaks visibly read on (the next line starts in lower case).
_WRAP_READS_ON: Final = 0.25

_SENTENCE_PUNCTUATION: Final = ".!?…:;"

_SOCIAL: Final = r"(?:Twitter|X|Facebook|Instagram|LinkedIn|TikTok|Threads|Bluesky|Mastodon|YouTube)"


def _opens_with(words: str) -> frozenset[str]:
    """A clue of another kind: the line's first word (lower case, letters and an inner apostrophe) is one of
    these. Most lines fail it at one set lookup, so the patterns anchored at a line's start run only where
    they can match."""
    return frozenset(words.split())


_FIRST_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# A date or time word: a number (5:32, 12/11/2019, 3rd), a month or weekday, am/pm, a zone (ET, EST, GMT)
_DATE_TIME_WORD: Final = (r"(?:\d{1,4}(?:[:/.\-]\d{1,4})*(?:st|nd|rd|th)?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                          r"oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?i:a\.?m\.?|p\.?m\.?|on|at)|"
                          r"[A-Z]{1,2}[SD]?T|GMT|UTC|(?:[A-Z]\.){2,3})")
_MONTH: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                 r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# a writer's name in a closing line: two to four capitalised words ("Jane Doe", "Ana M. Ruiz-Park")
_WRITER_NAME: Final = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}"
_WRITER_ROLE: Final = (r"(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer|"
                       r"photographer|photojournalist|critic|fellow|intern|stringer|freelancer|bureau chief)")
_WRITER_NAME_OR_ONE: Final = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,5}"
_WEEKDAY: Final = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# A place in a line on who reported from where: "Washington", "New Orleans", "Tallinn, Estonia"
_PLACE_WORDS: Final = r"[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4}"
# A caption's label, or a photograph's source, as a broadcaster's page scrapes them ("Image source, PA Media",
# "Image caption,", "Media caption,"); a bare label is followed by its caption (see _structure_kinds).
_CAPTION_LABEL: Final = re.compile(r"(?i:image|media|picture|photo|video|photograph|illustration)s?\s+(?i:source|"
                                   r"caption|copyright|credit)s?\s*[,:]?(?:\s*[^\n]{1,120})?")
_BARE_CAPTION_LABEL: Final = re.compile(r"(?i:image|media|picture|photo|video)\s+(?i:caption)\s*[,:]?")
# A photographer and a paper in capitals, alone on its line: "JANE MORROW / LINDEN DAILY", "STAFF PHOTO / THE TIDE"
_CAPITALS_CREDIT: Final = re.compile(r"\(?[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}\s*/\s*[A-Z][A-Z.'’&-]+"
                                     r"(?: [A-Z][A-Z.'’&-]+){0,4}\)?\s*")
# A photo's credit in words: "Photo via Chicago Daily News/Wikimedia Commons.", "Photo courtesy of Amy Tran"
_CREDIT_IN_WORDS: Final = re.compile(r"(?:(?i:staff|file) )?(?i:photos?|images?|pictures?|photograph)\s+(?i:via|by|"
                                     r"courtesy(?: of)?)\s+(?:\"[^\"\n]{1,160}\"|“[^”\n]{1,160}”|[A-Z][\w.'’&-]*(?:(?:\s+|"
                                     r"\s*/\s*|\s+(?:of|for|the|and|via|de)\s+)[A-Z][\w.'’&-]*){0,12})\s*\.?\s*")
# A full date alone on its line (and a time, a zone, a day's name): the page's clock. A month's or a day's name, and a
# year or a clock; only date and time words (no "on" or "at" before the date: "On May 5" opens a sentence).
_DATE_ALONE: Final = re.compile(
    rf"(?=[^\n]*(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))"
    rf"(?=[^\n]*(?:\b(?:19|20)\d\d\b|\d[:.][0-5]\d))(?!(?i:on|at)\b){_DATE_TIME_WORD}(?:[\s,|]+{_DATE_TIME_WORD}){{1,7}}\s*\.?")
# its first word: a month's or a day's name, or none (a line that opens with a number)
_DATE_ALONE_OPENERS: Final = calendar.MONTH_WORDS | calendar.WEEKDAY_WORDS | {""}
# An advertisement's slot, and the line that carries the story past it.
_ADVERT: Final = re.compile(r"(?i:advertisement|advertising|ad|sponsored(?: content| post| links?)?|paid (?:content|post)"
                            r"|(?:the )?(?:story|article|text) continues (?:below|after (?:the )?(?:advertisement|ad)|"
                            r"after this (?:advertisement|ad))(?: (?:the )?advertisement)?|continue reading (?:below|the "
                            r"(?:main )?story)|scroll (?:down )?to continue(?: (?:with|reading) (?:the )?"
                            r"(?:content|article|story))?)\s*[.:]?")
# The words of a page's controls: a line of only these, with a verb among them, is a button or a link's label.
_CONTROL_VERBS: Final = frozenset("""hide show toggle enlarge expand collapse close open copy print email share tweet
    pin save like follow listen watch play pause skip load view see read continue scroll click tap jump back return
    go log sign subscribe download report send reply""".split())
_CONTROL_WORDS: Final = _CONTROL_VERBS | frozenset("""caption captions image images photo photos picture pictures
    gallery slideshow video videos audio article articles story stories link links url comment comments content main
    menu navigation page top full screen fullscreen transcript text size here more less all next previous prev in out
    up to the this a an our your us on of for with feedback typo error newsletter section reading live now""".split())
# The agencies and libraries a photo is credited to.
_PHOTO_AGENCY: Final = (r"(?:AP|AP Photo|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|Bloomberg|Shutterstock|"
                        r"Xinhua|Sipa|Sipa USA|ZUMA|ZUMA Press|Alamy|NurPhoto|Pool|File|Courtesy|"
                        # a paper's photo desk by its address: "Jane Doe/photodesk@dailytide.com"
                        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
_PHOTO_CREDIT: Final = re.compile(rf"\(?(?:{_WRITER_NAME_OR_ONE}\s*/\s*{_PHOTO_AGENCY}(?:\s*(?:via|/)\s*"
                                  rf"{_WRITER_NAME_OR_ONE})*|{_PHOTO_AGENCY}\s*/\s*{_WRITER_NAME_OR_ONE})\)?\s*")
# a caption with its photo's credit after its last sentence: "The mayor speaks on Tuesday. Jane Doe/Pool via
# REUTERS/File Photo" (no quotation mark: a quote is a source's words)
_CAPTION_WITH_CREDIT: Final = re.compile(rf"[^“”\"\n]{{1,400}}[.!?]\s+(?:[-–—]\s*)?{_PHOTO_CREDIT.pattern}")
# what a rights notice forbids: at least three of these in a row is the notice, not a story's embargo
_RIGHTS_VERB: Final = (r"(?:re)?(?:published|broadcast|rewritten|written|distributed|produced|copied|transmitted|"
                       r"displayed|cached|stored|sold)")
# A live blog's entry time: a time of day ("19:37", "10:55pm", "9:12 PM", "11.45ish", "7:30 p.m. ET"), with a
# colon or a dash after it, or a space and the entry's first word. A dotted time needs its am/pm or "ish".
_CLOCK: Final = (r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:[ap]\.?m\.?|[AP]\.?M\.?))?|(?:[01]?\d|2[0-3])\.[0-5]\d\s?"
                 r"(?:[ap]\.?m\.?|[AP]\.?M\.?|ish))(?:ish)?(?:\s?(?:[A-Z]{1,2}[SD]?T|GMT|UTC))?")
ENTRY_TIME: Final = re.compile(rf"{_CLOCK}\s*[:–—-]?")
# What every clock holds, found faster than a clock: most paragraphs hold none (it only saves time).
_CLOCK_CLUE: Final = re.compile(r"\d[:.][0-5]\d")
# an entry's time opening a paragraph, or after a sentence's end with a colon or dash ("... too soon. 11:11 PM:
# It comes down to Ohio"): the time and its mark, up to the entry's first word
_ENTRY_OPENS: Final = re.compile(rf"{_CLOCK}(?:\s*[:–—-]\s*(?=[\"“‘'(]?\w)|\s+(?![AaPp]\.?[Mm]\b)(?=[\"“‘'(]?[A-Z0-9]))")
_ENTRY_INSIDE: Final = re.compile(rf"(?<=[.!?…\"”’)])\s+({_CLOCK}\s*[:–—-]\s*)(?=[\"“‘'(]?[A-Z])")
# (kind, pattern of the whole line, clues): a line can match only if it holds one of the clues (none: any
# line may). The clues only save time: the patterns that scan a whole line are not run on lines without them.
_FURNITURE: tuple[tuple[str, re.Pattern[str], "tuple[str, ...] | frozenset[str]"], ...] = (
    ("rule", re.compile(r"[\W_]+"), ()),
    ("credit", re.compile(r"(?i:contributing|contributors?|additional reporting|reporting)\s*:\s*\S.{0,200}"
                          r"|\(?(?i:additional reporting|additional writing|contributing)\s+by\s+\S.{0,200}"), ()),
    ("credit", re.compile(r".{1,200}\bcontributed (?:reporting|research|to this (?:report|article|story))\b.{0,200}"),
     ("contributed ",)),
    ("social", re.compile(rf"(?i:follow)\b.{{0,120}}\b(?:on|at|via)\s+{_SOCIAL}\b.{{0,80}}"), ()),
    ("social", re.compile(r"(?i:follow)\s+(?:\S+\s+){0,4}@\w+.{0,80}"), ()),
    # a platform's name and the writer's handles on it, nothing else: "Twitter: @lenaortiz.", "On X: @a and @b"
    ("social", re.compile(rf"(?:(?i:on|find (?:me|us|him|her|them) on)\s+)?{_SOCIAL}\s*:\s*@\w+"
                          r"(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s+)@\w+)*\s*[.!]?"), ("@",)),
    # "Share:", "Share this article", "Share on Facebook": the page's sharing buttons, not "Share prices rose"
    ("social", re.compile(r"(?i:share)(?:\s+(?i:this|on|via|the (?:story|article|post))\b.{0,60})?\s*[:.!]?"),
     _opens_with("share")),
    # an advertisement's slot ("Advertisement", "Story continues below advertisement"): the page's, and dropped
    # into the story anywhere, mid-sentence too (see split_blocks)
    ("advert", _ADVERT, _opens_with("advertisement advertising sponsored ad paid story article text the continue "
                                    "continues scroll")),
    ("read_more", re.compile(r"(?i:read more|read also|also read|related|see also|more|watch|listen|"
                             r"recommended|trending|sign up|subscribe)\b\s*(?::.{0,300}|[.!]?)"), ()),
    # a list of other stories, each with its date: "- Council approves the harbour budget - December 26, 2024"
    ("read_more", re.compile(rf"[-–•*·] \S.{{0,200}}\s[-–—|]\s+(?:{_MONTH}\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH}\.?,? "
                             r"\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\s*"), ("- ", "– ", "• ", "* ", "· ")),
    # the readers' comments under a story, from their heading on ("2 comments:", "Post a Comment", "Leave a
    # reply", "Please enter your comment!"): what follows such a line is the readers', not the story's
    ("comments", re.compile(r"(?:(?i:(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|"
                            r"responses?|replies)|comments?(?:\s*\(\d+\))?|(?:leave|post|add|write|submit|show|view|"
                            r"read|load) (?:a |an |your |the |all |more )?(?:comments?|reply|replies|response)|"
                            r"be the first to (?:comment|reply|respond)(?: on this (?:story|article|post))?|"
                            r"(?:join|start|be part of|be a part of) the (?:conversation|discussion)|please enter your "
                            r"(?:comment|name|email(?: address)?)(?: here)?|(?:jump|skip|go) to (?:the )?comments|"
                            r"no comments yet|be the first(?: to (?:comment|reply|respond))?|comments (?:are|have been) "
                            r"(?:closed|disabled|turned off)|commenting (?:is|has been) (?:closed|disabled|no longer "
                            r"(?:permitted|available|allowed|open))(?: (?:on|for) this (?:story|article|post))?|share "
                            r"your (?:thoughts|comments|views)(?: (?:with|below|on)\b[^.!?]{0,40})?)\s*[.!:?↓]?\s*)+"),
     ("omment", "OMMENT", "eply", "eplies", "espond", "onversation", "iscussion", "nter your", "ONVERSATION",
      "houghts")),
    ("video", re.compile(r"(?i:video|watch)\s*:.{0,300}"), ()),
    ("caption", re.compile(r"(?i:photo|image|caption|pictured|file photo)\s*(?::|\|).{0,400}"), ()),
    ("caption", re.compile(r".{0,800}\((?i:[^()]*\b(?:photo|image)s?\b[^()]*)\)\s*"), ("(",)),
    # a photo's credit on a line of its own: "Jane Doe/AP", "REUTERS/Jane Doe", "Jane Doe / Getty Images"
    ("caption", _PHOTO_CREDIT, ("/",)),
    ("caption", _CAPTION_WITH_CREDIT, ("/",)),
    # a caption and its credit with the caption's button scraped onto the same line ("… on Thursday. Jane Doe/AP hide
    # caption", "toggle caption Jane Doe/AP")
    ("caption", re.compile(rf"[^“”\"\n]{{0,600}}?{_PHOTO_CREDIT.pattern}\s*(?i:hide|toggle|show) caption\s*"
                           rf"|(?i:hide|toggle|show) caption\s+{_PHOTO_CREDIT.pattern}"), ("caption",)),
    # a photo's credit in words, alone or after its caption: "Photo via Chicago Daily News/Wikimedia Commons.",
    # "The mayor at the harbour. Photo by Jane Doe." (the caption without a quotation mark)
    ("caption", re.compile(r"(?:[^“”\"\n]{1,400}[.!?]\s+)?" + _CREDIT_IN_WORDS.pattern), ("hoto", "mage", "icture")),
    ("caption", re.compile(r".{0,400}\b(?:Getty Images|AP Photo|Reuters/\w+|AFP via Getty Images)\s*\)?\s*"),
     ("Getty Images", "AP Photo", "Reuters/")),
    # "Editor's note: ...", "Correction: An earlier version of this story ...": the publication's word on its
    # own story, not a claim of the story's
    ("note", re.compile(r"(?i:editor[’']?s[’']? note|editors[’'] note|corrections?|clarifications?|corrections? "
                        r"(?:and|&) clarifications?)\s*[:—–]\s*\S.{0,600}"),
     _opens_with("editor's editor’s editors correction corrections clarification clarifications")),
    ("note", re.compile(r"(?i:an? (?:earlier|previous|prior|older) version of this (?:story|article|report|post)"
                        r"|this (?:story|article|report|post) (?:has been|was|is being) (?:updated|corrected|amended"
                        r"|changed|originally published)).{0,600}"),
     _opens_with("a an this")),
    ("note", re.compile(r"(?i:this (?:story|article|post|piece) (?:was |is |has been )?(?:originally |first )?"
                        r"(?:appeared|published|republished|produced|adapted|excerpted|written|reported|created|"
                        r"generated|compiled|summari[sz]ed|translated)"
                        r"(?: (?:on|in|by|from|with|for|as|under|through|in partnership|in collaboration)\b).{0,400})"),
     _opens_with("this")),
    # the story on its own updating: "This is a developing story.", "This story will be updated.", "Check back
    # for updates." (a sentence of the publication's, nothing else on the line)
    ("note", re.compile(r"(?:(?i:this is (?:a )?(?:developing|breaking|updating) (?:story|news story|situation)|this "
                        r"(?:story|article|report|post|page) (?:will|may|could|is going to) be updated|check back "
                        r"(?:here |later |soon |again )*for (?:updates|more(?: details| information)?|the latest)|"
                        r"(?:more )?(?:details|information) (?:to come|will follow|to follow)|stay tuned(?: for "
                        r"(?:updates|more))?)[^.!?\n]{0,60}[.!]?\s*)+"),
     _opens_with("this check more details information stay")),
    # the writer's word to the reader, and nothing else on the line: thanks for reading or following, a call for
    # the reader's story, the blog coming back ("Thank you for reading!", "And thanks for following our coverage.",
    # "We want to hear from you.", "The blog will be back tomorrow for live updates.")
    ("prompt", re.compile(r"(?![^\n]*\b(?i:said|says|told|tells|added|wrote)\b)(?:(?i:(?:and |so )?(?:thank you|thanks)(?: (?:so much|again|all))? for (?:reading|following|"
                          r"watching|listening|joining us|tuning in|subscribing|your support|supporting|being a "
                          r"(?:reader|subscriber|member))\b[^.!?“”\"\n]{0,80}|(?:we|we'd|we’d|we would) (?:want|like|"
                          r"love) to hear from you\b[^.!?“”\"\n]{0,60}|(?:tell|let) us (?:what you think|your story|"
                          r"know what you think)\b[^.!?“”\"\n]{0,60}|(?:email|e-mail|send) us your (?:story|stories|"
                          r"tips?|photos?|questions?|thoughts)\b[^.!?“”\"\n]{0,60}|(?:(?:the|this|our) (?:live )?blog|our "
                          r"(?:live )?(?:coverage|updates)) (?:will|is going to) (?:be back|return|resume)\b"
                          r"[^.!?“”\"\n]{0,160})[.!]*\s*)+"),
     _opens_with("and so thank thanks we we'd we’d tell let email e-mail send the this our")),
    # a print page's jump line or a bracketed placeholder, alone on its line: "[to top of second column]"
    ("prompt", re.compile(r"\[[^\[\].!?\n]{1,60}\]"), ("[",)),
    # the page talking to its reader: sign-ups, subscriptions, cookies, scripts, loading; an imperative
    # opening ("Click here", "Sign up", "Support our journalism") or the reader's inbox, browser or experience
    ("prompt", re.compile(r"(?:(?i:(?:please |)(?:(?:click|tap) (?:here|to|on|the|below)|sign up|subscribe|"
                          r"support (?:our|local|independent)|download (?:our|the)|enable (?:javascript|cookies)|"
                          r"become a (?:member|subscriber)|donate (?:now|today|here|to us)|join (?:our|us)|"
                          r"get (?:the|our) (?:latest|best|top)|want more|like what you|accept (?:all|cookies)|"
                          r"manage (?:your|cookie|preferences|settings)|we use cookies)\b|(?i:loading)(?:\.\.\.|…)))"
                          r"(?![^\n]*[“”\"]).{0,200}"),
     _opens_with("please click tap sign subscribe support download enable become donate join get want like "
                 "accept manage we loading")),
    # an offer to the reader ("This week, save 90% on digital access") or how to write for the page ("How to
    # submit an Op-Ed: ...")
    ("prompt", re.compile(r"(?![^\n]*[“”\"])(?i:(?:(?:this week|today|now|for a limited time|limited time)[,:!]?\s+)?"
                          r"(?:save|get|try|start|unlock|enjoy)\b.{0,80}\b(?:digital access|subscriptions?|unlimited "
                          r"access|free trial|all-access)\b|how to (?:submit|contribute|send|advertise)\b|submissions? "
                          r"(?:may|can|should) be sent\b).{0,300}"),
     _opens_with("this today now for limited save get try start unlock enjoy how submission submissions")),
    ("prompt", re.compile(r"(?![^\n]*[“”\"]).{0,200}\b(?i:your inbox|your browser|browser notifications|push "
                          r"notifications|click here|tap here|sign up here"
                          r"|subscribe (?:now|today|here))\b.{0,200}"),
     ("ubscribe", "nbox", "rowser", "otifications", "lick here", "ap here", "ign up here")),
    # a link's label that points at the link itself or at the page: "Get additional safety tips at this link.", "You
    # can keep up with the radar at this link.", "The official budget cuts are posted here." (no quotation mark)
    ("prompt", re.compile(r"(?![^\n]*[“”\"])[^\n]{0,200}?(?:\b(?i:at|via|through|on|in|using|from|follow) (?:this|the "
                          r"following|the) link(?: below| above)?|\b(?i:is|are) (?:posted|available|linked|listed|"
                          r"attached) (?i:here|below|online here))\s*[.!:]?\s*"), (" link", " here", " below")),
    # a link's label: an imperative to read, watch or send, or a sentence to "you", pointing "here" or "below"
    # ("Read the full report here.", "If you have a tip, please send it here."); "from here" is a place
    ("prompt", re.compile(r"(?![^\n]*[“”\"])(?:(?i:please )?|.{0,160}\b(?i:you|your)\b.{0,160}?\b)"
                          r"(?i:read|see|view|watch|listen|find|learn|submit|send|share|visit|review|download|sign up|"
                          r"subscribe|click|tap|check out)\b(?:\s+\S+){0,8}?\s+(?<!from )(?<!near )(?<!of )(?<!around )"
                          r"(?i:here|below)\s*[.!:]?"),
     (" here", " HERE", " below", " Here")),
    # a tip line's appeal, one or more of them and nothing else on the line: "Anyone with information is asked to
    # call police at 555-0100.", "Anyone with photos or videos of the crash is encouraged to upload them here."
    # (the page's word to its reader, no claim; one that names who asks, "police said", stays the story's)
    ("prompt", re.compile(r"(?![^\n]*[“”\"])(?![^\n]*\b(?i:said|says|told|tells|according)\b)(?:(?i:anyone|those|"
                          r"people|residents|witnesses)(?: (?i:who (?:has|have|had)))?(?: (?i:with))? (?i:any )?"
                          r"(?i:information|photos?|videos?|footage|tips?|details|knowledge)\b[^!?\n]{0,160}?\b"
                          r"(?i:is|are|was|were|can|should|may|could|is being|are being)\s+(?:(?i:asked|urged|"
                          r"encouraged|requested|invited)\s+to\s+)?(?i:call|contact|reach|email|e-mail|text|submit|"
                          r"leave|send|upload|share|report|get in touch)\b[^!?\n]{0,240}?(?:[.!]\s*|$))+"),
     _opens_with("anyone those people residents witnesses")),
    # "Find PhRMA Online:", "Find us on the web": where else the page is
    ("prompt", re.compile(r"(?i:find|follow|connect with)\s+\S+(?:\s+\S+){0,3}?\s+(?i:online|on social media|on the "
                          r"web)\s*[:.!]?\s*"), _opens_with("find follow connect")),
    # the page's comment form talking to its reader: "With your current subscription plan you can comment on
    # stories. However, before writing your first comment, please create a display name ..." (each sentence to
    # "you", about commenting on the page's stories, from its account, no quotation and no verb of saying)
    ("prompt", re.compile(r"(?![^\n]*[“”\"])(?![^\n]*\b(?i:said|says|told|according)\b)(?=[^\n]*\b(?i:stories|story|"
                          r"articles?|display name|account|log ?in|sign ?in|subscri\w*)\b)(?:[^.!?\n]{0,200}?(?:\b(?i:you|"
                          r"your)\b[^.!?\n]{0,200}?\b(?i:comment|comments|commenting)\b|\b(?i:comment|comments|"
                          r"commenting)\b[^.!?\n]{0,200}?\b(?i:you|your)\b)[^.!?\n]{0,200}[.!]\s*)+"),
     ("omment",)),
    # a player or a page part still loading when the page was copied: "Video player loading...", "Loading ..."
    ("prompt", re.compile(r"(?i:(?:(?:the )?(?:video|audio|media|content|page|comments?|gallery|map|chart|graphic|"
                          r"interactive|player|image|photos?)\s+){0,2}(?:is\s+)?loading)(?:\s*(?:\.\s*){2,}|\s*…)?"
                          r"(?:\s*(?i:please wait)\.?)?"),
     _opens_with("the video audio media content page comments comment gallery map chart graphic interactive player "
                 "image photo photos loading")),
    # a newsletter's box: its consent line ("By signing up you agree to our Terms of Use and Privacy Policy."), its
    # field ("Enter your email"), its promise ("Get the day's top stories from Grayson County every weekday morning.")
    ("prompt", re.compile(r"(?i:by (?:signing up|subscribing|registering|clicking|continuing|submitting|creating an "
                          r"account|entering your e-?mail|providing your e-?mail)\b[^\n]{0,60}?\byou(?:'re| are)? "
                          r"(?:agree|agreeing|consent|acknowledge|accept))\b.{0,300}"), _opens_with("by")),
    ("prompt", re.compile(r"(?i:(?:please )?(?:enter|type|provide|add) (?:your |an |a valid )?(?:e-?mail|email address|"
                          r"e-mail address|zip code|name|password)(?: address)?(?: here| below)?)\s*[:.]?"),
     _opens_with("please enter type provide add")),
    ("prompt", re.compile(r"(?![^\n]*[“”\"])(?![^\n]*\b(?i:said|says|told|according)\b)(?i:get|receive|have)\s+"
                          r"[^.!?\n]{0,60}?\b(?i:stories|headlines|news|newsletters?|updates|alerts|briefings?|"
                          r"coverage)\b[^.!?\n]{0,80}?\b(?i:delivered|in your inbox|to your inbox|every (?:week)?day|"
                          r"every (?:morning|evening|afternoon|week|month)|each (?:morning|evening|day|week)|daily|weekly|"
                          r"free)\b[^.!?\n]{0,60}[.!]?\s*"), _opens_with("get receive have")),
    # where the reader learns more: "For more information, visit www.lakeshorehealth.example." (no quotation)
    ("prompt", re.compile(r"(?![^\n]*[“”\"])(?i:for more (?:information|info|details|news|stories|updates)|to learn "
                          r"more|learn more)(?: about [^,.!?\n]{1,60})?[,:]?\s+(?i:visit|go to|see|call|contact|click|"
                          r"check|email|e-mail|follow)\b[^\n]{0,200}"), _opens_with("for to learn")),
    # the publication's standards, linked under its stories: "Our Standards: The Thomson Reuters Trust Principles."
    ("note", re.compile(r"(?i:our (?:editorial )?(?:standards|principles|ethics policy|ethics)|editorial standards|"
                        r"ethics policy)\s*:\s*[^\n]{1,200}"), _opens_with("our editorial ethics")),
    # a press release's release line and its wire's source line: "FOR IMMEDIATE RELEASE", "Embargoed until 9 a.m. ET
    # June 3", "SOURCE Lakeshore Health System"; a page's label for a corrected story: "Correction appended"
    ("note", re.compile(r"(?i:for immediate release|for release (?:on|at|after)\b[^\n]{1,60}|embargoed (?:until|till|"
                        r"for)\b[^\n]{1,60}|(?:correction|corrections|clarification|update|editor's note) appended)"
                        r"\s*[.:]?"), _opens_with("for embargoed correction corrections clarification update editor's")),
    ("credit", re.compile(r"SOURCE:?\s+[A-Z][\w.,&'’-]*(?:\s+[A-Z&][\w.,&'’-]*){0,7}"), _opens_with("source")),
    # where the story goes on or the page points the reader, with its address: "Follow AP's coverage of the war in
    # Ukraine at https://apnews.com/hub/russia-ukraine"
    ("read_more", re.compile(r"(?![^\n]*[“”\"])(?i:follow|read|see|find|get|watch|listen to|more|explore|catch up "
                             r"on)\b[^\n]{0,160}?\b(?i:at|on|via|here:?)\s+(?:https?://|www\.)\S+\s*\.?"),
     _opens_with("follow read see find get watch listen more explore catch")),
    # a press release's contact: "Media Contact:", "Press contact: Jordan Pike, jpike@..."
    ("credit", re.compile(r"(?i:(?:media|press|news|investor|public) (?:contacts?|inquiries|enquiries|relations)|"
                          r"contacts?)\s*:(?:\s+\S[^\n]{0,200})?"),
     _opens_with("media press news investor public contact contacts")),
    # who wrote from where, a sentence or more and nothing else: "Lena Fischer reported from Washington. Omar Haddad
    # reported from New Orleans and Julia Park from Houston." (a credit wherever it stands)
    ("credit", re.compile(rf"(?:{_WRITER_NAME_OR_ONE} (?:reported|wrote|reporting) (?:from|in) {_PLACE_WORDS}"
                          rf"(?:(?:,? and |, ){_WRITER_NAME_OR_ONE}(?: (?:reported|wrote|contributed reporting))? "
                          rf"(?:from|in) {_PLACE_WORDS})*\s*\.\s*)+"), (" reported from ", " wrote from ",
                                                                         " reporting from ")),
    # who posted the entry: "Posted by Tara Lindqvist", "Written by Jane Doe and Omar Reyes at 9:45 PM"
    ("credit", re.compile(rf"(?i:posted|written|compiled|filed|edited|produced|updated|reported|story) by\s+"
                          rf"{_WRITER_NAME_OR_ONE}(?:\s*(?:,|and|&)\s*{_WRITER_NAME_OR_ONE})*(?:\s*(?:[|·•,-]|\b"
                          r"(?i:at|on)\b)\s*[^\n]{0,60})?\s*\.?"),
     _opens_with("posted written compiled filed edited produced updated reported story")),
    # a caption's label, a photo's source and the like, as a broadcaster's page scrapes them: "Image source, PA Media",
    # "Image caption,", "Media caption,", "Photograph: Jane Doe/The Guardian"
    ("caption", _CAPTION_LABEL, _opens_with("image media picture photo video photograph photographs illustration")),
    # a caption ending in its photograph's credit: "Nurses at a hospital. Photograph: Jane Doe/The Guardian"
    ("caption", re.compile(r"[^“”\"\n]{1,600}?[.!?]\s+(?i:photograph|photo|picture|image|illustration)s?\s*:\s*"
                           r"[^\n.!?]{1,120}\.?"), ("hotograph", "hoto:", "icture:", "mage:", "llustration:")),
    # a photographer and a paper in capitals, alone on its line: "JANE MORROW / LINDEN DAILY" (see _marks_a_caption)
    ("caption", _CAPITALS_CREDIT, ("/",)),
    # a site's menu: three or more short items between bars or dots ("Home | News | Sports | Weather")
    ("prompt", re.compile(r"(?:[^|•·\n.!?“”\"]{1,30}?\s*[|•·]\s*){2,}[^|•·\n.!?“”\"]{1,30}"), ("|", "•", "·")),
    # "Email Jane Doe at jdoe@dailytide.com": how to reach the writer
    ("credit", re.compile(r"(?i:contact|email|e-mail|reach|write to)\b.{0,120}\b[\w.+-]+@[\w-]+\.[\w.]+\b.{0,120}"),
     ("@",)),
    ("prompt", re.compile(r".{0,160}\b(?i:email|e-mail|contact|write to|send|tip)\s+(?i:us|me)\b.{0,60}?"
                          r"[\w.+-]+@[\w-]+\.[\w.]+.{0,80}"), ("@",)),
    # "- Associated Press - Sunday, September 12, 2010", "Jane Doe | March 4, 2021": who and when, nothing else
    ("credit", re.compile(rf"[-–—|•]?\s*{_WRITER_NAME_OR_ONE}\s*[-–—|•,]\s*(?:{_WEEKDAY},?\s+)?"
                          rf"(?:{_MONTH}\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH}\.?,? \d{{4}})\s*[-–—|•]?\s*"),
     (" 19", " 20")),
    # a live blog's entry time on a line of its own ("17:40", "10:03 PM:"): the entry's clock, no claim
    ("timestamp", ENTRY_TIME, ()),
    # the page's clock labels with their values scraped away: "PUBLISHED: | UPDATED:"
    ("timestamp", re.compile(r"(?:(?i:published|updated|posted|modified)\s*:\s*[|•]?\s*){1,3}|(?i:published|updated|"
                             r"posted|last updated|first published)\s*:?"),
     _opens_with("published updated posted modified last first")),
    # a date and time alone on its line, the page's clock with its label on the line before or none: "22 January
    # 2024", "Friday, August 9th 2024", "Tue 12 Mar 2024 18.04 GMT" (a month's or a day's name, and a year or a clock)
    ("timestamp", _DATE_ALONE, _DATE_ALONE_OPENERS),
    # "Updated 5:32 PM ET, Tue November 12, 2019", "Published: 12/11/2019 08:00": the page's clock, no claim
    ("timestamp", re.compile(rf"(?i:(?:last |first )?(?:updated|published|posted|modified))\s*:?\s*(?=[^\n]*\d)"
                             rf"{_DATE_TIME_WORD}(?:(?:[\s,|]+|,?\s+(?i:and\s+(?:last\s+)?(?:updated|modified))\s*:?\s*|[\s,]*[|•·]\s*"
                             r"(?i:(?:last |first )?(?:updated|published|posted|modified))\s*:?\s*)"
                             rf"{_DATE_TIME_WORD})*\s*\.?"),
     _opens_with("last first updated published posted modified")),
    # "Copyright 2019 The Associated Press. All rights reserved. This material may not be published ...":
    # the rights notice of the page or the wire, no claim and no hedge
    ("copyright", re.compile(r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:©\s*)?\d{4}\b.{0,400}"
                             r"|.{0,300}\b(?i:all rights reserved)\b.{0,300}"
                             rf"|.{{0,200}}\bmay not be {_RIGHTS_VERB}"
                             rf"(?:(?:,\s*|\s+)(?:or\s+|and\s+)?{_RIGHTS_VERB}){{2,}}\b.{{0,200}}"),
     ("©", "(c)", "(C)", "opyright", "rights reserved", "may not be")),
)


@dataclass
class Piece:
    """A paragraph (``kind`` "paragraph") or a structure line, in reading order."""

    kind: str
    text: str


@dataclass
class Layout:
    pieces: list[Piece] = field(default_factory=list)
    per_line_blocks: int = 0  # blocks of several lines read as one paragraph per line
    wrapped_blocks: int = 0  # hard-wrapped blocks whose lines were joined

    @property
    def paragraphs(self) -> list[str]:
        return [p.text for p in self.pieces if p.kind == "paragraph"]

    @property
    def note(self) -> str | None:
        """The decision, for the input notes, when the text needed one."""
        parts = []
        if self.per_line_blocks:
            parts.append(f"{self.per_line_blocks} block(s) of several lines read as one paragraph per line")
        if self.wrapped_blocks:
            parts.append(f"{self.wrapped_blocks} hard-wrapped block(s) joined into paragraphs")
        return "paragraphs: " + "; ".join(parts) if parts else None


def _norm(line: str) -> str:
    """``line`` with each run of whitespace made one space, and none at the ends."""
    # Most lines are like that already: printable (no whitespace but the space is printable), with no
    # double space and no space at an end. Those checks cost far less than the split and join.
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with sentence punctuation, then any closers, then any space: read from its
    end, not searched for along the line (a property test pins it to the pattern it replaces)."""
    body = line.rstrip().rstrip(CLOSERS)
    return bool(body) and body[-1] in _SENTENCE_PUNCTUATION


def _continues(line: str, following: str) -> bool:
    """A break inside a sentence: no sentence punctuation, and the next line reads on in lower case."""
    return not ends_sentence(line) and following[:1].islower()


def _hard_wrapped(lines: list[str]) -> tuple[bool, int]:
    """Whether a block's lines are wrapped at a fixed width, and that width."""
    body = [len(line) for line in lines[:-1]]
    width = max(body)
    if width < _WRAP_MIN_WIDTH:
        return False, width
    similar = sum(n >= _WRAP_WIDTH_SHARE * width for n in body)
    mid_sentence = sum(not ends_sentence(line) for line in lines[:-1])
    reads_on = sum(_continues(line, following) for line, following in zip(lines, lines[1:]))
    return (similar >= _WRAP_SIMILAR_LINES * len(body) and mid_sentence >= _WRAP_MID_SENTENCE * len(body)
            and reads_on >= _WRAP_READS_ON * len(body)), width


def split_blocks(text: str) -> Layout:
    """Paragraphs of plain text, decided block by block."""
    layout = Layout()
    for block in re.split(r"\n[ \t]*\n", text.strip("\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1:
            layout.pieces.append(Piece("paragraph", _norm(lines[0])))
            continue
        wrapped, width = _hard_wrapped(lines)
        if wrapped:
            layout.wrapped_blocks += 1
        else:
            layout.per_line_blocks += 1
        current: list[str] = []
        for line, following in zip(lines, lines[1:] + [""]):
            current.append(line)
            if not following:
                break
            if _is_advert(line) or _is_advert(following):
                ends = True  # an advertisement's slot is a line of its own (_close_over_adverts)
            elif wrapped:
                # a short line that ends a sentence ends a paragraph inside wrapped text
                ends = ends_sentence(line) and len(line) < _WRAP_WIDTH_SHARE * width
            else:
                ends = not _continues(line, following)  # one paragraph per line, unless it breaks mid-sentence
            if ends:
                layout.pieces.append(Piece("paragraph", _norm(" ".join(current))))
                current = []
        layout.pieces.append(Piece("paragraph", _norm(" ".join(current))))
    _join_post_signatures(layout)
    _close_over_adverts(layout)
    _split_entry_times(layout)
    return layout


def _split_entry_times(layout: Layout) -> None:
    """A live blog's entries: the time opening an entry ("19:37 Leadsom resigns.", "10:55pm: The crowd files out")
    is a line of its own (a timestamp: see :func:`_structure_kinds`), and a paragraph holding several entries
    ("... too soon. 11:11 PM: It comes down to Ohio.") is split at each entry's time."""
    pieces = layout.pieces
    k = 0
    while k < len(pieces):
        text = pieces[k].text
        if _CLOCK_CLUE.search(text) is None:
            k += 1
            continue
        opens = _ENTRY_OPENS.match(text)
        if opens is not None and opens.end() < len(text) and ENTRY_TIME.fullmatch(text[:opens.end()].rstrip()):
            pieces[k:k + 1] = [Piece("paragraph", text[:opens.end()].rstrip()), Piece("paragraph", text[opens.end():])]
            k += 1  # the entry's text, which may hold further entries
            continue
        inside = _ENTRY_INSIDE.search(text)
        if inside is not None:
            pieces[k:k + 1] = [Piece("paragraph", text[:inside.start()]), Piece("paragraph", text[inside.start(1):])]
        k += 1


def _is_advert(line: str) -> bool:
    return len(line) < 80 and _ADVERT.fullmatch(line) is not None


def _close_over_adverts(layout: Layout) -> None:
    """An advertisement's slot dropped into a sentence ("The council voted to", "Advertisement", "approve the
    budget."): the sentence is joined again, and the slot's lines follow the paragraph (kept as structure)."""
    pieces = layout.pieces
    k = 1
    while k < len(pieces):
        end = k
        while end < len(pieces) and _is_advert(pieces[end].text):
            end += 1
        if end > k and end < len(pieces) and not ends_sentence(pieces[k - 1].text) \
                and not _is_advert(pieces[k - 1].text) and pieces[end].text[:1].islower():
            pieces[k - 1].text = pieces[k - 1].text + " " + pieces[end].text
            del pieces[end]
        k = end + 1 if end > k else k + 1


def _join_post_signatures(layout: Layout) -> None:
    """An embedded post's signature line ("— Jane Doe (@janedoe) November 12, 2019") joins the post's text
    before it, on the line above or across a blank line: one paragraph, the author's words and their source."""
    pieces = layout.pieces
    k = 1
    while k < len(pieces):
        if is_post_signature(pieces[k].text):
            pieces[k - 1].text = pieces[k - 1].text + " " + pieces[k].text
            del pieces[k]
        else:
            k += 1


def structure_kind(line: str) -> str | None:
    """What kind of page structure a paragraph is, or None for article text."""
    if post_signature(line) is not None:
        return None  # an embedded post: its author's words, whatever their shape
    first: str | None = None
    for kind, pattern, clues in _FURNITURE:
        if isinstance(clues, frozenset):
            if first is None:
                found = _FIRST_WORD.match(line)
                first = found.group().lower() if found else ""
            if first not in clues:
                continue
        elif clues:
            for clue in clues:
                if clue in line:
                    break
            else:
                continue  # no clue: no match
        if pattern.fullmatch(line):
            return kind
    if is_control(line):
        return "prompt"
    if _heading_shaped(line):
        return "teaser" if ":" in line or _SENTENCE_INSIDE.search(line) else "heading"
    return None


_CONTROL_TOKEN: Final = re.compile(r"[^\W\d_]+|\d+|[^\w\s]+")
_CONTROL_MARKS: Final = frozenset("> < » « › ‹ ↓ ↑ → ← ▶ ▸ | + - – — ... … : . !".split())


def is_control(line: str) -> bool:
    """Whether ``line`` is a page's button or link label: at most six words, all of them the words of a page's
    controls (:data:`_CONTROL_WORDS`), a verb of them among them ("Skip to main content", "hide caption", "Load
    more", "Jump to comments ↓", "Copy link"), with no mark but arrows and a final stop."""
    if len(line) > 60:
        return False
    words = []
    for token in _CONTROL_TOKEN.findall(line):
        if token[0].isalpha():
            words.append(token.lower())
        elif token not in _CONTROL_MARKS:
            return False
    if len(words) == 1 and line.rstrip()[-1:] in ".!":
        return False  # "Pause." may be a sentence of the story
    return 0 < len(words) <= 6 and not _CONTROL_VERBS.isdisjoint(words) and _CONTROL_WORDS.issuperset(words)


_SENTENCE_INSIDE: Final = re.compile(  # not "3. The"
    r"[a-z][.!?][" + re.escape(CLOSERS) + r"]*\s+[" + re.escape(OPENING_QUOTES) + r"]?[A-Z]")
_STARTS: Final = re.compile(r"[" + re.escape(OPENERS) + r"]?[A-Z0-9]")


def _heading_shaped(line: str) -> bool:
    stripped = line.rstrip(CLOSERS + " ")
    return bool(stripped) and not ends_sentence(stripped) and stripped[-1] not in ",-–—" \
        and len(line.split()) <= MAX_HEADING_WORDS and bool(_STARTS.match(line))


def _structure_kinds(paragraphs: list[str], titled: bool = False) -> list[str | None]:
    """Each paragraph's structure kind (None for article text). The first paragraph is
    the title's to claim (:mod:`claimcheck.article.metadata`): only furniture is taken from it, unless the title
    is taken already (``titled``: a heading-shaped line under it is a deck or a subhead, and structure). A
    note on the writer (:func:`is_writer_bio`) is a credit only where nothing but structure follows it. The
    readers' comments under a story ("2 comments:" and on, after the story's first paragraph) are structure to
    the end of the page."""
    kinds = [structure_kind(p) for p in paragraphs]
    if kinds and kinds[0] in {"heading", "teaser"} and not titled:
        kinds[0] = None
    for k in range(1, len(kinds)):
        if kinds[k] in {"heading", "teaser"} and kinds[k - 1] == "timestamp" and ENTRY_TIME.fullmatch(paragraphs[k - 1]):
            kinds[k] = None  # a live blog's entry under its time ("17:35 May to meet ministers tomorrow"): news
    for k in range(1, len(kinds)):
        if kinds[k - 1] is None and _marks_a_caption(paragraphs[k], kinds[k]) and _caption_shaped(paragraphs[k - 1]):
            kinds[k - 1] = "caption"  # the line a photo's credit or its "hide caption" button follows
    for k in range(1, len(kinds)):
        if kinds[k - 1] == "caption" and kinds[k] in (None, "heading", "teaser") \
                and _BARE_CAPTION_LABEL.fullmatch(paragraphs[k - 1]) and _caption_shaped(paragraphs[k]):
            kinds[k] = "caption"  # the caption under its label ("Image caption,", then "Fallen trees blocked roads")
    for k in range(len(kinds) - 1):
        if kinds[k] is None and _cut_short_copy_of(paragraphs[k], paragraphs[k + 1]):
            kinds[k] = "teaser"  # a deck the page cut short with an ellipsis, the paragraph under it in full
    opened = next((k for k in range(1, len(kinds)) if kinds[k] == "comments"), None)
    if opened is not None:
        kinds[opened:] = [kind or "comments" for kind in kinds[opened:]]
    k = len(kinds) - 1
    while k > 0 and (kinds[k] is not None or is_writer_bio(paragraphs[k])):
        kinds[k] = kinds[k] or "credit"
        k -= 1
    return kinds


_MAX_CAPTION_WORDS: Final = 60
_CUT_MARKS: Final = ("…", "...")


def _cut_short_copy_of(line: str, following: str) -> bool:
    """Whether ``line`` is ``following``'s opening cut short by the page ("Iran said today talks would begin
    within days, but Germany said Tehran…" over the paragraph that says it in full): at least five words, then an
    ellipsis; the same words, in the same order, open the next paragraph."""
    stripped = line.rstrip()
    cut = next((mark for mark in _CUT_MARKS if stripped.endswith(mark)), None)
    if cut is None:
        return False
    words = stripped[:-len(cut)].split()
    return len(words) >= 5 and following.split()[:len(words)] == words


def _marks_a_caption(line: str, kind: str | None) -> bool:
    """A photo's credit alone on its line ("Jane Doe/AP", "JANE MORROW / LINDEN DAILY", "Photo courtesy of Amy
    Tran"), or a button of the caption's ("hide caption", "toggle caption")."""
    return kind == "caption" and (_PHOTO_CREDIT.fullmatch(line) is not None or _CAPITALS_CREDIT.fullmatch(line)
                                  is not None or _CREDIT_IN_WORDS.fullmatch(line) is not None) \
        or kind == "prompt" and "caption" in line.lower()


def _caption_shaped(line: str) -> bool:
    """What a caption can be: a line of at most 60 words with no quotation mark (a quote is a source's words)."""
    return len(line.split()) <= _MAX_CAPTION_WORDS and not any(mark in line for mark in "“”\"")


# the line about the writer that closes a story: "Jane Doe is a reporter for the Daily Tide covering transport."
_WRITER_BIO: Final = re.compile(rf"(?:@\w+ )?{_WRITER_NAME} is (?:an? |the )?(?:[\w-]+ ){{0,4}}(?:co-)?{_WRITER_ROLE}s?\b"
                                r"(?: (?:for|at|with|based|who|covering|on|in|of)\b.{0,300})?[.!]?"
                                # how to reach the writer: "Jane Doe can be reached at ... Follow her @janedoe."
                                rf"|{_WRITER_NAME} (?:can|may) be (?:reached|contacted|emailed) (?:at|by|via|on)\b.{{1,300}}"
                                # the beat: "Sam Okafor covers city hall for the Riverton Ledger. Reach him at ..."
                                rf"|{_WRITER_NAME} (?:covers|writes about|reports on) [^.!?\n]{{1,120}}? (?:for|at) "
                                r"(?:the )?[A-Z][^.!?\n]{0,80}\.(?:\s+(?i:reach|contact|email|e-mail|follow|write to) "
                                r"(?:him|her|them)\b[^\n]{1,200})?")


def is_writer_bio(line: str) -> bool:
    """Whether ``line`` reads as a note on the story's writer (its place decides: see _structure_kinds)."""
    return (" is " in line or " be " in line or " covers " in line or " writes about " in line or " reports on " in line) \
        and _WRITER_BIO.fullmatch(line) is not None


def take_structure(paragraphs: list[str], titled: bool = False, list_items: frozenset[str] = frozenset()
                   ) -> tuple[list[str], list[tuple[str, str, int]]]:
    """Article paragraphs, and the structure lines as ``(kind, text, before)`` where
    ``before`` is the 1-based index of the article paragraph that follows (the count
    of paragraphs plus one at the end). ``list_items``: the texts of a list's items, as the markup gave them (a
    Markdown list's), which are the story's lines whatever their shape, never a heading or a teaser."""
    kept: list[str] = []
    structure: list[tuple[str, str, int]] = []
    kinds = _structure_kinds(paragraphs, titled)
    if list_items:
        kinds = [None if kind in ("heading", "teaser") and paragraph in list_items else kind
                 for paragraph, kind in zip(paragraphs, kinds)]
    for paragraph, kind in zip(paragraphs, kinds):
        if kind is None:
            kept.append(paragraph)
        else:
            structure.append((kind, paragraph, len(kept) + 1))
    return kept, structure


def segment(text: str) -> Layout:
    """Blocks into paragraphs, then structure lines set apart, all in reading order."""
    layout = split_blocks(text)
    for piece, kind in zip(layout.pieces, _structure_kinds(layout.paragraphs)):
        piece.kind = kind or "paragraph"
    return layout
