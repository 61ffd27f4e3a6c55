"""A he/she/his/her is replaced only by a licensed antecedent nearby (issue 9 item 1, text27;
READER26's garbled canonicals, FINDINGS26 5): a person that agrees, in the pronoun's paragraph or
the two before and no heading between, with no other person of its gender between; else the sentence is no claim.  Each
class: the case (names invented) and neighbours, every row failing before text27, and controls
where the pronoun is still resolved."""

from __future__ import annotations

import pytest

# (body, a claim text that must not be made: the pronoun read as the wrong antecedent)
ANOTHER_PERSON_BETWEEN = [
    ("Last week, Kessel Police Chief Ivan Dorn said Vogel had suffered swelling to the side of his face.\n\n"
     "Vogel, a six-year veteran of the Kessel force, has not been charged with any crime.\n\n"
     "He is on paid leave pending the outcome of the investigation and is under guard after threats.",
     "Kessel Police Chief Ivan Dorn is on paid leave"),
    ("Mayor Ana Holm said Brandt had resigned from the council.\n\n"
     "Brandt, a former teacher, has not commented.\n\nShe is expected to move from Brill to Kessel in May.",
     "Mayor Ana Holm is expected"),
    ("Coach Tomas Reyes said Marek had been injured in training.\n\n"
     "Marek, who joined the club in 2019, missed the final.\n\nHe will undergo surgery in Brill before returning to Kessel.",
     "Coach Tomas Reyes will undergo surgery"),
    ("Prosecutor Lena Marx said Kovac had been arrested in Brill.\n\n"
     "Kovac, a former soldier, was held in Brill for a week.\n\nHe faces trial in Brill after his extradition from Kessel.",
     "Prosecutor Lena Marx faces"),
    ("Minister Karl Adler said Novak had left the party in March.\n\n"
     "Novak, the former chairman, founded a new movement.\n\nHe won a seat in Brill and lost in Kessel in June.",
     "Minister Karl Adler won a seat"),
    ("Judge Ida Berg said Petrov had lied to the court.\n\n"
     "Petrov, a businessman from Vorna, was fined.\n\nHe was ordered to pay Brill and Kessel 5,000 dollars.",
     "Judge Ida Berg was ordered"),
]

NAME_MODIFYING_A_NOUN = [
    ("An autopsy showed that all the wounds were in the front of Marek's body.\n\n"
     "Kessel police said Marek allegedly robbed a store shortly before the shooting.\n\n"
     "And reports that his friend Tomas had a criminal record have put Tomas's credibility in question.",
     "Kessel’s friend"),
    ("Vorna police said Ivo allegedly stole a car shortly before the chase.\n\n"
     "And reports that his brother Jan had a record of theft that including fraud has put Jan's account in question.",
     "Vorna’s brother"),
    ("Tessel police said Lena allegedly hit a guard shortly before the arrest.\n\n"
     "And reports that her sister Mara had a criminal record that including assault has put Mara's story in question.",
     "Tessel’s sister"),
    ("Darn police said Piet allegedly fired a shot shortly before the raid.\n\n"
     "And reports that his cousin Ruud had a criminal record that including perjury has put Ruud's testimony in question.",
     "Darn’s cousin"),
    ("Brill police said Tomas allegedly set a fire shortly before the riot.\n\n"
     "And reports that his friend Oleg had a criminal record has put Oleg's evidence in question.",
     "Brill’s friend"),
    ("Kolno police said Vera allegedly robbed a bank shortly before the shooting.\n\n"
     "And reports that her friend Ilse had a criminal record that including lying to police has put Ilse's "
     "credibility in question.", "Kolno’s friend"),
]

