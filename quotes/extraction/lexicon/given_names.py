"""Common given names that tell a man or a woman, beyond the politicians' names.

News style names a person in full once ("Brad Ortiz, a teacher") and by surname
after, so a pronoun's gender is known from the given name alone. Left out: names
borne by men and women alike ("Leslie", "Jordan", "Kelly"), names that are also
ordinary words or places ("Grace", "Hunter", "Austin", "Virginia", "Victoria"),
and given names that are common surnames of people in the news ("Christie",
"Sharon"), since a surname said alone must not get the gender of the given name.
"""

from __future__ import annotations


def _names(block: str) -> frozenset[str]:
    """The names of a block, one word each (not `lexicon.words`: the package imports this)."""
    return frozenset(block.split())


COMMON_MALE_NAMES = _names(
    """
    aaron abdullah abraham adrian ahmad alan albert alberto alejandro alexander alfred
    allen alvin amir andre andres anthony antonio arnold arthur barry benny bernard billy
    bobby brad bradley brandon brendan brent brett bruce bryan byron calvin carl carlos
    cecil chad charlie chuck clarence clint clifford cody colin corey cory craig curt curtis
    darrell darren dave dean dennis denis derek devin dick dmitry don donnie doug douglas
    duane dustin dwight earl ed eddie edgar eduardo edward edwin elijah enrique ernest ernesto
    eugene evan felix fernando francis francisco francois fred freddie frederick gabriel
    gavin geoffrey gerald gerhard gilbert giuseppe glenn greg gregory guillermo gustavo
    hank hans harold harvey hector heinrich henry herbert horace howard hugh hugo ian isaac
    ivan jacob jake jamal jamie javier jay jeffery jeffrey jeremy jerome jerry jesse jesus
    jimmy joel johnny jon jonathan jorge jose josh juan julian julio karl keith ken kenneth
    khalid kurt kyle lamar lance larry lawrence leon leonard leroy lloyd louis lucas luis
    luke malcolm manuel marc marcus mario marvin maurice max melvin miguel mohamed
    nathan nathaniel neil nicholas nick nicolas nigel noah norman oliver omar orrin oscar
    otto pablo patrick pedro phil philip philippe phillip pierre rafael rahm ralph ramon
    randy raul ray raymond reggie reginald ricardo ricky rob robbie roberto rodney rodrigo
    roger roland ron ronald roy ruben russell ryan salvador samuel sergei sergio seth shane
    shaun sigmar simon stan stanley stefan steve stuart ted terrence theodore todd tony
    travis trent trey troy vernon victor vincent wade walter wayne wesley willie wolfgang
    yitzhak yusuf zachary
    """
)

COMMON_FEMALE_NAMES = _names(
    """
    abigail agnes alexandra alice alicia allison amanda amber angelina anita annette audrey
    becky beth betty beverly bonnie brenda bridget brittany candice carla carmen carol
    caroline carolyn cassandra cecilia cheryl claudia colleen connie cynthia danielle
    darlene deborah debra deirdre denise diana dolores doris edith eileen elaine eleanor
    elena elisa eliza ella eloise erica erin esther eva evelyn fatima fiona frances gabriela
    gabrielle gail geraldine gina gloria gwen hannah harriet helen hilda ida irene isabel
    isabella jacqueline janice jeanne jenna jenny joan joanna joanne jocelyn josephine joyce
    juanita judith julie juliet karin kathleen kathryn kayla kimberly krista kristen kristin
    lara leah lillian lois lorraine louise lucy lydia madeline marcia margarita marian marie
    marilyn marjorie marsha martha maureen melanie melinda melissa meredith michele miriam
    molly monica nadia naomi natasha neera nina nora norma olga pamela patty pauline peggy
    phyllis priscilla renee rita roberta rosa rosalind roxanne sabrina sandra sara sheila
    shirley silvia sofia sonia sophie stacey stacy sue susie suzanne sylvia tamara tanya
    teresa tina valerie vanessa vera veronica vivian wanda yolanda yvonne zoe
    """
)
