"""Each row of the chrome lexicon: its example is chrome of its kind, and classify() agrees."""

from __future__ import annotations

import functools

import pytest
import regex

from cleaner.chrome import chrome_blocks, chrome_line
from cleaner.classify import Kind, classify
from cleaner.lexicon import chrome as lexicon


@pytest.mark.parametrize("row", lexicon.LINES, ids=lambda row: row.example)
def test_each_line_row_example_is_chrome_of_its_kind(row: lexicon.Row) -> None:
    assert chrome_line(row.example) == row.kind
    assert classify(row.example).kind is Kind.CHROME


@pytest.mark.parametrize("row", lexicon.OPENERS, ids=lambda row: row.example)
def test_each_opener_example_opens_a_block(row: lexicon.Row) -> None:
    lead = "The army said on Tuesday that the operation in the old town was finished at last."
    found = chrome_blocks([lead, row.example, "Man bites dog"])
    assert 0 not in found and found.get(1) and found.get(2)


def test_the_comment_head_example_opens_a_thread() -> None:
    lead = "The army said on Tuesday that the operation in the old town was finished at last."
    assert chrome_blocks([lead, lexicon.COMMENT_HEAD.example, "I agree."]) == {
        1: "reader comments", 2: "reader comments"}


@pytest.mark.parametrize("sentence", [
    "The army retook the town on Wednesday.",
    "It is over.",
    "Police say a tip led them to the suspect.",
    "Shares in Apple dropped more than 6 percent, after the results.",
    "He said: \"Where people want to have their own arrangements, that is for them.\"",
    "Home owners were told to leave before the storm.",
    "Comments from the minister drew an angry reply.",
    "The premier, 52, said she would not run again.",
    "Photo shoots were banned in the square.",
    "Sources said the order for the arrest came from above.",
    "Copyright law was changed in 2019, the court said.",
    "Source: the ministry",
    "Source: ANI",
    "Published in the morning, the report drew a reply by December 2, 2024.",
])
def test_real_sentences_are_not_chrome(sentence: str) -> None:
    assert chrome_line(sentence) is None
    assert classify(sentence).kind is not Kind.CHROME


