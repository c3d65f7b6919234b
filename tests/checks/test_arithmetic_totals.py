"""arithmetic: parts that are said to make a whole (issue 9).

Every sentence here is made up for the test. The error is in the last sentence of each
text, and a flag must quote it.
"""

import pytest

from bot.analyzer import Analyzer
from tests.helpers import flags_of


@pytest.mark.parametrize(
    "text",
    [
        "Of the 30 dead, 12 were children and 20 adults.",
        "Of those 14 trains, nine ran late, four were cancelled and two ran on time.",
        "Nine of the 14 trains ran late and seven were cancelled.",
        "Three men and two women were hurt, six people in all.",
        "Police arrested seven people: three men, two women and one teenager.",
        "The fire destroyed 12 homes, including seven cottages and six flats.",
        "The club played nine matches in March. Four were won and six were lost.",
        "The club played nine matches in March. Of those, four were won and six lost.",
        "Rovers won 3-1 at home on Saturday. Two goals came before the break and three after.",
        "Rovers won 3-1, with two goals before the break and three after it.",
        "The motion was carried by 310 votes to 250, a majority of 70.",
        "In the survey, 62% of tenants backed the plan. A further 45% of tenants opposed it.",
        "Asked about the plan, 70% said they supported it and 45% said they did not.",
        "Of the £20m raised, £12m came from donors and £11m from the council.",
        # the whole named, then its parts as names with their counts
        "Of the 60 council seats, Labour won 31, the Liberal Democrats 22 and the Greens 9.",
        # a list and its sum; a whole and what it is made up of, or what it took where
        "The club sold three players for £12m, £9m and £4m, a combined £28m.",
        "The charity raised £480,000 last year, made up of £300,000 from donations, "
        "£150,000 from its shops and £60,000 from events.",
        "The tour grossed $50m in its first month, taking $28m in Europe and $26m in Asia.",
        # "the remaining" share closes the list; poll shares of named candidates
        "Paper made up 55% of the waste, plastic 30% and glass the remaining 20%.",
        "The latest poll puts Okafor on 52% and Brandt on 45%, with 6% undecided.",
        "A poll puts Okafor on 48% and Brandt on 40%, with 6% backing other candidates and "
        "8% undecided.",
        "The £96.4m budget is made up of £60.2m for wages, £21.5m for buildings and £12.3m "
        "for vans.",
        "Shops made 48% of its sales, the website 33% and wholesale 14%. The remaining 9% "
        "came from licensing.",
        # the whole with no noun of its own before the list
        "The firm reported a turnover of £356m, made up of £172m, £118m and £56m.",
        "Total spending was £300m, comprising £100m, £100m and £50m.",
    ],
)
def test_parts_that_do_not_make_the_whole(analyzer: Analyzer, text: str):
    flags = flags_of(analyzer.analyze(text), "arithmetic")
    assert len(flags) == 1, text
    last = text.rsplit(". ", 1)[-1]
    assert any(last in passage.quote for passage in flags[0].evidence), flags[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Of the 30 dead, 12 were children and 18 adults.",
        # parts need not fill the whole: the others go unnamed
        "Of the 30 dead, 12 were children and 10 were women.",
        "Three men and two women were hurt, five people in all.",
        "Police arrested seven people: four men, two women and one teenager.",
        "The club played nine matches in March. Four were won and five were lost.",
        "Rovers won 3-1, with two goals before the break and two after it.",
        "The motion was carried by 310 votes to 250, a majority of 60.",
        "In the survey, 42% of tenants backed the plan. A further 45% of tenants opposed it.",
        # parts of different wholes
        "Two of the five drivers were fined and three of the six riders were banned.",
        "In the survey, 62% of tenants backed the plan. A further 45% of landlords opposed it.",
        "Of the 40 staff, 30 work in Leeds. Of the 25 managers, 20 work in York.",
        # shares that may overlap, and changes rather than shares
        "About 80% of pupils used a phone daily, while 60% of pupils owned a tablet.",
        "Sales rose 60% in May and a further 50% in June.",
        # counts of other things, times and rates beside the parts
        "The club played nine matches in March. Two days later, four players were injured.",
        "Of the 12 patients, two were sent home three days later and one in ten stayed.",
        "He scored 2 goals in 3 games, 10 in all.",
        "Of the 60 council seats, Labour won 31, the Liberal Democrats 20 and the Greens 9.",
        "Of the 30 runners, Kiprop finished in 130 minutes and Bekele in 131 minutes.",
        "The club sold three players for £12m, £9m and £4m, a combined £25m.",
        "The charity raised £480,000 last year, made up of £300,000 from donations, "
        "£120,000 from its shops and £60,000 from events.",
        "The tour grossed $50m in its first month, taking $28m in Europe and $22m in Asia.",
        "Paper made up 55% of the waste, plastic 30% and glass the remaining 15%.",
        "Sales rose to 71% from 68% last year, with rivals taking the remaining 29%.",
        "The latest poll puts Okafor on 52% and Brandt on 42%, with 6% undecided.",
        "One poll puts Okafor on 52%, while another puts Okafor on 55%.",
        "A poll puts Okafor on 48% and Brandt on 40%, with 4% backing other candidates and "
        "8% undecided.",
        "The £94m budget is made up of £60.2m for wages, £21.5m for buildings and £12.3m for vans.",
        "Shops made 48% of its sales, the website 33% and wholesale 14%. The remaining 5% "
        "came from licensing.",
        "Labour is on 41%, up from 38% last month, and the Conservatives on 35%.",
        "Jobless rates stayed high, with Spain on 26%, Greece on 27%, Croatia on 17%, "
        "Cyprus on 16% and Portugal on 16%.",
        # seat changes beside the seats, and a share of a share
        "Of the 120 seats, the Alliance won 58, up 12, the Liberals 39, down 10, and the "
        "Greens 23.",
        "Some 71% of voters backed the plan, 64% of them in cities, and the remaining 29% "
        "opposed it.",
        # a dash after a bare figure opens no list
        "He was paid £50,000 - £20,000 more than his predecessor and £5,000 more than a judge.",
        # the count before is the first part told again, not the whole
        "Gale flattens eight barns\n\nEight barns were flattened and 15 were "
        "damaged when the storm hit the valley.",
    ],
)
def test_parts_that_fit_or_belong_to_other_wholes(analyzer: Analyzer, text: str):
    assert flags_of(analyzer.analyze(text), "arithmetic") == [], text
