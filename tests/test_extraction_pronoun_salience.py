"""A pronoun takes up the most salient person of the sentences before it.

News style keeps the person a sentence is about in its main clause; a speaker
inside a subordinate clause ("when a voter asked", "pointing out that a
reporter had written") is not whom the next "he" or "she" means. Invented
sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_a_speaker_in_a_when_clause_is_not_the_next_pronoun():
    text = (
        "Senator Maria Ortiz caused a stir in Ames when a local farmer asked if she "
        "would back the dairy bill.\n\n"
        '"I will read every page of it first," she replied.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Maria Ortiz")


def test_a_speaker_in_a_that_clause_is_not_the_next_pronoun():
    text = (
        "Governor Paul Brandt turned on the Herald, pointing out that the paper's "
        "Victor Lamb had reported in May that his staff was quitting.\n\n"
        '"They were wrong then and they are wrong now," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Paul Brandt")


def test_a_speaker_in_a_relative_clause_is_not_the_next_pronoun():
    text = (
        "Mayor Carl Voss avoided attacking his rivals, particularly Govs. Dan Hale and "
        "Roy Prentiss, who say the mayor lacks experience.\n\n"
        'He dismissed the criticism, saying "we raised more money than anyone."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("He", "Carl Voss")


def test_a_subject_inside_an_opening_question_does_not_outrank_the_speaker():
    text = (
        "Asked whether he worried that Ned Ruiz, the likely nominee, who has called the "
        "treaty a fraud, could win, Erik Sand demurred.\n\n"
        '"There is just one science," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Erik Sand")


def test_the_subject_of_a_that_clause_inside_a_quotation_is_not_the_pronoun():
    text = (
        "The governor's pollster, Carl Nunn, says his man has the money and the time.\n\n"
        '"I don\'t think the conventional wisdom" -- that Tom Weber is seen as a '
        'nanny-state liberal -- "is going to last," he says.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Carl Nunn")


def test_the_person_asked_gives_the_answer_that_follows():
    text = (
        'Senator Dale Pruitt spoke to Fox News on Wednesday. "We will win Ohio," Pruitt said.\n\n'
        "Host Glenn Marsh then asked Pruitt which states specifically he could win.\n\n"
        '"We feel great in every one of those states," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Dale Pruitt")


def test_a_pronoun_of_the_other_gender_picks_the_surnames_other_namesake():
    text = (
        "The debate in Detroit was the last before the Michigan primary.\n\n"
        "Hillary Lane's husband, Bill Lane, watched from the front row.\n\n"
        'Asked about trade in the debate, Lane said, "I do take responsibility." '
        'She followed that by saying, "I am not a natural politician."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("She", "Hillary Lane")


def test_a_name_inside_an_opening_regarding_phrase_is_not_the_subject():
    text = (
        "Regarding Tom Hale's speech at the Western Growers Convention, Nora Price shared "
        "her belief that none of it was beyond the pale.\n\n"
        '"The way I see it," she added, "no one questioned his service."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Nora Price")


def test_a_person_introduced_with_an_apposition_is_the_next_pronoun():
    text = (
        'Governor Rick Dahl waved at the crowd and boomed: "Let\'s win in November."\n\n'
        "Senator Lisa Cobb made an appearance of sorts, courtesy of Walt Nygaard, a delegate "
        "from Michigan who dressed up in a prison outfit.\n\n"
        '"I thought it would be funny," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Walt Nygaard")
