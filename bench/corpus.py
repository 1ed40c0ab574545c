"""A seeded generator of realistic news articles, for benchmarks and scale tests.

The same seed always gives the same corpus. Articles have what the extractor
and the matcher meet in real wire copy: many speakers introduced with titles and
then named by surname or pronoun; several outlets reporting the same statement
in different words; claims repeated by their speaker months later and echoed by
others; partial, split and multi-paragraph quotes; credit lines and dates.

Run `python -m bench.corpus --articles 100 --seed 7 > corpus.jsonl` to write JSON Lines
that `manage.py import_sources` reads.
"""

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta

FIRST = [
    "Maria",
    "Lena",
    "Tomas",
    "Ahmet",
    "Sofia",
    "Jonas",
    "Amara",
    "Viktor",
    "Ingrid",
    "Kenji",
    "Leila",
    "Pavel",
    "Nadia",
    "Omar",
    "Clara",
    "Diego",
]
LAST = [
    "Kovac",
    "Lindqvist",
    "Oduya",
    "Brennan",
    "Marchetti",
    "Haddad",
    "Novak",
    "Sato",
    "Petrov",
    "Moreau",
    "Okafor",
    "Dalton",
    "Reyes",
    "Weber",
]
TITLES = [
    ("Foreign Minister", "she"),
    ("Defence Minister", "he"),
    ("Prime Minister", "she"),
    ("central bank governor", "he"),
    ("opposition leader", "she"),
    ("Energy Minister", "he"),
]
COUNTRIES = [
    "Norland",
    "Estavia",
    "Kervonia",
    "Dalmuria",
    "Ostrava",
    "Belucia",
    "Marrenia",
    "Tavora",
]
OUTLETS = [
    "Meridian Wire",
    "The Daily Ledger",
    "Northern Courier",
    "Global Dispatch",
    "Harbor Times",
]
ORGS = ["The Finance Ministry", "The Defence Ministry", "The Central Bank", "The Foreign Office"]
CUES = ["said", "told reporters", "said on {day}", "told a news conference", "added", "insisted"]
TOPICS = [
    "the pipeline deal",
    "the missile purchase",
    "the trade agreement",
    "the border talks",
    "the energy reform",
    "the grain corridor",
    "the new tariffs",
    "the fishing quota",
]
CLAIM_TEMPLATES = [
    "{topic} is a done deal and nobody can reverse it",
    "we will never accept foreign pressure on {topic}",
    "{topic} will create thousands of jobs in the north",
    "inflation will fall below three percent by the end of the year",
    "our economy grew faster than any of our neighbours last year",
    "the sanctions have failed to change our policy on {topic}",
    "we have fulfilled every obligation under {topic}",
    "there is no alternative to dialogue on {topic}",
]
SYNONYMS = {
    "nobody": "no one",
    "reverse": "undo",
    "never": "not ever",
    "foreign": "outside",
    "create": "bring",
    "thousands of": "many",
    "fall": "drop",
    "faster": "more quickly",
    "failed": "not managed",
    "fulfilled": "met",
    "every": "each",
    "alternative": "other way",
}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str
    pronoun: str
    country: str

    @property
    def name(self):
        return f"{self.first} {self.last}"


def _people(rng: random.Random, count: int) -> list[Person]:
    people, seen = [], set()
    while len(people) < count:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) in seen:
            continue
        seen.add((first, last))
        title, pronoun = rng.choice(TITLES)
        people.append(Person(first, last, title, pronoun, rng.choice(COUNTRIES)))
    return people


def _reword(rng: random.Random, text: str) -> str:
    """Another outlet's or another day's wording: a synonym or two, sometimes trimmed."""
    for old, new in SYNONYMS.items():
        if old in text and rng.random() < 0.5:
            text = text.replace(old, new, 1)
    return text


FILLER_OPENINGS = [
    "We will keep",
    "Our team is",
    "Nobody should stop",
    "The government is",
    "We are still",
]
FILLER_VERBS = ["working with", "talking to", "listening to", "meeting", "consulting"]
FILLER_OBJECTS = [
    "our partners",
    "the unions",
    "regional leaders",
    "the farmers",
    "investors",
    "the courts",
    "our neighbours",
    "the mayors",
    "civil society",
    "the families",
    "the exporters",
]
FILLER_TAILS = [
    "every week",
    "on every issue",
    "until the end",
    "in good faith",
    "as before",
    "this spring",
]