NO_PERSON_OF_THAT_GENDER = [  # an outlet, a plural, or a noun of the pronoun's gender between
    ("She was taken to hospital by her sisters, where doctors told her she was pregnant, according to "
     "Freedonian newspaper Il Corriere Kessel.\n\nThe baby is healthy and the nun's convent has offered to care for him.\n\n"
     "The nun arrived at the convent in June, when it is now believed she was already pregnant.",
     "Il Corriere Kessel was"),
    ("She was taken to hospital in Brill by her sisters, where doctors told her she was pregnant, according to "
     "Ruritanian newspaper La Voce Brill.", "La Voce Brill was taken"),
    ("She was stopped at the border by guards, who told her she could not enter, according to Syldavian newspaper "
     "Il Messaggero Darn.", "Il Messaggero Darn was stopped"),
    ("The singer arrived in Brill in June.\n\nThe concert was cancelled after protests, according to Ruritanian "
     "newspaper La Voce Brill.\n\nIt is now believed she was already ill when she arrived in Kessel.",
     "La Voce Brill was already ill"),
    ("He was found in the river by fishermen, who said he had been missing for days, according to Bordurian weekly "
     "Nova Vorna.", "Fishermen had been missing"),
    ("He was pulled from the rubble by firemen, who said he had been trapped for hours in Kessel.",
     "Firemen had been trapped"),
    ("Minister Karl Adler said the port would reopen in May.\n\nThe man's wife said the port had been closed "
     "for a year. She was later arrested in Brill and Kessel.", "Karl Adler was later arrested"),
]

ACROSS_A_HEADING = [  # a heading inside the body between the antecedent and the pronoun
    ("Minister Karl Adler said the port would reopen in May.\n\nStorm damage\n\n"
     "He visited Brill and Kessel in June with three engineers.", "Karl Adler visited"),
    ("General Ivo Bran said the troops had left Vorna.\n\nA town in ruins\n\n"
     "He had commanded the garrisons of Brill and Kessel for two years.", "Ivo Bran had commanded"),
    ("President Lea Tomm said the border would stay open.\n\nTrade rises\n\n"
     "She had visited Brill and Kessel during her campaign.", "Lea Tomm had visited"),
    ("Senator Jan Novak said the law would pass in June.\n\nA delayed vote\n\n"
     "He had drafted the law with Brill and Kessel deputies in 2022.", "Jan Novak had drafted"),
    ("Governor Eva Horn said the dam was safe.\n\nInspections in April\n\n"
     "She had ordered the inspection after the floods in Brill and Kessel.", "Eva Horn had ordered"),
    ("Captain Max Vogel said the ship had sunk near Brill.\n\nRescue at sea\n\n"
     "He had sailed the route between Brill and Kessel for ten years.", "Max Vogel had sailed"),
]

# the pronoun still resolved where the antecedent is licensed and near
CONTROLS = [
    ("Minister Karl Adler said the port would reopen in May. He visited the port in June with three engineers.",
     "Minister Karl Adler visited the port"),
    ("Vogel, a six-year veteran of the Kessel force, has not been charged with any crime.\n\n"
     "He is on paid leave pending the outcome of the investigation.", "Vogel is on paid leave"),
    ("General Ivo Bran said the troops had left Vorna.\n\nHe had visited Brill and Kessel in June.",
     "General Ivo Bran had visited"),
    ("Minister Karl Adler said the port would reopen in May.\n\nThe port was closed after the storm.\n\n"
     "He visited Brill and Kessel in June with three engineers.", "Minister Karl Adler visited"),
]


def _texts(extract, body: str) -> list[str]:
    return [c.text for c in extract(body).claims]


@pytest.mark.parametrize(("body", "wrong"), ANOTHER_PERSON_BETWEEN + NAME_MODIFYING_A_NOUN
                         + NO_PERSON_OF_THAT_GENDER + ACROSS_A_HEADING)
def test_no_pronoun_read_as_an_unlicensed_antecedent(extract, check_parts, body, wrong) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [t for t in _texts(extract, body) if wrong.lower() in t.lower()]


@pytest.mark.parametrize(("body", "resolved"), CONTROLS)
def test_a_licensed_antecedent_nearby_is_still_taken(extract, body, resolved) -> None:
    assert [t for t in _texts(extract, body) if t.startswith(resolved)], _texts(extract, body)


@pytest.mark.parametrize(("mention", "outlet"), [
    ("Freedonian newspaper Il Corriere Kessel", True), ("state news agency Kolna", True),
    ("the tabloid The Daily Kolno", True), ("agency spokesman Tom Brown", False),
    ("Defence Minister Lena Marx", False), ("Il Corriere Kessel", False),
])
def test_names_an_outlet(lex, mention, outlet) -> None:
    from claimcheck.parse.claims.antecedents import names_an_outlet

    assert names_an_outlet(mention, lex) is outlet
