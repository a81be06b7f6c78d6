"""Builds gold_small.jsonl from the hand-written paragraphs below (spans found by search).

The paragraphs are written for claimcheck (no corpus text). After editing, run
`python tests/data/build_gold_small.py`, then `claimcheck eval tests/data/gold_small.jsonl -f json`
and copy the figures you accept into gold_small_baseline.json (docs/accuracy.md explains).
"""
import json
import re

def span(text, piece, nth=0, after=0):
    pos = after - 1
    for _ in range(nth + 1):
        pos = text.index(piece, pos + 1)
    return [pos, pos + len(piece)]

records = []
# Cue convention (as PolNeAR's): the cue is the verb group, auxiliaries, negation and
# frequency adverbs included ("has denied", "later pointed out").
# Hedge convention (as FactBank's): "would" after a past reporting verb ("said the
# plant would close", "estimated that the plan would add", "arguing that delay would hurt": the -ing form takes
# the main verb's past) is tense, not doubt, and is not a hedge.

def article(rid, paragraphs, attributions, hedges):
    text = "\n\n".join(paragraphs)
    paras, pos = [], 0
    for p in paragraphs:
        paras.append([pos, pos + len(p)]); pos += len(p) + 2
    atts = []
    for a in attributions:
        src, cue, content, stype = a[:4]
        anchor = a[4] if len(a) > 4 else None
        base = text.index(anchor) if anchor else 0
        if anchor:
            cs = span(text, cue, after=base)
            occ = [m.start() for m in __import__("re").finditer(__import__("re").escape(src), text)]
            best = min(occ, key=lambda o: abs(o - cs[0]))
            ss = [best, best + len(src)]
        else:
            ss = span(text, src) if src else None
        if anchor:
            pass
        elif ss:
            import re as _re
            occ = [m.start() for m in _re.finditer(_re.escape(cue), text)]
            best = min(occ, key=lambda o: min(abs(o - ss[1]), abs(o + len(cue) - ss[0])))
            cs = [best, best + len(cue)]
        else:
            cs = span(text, cue, after=base)
        cont = None
        if content:
            starts = [m.start() for m in re.finditer(re.escape(content), text)]
            best = min(starts, key=lambda o: min(abs(o - cs[1]), abs(o + len(content) - cs[0])))
            cont = [best, best + len(content)]
        atts.append({"source": src, "source_span": ss, "cue": cue, "cue_span": cs,
                     "content": content, "content_span": cont, "source_type": stype})
    hs = []
    for cue, typ, *rest in hedges:
        anchor = rest[0] if rest else None
        base = text.index(anchor) if anchor else 0
        hs.append({"cue": cue, "span": span(text, cue, after=base), "type": typ})
    records.append({"id": f"claimcheck/{rid}", "dataset": "claimcheck_gold_small", "text": text,
                    "paragraphs": paras, "attributions": atts, "hedges": hs})

article("harbour", [
    "The city council voted on Tuesday to close the old harbour bridge, the mayor said.",
    "Mayor Lena Ortiz told reporters that repairs would cost at least $40 million. \"We simply cannot keep patching it,\" she said. \"The steel is tired.\"",
    "Engineers who inspected the span last month found that two support cables were corroded, according to a report by the state transport agency.",
], [
    # the story names the mayor in the next paragraph: the role stands for her (named_person, set by the roster)
    ("the mayor", "said", "The city council voted on Tuesday to close the old harbour bridge", "named_person"),
    ("Mayor Lena Ortiz", "told", "repairs would cost at least $40 million", "named_person"),
    ("she", "said", "\"We simply cannot keep patching it,\"", "named_person"),
    ("Engineers who inspected the span last month", "found", "two support cables were corroded", "anonymous"),
    ("a report by the state transport agency", "according to", "Engineers who inspected the span last month found that two support cables were corroded", "document"),
], [])

