"""Speakers of direct quotes: each rule on sentences of our own, the lexicon's examples, and
the labelled pages of many sites (skipped when the corpus is absent)."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from cleaner.document import Draft
from cleaner.lexicon.speech import NAMING_WORDS, PHRASES, STANCES, TITLES, VERBS, WORDING
from cleaner.passes.extract_quotes import extract_quotes


def quotes(text: str, title: str | None = None, subtitle: str | None = None
           ) -> list[tuple[str, str | None, str | None]]:
    draft = extract_quotes(Draft(text if text.endswith("\n") else text + "\n", title=title,
                                 subtitle=subtitle))
    return [(q.text, q.speaker, q.cue) for q in draft.quotes]


def speakers(text: str, **kw: str) -> list[str | None]:
    return [speaker for _, speaker, _ in quotes(text, **kw)]


@pytest.mark.parametrize(("text", "want"), [
    # titles and abbreviations, never a fragment
    ('"The bill is dead," said Sen. Jane Roe, D-Ore., on Friday.', "Sen. Jane Roe"),
    ('"We will appeal," Mr. Okafor said.', "Mr. Okafor"),
    ('"We will appeal," Dr Mensah told reporters.', "Dr Mensah"),
    ('Similarly, the I&B Minister said, "The figures are out."', "the I&B Minister"),
    # job titles before names, from the word that starts them
    ('"The pipes are old," Director of Public Works Ana Ruiz said.',
     "Director of Public Works Ana Ruiz"),
    ('Nakuru police commander Peter Mwangi said: "Nobody was arrested."',
     "Nakuru police commander Peter Mwangi"),
    ('"Nobody was arrested," city spokeswoman Dana Lee said.', "city spokeswoman Dana Lee"),
    # appositions and possessives
    ('"It was loud," neighbor Tom Reyes said.', "neighbor Tom Reyes"),
    ('Mr Okafor, the son of two teachers, said: "School made me."', "Mr Okafor"),
    ('"He ran," the victim\'s brother, Marcus, said.', "Marcus"),
    ('"We train daily," the two-time champion said.', "the two-time champion"),
    ('Finance Minister Ana Ruiz - who was at the hearing - only said rates would stay "low".',
     "Finance Minister Ana Ruiz"),
    ('"It is fixed," Ana Ruiz - the city\'s first engineer - has said.', "Ana Ruiz"),
    # never a run-on swallowing the clause before the verb
    ('The peso fell after Governor Ana Ruiz told lawmakers it was "very weak."',
     "Governor Ana Ruiz"),
    ('The dam broke in the night. "We ran," warned council chairman Ali Khan.',
     "council chairman Ali Khan"),
    ('"The claims are false," said a press release.', "a press release"),
    ('"It is over," said one official on condition of anonymity.', "one official"),
    # partial quotes take the sentence's subject, not a weekday
    ('The governor on Monday called the plan "a lifeline" for farmers.', "The governor"),
    ('Ana Ruiz has won a second term, but says she cares more about "real results".',
     "Ana Ruiz"),
    ('Asked about the vote, Ali Khan shook his head and said, "Never."', "Ali Khan"),
    ('The club denied that its coach quit, saying his word "no" meant nothing.', "The club"),
    ('Chief Ana Ruiz said Mr Khan likely acted "on his own account," officials added.',
     "Chief Ana Ruiz"),
    ('New county chief Ruiz wants residents to \'move on\' from the row.',
     "New county chief Ruiz"),
    ('The board dismissed the mayor\'s "plan" quickly.', "the mayor"),
    # attributions before the quote
    ('The letter was short. It read: "We will not return."', "It"),
    ('Ana Ruiz was quoted by a local paper as saying "the water is safe" again.', "Ana Ruiz"),
    ('He went on to say that the "vast majority" agreed. ', "He"),
])
def test_speaker_phrase_is_whole(text: str, want: str) -> None:
    assert speakers(text)[0] == want


@pytest.mark.parametrize(("text", "cue"), [
    ('"We won," the coach was quoted as saying.', "saying"),
    ('"It is over," according to the coach.', "according"),
    ('"We won," the club said in a statement.', "said"),
    ('The minister termed the charges "fabricated."', "termed"),
    ('Ana Ruiz wants the public to \'move on\' from it.', None),
])
def test_cue_as_written(text: str, cue: str | None) -> None:
    assert quotes(text)[0][2] == cue


def test_continuation_in_the_same_paragraph_and_the_next() -> None:
    text = ('"The water is back," said Ana Ruiz of the utility. "Drink it."\n'
            '"We tested it twice."\n'
            "The utility said nothing more.\n")
    assert quotes(text) == [("The water is back", "Ana Ruiz", "said"),
                            ("Drink it.", "Ana Ruiz", "said"),
                            ("We tested it twice.", "Ana Ruiz", None)]


def test_a_paragraph_ending_with_a_colon_introduces_the_next() -> None:
    text = "The full text of the letter reads:\n“We stand with the victims.”\n"
    assert quotes(text) == [("We stand with the victims.", "the letter", "reads")]


def test_pronoun_resolves_to_the_last_named_person_in_the_narrative() -> None:
    text = ("Trade Minister Ana Ruiz met farmers on Monday.\n"
            "“Prices will rise,” she said.\n"
            "Ali Khan and Ben Cole disagreed. Coach Ben Cole left early.\n"
            "“They won't,” he said.\n")
    assert speakers(text) == ["Trade Minister Ana Ruiz", "Coach Ben Cole"]


def test_unresolvable_pronoun_stays() -> None:
    assert speakers("“It is late,” she said.") == ["she"]


@pytest.mark.parametrize(("title", "want"), [
    ("‘We will rebuild’: Mayor Ana Ruiz", [("We will rebuild", "Mayor Ana Ruiz", None)]),
    ("Ruiz claims victory: 'Who is next?'", [("Who is next?", "Ruiz", None)]),
    ("Mayor vows 'no more delays' on bridge", [("no more delays", "Mayor", "vows")]),
    ("Country: Minister warns talks \"will not go ahead\"",
     [("will not go ahead", "Minister", "warns")]),
    ("Minister 'sorry' over statement", [("sorry", "Minister", None)]),
    ("Dam plan ‘worrying’: White House", [("worrying", "White House", None)]),
    ("Two held over thefts considered ‘organised’: report", [("organised", None, None)]),
    ("Local hero and ‘city champion’ Ruiz retires", []),
])
def test_headline_quotes(title: str, want: list) -> None:
    assert quotes("Body text.", title=title) == want


def test_single_quote_pages() -> None:
    text = "'We need more buses,' said one parent. The council's plan was late.\n"
    assert quotes(text) == [("We need more buses", "one parent", "said")]
    assert quotes("Ruiz told reporters the deal was ‘nearly done’.") == [
        ("nearly done", "Ruiz", "told")]


@pytest.mark.parametrize("text", [
    'His videos bore titles such as "The End of the Road as We Know It."',
    'The state enforces "Employment First" standards for employers.',
    'Critics accuse the group of a plot to "Islamise" schools in the city.',
    'It was "whistle-blower" Ana Ruiz, a clerk, who revealed the checks.',
    "'No blame' culture",
    "'Better weeks'",
    'js.src = "//connect.example.net/sdk.js#xfbml=1";',
    "}(document, 'script', 'example-sdk'));",
    "A plan dubbed ‘Operation Lifeline’ was announced.",
])
def test_not_quotes_are_never_listed(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: v.base)
def test_every_speech_verb_row_attributes_its_example(verb) -> None:
    found = quotes(verb.example)
    assert found and found[0][1] and (found[0][2] or "").lower() in verb.forms, found


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p.words)
def test_every_phrase_row_gives_its_cue(phrase) -> None:
    assert any(cue == phrase.cue and speaker for _, speaker, cue in quotes(phrase.example))


@pytest.mark.parametrize(("title", "example"), TITLES)
def test_every_title_row_stays_with_its_name(title: str, example: str) -> None:
    speaker = speakers(f'"We won," {example}.')[0]
    assert speaker == example.rsplit(" said", 1)[0] and title in speaker


@pytest.mark.parametrize(("word", "example"), NAMING_WORDS)
def test_every_naming_row_makes_a_name_not_a_quote(word: str, example: str) -> None:
    assert word in example and quotes(f"The group released {example} last year.") == []


@pytest.mark.parametrize(("word", "example"), STANCES)
def test_every_stance_row_gives_the_subject_without_a_cue(word: str, example: str) -> None:
    found = quotes(example)
    assert word in example and found and found[0][1] and found[0][2] is None


SITES = CORPUS / "sites"


def test_labelled_sites_pages_speakers() -> None:
    from cleaner import clean

    pages = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SITES.glob("*.json"))]
    pages = [p for p in pages if "expect_quotes" in p]
    if not pages:
        pytest.skip(f"no labelled sites pages under {SITES}")
    right = total = false = 0
    for page in pages:
        out = clean(page["excerpt"]).quotes
        for label in page["expect_quotes"]["quotes"]:
            if label.get("cut"):
                continue
            total += 1
            names = {n.casefold() for n in [label["speaker"] or "", *label["speaker_alt"]]}
            right += any(q.text.strip("\"'“”‘’ ").startswith(label["text40"].strip("\"'“”‘’ ")
                                                             .rstrip(",")) and
                         (q.speaker or "").casefold() in names for q in out)
        for non in page["expect_quotes"]["non_quotes"]:
            false += any(q.text.startswith(non["text40"]) for q in out)
    assert right >= 0.9 * total and false == 0, (right, total, false)


def test_a_title_of_a_work_is_not_a_quote_even_after_a_verb() -> None:
    assert quotes('Ana Ruiz says her favourite book is "One Hundred Years of Solitude".') == []


def test_a_participle_takes_the_clause_subject_and_places_are_never_he() -> None:
    text = ("Hezbollah chief Ali Khan spoke. Saudi Arabia protested.\n"
            'He stressed the need for a government in Lebanon saying that "a state matters."\n')
    assert speakers(text) == ["Hezbollah chief Ali Khan"]


def test_hard_wrapped_attribution_and_a_title_split_by_a_hard_wrap() -> None:
    text = ("A first paragraph of the story that is long enough to be body text.\n"
            "The minister said in a speech on Monday that the country was\n"
            '"ready to talk" with its neighbours and would send envoys.\n')
    assert quotes(text) == [("ready to talk", "The minister", "said")]
    text = ('He posted a video online, "The End of\n'
            'America or the Next War," last year.\n')
    assert quotes(text) == []


@pytest.mark.parametrize(("word", "example"), WORDING)
def test_every_wording_row_gives_the_document(word: str, example: str) -> None:
    found = quotes(f"{example}\n“We stand with the victims.”\n")
    assert word in example.lower() and found[0][1].split()[-1] in ("letter", "call")


@pytest.mark.parametrize(("text", "want"), [
    ('"We won," the head of the local farmers union said.', "the head of the local farmers union"),
    ('"No comment," a spokesman for the ministry said, adding more would follow.',
     "a spokesman for the ministry"),
    ('"Enough," says Tom Reyes, a farmer in Iowa.', "Tom Reyes"),
    ('"I am ready," Ruiz, 54, said.', "Ruiz"),
])
def test_descriptions_with_of_and_for_stay_whole(text: str, want: str) -> None:
    assert speakers(text)[0] == want


def test_a_paragraph_whose_single_marks_are_all_inside_words_holds_no_quote() -> None:
    """extract_quotes skips such paragraphs (``it's``, ``Iran's``): the reader agrees."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner.quotes.reader import Reader, read_paragraph

    word = st.from_regex(r"[A-Za-zé]{1,6}(?:'[a-z]{1,3})?", fullmatch=True)

    @settings(max_examples=200, deadline=None)
    @given(words=st.lists(word, min_size=1, max_size=30),
           ends=st.sampled_from(["", ".", ",", " said.", ": he said."]))
    def reads_none(words: list[str], ends: str) -> None:
        paragraph = " ".join(words) + ends
        reader = Reader([paragraph])
        read_paragraph(reader, 1, paragraph, None)
        assert reader.quotes == []

    reads_none()


# Variants of the speech tables (sentences invented here): groups that speak without a
# determiner, titles written without their full stop, and verbs beyond "said".
@pytest.mark.parametrize(("text", "want"), [
    ('"The water came at night," villagers said.', "villagers"),
    ('"We have lost everything," farmers told reporters.', "farmers"),
    ('"The road is closed," rescuers said on Monday.', "rescuers"),
    ('"The vote was fair," Cllr Jane Roe said.', "Cllr Jane Roe"),
    ('"We will appeal," Prof Ana Ruiz said.', "Prof Ana Ruiz"),
    ('"Help us," the families pleaded.', "the families"),
    ('"Who will pay?" she wondered.', "she"),
])
def test_speaker_variants(text: str, want: str) -> None:
    assert speakers(text)[0] == want


def test_a_noun_that_is_also_a_speech_verb_attributes_nothing() -> None:
    """"protests" is a noun here: the scare quotes after it have no speaker."""
    text = ('The square has been the scene of protests since June, when the council banned '
            'the march for its “sectarianism” and “unrest.”')
    assert all(cue != "protests" for _, _, cue in quotes(text))
