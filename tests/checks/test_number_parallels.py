"""number-conflict compares one quantity with itself, never figures side by side.

Issue 9: figures that belong to different things (two athletes' titles, two models'
prices, parts of an index, two banks' bonds, two holders' stakes) are not one quantity
given twice; the same count of the same thing, even restated in other words, is.
"""

from __future__ import annotations

import pytest

from bot.analyzer import Analyzer
from tests.helpers import flags_of

CHECK = "number-conflict"


def _flags(analyzer: Analyzer, *paragraphs: str) -> list[str]:
    report = analyzer.analyze("\n\n".join(paragraphs))
    return [" | ".join(e.quote for e in f.evidence) for f in flags_of(report, CHECK)]


# The error, in several shapes: each must be flagged, quoting both figures.
ERRORS = {
    "the staff of one numbered place given two values": (
        "There are 400 staff at Terminal 2 of Harwick airport.",
        "The announcement came on Monday.",
        "There are 600 staff at Terminal 2.",
    ),
    "a crowd, then the crowd of N after a venue named with 'in'": (
        "Rovers beat City 24-20 in front of a crowd of 52,340 on Saturday.",
        "The semi-final was played at a neutral venue in Leeds, and the crowd of 53,240 "
        "was a record for the round.",
    ),
    "a sum restated with one digit slipped, far apart, the later with no owner": (
        "Harlow Foods agreed a £13.8m deal to buy the bakery on Monday.",
        "The sale is due to close in May.",
        "The £43.8m deal includes two shops.",
    ),
    "same count by the same verb": (
        "The fire destroyed 40 homes on the edge of the village.",
        "Crews worked through the night to stop it spreading.",
        "Firefighters said the fire destroyed 46 homes.",
    ),
    "a count restated in other words": (
        "The jury found Mr Hollins guilty of all 12 charges.",
        "He showed no emotion as the verdicts were read out.",
        "Five of the 14 charges carried a life sentence.",
    ),
    "an amount named, then measured": (
        "The club agreed a £4m fee for the striker last week.",
        "He passed a medical on Friday.",
        "The fee was £6m, the club's second highest.",
    ),
    "two digits swapped in a restatement in other words": (
        "The MP Dan Whitfield was paid £134,000 last year as an adviser to a shipping firm.",
        "He said the work took ten hours a month.",
        "Officials said Whitfield's £143,000 consultancy fee had been declared late.",
    ),
    "two digits swapped where another person's verb points back with 'the'": (
        "Rovers drew a crowd of 24,318 to Ashgrove for the cup final.",
        "The goal came in the last minute.",
        "Manager Ian Hollis thanked the 24,138 supporters for the noise they made.",
    ),
    "a toll told by its cause, then in the passive": (
        "The storm destroyed 31 homes on the island.",
        "The ferry service was cancelled.",
        "Officials said 36 homes were destroyed by the storm.",
    ),
    "what a firm said it would cut, told twice": (
        "Halvard said it would cut 900 jobs at its paper mills.",
        "The union condemned the move.",
        "Halvard said it would cut 1,100 jobs at its paper mills by the spring.",
    ),
    "a candidate's votes, then with her name's 's": (
        "Dawes won the seat with 12,905 votes.",
        "The turnout was lower this time.",
        "Officials said Dawes's 12,509 votes were the most her party had won in the seat.",
    ),
    "a penalty restated by its noun": (
        "The club was fined £20,000 for crowd trouble at the derby.",
        "It has a fortnight to appeal.",
        "The fine was £35,000, the league said.",
    ),
    "a toll told as deaths, then as killed": (
        "Nine miners died when the shaft flooded near Quetta on Tuesday.",
        "Rescuers reached the lower galleries by nightfall.",
        "In all, 11 miners were killed, the provincial government said.",
    ),
    "a toll told as lives lost": (
        "At least 60 people were killed when the ferry capsized off Chittagong.",
        "Divers are still searching the hull.",
        "Officials said 45 people lost their lives.",
    ),
    "a prison term restated by its noun": (
        "Kelvin Marsh was jailed for eight years at Swansea Crown Court.",
        "The judge called the fraud cynical.",
        "The sentence was six years.",
    ),
    "a prison term told twice": (
        "Dorothy Finch was sentenced to three years in prison for the thefts.",
        "She had worked at the charity for a decade.",
        "Finch was jailed for five years.",
    ),
    "one thing's size given twice": (
        "The sculpture weighs 4,000 kilograms and took two years to cast.",
        "A crane lifted it onto the plinth on Sunday.",
        "Organisers said the sculpture weighs 5,500 kilograms.",
    ),
    "jobs cut, then jobs that will go": (
        "The bakery chain will cut 320 jobs at its Leeds depot.",
        "The union said it would fight the plan.",
        "In all, 380 jobs will go by the spring.",
    ),
    "jobs cut, then the job cuts": (
        "The bakery chain will cut 320 jobs at its Leeds depot.",
        "The union said it would fight the plan.",
        "The 380 job cuts will be phased in.",
    ),
    "a survey's sample told as who took part": (
        "A survey of 1,800 nurses found most planned to leave within five years.",
        "The college will present it to ministers.",
        "In all, 2,100 nurses took part.",
    ),
    "a crowd, then the attendance": (
        "A crowd of 31,000 saw the derby at Ibrox.",
        "The visitors scored twice in the second half.",
        "The attendance was 36,000.",
    ),
    "one change told twice": (
        "Profits at the brewer rose 8% in the year to March.",
        "It blamed the cost of barley.",
        "Profits at the brewer rose 11% over the period.",
    ),
    "a stake, then its size as a share": (
        "The fund holds a 12% stake in the airline.",
        "It has not said whether it will sell.",
        "The stake amounts to 15% of the company.",
    ),
    "a total, then the total": (
        "A total of £62m will be spent on the new tram line.",
        "Work starts in the spring.",
        "Ministers said £5m of the £48m total would go on signalling.",
    ),
    "a survey's sample told as who was asked": (
        "A survey of 1,800 nurses found most planned to leave within five years.",
        "The college will present it to ministers.",
        "In all, 2,100 nurses were asked about their pay.",
    ),
    "a death toll, then the lives claimed": (
        "The death toll from the avalanche stood at 14 on Monday.",
        "Rescuers have called off the search.",
        "The avalanche claimed the lives of 17 people.",
    ),
    "a lead's noun, then the name": (
        "A pharmacist has been jailed for seven years for selling fake medicines.",
        "Gareth Lowe, 51, of Crewe, admitted the charges at Chester Crown Court.",
        "Lowe was sentenced to nine years.",
    ),
    "staff made redundant, told twice": (
        "The printer has made 150 staff redundant after losing a contract.",
        "The union said it had not been consulted.",
        "In all, 190 staff were made redundant.",
    ),
    "employees laid off, then the job losses": (
        "The games studio has laid off 80 employees.",
        "It blamed the cancellation of its biggest title.",
        "The 95 job losses will hit the art team hardest.",
    ),
    "a firm's name and its fuller form": (
        "Hartwell Foods is to cut 500 jobs at its bakeries.",
        "The company blamed the price of wheat.",
        "Hartwell will shed 650 posts over two years.",
    ),
    "a blast that killed, then left dead": (
        "An explosion killed six miners at the pit on Monday.",
        "Rescue teams reached the seam by nightfall.",
        "The explosion left eight miners dead.",
    ),
    "arrested, then detained": (
        "Police arrested 23 people after the match in Cardiff.",
        "Officers used dogs to separate rival fans.",
        "In all, 31 people were detained.",
    ),
    "homes, then houses": (
        "The storm damaged 340 homes along the coast.",
        "Council teams began repairs on Monday.",
        "In all, 430 houses were damaged.",
    ),
    "a caption cutting the lede's list of places short": (
        "A survey by Ofcom found 30 million homes in France, Spain and Italy have fibre.",
        "Take-up has doubled in five years, the regulator said.",
        "Fibre boom: a survey by Ofcom found 13 million homes in France.",
    ),
    "a caption restating the lede": (
        "Volunteers from 23 countries joined the clean-up on the beach at Porthleven.",
        "They gathered two tonnes of plastic in a day.",
        "Helping hands: volunteers from 32 countries joined the clean-up on the beach.",
    ),
    "a sentence told again with the count in words": (
        "The museum received three paintings from the estate of the late collector.",
        "The bequest was announced on Monday.",
        "The museum received five paintings from the estate of the late collector.",
    ),
    "a sum raised, restated as the total": (
        "Fans at the derby raised £8,400 for the children's hospice with a bucket collection.",
        "The hospice thanked both clubs.",
        "In total, £9,100 was raised.",
    ),
    "a count named, then referred back to": (
        "The inspectors visited 212 care homes over the winter.",
        "Most were rated good or better.",
        "The 221 care homes had no warning of the inspections.",
    ),
    "the same rate given two values": (
        "The new crossing would prevent 14 crashes a year, the council said.",
        "Work starts in the spring.",
        "Engineers said it would prevent 19 crashes a year.",
    ),
    "a sentence retold with a duration changed": (
        "The singer said the tour would mark his three decades on the road with the band.",
        "Tickets sold out within an hour.",
        "The singer said the tour would mark his four decades on the road with the band.",
    ),
    "a sum named by its noun, then by its verb": (
        "Despite a £40,000 settlement in her favour, the nurse says the trust ignored her.",
        "She has asked for a meeting with the board.",
        "She settled for £25,000 after a long fight with the trust.",
    ),
    "a count with its participle, then its verb": (
        "Nine people injured in the fire at the depot were taken to hospital.",
        "The cause is not yet known.",
        "In all, 13 people were injured, the fire service said.",
    ),
    "two floors for one count": (
        "More than 50 teachers signed the letter to the education board.",
        "The board has yet to reply.",
        "The letter to the board was signed by more than 60 teachers, organisers said.",
    ),
}