@pytest.mark.parametrize("row", lexicon.LINES, ids=lambda row: row.example)
def test_a_row_cannot_match_a_line_beyond_its_reach(row: lexicon.Row) -> None:
    """chrome_line tries a row only on lines within its reach: it must not need longer ones."""
    import regex

    for pad in ("x" * row.reach, " " + "x" * row.reach, " " + "word " * (row.reach // 5)):
        assert regex.fullmatch(row.pattern, row.example + pad, regex.I) is None


def test_a_gated_row_needs_a_word_its_example_holds() -> None:
    """A row with `needs` is tried only on lines holding one of those words: its example must."""
    from cleaner.lexicon.chrome import LINES

    for row in LINES:
        if row.needs:
            assert any(word in row.example.lower() for word in row.needs), row.example


def test_a_repeats_row_example_starts_again_with_its_first_characters() -> None:
    for row in lexicon.LINES:
        if row.repeats:
            low = row.example.casefold()
            assert low[:6] in low[1:], row.example


def _every_row_in_order(line: str) -> str | None:
    """What chrome_line's first-word dispatch must agree with: each row tried in turn (the
    plain rows, then the gated ones, as `chrome_line` orders them), no dispatch, no gates."""
    text = line.strip()
    if not text or len(text) > lexicon.REACHES[-1]:
        return None
    for reach, pattern, kind in _rows_in_order():
        if len(text) <= reach and pattern.fullmatch(text):
            return kind
    return None


@functools.cache
def _rows_in_order() -> list[tuple[int, regex.Pattern[str], str]]:
    rows = [row for row in lexicon.LINES if not (row.needs or row.repeats)] + [
        row for row in lexicon.LINES if row.needs or row.repeats]
    return [(row.reach, regex.compile(row.pattern, regex.I), row.kind) for row in rows]


_FILLERS = ("", " ", "x", "1", ":", ".", " the army", " (Photo: AP)", " Next Story", "°C",
            " = 1;", " | ", "/Reuters", " Jane Doe", ")", "Share")


@pytest.mark.parametrize("row", lexicon.LINES, ids=lambda row: row.example)
def test_first_word_dispatch_misses_no_row(row: lexicon.Row) -> None:
    """Every row example, cut, padded and glued to other rows' starts: chrome_line finds what
    trying every row finds (the dispatch only skips rows that cannot match)."""
    from cleaner.chrome import chrome_line as reader

    reader.cache_clear()
    example = row.example
    variants = {example, example.upper(), example.lower(), example[: len(example) // 2]}
    for filler in _FILLERS:
        variants |= {example + filler, filler + example, filler.strip() + " " + example}
    for other in lexicon.LINES[::5]:
        variants.add(other.example.split(" ")[0] + " " + example)
    for line in variants:
        expected = _every_row_in_order(line)
        found = reader(line)
        if expected is None:
            assert found is None or found in ("related links heading", "gallery block"), line
        else:
            assert found == expected, line


def test_first_word_dispatch_on_random_lines() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner.chrome import chrome_line as reader

    starts = st.sampled_from([row.example for row in lexicon.LINES] + ["", "The", "(", "•"])

    @settings(max_examples=300, deadline=None)
    @given(start=starts, rest=st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
    def agree(start: str, rest: str) -> None:
        line = start[: len(rest) % (len(start) + 1)] + rest
        expected = _every_row_in_order(line)
        found = reader.__wrapped__(line)
        if expected is None:
            assert found is None or found in ("related links heading", "gallery block")
        else:
            assert found == expected

    agree()


# Variants real sites write of each shape (fixtures invented here): the rows must take them all,
# not only the one spelling their example shows.
@pytest.mark.parametrize(("line", "kind"), [
    ("2 min read", "reading time"), ("12 MINS READ", "reading time"),
    ("5 minute read", "reading time"), ("4-min read", "reading time"),
    ("⏱ 7 min read", "reading time"), ("Read time: 2 min", "reading time"),
    ("Reading Time: 6 Minutes", "reading time"), ("Lesezeit: 3 Min.", "reading time"),
    ("Share on X", "share row"), ("Share on Telegram Share on Viber", "share row"),
    ("Facebook X LinkedIn WhatsApp Copy link", "share row"), ("Partager sur Facebook", "share row"),
    ("Share this: Facebook | X | Email | Print", "share row"),
    ("Follow us on X", "follow row"), ("Follow us on Instagram, TikTok and YouTube", "follow row"),
    ("FOLLOW US ON GOOGLE NEWS", "follow row"), ("Follow us:", "follow row"),
    ("Like our Facebook page", "follow row"), ("Join our Telegram channel", "follow row"),
    ("Síganos en Twitter", "follow row"),
    ("Follow us on Twitter for the latest news.", "follow row"),
    ("Sign up for our newsletter", "newsletter pitch"),
    ("Sign up to our Morning Briefing newsletter", "newsletter pitch"),
    ("Subscribe to our free daily email alerts", "newsletter pitch"),
    ("Get our newsletter", "newsletter pitch"), ("Click here to subscribe.", "newsletter pitch"),
    ("Click here for the latest updates", "newsletter pitch"), ("Click here", "newsletter pitch"),
    ("We use cookies to improve your experience. By continuing, you accept our use of cookies.",
     "cookie banner"),
    ("This site uses cookies to analyse traffic and personalise ads. Learn more", "cookie banner"),
    ("By using this website you agree to our cookie policy.", "cookie banner"),
    ("Accept", "cookie banner"), ("Reject all", "cookie banner"),
    ("Cookie settings", "cookie banner"), ("Manage preferences", "cookie banner"),
    ("ADVERTISEMENT", "advertisement"), ("— Advertisement —", "advertisement"),
    ("Advertisement - Continue Reading Below", "advertisement"), ("Ad", "advertisement"),
    ("Sponsored", "advertisement"), ("SPONSORED CONTENT", "advertisement"),
    ("Article continues after this advertisement", "advertisement"),
    ("Ads by Google", "advertisement"), ("Anzeige", "advertisement"),
    ("Also read: Floods cut off the northern towns", "related link"),
    ("READ ALSO: Floods cut off the northern towns", "related link"),
    ("Related: Floods cut off the northern towns", "related link"),
    ("RELATED STORY: Floods cut off the northern towns", "related link"),
    ("Read Next | Floods cut off the northern towns", "related link"),
    ("Further reading: Floods cut off the northern towns", "related link"),
    ("À lire aussi : Les crues coupent les villes du nord", "related link"),
    ("Lea también: Las inundaciones aíslan el norte", "related link"),
    ("Photo: Jane Doe/AFP", "photo credit"), ("Photos: Getty Images", "photo credit"),
    ("PHOTO: REUTERS", "photo credit"), ("Photo credit: Jane Doe", "photo credit"),
    ("Image source, EPA", "photo credit"), ("IMAGE SOURCE, GETTY IMAGES", "photo credit"),
    ("Image credit: Example Ministry", "photo credit"),
    ("Photo by Jane Doe for The Daily", "photo credit"), ("File photo: AP", "photo credit"),
    ("Photograph: Jane Doe/The Guardian", "photo credit"),
    ("Picture courtesy of Jane Doe", "photo credit"),
    ("Image caption, The market stayed shut on Friday", "photo caption"),
])
def test_variants_of_each_shape_are_chrome_of_its_kind(line: str, kind: str) -> None:
    assert chrome_line(line) == kind, line
    assert classify(line).kind is Kind.CHROME


@pytest.mark.parametrize("sentence", [
    "We baked cookies for the troops, the volunteers said.",
    "We use cookie cutters, the baker said.",
    "This site uses solar panels for all its power.",
    "Follow the money, the investigators were told.",
    "Like us, they want peace.",
    "Join our fight for justice, the union leader told the crowd.",
    "Read-only access was granted to the auditors.",
    "Related-party loans rose by 4 percent.",
    "Advertising revenue fell 12 percent in the quarter.",
    "Ads for the product were banned in 2019.",
    "Photo by photo, the archive was rebuilt.",
    "Click here, the instructions said, and the system would restart.",
    "Line workers walked off the job on Monday.",
    "X marks the spot, the treasure hunters said.",
    "Threads of the story came together in court.",
    "Sign up for the draft was compulsory, the ministry said.",
    "Accept the result, the judge told the candidates.",
    "Sponsored by the state, the programme trains nurses.",
    "Reading time for pupils rose to 30 minutes a day.",
    "Paid content creators earn more than before.",
    "Watch: A family returns to a ruined village",
    "Link roads to the port were closed.",
])
def test_real_sentences_near_the_new_shapes_are_not_chrome(sentence: str) -> None:
    assert chrome_line(sentence) is None, sentence


@pytest.mark.parametrize(("line", "kind"), [
    ("See the gallery", "gallery marker"), ("12 photos", "gallery marker"),
    ("View slideshow", "gallery marker"), ("Tagged:", "empty category line"),
    ("Keywords", "empty category line"), ("Étiquettes :", "empty category line"),
    ("3,400 views", "counter"), ("Reads: 1.5k", "counter"),
    ("Subscribe to continue reading", "paywall pitch"),
    ("This story is available to premium subscribers only.", "paywall pitch"),
    ("Log in to read the full article", "paywall pitch"),
    ("You've reached your limit of free articles this month.", "paywall pitch"),
    ("Subscribers only", "paywall pitch"), ("Become a member", "paywall pitch"),
    ("Join the discussion", "comment chrome"), ("Show 12 comments", "comment chrome"),
    ("Comments (4)", "comment chrome"), ("27 replies", "comment chrome"),
    ("Add a comment", "comment chrome"), ("Comment", "comment chrome"),
    ("Name *", "comment form"), ("Email *", "comment form"),
    ("Required fields are marked *", "comment form"), ("Cancel reply", "comment form"),
    ("Post Comment", "comment form"),
    ("Reach him at jdoe@example.org.", "author contact"),
    ("Email the reporter at jdoe@example.org", "author contact"),
    ("jane.doe@example-news.co.uk", "author contact"),
    ("Home | World | Asia", "breadcrumb"), ("Inicio › Mundo", "breadcrumb"),
    ("Skip to navigation", "menu"), ("Close menu", "menu"), ("E-Paper", "menu"),
    ("Live TV", "menu"), ("example-news.co.za", "site name"), ("Example.info", "site name"),
    ("Privacy | Terms & Conditions | Corrections | RSS", "footer links"),
    ("Copyright 2024 Example Media Group", "copyright notice"),
    ("© 2019-2024 Example News Ltd.", "copyright notice"),
    ("AAPL 189.20 -1.25 (-0.66%)", "stock ticker"), ("DOW 38,120 ▼ 0.52%", "stock ticker"),
    ("Your browser does not support HTML5 video.", "player chrome"),
    ("Play Video", "player chrome"), ("Listen to this article", "player chrome"),
    ("Duration: 2:35", "player chrome"), ("00:00 / 03:12", "player chrome"),
    ("Loading player...", "player chrome"), ("Photo.avif", "image file name"),
])
def test_more_variants_are_chrome_of_their_kind(line: str, kind: str) -> None:
    assert chrome_line(line) == kind, line
    assert classify(line).kind is Kind.CHROME


@pytest.mark.parametrize(("line", "opener"), [
    ("One response to “Army Retakes the Town”", "tail"),
    ("Sign in to continue reading…", "tail"),
    ("This article is for subscribers only", "tail"),
    ("You may also like", "links"), ("More on this story", "links"), ("Read next", "links"),
    ("Editor's picks", "links"), ("Most viewed", "links"), ("À lire aussi", "links"),
    ("Noticias relacionadas", "links"), ("Mehr zum Thema", "links"),
])
def test_opener_variants_open_a_block(line: str, opener: str) -> None:
    lead = "The army said on Tuesday that the operation in the old town was finished at last."
    found = chrome_blocks([lead, line, "Man bites dog"])
    assert 0 not in found and found.get(1) and found.get(2), line
    assert found[1] == ("comment form" if opener == "tail" else "related links")


@pytest.mark.parametrize("sentence", [
    "Help arrived on Monday, the villagers said.",
    "Comment is free, but facts are sacred, the editor wrote.",
    "Corrections officers walked off the job.",
    "Become a member of the club, the coach urged the pupils.",
    "Join the conversation about the budget at the town hall.",
    "The privacy of patients was at stake.",
    "Premium content providers raised prices in 2023.",
    "Loading the ships took three days.",
    "Play resumed after the rain stopped.",
    "Copyright 2019 was a bad year for writers.",
    "Rescuers could not reach them at night.",
    "Tagged as a terrorist, he fled the country.",
    "12 photos of the suspect were released by the police on Monday night in the capital.",
])
def test_sentences_near_the_new_rows_are_not_chrome(sentence: str) -> None:
    assert chrome_line(sentence) is None, sentence


@pytest.mark.parametrize("line", [
    "New Delhi. The minister holds the portfolio of Minister of State (I/C)",
    "The euro fell against the dollar (EUR/USD)",
])
def test_a_slash_in_brackets_is_no_photo_credit_without_a_name(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize("head", [
    "Marie le 4 mars 2021 à 15h03", "Jan am 4. März 2021 um 15:03 Uhr",
    "Juan el 4 de marzo de 2021 a las 15:03", "Jane Doe says: March 4, 2024 at 3:03 pm",
    "2. Ali on 4 Sept 2020",
])
def test_comment_heads_in_their_variants_open_a_thread(head: str) -> None:
    lead = "The army said on Tuesday that the operation in the old town was finished at last."
    assert chrome_blocks([lead, head, "I agree."]) == {1: "reader comments", 2: "reader comments"}


@pytest.mark.parametrize(("line", "kind"), [
    ("- Les crues coupent le nord - 4 mars 2021", "related link"),
    ("• Dam levels rise across the region | 4. März 2021", "related link"),
    ("Published in The Daily Star, 4 de marzo de 2021", "print edition line"),
])
def test_dates_in_chrome_rows_read_every_month_name(line: str, kind: str) -> None:
    assert chrome_line(line) == kind


def test_an_agency_byline_with_its_weekday_date_is_no_related_link() -> None:
    assert chrome_line("- Associated Press - Sunday, April 27, 2014") is None


@pytest.mark.parametrize("line", ["a001", "cp1252", "photo3", "caroline sheriff1"])
def test_short_lower_case_names_with_a_number_stay_image_names(line: str) -> None:
    assert chrome_line(line) == "image name"


@pytest.mark.parametrize("line", ["vendredi 5 mars 2021", "giovedì 4 marzo 2021",
                                  "lunes 1 de marzo de 2021"])
def test_a_lower_case_date_line_is_no_image_name(line: str) -> None:
    assert chrome_line(line) is None
    assert classify(line).kind is Kind.DATE
