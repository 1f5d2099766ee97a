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
)
COUNTRIES: tuple[Region, ...] = tuple(
    Region(name, (name,), f"Capital City, {name}") for name in (*_COUNTRY_NAMES, *_COUNTRY_PHRASES)
)

_FORMS = {form.casefold() for table in (US_STATES, COUNTRIES) for row in table
          for form in row.forms}


def is_region(text: str) -> bool:
    """Whether the text names a US state (any form) or a country."""
    return " ".join(text.split()).casefold() in _FORMS