article("trade", [
    "\"Tariffs of this size are a tax on families,\" said Priya Raman, an economist at the Northfield Institute, who has studied trade policy for two decades.",
    "Two senior administration officials, speaking on condition of anonymity because they were not authorized to discuss the talks, said the White House was likely to delay the tariffs until spring.",
    "A spokeswoman for the Commerce Department declined to comment.",
    "The administration is believed to favour a smaller package, according to people familiar with the negotiations.",
], [
    ("Priya Raman, an economist at the Northfield Institute", "said", "\"Tariffs of this size are a tax on families,\"", "named_person"),
    ("Two senior administration officials", "said", "the White House was likely to delay the tariffs until spring", "anonymous"),
    ("A spokeswoman for the Commerce Department", "declined to comment", None, "organization"),
    ("people familiar with the negotiations", "according to", "The administration is believed to favour a smaller package", "anonymous"),
], [("likely", "modal_probable"), ("is believed to", "hypo_doxastic")])

article("storm", [
    "The storm could reach the coast by Thursday, forecasters warned, and residents may lose power for days.",
    "In a statement released on Sunday, the National Weather Service said the hurricane had strengthened overnight.",
    "Governor Tom Hale wrote on social media that shelters would open in every county. He added that the state had asked for federal aid.",
], [
    ("forecasters", "warned", "The storm could reach the coast by Thursday", "anonymous"),
    ("the National Weather Service", "said", "the hurricane had strengthened overnight", "organization"),
    ("Governor Tom Hale", "wrote", "shelters would open in every county", "named_person"),
    ("He", "added", "the state had asked for federal aid", "named_person"),
], [("could", "modal_possible"), ("may", "modal_possible")])

article("memo", [
    "The memo, dated March 3, warned that the program was running out of money. The internal review said the agency had missed four deadlines.",
    "Several former employees described the office as chaotic. \"Nobody knew who was in charge,\" one of them said.",
    "The chief executive, Mark Doyle, has denied any wrongdoing and said the company would cooperate with investigators.",
], [
    ("The memo, dated March 3", "warned", "the program was running out of money", "document"),
    ("The internal review", "said", "the agency had missed four deadlines", "document"),
    ("Several former employees", "described", "the office as chaotic", "anonymous"),
    ("one of them", "said", "\"Nobody knew who was in charge,\"", "anonymous"),
    ("The chief executive, Mark Doyle", "has denied", "any wrongdoing", "named_person"),
    ("The chief executive, Mark Doyle", "said", "the company would cooperate with investigators", "named_person", "and said"),
], [])

article("vaccine", [
    "According to the health ministry, 1.2 million people have received a second dose.",
    "Officials believe the outbreak has peaked, but they cautioned that a new variant might change the picture.",
    "The results were described by independent researchers who reviewed the data as encouraging.",
    "Dr. Amal Yusuf, who leads the clinic, noted that demand had probably fallen because of the holidays.",
], [
    ("the health ministry", "According to", "1.2 million people have received a second dose", "organization"),
    ("Officials", "believe", "the outbreak has peaked", "anonymous"),
    ("they", "cautioned", "a new variant might change the picture", "anonymous"),
    ("independent researchers who reviewed the data", "described by", "The results", "anonymous"),
    ("Dr. Amal Yusuf, who leads the clinic", "noted", "demand had probably fallen because of the holidays", "named_person"),
], [("believe", "hypo_doxastic"), ("might", "modal_possible"), ("probably", "modal_probable")])

article("chain", [
    "\"We will not negotiate,\" the group's statement said, according to Monitor Watch, a private firm that tracks extremist websites.",
    "The police chief, Sarah Kim, told the council: \"We have made three arrests.\"",
    "Residents said the street had been closed for a week. The company did not respond to requests for comment.",
], [
    ("the group's statement", "said", "\"We will not negotiate,\"", "document"),
    ("Monitor Watch, a private firm", "according to", "\"We will not negotiate,\"", "organization"),
    ("The police chief, Sarah Kim", "told", "\"We have made three arrests.\"", "named_person"),
    ("Residents", "said", "the street had been closed for a week", "anonymous"),
    ("The company", "did not respond", None, "organization"),
], [])

