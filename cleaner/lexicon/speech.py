"""Speech in news copy: the verbs that attribute a quote, the titles and words of speaker phrases.

Each row carries an example sentence; tests/test_speakers.py checks that the quote reader gives
the row's answer on it.

>>> "tweeted" in VERB_FORMS, VERB_FORMS["says"], "read" in VERB_FORMS
(True, 'say', True)
>>> "Sen." in TITLE_SET, "Mr" in TITLE_SET
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb: its base, every form an attribution uses, and a sentence using one.

    `before_only`: the verb attributes only a quote that comes right after it (``It read: “…”``),
    never one before it (``ALSO READ``, ``the remarks`` are other words). `takes_object`: the
    verb is followed by what it names (``termed them “fabricated”``), so it never ends a quote's
    attribution (``…,” he termed.`` is not English) and the quote repair leaves it alone.
    """

    base: str
    forms: tuple[str, ...]
    example: str
    before_only: bool = False
    takes_object: bool = False


def _v(base: str, example: str, *irregular: str, before_only: bool = False,
       takes_object: bool = False) -> Verb:
    if irregular:
        forms = tuple(form for form in irregular if form != base)
    elif base.endswith("e"):
        forms = (base + "d", base + "s", base[:-1] + "ing")
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms = (base[:-1] + "ied", base[:-1] + "ies", base + "ing")
    elif base.endswith(("ss", "sh", "ch")):
        forms = (base + "ed", base + "es", base + "ing")
    else:
        forms = (base + "ed", base + "s", base + "ing")
    return Verb(base, (base, *forms), example, before_only, takes_object or before_only)


