"""Places as datelines write them: US states in AP style and by postal code, and countries.

A dateline standing alone on its line (``STUART, Fla.``, ``Laoag, Philippines``, ``TOKYO``) is
header, not a paragraph; these tables tell the region after the comma from a word of a name.

>>> is_region("Fla."), is_region("Philippines"), is_region("Staff Writer")
(True, True, False)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Region:
    """A region a dateline names after the place: every form, and a dateline using it."""

    name: str
    forms: tuple[str, ...]
    example: str


def _states() -> tuple[Region, ...]:
    # (name, AP abbreviation or "", postal code)
    rows = (
        ("Alabama", "Ala.", "AL"), ("Alaska", "", "AK"), ("Arizona", "Ariz.", "AZ"),
        ("Arkansas", "Ark.", "AR"), ("California", "Calif.", "CA"), ("Colorado", "Colo.", "CO"),
        ("Connecticut", "Conn.", "CT"), ("Delaware", "Del.", "DE"), ("Florida", "Fla.", "FL"),
        ("Georgia", "Ga.", "GA"), ("Hawaii", "", "HI"), ("Idaho", "", "ID"),
        ("Illinois", "Ill.", "IL"), ("Indiana", "Ind.", "IN"), ("Iowa", "", "IA"),
        ("Kansas", "Kan.", "KS"), ("Kentucky", "Ky.", "KY"), ("Louisiana", "La.", "LA"),
        ("Maine", "", "ME"), ("Maryland", "Md.", "MD"), ("Massachusetts", "Mass.", "MA"),
        ("Michigan", "Mich.", "MI"), ("Minnesota", "Minn.", "MN"), ("Mississippi", "Miss.", "MS"),
        ("Missouri", "Mo.", "MO"), ("Montana", "Mont.", "MT"), ("Nebraska", "Neb.", "NE"),
        ("Nevada", "Nev.", "NV"), ("New Hampshire", "N.H.", "NH"), ("New Jersey", "N.J.", "NJ"),
        ("New Mexico", "N.M.", "NM"), ("New York", "N.Y.", "NY"),
        ("North Carolina", "N.C.", "NC"), ("North Dakota", "N.D.", "ND"), ("Ohio", "", "OH"),
        ("Oklahoma", "Okla.", "OK"), ("Oregon", "Ore.", "OR"), ("Pennsylvania", "Pa.", "PA"),
        ("Rhode Island", "R.I.", "RI"), ("South Carolina", "S.C.", "SC"),
        ("South Dakota", "S.D.", "SD"), ("Tennessee", "Tenn.", "TN"), ("Texas", "", "TX"),
        ("Utah", "", "UT"), ("Vermont", "Vt.", "VT"), ("Virginia", "Va.", "VA"),
        ("Washington", "Wash.", "WA"), ("West Virginia", "W.Va.", "WV"),
        ("Wisconsin", "Wis.", "WI"), ("Wyoming", "Wyo.", "WY"),
        ("District of Columbia", "D.C.", "DC"),
    )
    return tuple(
        Region(name, tuple(f for f in (name, ap, postal) if f),
               f"SPRINGFIELD, {ap or postal}")
        for name, ap, postal in rows
    )


US_STATES: tuple[Region, ...] = _states()


def _provinces() -> tuple[Region, ...]:
    # Canadian provinces and Australian states as their datelines write them ("HALIFAX, N.S.",
    # "SYDNEY, NSW"): (name, the short forms). Left out: "Vic" and "Tas" without their dot
    # (names), "WA" and "SA" (already US Washington's postal code, and a region either way),
    # Victoria (a speaker's first name: quotes ask is_region of speakers).
    rows = (
        ("Ontario", ("Ont.", "ON")), ("Quebec", ("Que.", "QC", "Québec")),
        ("British Columbia", ("B.C.", "BC")), ("Alberta", ("Alta.", "AB")),
        ("Manitoba", ("Man.", "MB")), ("Saskatchewan", ("Sask.", "SK")),
        ("Nova Scotia", ("N.S.", "NS")), ("New Brunswick", ("N.B.", "NB")),
        ("Newfoundland and Labrador", ("N.L.", "NL", "Nfld.", "Newfoundland")),
        ("Prince Edward Island", ("P.E.I.", "PEI")), ("Yukon", ()),
        ("Northwest Territories", ("N.W.T.", "NWT")), ("Nunavut", ()),
        ("New South Wales", ("NSW", "N.S.W.")),
        ("Queensland", ("Qld", "Qld.")), ("Western Australia", ()),
        ("South Australia", ()), ("Tasmania", ("Tas.",)),
        ("Northern Territory", ("NT",)), ("Australian Capital Territory", ("ACT",)),
    )
    return tuple(Region(name, (name, *short), f"SPRINGFIELD, {(short or (name,))[0]}")
                 for name, short in rows)


PROVINCES: tuple[Region, ...] = _provinces()

_COUNTRY_NAMES = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan "
    "Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana "
    "Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros "
    "Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia "
    "Eswatini Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Grenada Guatemala "
    "Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy "
    "Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon "
    "Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia "
    "Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia "
    "Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger "
    "Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland "
    "Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia "
    "Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania "
    "Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan "
    "Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe"
).split()
_COUNTRY_PHRASES = (
    "Antigua and Barbuda", "Bosnia and Herzegovina", "Burkina Faso", "Cabo Verde",
    "Cape Verde", "Central African Republic", "Costa Rica", "Czech Republic",
    "Dominican Republic", "East Timor", "El Salvador", "Equatorial Guinea", "Gaza Strip",
    "Guinea-Bissau", "Hong Kong", "Ivory Coast", "Marshall Islands", "New Zealand",
    "North Korea", "North Macedonia", "Papua New Guinea", "Saint Lucia", "San Marino",
    "Saudi Arabia", "Sierra Leone", "Solomon Islands", "South Africa", "South Korea",
    "South Sudan", "Sri Lanka", "Trinidad and Tobago", "United Arab Emirates", "UAE",
    "United Kingdom", "UK", "U.K.", "United States", "US", "U.S.", "USA", "U.S.A.",
    "Vatican City", "West Bank", "England", "Scotland", "Wales", "Northern Ireland",
    # the other names pages use for the same countries
    "Britain", "Great Britain", "Türkiye", "Turkiye", "Côte d'Ivoire", "Cote d'Ivoire",
    "Russian Federation", "DR Congo", "DRC", "Democratic Republic of Congo",
    "Democratic Republic of the Congo", "Republic of the Congo", "Burma", "Timor-Leste",
    "Kingdom of Saudi Arabia", "KSA", "Macau", "Macao", "Puerto Rico", "Greenland",
    "Republic of Korea", "Swaziland", "Kashmir", "Tibet", "Crimea",
)
COUNTRIES: tuple[Region, ...] = tuple(
    Region(name, (name,), f"Capital City, {name}") for name in (*_COUNTRY_NAMES, *_COUNTRY_PHRASES)
)

_FORMS = {form.casefold() for table in (US_STATES, PROVINCES, COUNTRIES) for row in table
          for form in row.forms}


def is_region(text: str) -> bool:
    """Whether the text names a US state (any form) or a country."""
    return " ".join(text.split()).casefold() in _FORMS


@dataclass(frozen=True, slots=True)
class Kicker:
    """A word in capitals that opens a paragraph where a dateline's place would stand, but
    names no place: the paragraph is an update or a note, not a lead opened by a dateline."""

    word: str
    example: str


KICKERS: tuple[Kicker, ...] = (
    Kicker("UPDATE", "UPDATE: Power has since been restored to most homes, the utility said."),
    Kicker("UPDATED", "UPDATED: Power has since been restored to most homes, the utility said."),
    Kicker("BREAKING", "BREAKING: Power has since been restored to most homes, the utility said."),
    Kicker("BREAKING NEWS", "BREAKING NEWS - Power has been restored to most homes, it said."),
    Kicker("DEVELOPING", "DEVELOPING: Power has since been restored to most homes, it said."),
    Kicker("JUST IN", "JUST IN: Power has since been restored to most homes, the utility said."),
    Kicker("EXCLUSIVE", "EXCLUSIVE: Power has since been restored to most homes, it said."),
    Kicker("CORRECTION", "CORRECTION: An earlier version of this story misstated the date."),
    Kicker("CLARIFICATION", "CLARIFICATION: An earlier version of this story gave the wrong date."),
    Kicker("EDITOR'S NOTE", "EDITOR'S NOTE: This story was first published on the wire service."),
    Kicker("EDITOR’S NOTE", "EDITOR’S NOTE: This story was first published on the wire service."),
    Kicker("NOTE", "NOTE: This story was first published on the wire service in the morning."),
    Kicker("ANALYSIS", "ANALYSIS: The storm showed how weak the grid has become in the region."),
    Kicker("OPINION", "OPINION: The storm showed how weak the grid has become in the region."),
    Kicker("FACT CHECK", "FACT CHECK: The claim that the storm was the worst on record is false."),
    Kicker("WATCH", "WATCH: The storm reaches the coast, in a video filmed by a resident."),
    Kicker("LISTEN", "LISTEN: The storm reaches the coast, in a recording made by a resident."),
    Kicker("ALSO READ", "ALSO READ: Storm cuts power to thousands of homes on the coast today."),
    Kicker("READ MORE", "READ MORE: Storm cuts power to thousands of homes on the coast today."),
    Kicker("SEE ALSO", "SEE ALSO: Storm cuts power to thousands of homes on the coast today."),
    Kicker("LIVE", "LIVE: Storm cuts power to thousands of homes on the coast, follow here."),
    Kicker("LIVE UPDATES", "LIVE UPDATES: Storm cuts power to thousands of homes on the coast."),
    Kicker("URGENT", "URGENT: Power has since been restored to most homes, the utility said."),
    Kicker("FLASH", "FLASH: Power has since been restored to most homes, the utility said."),
    Kicker("ALERT", "ALERT: Power has since been restored to most homes, the utility said."),
    Kicker("EXPLAINER", "EXPLAINER: Why the storm hit the grid so hard, and what comes next."),
    Kicker("EDITORIAL", "EDITORIAL: The storm showed how weak the grid has become in the region."),
    Kicker("COMMENT", "COMMENT: The storm showed how weak the grid has become in the region."),
    Kicker("OP-ED", "OP-ED: The storm showed how weak the grid has become in the region."),
    Kicker("INTERVIEW", "INTERVIEW: The mayor on the storm, the grid and what comes next now."),
    Kicker("SPECIAL REPORT", "SPECIAL REPORT: How the storm hit the grid, town by town."),
    Kicker("PHOTOS", "PHOTOS: The storm reaches the coast, in pictures taken by residents."),
    Kicker("VIDEO", "VIDEO: The storm reaches the coast, in a video filmed by a resident."),
    Kicker("ICYMI", "ICYMI: Storm cuts power to thousands of homes on the coast this week."),
    Kicker("RELATED", "RELATED: Storm cuts power to thousands of homes on the coast today."),
)

_KICKER_WORDS = {" ".join(row.word.casefold().split()) for row in KICKERS}


def is_kicker(text: str) -> bool:
    """Whether the words in capitals before a paragraph's colon or dash are a kicker.

    >>> is_kicker("UPDATE"), is_kicker("Editor's Note "), is_kicker("MANILA")
    (True, True, False)
    """
    return " ".join(text.split()).casefold() in _KICKER_WORDS