article("budget", [
    "The budget office estimated that the plan would add $300 billion to the deficit over ten years.",
    "Senator Ruth Calloway called for a vote before the recess, arguing that delay would hurt farmers.",
    "If the bill passes, it is expected to take effect in January, a senior aide said.",
], [
    ("The budget office", "estimated", "the plan would add $300 billion to the deficit over ten years", "organization"),
    ("Senator Ruth Calloway", "called for", "a vote before the recess", "named_person"),
    ("Senator Ruth Calloway", "arguing", "delay would hurt farmers", "named_person"),
    ("a senior aide", "said", "If the bill passes, it is expected to take effect in January", "anonymous"),
], [("estimated", "modal_probable"), ("If", "hypo_condition"), ("is expected to", "modal_probable")])

article("orphans", [
    "Prices for eggs have doubled since June. Farmers blame a shortage of feed.",
    "The factory employs about 900 people and was founded in 1952.",
], [
    ("Farmers", "blame", "a shortage of feed", "anonymous"),
], [])

article("harder", [
    "The airline said in an interview on Friday that it would refund every ticket. It later pointed out that most flights had left on time.",
    "Ms. Okafor went on to say that the board had never seen the contract, a claim that two directors disputed.",
    "The fund's manager, who asked not to be named because the matter was under review, said losses were thought to exceed $5 million.",
    "\"It's a mess,\" a nurse at the hospital said of the new rota. The hospital's director said nothing was wrong.",
], [
    ("The airline", "said", "it would refund every ticket", "organization"),
    ("It", "later pointed out", "most flights had left on time", "organization"),
    ("Ms. Okafor", "went on to say", "the board had never seen the contract", "named_person"),
    ("two directors", "disputed", "a claim", "anonymous"),
    ("The fund's manager, who asked not to be named because the matter was under review", "said", "losses were thought to exceed $5 million", "anonymous"),
    ("a nurse at the hospital", "said", "\"It's a mess,\"", "anonymous"),
    ("The hospital's director", "said", "nothing was wrong", "named_person", "director said"),
], [("were thought to", "hypo_doxastic")])

article("carryover", [
    "Officials at the port authority said the cranes had been idle since March. The authority's director, "
    "Omar Reyes, added that repairs would take until the autumn.",
    "\"We ordered the parts in January,\" Reyes said. \"They are still in a warehouse in Rotterdam.\"",
    "\"Nobody will tell us when they ship.\"",
    "The shipping line, which has denied any fault, said its own schedule was unaffected. Analysts were less sure.",
    "As the harbour master wrote in a letter to the council, the backlog may last into next year.",
], [
    ("Officials at the port authority", "said", "the cranes had been idle since March", "anonymous"),
    ("The authority's director, Omar Reyes", "added", "repairs would take until the autumn", "named_person"),
    ("Reyes", "said", "\"We ordered the parts in January,\"", "named_person", "Reyes said"),
    ("The shipping line", "has denied", "any fault", "organization"),
    ("The shipping line", "said", "its own schedule was unaffected", "organization"),
    ("the harbour master", "wrote", "the backlog may last into next year", "anonymous"),
], [("may", "modal_possible", "backlog may")])

for rid, label, text in [
    ("cb1", "CFS", "The unemployment rate fell to 3.9 percent last month, the lowest in a decade."),
    ("cb2", "CFS", "We cut taxes for 40 million families and doubled funding for schools."),
    ("cb3", "NFS", "Thank you all for coming tonight."),
    ("cb4", "NFS", "What are we going to do about it?"),
    ("cb5", "UFS", "I was in Ohio last week and met a lot of people."),
    ("cb6", "CFS", "My opponent voted against the highway bill three times."),
]:
    records.append({"id": f"claimcheck/{rid}", "dataset": "claimcheck_gold_small", "text": text,
                    "claim": {"label": label, "check_worthy": label == "CFS"}})

with open(__import__("pathlib").Path(__file__).with_name("gold_small.jsonl"), "w") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records))
