"""Content labels (VIDEO, PHOTOS, …) that sites glue to titles and bylines.

>>> split_label("VIDEO: Iraq’s Oldest Monastery Destroyed")
('video', 'Iraq’s Oldest Monastery Destroyed')
>>> split_label("Iraq: Hidden bomb found in a TV - Video")
('video', 'Iraq: Hidden bomb found in a TV')
>>> split_label("ALEPPO: Army advances")
(None, 'ALEPPO: Army advances')
>>> split_label("Picture of Beirut suicide blast suspect release")
(None, 'Picture of Beirut suicide blast suspect release')
"""

from __future__ import annotations

import regex

# Each spelling maps to the canonical media type. Lower case; matching ignores case.
CANONICAL = {
    "video": "video", "videos": "video", "vid": "video", "vdo": "video", "watch": "video",
    "clip": "video", "footage": "video", "vídeo": "video", "vídeos": "video",
    "photo": "photo", "photos": "photo", "picture": "photo", "pictures": "photo",
    "pic": "photo", "pics": "photo", "in pictures": "photo", "gallery": "photo",
    "images": "photo", "photo gallery": "photo", "in photos": "photo", "foto": "photo",
    "fotos": "photo", "slideshow": "photo",
    "audio": "audio", "podcast": "audio",
    "infographic": "infographic", "infographics": "infographic",
}
_WORDS = "|".join(sorted((regex.escape(k).replace(r"\ ", r"\s+") for k in CANONICAL), key=len,
                         reverse=True))
LABEL_WORD = rf"(?:{_WORDS})"

# "VIDEO: …", "Video,Taliban …", "WATCH! …", "Barbaric PHOTOS: …", "ANTI-TRUMP VID: …"
# Matched at a position, not on a copy of the rest, so that peeling many stacked labels stays
# linear in the title.
_PREFIX = regex.compile(
    rf"(?:(?P<glued>[\w’'-]{{2,20}}+)\s+)?(?P<label>{LABEL_WORD})\s*+(?:[:,!|]|\s[-–—])\s*+"
    r"(?=\S)",
    regex.I,
)
# "… + Video", "… [Video]", "… - Video", "…: video", "… /// video", "… (PHOTOS)"
# Searched backwards from the end of the title (the regex module's reverse mode): the first
# try is the one that can match, so peeling "… - Video - Video" costs no rescan of the title.
_SUFFIX = regex.compile(
    rf"(?r)\S\s*+(?:\+|-|–|—|:|/{{1,3}}|\||\[|\()\s*+(?P<label>{LABEL_WORD})"
    r"\s*+[\])]?[.!]?$",
    regex.I | regex.S,
)
# Words that may stand glued before a label without being a title kicker of their own.
_GLUE_OK = regex.compile(r"^[\w’'-]+$")
# Every label spelling holds one of these; most titles hold none.
_HINTS = ("vid", "vdo", "watch", "pic", "photo", "audio", "podcast", "infographic", "clip",
          "footage", "galler", "image", "foto", "vídeo", "slideshow")


def canonical(word: str) -> str | None:
    """The canonical media type of a label spelling, or None.

    >>> canonical("PICS"), canonical("In Pictures"), canonical("Reuters")
    ('photo', 'photo', None)
    """
    return CANONICAL.get(" ".join(word.lower().split()))


def split_label(title: str) -> tuple[str | None, str]:
    """Split a content label off a title: (canonical label or None, title without it)."""
    label: str | None = None
    rest = title.strip()
    lowered = rest.lower()
    if not any(hint in lowered for hint in _HINTS):
        return None, rest
    # Labels can stack ("VIDEO: WATCH! …"); peel every one, or the next run would peel more.
    pos = 0
    while match := _PREFIX.match(rest, pos):
        glued = match.group("glued")
        if glued and canonical(glued) is None and not _GLUE_OK.match(glued):
            break
        label = label or canonical(match.group("label"))
        pos = match.end()
    end = len(rest)
    while match := _SUFFIX.search(rest, pos, end):
        label = label or canonical(match.group("label"))
        end = match.start() + 1  # the title ends at the last character before the separator
    return label, rest[pos:end]
