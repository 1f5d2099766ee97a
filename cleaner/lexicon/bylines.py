"""Byline words: lead-ins, job titles, name particles, desk bylines and CMS user names.

Each row has an example line that the byline reader reads as that row's kind.

>>> LEAD_INS[0].words, JOB_WORDS[0].words
(('by',), ('reporter', 'writer', 'correspondent', 'editor', 'contributor'))
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    """Words of one kind (lower case) and a byline line showing one of them."""

    words: tuple[str, ...]
    example: str


# A wire story's staff credits as a line of their own: the reporters and writers are its
# authors, the staff after a semicolon (``Editing by …``) is not.
STAFF_LEAD_INS: Row = Row(("reporting by", "additional reporting by", "writing by"),
                          "Reporting by Jane Doe; Editing by Bo Chen")

# Words that open a byline ("By", "Posted by", "Author:"); a colon may follow any of them.
LEAD_INS: tuple[Row, ...] = (
    Row(("by",), "By Jane Doe"),
    Row(("written by", "words by", "story by", "report by", "reported by"),
        "Written by Jane Doe"),
    Row(("text by", "article by", "authored by", "contributed by", "filed by",
         "story and photos by", "text and photos by", "words and photos by",
         "words and pictures by"), "Text and photos by Jane Doe"),
    # French, Spanish and Portuguese pages ("Par Jean Dupont", "Por Juan Pérez"); German "Von"
    # is left out: "von" is also a name particle ("Ursula von der Leyen")
    Row(("par", "por"), "Par Jane Doe"),
    Row(("posted by", "compiled by", "edited by", "submitted by"), "Posted by Jane Doe"),
    Row(("analysis by", "commentary by", "opinion by", "interview by"),
        "Analysis by Jane Doe, CNN Senior Analyst"),
    STAFF_LEAD_INS,
)
# Lead-ins that need a colon after them ("Author: Jane Doe"; "AUTHOR NAME" is a name).
COLON_LEAD_INS: Row = Row(("author", "authors", "byline", "reporter", "written", "writer",
                           "auteur", "autor", "autora", "autore", "autorin"),
                          "Author: Jane Doe")

# Words that make a byline part a job title ("Staff Writer", "CNN Senior Analyst"), not a name.
JOB_WORDS: tuple[Row, ...] = (
    Row(("reporter", "writer", "correspondent", "editor", "contributor"),
        "Jane Doe, Staff Writer"),
    Row(("analyst", "columnist", "commentator", "producer", "anchor", "photographer",
         "journalist", "intern"), "Jane Doe, CNN Senior Analyst"),
    # ("host" and "presenter" are left out: a transcript's "JANE DOE, HOST:" labels a speaker)
    Row(("stringer", "freelancer", "photojournalist", "videographer",
         "blogger", "researcher", "fellow", "economist", "strategist"),
        "Jane Doe, Chief Economist"),
    Row(("director", "manager", "chief", "head"), "Jane Doe/ News Director"),
    Row(("staff", "team", "bureau", "desk", "contributors", "writers", "reporters"),
        "Jane Doe, Foreign Desk"),
)
# Words that may stand before a job word ("Senior", "Political") without being a name.
JOB_QUALIFIERS: tuple[str, ...] = (
    "staff", "senior", "chief", "special", "foreign", "political", "news", "web", "desk",
    "managing", "executive", "associate", "assistant", "deputy", "contributing", "digital",
    "national", "international", "business", "sports", "supreme", "court", "white", "house",
    "legal", "health", "science", "tech", "technology", "features", "city", "metro", "general",
    "investigative", "editor-at-large", "at", "large", "and",
    # beats and regions ("Climate Reporter", "East Africa Correspondent", "Freelance Journalist")
    "freelance", "climate", "environment", "environmental", "energy", "education", "crime",
    "courts", "defence", "defense", "security", "diplomatic", "parliamentary", "economics",
    "economic", "economy", "markets", "finance", "financial", "property", "transport", "arts",
    "culture", "entertainment", "lifestyle", "travel", "food", "weather", "social", "media",
    "video", "photo", "multimedia", "data", "opinion", "global", "world", "regional", "local",
    "research", "east", "west", "north", "south", "central", "africa", "asia", "europe",
    "america", "americas", "pacific", "gulf", "latin", "middle", "eastern", "western",
    "southern", "northern", "of", "for", "the",
)

# Lower-case words inside a name ("Alejandro de la Garza", "Ali al-Ahmad").
PARTICLES: Row = Row(
    ("al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "das", "del", "della",
     "van", "von", "der", "den", "du", "la", "le", "di", "ter", "ten", "y", "e",
     "dela", "delos", "los", "las"),  # (Filipino: "Juan dela Cruz", "Ana delos Santos")
    "By Lauren del Valle",
)

# Desk bylines: the paper's own desk or service, neither an author nor a credited source.
DESK_PATTERNS: tuple[Row, ...] = (
    Row(("news service", "news desk", "web desk", "news network", "desk", "report",
         "staff report", "news report", "monitoring desk", "online desk", "news"),
        "Tribune News Service"),
    Row(("online", "digital", "newsroom", "editorial board", "editorial"),
        "The Independent Online"),
    # wires and the paper's correspondents credited as a desk ("Agencies", "Staff and
    # agencies", "Our Correspondent", "Wire Services", "Newsdesk")
    Row(("agencies", "news agencies", "wire services", "wire reports", "wires", "staff reports",
         "newsdesk", "news bureau", "our correspondent", "our correspondents",
         "staff correspondent", "special correspondent", "our reporter", "our staff reporter"),
        "By Agencies"),
)

# CMS user names that sites print where a byline would be.
USERS: Row = Row(("admin", "administrator", "editor", "webmaster", "staff", "guest", "user"),
                 "admin")

# Words no person's name is made of: a capitalised line of them is a button or a menu entry.
NOT_NAME_WORDS: Row = Row(
    ("it", "now", "get", "the", "a", "an", "to", "is", "you", "we", "our", "your", "more",
     "here", "all", "this", "that", "new", "top", "stories", "share", "follow", "click",
     "read", "watch", "login", "sign", "in", "on", "up", "subscribe", "home", "news", "avatar",
     "business", "politics", "sports", "world", "latest", "menu", "search", "with", "for"),
    "Get It Now",
)