def _filler(rng: random.Random) -> str:
    """A generic line of the kind that recurs in many articles, varied as real ones are."""
    parts = (FILLER_OPENINGS, FILLER_VERBS, FILLER_OBJECTS, FILLER_TAILS)
    return " ".join(rng.choice(p) for p in parts)


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


def _quote_paragraph(rng, person: Person, claim: str, day_name: str, first_mention: bool) -> str:
    speaker = f"{person.country}'s {person.title} {person.name}" if first_mention else person.last
    cue = rng.choice(CUES).format(day=day_name)
    style = rng.randrange(5)
    if style == 0:
        return f"“{_sentence(claim)[:-1]},” {speaker} {cue}."
    if style == 1:
        return f"{speaker} {cue.split(' on ')[0]} that {claim}."
    if style == 2:
        head, _, tail = claim.partition(" and ") if " and " in claim else (claim, "", "")
        if tail:
            return f"“{_sentence(head)[:-1]},” {speaker} {cue}, “and {tail}.”"
        return f"“{_sentence(claim)[:-1]},” {speaker} {cue}."
    if style == 3:
        words = claim.split()
        cut = max(2, len(words) // 2)
        said, lead, rest = cue.split(" on ")[0], " ".join(words[:cut]), " ".join(words[cut:])
        return f"{speaker} {said} that {lead} “{rest}.”"
    return f"{speaker} {cue}: “{_sentence(claim)}”"


def article(
    rng: random.Random,
    people: list[Person],
    claims: list[tuple[Person, str]],
    when: date,
    outlet: str,
):
    """One article: headline, credit line, and quotes with titles, surnames and pronouns."""
    chosen = rng.sample(claims, k=min(len(claims), rng.randint(2, 4)))
    day_name = when.strftime("%A")
    main = chosen[0][0]
    paragraphs = [f"{main.last} stands firm on {rng.choice(TOPICS)}", f"({outlet}) -- "]
    seen = set()
    for person, claim in chosen:
        text = _reword(rng, claim) if rng.random() < 0.5 else claim
        paragraphs.append(_quote_paragraph(rng, person, text, day_name, person.name not in seen))
        seen.add(person.name)
        if rng.random() < 0.4:
            paragraphs.append(f"“{_filler(rng)},” {person.pronoun} added.")
        if rng.random() < 0.2:
            org = rng.choice(ORGS)
            paragraphs.append(
                f"{org} said in a statement that talks on {rng.choice(TOPICS)} would resume."
            )
    if rng.random() < 0.2:
        person = rng.choice(people)
        paragraphs.append(
            f"“The talks were long,” said {person.name}, the {person.title}. “But we made progress."
        )
        paragraphs.append("“There is more to do, and we will do it.”")
    paragraphs[1] += f"Officials met on {day_name} to discuss {rng.choice(TOPICS)}."
    paragraphs.append(f"©{when.year} {outlet}")
    return {
        "title": paragraphs[0],
        "text": "\n\n".join(paragraphs) + "\n",
        "publisher": outlet,
        "published_on": when.isoformat(),
    }


def generate(count: int, *, seed: int = 1, since: date = date(2019, 1, 1)) -> list[dict]:
    """`count` articles published over the three years from `since`; the same seed and
    start give the same articles."""
    rng = random.Random(seed)
    people = _people(rng, max(8, min(200, count // 5 + 8)))
    claims = [
        (rng.choice(people), template.format(topic=rng.choice(TOPICS)))
        for template in CLAIM_TEMPLATES
        for _ in range(max(1, count // 40 + 1))
    ]
    out = []
    for index in range(count):
        when = since + timedelta(days=rng.randrange(0, 3 * 365))
        doc = article(rng, people, claims, when, rng.choice(OUTLETS))
        doc["id"] = f"gen-{seed}-{index}"
        out.append(doc)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    for doc in generate(args.articles, seed=args.seed):
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