VERBS: tuple[Verb, ...] = (
    _v("say", '"We won," Lavrov said.', "said", "says", "saying", "say"),
    _v("tell", '"We won," Lavrov told reporters.', "told", "tells", "telling", "tell"),
    _v("write", 'She wrote: "We won."', "wrote", "writes", "writing", "write"),
    _v("add", '"We won," he added.'),
    _v("stress", '"We won," Lavrov stressed.'),
    _v("explain", '"We won," the coach explained.'),
    _v("note", '"We won," she noted.'),
    _v("state", '"We won," the minister stated.'),
    _v("warn", '"We will win," warned council chairman Arvind Thakur.'),
    _v("insist", '"We won," she insisted.'),
    _v("claim", '"We won," the rebels claimed.'),
    _v("argue", '"We won," he argued.'),
    _v("reply", 'Asked if it was over, Dr Cunningham replied: "It is possible."'),
    _v("respond", '"We won," she responded.'),
    _v("ask", '"Who won?" a reporter asked.'),
    _v("announce", '"We won," the team announced.'),
    _v("declare", '"We won," he declared.'),
    _v("confirm", 'The premier confirmed there were "four senior ministers" to name.'),
    _v("deny", '"We did not lose," the club denied.'),
    _v("emphasize", '"We won," he emphasized.'),
    _v("emphasise", '"We won," he emphasised.'),
    _v("underline", '"We won," he underlined.'),
    _v("point", '"We won," he pointed out.'),
    _v("reiterate", '"We won," he reiterated.'),
    _v("continue", '"We won," she continued.'),
    _v("conclude", '"We won," she concluded.'),
    _v("tweet", '"Gunman captured," Sgt. Mark Francis tweeted.'),
    _v("post", '"We won," the mayor posted on Facebook.'),
    _v("affirm", '"We won," he affirmed.'),
    _v("assert", '"We won," he asserted.'),
    _v("remark", '"We won," he remarked.'),
    _v("observe", '"We won," he observed.'),
    _v("comment", '"We won," he commented.'),
    _v("admit", '"We lost," he admitted.', "admitted", "admits", "admitting", "admit"),
    _v("acknowledge", '"We lost," he acknowledged.'),
    _v("recall", '"We won in 1990," she recalled.'),
    _v("suggest", '"We may win," he suggested.'),
    _v("urge", '"Vote," the senator urged.'),
    _v("describe", 'The mayor described the plan as "a lifeline".'),
    _v("maintain", '"We won," he maintained.'),
    _v("mention", '"We won," he mentioned.'),
    _v("predict", '"We will win," he predicted.'),
    _v("promise", '"We will win," he promised.'),
    _v("report", 'The agency reported that prices were "very weak".'),
    _v("reveal", '"We won," he revealed.'),
    _v("highlight", '"We won," he highlighted.'),
    _v("vow", '"We will win," he vowed.'),
    _v("pledge", '"We will win," he pledged.'),
    _v("threaten", '"We will leave," he threatened.'),
    _v("demand", '"Leave now," the crowd demanded.'),
    _v("complain", '"We lost," he complained.'),
    _v("agree", '"We won," she agreed.'),
    _v("concede", '"We lost," he conceded.'),
    _v("clarify", '"We won," he clarified.'),
    _v("elaborate", '"We won," he elaborated.'),
    _v("term", 'The minister termed the charges "fabricated."', takes_object=True),
    _v("call", 'The governor on Monday called the plan "a lifeline".', takes_object=True),
    _v("refer", 'He referred to the president as a "moron."', "referred", "refers",
       "referring", "refer", takes_object=True),
    _v("quip", '"We won," he quipped.', "quipped", "quips", "quipping", "quip"),
    _v("joke", '"We won," he joked.'),
    _v("shout", '"We won," she shouted.'),
    _v("cry", '"We won," she cried.'),
    _v("exclaim", '"We won!" she exclaimed.'),
    _v("whisper", '"We won," she whispered.'),
    _v("recount", '"We ran," she recounted.'),
    _v("testify", '"I saw him," she testified.'),
    _v("allege", '"They lied," he alleged.'),
    _v("accuse", 'He accused the board of "lying to us".', takes_object=True),
    _v("charge", '"They lied," he charged.'),
    _v("counter", '"We won," he countered.'),
    _v("retort", '"We won," he retorted.'),
    _v("boast", '"We won," he boasted.'),
    _v("lament", '"We lost," he lamented.'),
    _v("caution", '"It may fail," she cautioned.'),
    _v("advise", '"Stay home," the police advised.'),
    _v("assure", '"We will win," he assured.'),
    _v("contend", '"We won," she contended.'),
    _v("plead", '"Help us," the families pleaded.'),
    _v("reason", '"We had no choice," he reasoned.'),
    # ("protest" is left out: "the scene of protests since June … “sectarianism”" is a noun)
    _v("echo", '"We won," the coach echoed.', "echoed", "echoes", "echoing", "echo"),
    _v("wonder", '"Who won?" she wondered.'),
    _v("muse", '"We may win," he mused.'),
    _v("sigh", '"We lost," he sighed.'),
    _v("scream", '"Run," she screamed.'),
    _v("yell", '"Run," she yelled.'),
    _v("mutter", '"We lost," he muttered.'),
    _v("beg", '"Help us," she begged.', "begged", "begs", "begging", "beg"),
    _v("read", 'It read: "Emphasise the federation."', "read", "reads", before_only=True),
)
VERB_FORMS: dict[str, str] = {form: verb.base for verb in VERBS for form in verb.forms}
# Forms that also read as nouns or plain words; they attribute only after a named speaker.
AMBIGUOUS_FORMS = frozenset(
    "remarks comments reports claims notes states quotes tweets demands promises threats "
    "posts calls charges counters points cries read reads say tell write state add note "
    "report claim call post point comment remark quote tweet demand promise charge "
    "counter cry term terms reasons reason echoes echo wonders wonder sighs sigh screams scream "
    "yells yell muse".split()
)
# Forms used only when the quote follows straight after (``It read: “…”``).
BEFORE_ONLY = frozenset(form for verb in VERBS if verb.before_only for form in verb.forms)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speech cue of several words; ``{X}`` is where the speaker or a source may stand.

    `cue` is the word reported as the cue; `speaker` says where the speaker stands: ``before``
    (the phrase follows the speaker), ``after`` (the speaker follows it).
    """

    words: str
    cue: str
    speaker: str
    example: str


PHRASES: tuple[Phrase, ...] = (
    Phrase("was quoted by {X} as saying", "saying", "before",
           '"We won," Oxfam director Justin Morgan was quoted by Rappler as saying.'),
    Phrase("was quoted as saying", "saying", "before",
           '"We won," the coach was quoted as saying.'),
    Phrase("went on to say", "say", "before",
           'He went on to say that the "vast majority" agreed.'),
    Phrase("writing on Twitter", "writing", "before",
           'Ana Ruiz, writing on Twitter: "We won the vote."'),
    Phrase("said in a statement", "said", "before",
           '"We won," the club said in a statement.'),
    Phrase("according to", "according", "after",
           '"We won," according to the coach.'),
)

# Titles before a name, as written with or without their full stop.
TITLES: tuple[tuple[str, str], ...] = (
    ("Mr.", "Mr. Thakur said"), ("Mr", "Mr Javid said"), ("Mrs.", "Mrs. May said"),
    ("Mrs", "Mrs May said"), ("Ms.", "Ms. Roe said"), ("Ms", "Ms Palaszczuk said"),
    ("Dr.", "Dr. Roe said"), ("Dr", "Dr Cunningham said"), ("Sen.", "Sen. Jane Roe said"),
    ("Rep.", "Rep. Jane Roe said"), ("Gov.", "Gov. Doug Ducey said"),
    ("Lt.", "Lt. Chris Cammock said"), ("Lt", "Lt Hawley said"),
    ("Sgt.", "Sgt. Mark Francis said"), ("Gen.", "Gen. Jane Roe said"),
    ("Col.", "Col. Jane Roe said"), ("Capt.", "Capt. Jane Roe said"),
    ("Prof.", "Prof. Jane Roe said"), ("Rev.", "Rev. Jane Roe said"),
    ("Supt.", "Supt. Jane Roe said"), ("Insp.", "Insp. Jane Roe said"),
    ("Det.", "Det. Jane Roe said"), ("Cpl.", "Cpl. Jane Roe said"),
    ("Maj.", "Maj. Jane Roe said"), ("Adm.", "Adm. Jane Roe said"),
    ("Atty.", "Atty. Jane Roe said"), ("Hon.", "Hon. Jane Roe said"),
    ("St.", "St. John Roe said"), ("Jr.", "John Roe Jr. said"), ("H.H.", "H.H. Sheikh Saif said"),
    # British and Commonwealth style writes titles without the full stop; others pages use
    ("Prof", "Prof Jane Roe said"), ("Gen", "Gen Jane Roe said"), ("Col", "Col Jane Roe said"),
    ("Capt", "Capt Jane Roe said"), ("Sgt", "Sgt Jane Roe said"), ("Supt", "Supt Jane Roe said"),
    ("Insp", "Insp Jane Roe said"), ("Det", "Det Jane Roe said"), ("Cllr", "Cllr Jane Roe said"),
    ("Cllr.", "Cllr. Jane Roe said"), ("Pres.", "Pres. Jane Roe said"),
    ("Sec.", "Sec. Jane Roe said"), ("Amb.", "Amb. Jane Roe said"), ("Fr.", "Fr. John Roe said"),
    ("Msgr.", "Msgr. John Roe said"), ("Brig.", "Brig. Jane Roe said"),
    ("Cmdr.", "Cmdr. Jane Roe said"), ("Pvt.", "Pvt. Jane Roe said"),
    ("Engr.", "Engr. Jane Roe said"), ("Atty", "Atty Jane Roe said"), ("Mx", "Mx Roe said"),
)
TITLE_SET = frozenset(title for title, _ in TITLES)

# Words that open a speaker phrase and belong to it: "the premier", "one official".
DETERMINERS = frozenset(
    "the a an one another some several his her their its our two three four many".split()
)
# Heads of speaker phrases that stand without a determiner: "officials said", "police said".
GROUPS = frozenset(
    "officials witnesses sources residents analysts police activists experts observers "
    "protesters doctors medics diplomats lawmakers locals authorities investigators "
    "prosecutors officers organisers organizers critics supporters neighbours neighbors "
    "economists traders parents students teachers villagers farmers workers voters fans "
    "passengers survivors relatives families scientists researchers rescuers firefighters "
    "soldiers troops militants rebels demonstrators citizens shoppers drivers nurses lawyers "
    "legislators regulators insiders forecasters spokespeople campaigners".split()
)
PRONOUNS = frozenset("he she they it we i him her them who".split())
# Pronouns resolved to the person most recently named; the others stay as written.
RESOLVED_PRONOUNS = frozenset({"he", "she"})
# Lowercase words that end a speaker phrase read backwards from its verb: function words,
# prepositions and verbs of the clause before ("the dollar after Governor Kuroda told").
STOPS = frozenset(
    "after before when while that which whose whom where as at in on to from with by during "
    "since until about against over under into onto than then also only later further again "
    "not never has have had was were is are be been being would will could should can may "
    "might must did does do but and or nor so yet if because though although even just still "
    "this these those there here it its who what how why later earlier today yesterday "
    "tonight now once already recently finally however meanwhile reportedly quickly simply "
    "openly publicly privately repeatedly likely always often he she they we i you him them "
    "me us".split()
)
# Words skipped between a speaker and the verb: "Tillerson on Wednesday said", "has also said".
ADVERBS = frozenset(
    "also later further again then only has have had was is were once earlier "
    "separately reportedly simply repeatedly publicly privately openly likely recently "
    "previously finally however yesterday today tonight now would will".split()
)
# Names of days, months and times: never a speaker ("Wednesday said" is "on Wednesday, X said").
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
# Words for a document's wording: "the full text of the statement reads:" is the statement's.
WORDING: tuple[tuple[str, str], ...] = (
    ("text", "The full text of the letter reads:"),
    ("copy", "A copy of the letter reads:"),
    ("transcript", "The transcript of the call reads:"),
    ("excerpt", "An excerpt of the letter reads:"),
)
WORDING_SET = frozenset(word for word, _ in WORDING)
# Number words: "Five were hurt" has no person for "he" to mean.
NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty hundreds dozens "
    "several many both all none".split()
)
# Verbs of wanting that give a partial quote its speaker without being speech:
# "Sinas wants the public to 'move on'" (the speaker is Sinas, the cue none).
STANCES: tuple[tuple[str, str], ...] = (
    ("wants", "New PNP chief Sinas wants the public to 'move on' from it."),
    ("wanted", "The mayor wanted the city to 'move on' from it."),
    ("hopes", "The coach hopes the team will 'bounce back' soon."),
    ("wishes", "The coach wishes the team would 'bounce back' soon."),
)
STANCE_SET = frozenset(word for word, _ in STANCES)
# Words opening a sentence that are not part of its subject: "But Mrs May said".
OPENERS = frozenset(
    "but and so yet still also then however meanwhile similarly separately earlier later "
    "asked speaking pressed".split()
)
# Last words of names of organisations: "he said" is never resolved to one of them.
ORGANISATION_HEADS = frozenset(
    "police department ministry forum house patrol agency council government party news "
    "office commission committee court university company corp inc ltd bank board union "
    "association service services times post reuters ap afp institute foundation "
    "organisation organization group network authority administration embassy army navy "
    "forces coalition federation bureau centre center hospital club press media channel "
    "radio newspaper tribune herald journal xinhua tass bernama yonhap kyodo".split()
)
# Words before a quote that make it a name, not speech: "titles such as “…”", "dubbed ‘…’".
NAMING_WORDS: tuple[tuple[str, str], ...] = (
    ("titled", 'a video titled "The End of Days"'),
    ("entitled", 'a book entitled "The End of Days"'),
    ("dubbed", 'a plan dubbed "Operation Lifeline"'),
    ("nicknamed", 'a striker nicknamed "The Rocket"'),
    ("so-called", 'the so-called "war on drugs"'),
    ("such as", 'videos with titles such as "The End of Days"'),
    ("known as", 'a plan known as "Lifeline"'),
    ("hashtag", 'the hashtag "#BringThemHome"'),
)
