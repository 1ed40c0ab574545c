""" "Pres. Dale Obuya admits ...": "Pres." is an abbreviated title, like "Sen." and "Gov.".

Read as a word ending a sentence, "Pres." split the sentence and left a person "Pres.
Obuya" or a bare "Obuya" with no title, so a later "the president" went to whoever
else was named. Invented sentences.
"""

from quotes.extraction import extract


def test_an_abbreviated_president_is_the_named_person():
    text = "Budget Fails.\n\n“The plan did not work,” Pres. Dale Obuya said on Monday.\n"
    assert extract(text).quotes[-1].speaker == "Dale Obuya"


def test_the_president_later_is_the_person_titled_pres():
    text = (
        "Budget Fails.\n\n"
        "In the spring issue of a monthly review, Pres. Obuya admits the plan did not work.\n\n"
        "Earlier this week, Ann Lee, who ran the treasury at the time, conceded the plan was"
        " weak. She has often cited her record.\n\n"
        "“We got a mandate, we built a coalition,” the president told the review.\n"
    )
    assert extract(text).quotes[-1].speaker == "Obuya"