# Figures side by side that belong to different things: all silent.
PARALLELS = {
    "two defendants' prison terms": (
        "Kelvin Marsh was jailed for eight years at Swansea Crown Court.",
        "His co-defendant Alan Reece was jailed for five years.",
    ),
    "a prison term in months and in years": (
        "Tanya Gould was jailed for 24 months for the assault.",
        "The sentence was two years, reduced for her guilty plea.",
    ),
    "years served in another job": (
        "Omar Daly was jailed for six years for the robbery.",
        "Before that he had worked for four years as a security guard.",
    ),
    "one athlete's two races": (
        "Asha Kiprop ran 800 metres in the heats on Friday.",
        "Kiprop ran 1500 metres in the final two days later.",
    ),
    "a country's share of a count of several": (
        "More than 30 million homes in France, Spain and Italy now have fibre broadband.",
        "More than 13 million homes in France now have fibre broadband.",
    ),
    "two grocers' sales": (
        "Sales at Morrisons rose 4% over the summer.",
        "Sales at Waitrose rose 6%.",
    ),
    "two measures of one firm's profit": (
        "Pre-tax profits at the brewer rose 8%.",
        "Operating profits at the brewer rose 11%.",
    ),
    "crowds at two grounds": (
        "A crowd of 31,000 saw the derby at Ibrox.",
        "The attendance at Pittodrie was 18,000.",
    ),
    "a share now and in another year": (
        "In 2019 the figure was 29%, the regulator said.",
        "Now the figure is 14%.",
    ),
    "a named defendant and another called 'he'": (
        "Stuart Kemp, 44, was sentenced to eight years at Leeds Crown Court.",
        "His accomplice, Neil Orme, played a lesser role. He was jailed for five years.",
    ),
    "two crashes and their total": (
        "Three people died when a van hit a wall near Ripon.",
        "Hours later, a second crash near Thirsk killed two people.",
        "In all, five people died on the county's roads on Sunday.",
    ),
    "job cuts at two sites and their total": (
        "The maker will cut 600 jobs at its Derby plant and 400 at its Crewe depot.",
        "In total, 1,000 jobs will go across the two sites.",
    ),
    "two firms' job cuts": (
        "Hartwell Foods is to cut 500 jobs at its bakeries.",
        "Rival Dunmore will shed 650 posts.",
    ),
    "attendances at two grounds": (
        "The attendance at Meadow Park was 12,000 for the cup tie.",
        "At Brook Road, the attendance was 7,000.",
    ),
    "two accidents' tolls": (
        "Three people died when a car hit a lorry on the M6 near Stafford.",
        "In a separate accident on the A1 that evening, five people were killed.",
    ),
    "a sentence, the maximum and the term sought": (
        "A former treasurer was jailed for six years for stealing from a hospice.",
        "The maximum sentence for the offence is ten years, the judge noted.",
        "Prosecutors had argued for a term of eight years.",
    ),
    "two sculptures' weights": (
        "The bronze horse weighs 900 kilograms.",
        "The granite rider beside it weighs 2,000 kilograms.",
    ),
    "race distances won by different athletes": (
        "Okafor won the 200m title in Glasgow on Saturday.",
        "Lindqvist won the 800m title after a late surge.",
    ),
    "the cheapest of a range, then another model, by the same verb": (
        "Corrin unveiled three e-bikes on Tuesday, with the cheapest starting at £1,450.",
        "The Tourer starts at £2,100 and ships in June.",
    ),
    "prices of several models": (
        "The 13-inch model costs £899.",
        "The 15-inch model costs £1,199 and ships next month.",
    ),
    "components of an index": (
        "Clothing prices rose 0.4% in May, the statistics office said.",
        "Transport prices rose 2.1% in May.",
    ),
    "bond issues of different banks": (
        "Harbour Bank sold $500m of bonds on Tuesday.",
        "Rival Northgate Bank sold $750m of bonds a day later.",
    ),
    "stakes held by two shareholders": (
        "Pell Holdings owns a 20% stake in the brewer.",
        "The founder's family owns an 80% stake in the brewer.",
    ),
    "caps won by different players": (
        "Moreno has won 14 caps for Uruguay.",
        "Adeyemi has won 19 caps for Nigeria.",
    ),
    "a subset of the count": (
        "The party is contesting 40 seats across the region.",
        "It hopes to win six marginal seats.",
    ),
    "counts in different years": (
        "The firm employed 900 staff in 2010.",
        "The firm employs 1,400 staff at three sites.",
    ),
    "counts in different places": (
        "The chain closed 12 stores in Leeds this year.",
        "The chain closed 30 stores in Glasgow this year.",
    ),
    "sums raised by different events": (
        "The auction raised £3,000 for the lifeboat station.",
        "A sponsored swim raised £1,200 for the same appeal.",
    ),
    "a subset referred back to by a clause": (
        "The inspectors visited 212 care homes over the winter.",
        "The 31 care homes rated inadequate will be visited again.",
    ),
    "a sum aimed at and the sum raised": (
        "The trust set out to raise the £20,000 needed for a new roof.",
        "A month later about £26,000 has been raised.",
    ),
    "a part of a set referred back to": (
        "The firm was granted 1,240 patents in 2019.",
        "It will keep the 300 patents but charge no royalties on them.",
    ),
    "a rate and an amount": (
        "The scheme costs £40 a week for each family.",
        "The council has spent £2,600 on it so far.",
    ),
    "settlements of two parties": (
        "Harbour Bank agreed a £4m settlement with the regulator in March.",
        "Its rival Northgate settled for £9m in June.",
    ),
    "two groups described by one participle": (
        "Eleven councillors elected in May met for the first time on Monday.",
        "Four councillors elected at the by-election joined them in June.",
    ),
    "two halves told alike": (
        "Rovers led by two goals at the break in the first half of the season.",
        "Rovers led by three goals at the break in the second half of the season.",
    ),
    "two maturities told alike": (
        "The 10-year yield rose sharply on Monday as investors sold government bonds.",
        "The 30-year yield rose sharply on Monday as investors sold government bonds.",
    ),
    "a sentence of the same shape about another category": (
        "Twelve films competing in the documentary section come from Asia.",
        "The 16 films competing in the drama section include four debuts.",
    ),
    "a group, then a counted part of it": (
        "Councillors declared £2.4m in earnings from second jobs in the last council year, "
        "up from £2.1m the year before, a study found.",
        "The study was published on Monday.",
        "By party, 35 Conservative councillors declared earnings totalling £1.3m and 20 "
        "Labour councillors declared £0.6m.",
    ),
    "one group's earnings and another's told with 'by'": (
        "The ten highest earners took home £800,000 between them.",
        "The remaining £1.1m was earned by 31 members from smaller parties.",
    ),
    "one candidate's votes and another's possessive": (
        "At the last election Labour's Ann Keele won the seat with 18,240 votes.",
        "The turnout was lower this time.",
        "Officials said Dawes's 12,905 votes were the most her party had won in the seat.",
    ),
    "a force's arrests and a city's": (
        "The Met's 37 arrests included four people held before the march began.",
        "In Leeds, the 12 arrests followed damage to shops on Briggate.",
    ),
    "a prize and what each runner-up received": (
        "Okafor, a nurse from Leeds, received £25,000 for the prize.",
        "Each of the four other shortlisted writers received £1,000.",
    ),
    "two teams' points with their digits swapped": (
        "Scotland ended the campaign on 23 points after four wins.",
        "Italy were second. Their 32 points included six bonus points.",
    ),
    "two clubs' crowds with their digits swapped, the second with its holder": (
        "Ashgrove United drew a crowd of 24,318 for the cup final.",
        "The goal came in the last minute.",
        "Manager Ian Hollis said Hartwell's 24,138 supporters at the semi-final were louder.",
    ),
    "a second sum the buyer 'also' paid, for something else": (
        "Harbour City paid £180m for the stadium in March, the club said.",
        "It also paid £10m for the land around it, according to its accounts.",
    ),
    "two counties named after 'in'": (
        "The agency said floods had hit homes across the north.",
        "In Cumbria 210 properties were flooded overnight.",
        "In Rutland 95 properties were flooded overnight.",
    ),
    "two councils' budgets, each held by its full name": (
        "Tendring District Council's budget for next year is £14m.",
        "Fenland District Council's budget is £17m, the figures show.",
    ),
    "a sister company's staff": (
        "Ashdown Brewery employs 90 people and will take on 30 more.",
        "Its sister company, which runs four pubs, employs 60 people.",
    ),
    "a council's savings and a part of them with no owner, far apart": (
        "The county council must save £42m over the next two years.",
        "About £3m of savings will come from closing libraries.",
    ),
    "a year's crossings and one day's": (
        "More than 36,000 people crossed the Channel in small boats last year.",
        "The busiest day was 18 June, when 882 people crossed in 15 boats.",
    ),
    "two wards' winners, the second in a place named before it": (
        "In Hadleigh, Reform's Tom Hills won with 1,320 votes.",
        "In Sheppey Central, the party's Mike Dunn won with 1,088 votes.",
    ),
    "staff of two numbered places the recogniser calls firms": (
        "There are 400 staff at Terminal 2 of Harwick airport.",
        "The announcement came on Monday.",
        "There are 600 staff at Terminal 5.",
    ),
    "patients moved from two numbered wards": (
        "Some 30 patients were moved in Ward 12 at Harwick General on Monday.",
        "Another 45 patients were moved in Ward 14.",
    ),
}


@pytest.mark.parametrize("shape", sorted(ERRORS))
def test_one_quantity_given_two_values_is_flagged(analyzer: Analyzer, shape: str):
    paragraphs = ERRORS[shape]
    flags = _flags(analyzer, *paragraphs)
    assert len(flags) == 1, (shape, flags)
    assert paragraphs[0] in flags[0] and paragraphs[-1] in flags[0]


@pytest.mark.parametrize("shape", sorted(PARALLELS))
def test_figures_of_different_things_are_silent(analyzer: Analyzer, shape: str):
    assert _flags(analyzer, *PARALLELS[shape]) == [], shape


def test_the_same_count_restated_alike_is_silent(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "The jury found Mr Hollins guilty of all 12 charges.",
        "Five of the 12 charges carried a life sentence.",
        "The museum received three paintings from the estate of the late collector.",
        "The museum received 3 paintings from the estate of the late collector.",
    )
    assert flags == []
