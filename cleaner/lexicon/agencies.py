"""News agencies and wire services: the usual short name, every other form, an example line.

One table serves bylines (an agency in the byline slot is a credit, never an author), credits
(datelines, sign-offs, ``Source:`` lines) and site tags. Forms are matched without case, dots
or a leading ``The``; the short name is what ``credits`` records.

>>> short_name("The Associated Press"), short_name("A.P."), short_name("Reuters Staff")
('AP', 'AP', 'Reuters')
>>> short_name("Jane Doe") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class Agency:
    """One agency: the short name credits use, the other forms pages write, a line using it."""

    name: str
    forms: tuple[str, ...]
    example: str


AGENCIES: tuple[Agency, ...] = (
    Agency("AP", ("associated press", "ap staff", "ap news", "associated press staff"),
           "By The Associated Press"),
    Agency("Reuters", ("reuters staff", "thomson reuters"), "By Reuters Staff"),
    Agency("AFP", ("agence france-presse", "agence france presse", "afp staff"), "By AFP"),
    Agency("Bloomberg", ("bloomberg news",), "- BLOOMBERG"),
    Agency("UPI", ("united press international",), "By UPI"),
    Agency("NPR", ("national public radio",), "By NPR"),
    Agency("CNN", ("cnn wire",), "By CNN"),
    Agency("BBC", (), "By BBC"),
    Agency("DPA", ("deutsche presse-agentur",), "By DPA"),
    Agency("EFE", (), "By EFE"),
    Agency("ANI", ("asian news international",), "Source: ANI"),
    Agency("PTI", ("press trust of india",), "By PTI"),
    Agency("IANS", ("indo-asian news service",), "By IANS"),
    Agency("APP", ("associated press of pakistan",), "ISLAMABAD, Sept 18 (APP): More"),
    Agency("INP", ("independent news pakistan",), "With input from INP"),
    Agency("NNI", (), "By NNI"),
    Agency("SPA", ("saudi press agency",), "Riyadh, May 25, 2019, SPA -- More"),
    Agency("WAM", ("emirates news agency",), "By WAM"),
    Agency("KUNA", ("kuwait news agency",), "By KUNA"),
    Agency("QNA", ("qatar news agency",), "By QNA"),
    Agency("MENA", ("middle east news agency",), "By MENA"),
    Agency("Xinhua", ("xinhua news agency",), "By Xinhua"),
    Agency("TASS", (), "By TASS"),
    Agency("Sputnik", (), "By Sputnik"),
    Agency("RT", (), "By RT"),
    Agency("Anadolu", ("anadolu agency", "aa"), "By Anadolu Agency"),
    Agency("Yonhap", (), "By Yonhap"),
    Agency("Kyodo", ("kyodo news",), "By Kyodo News"),
    Agency("AAP", ("australian associated press",), "By AAP"),
    Agency("PNA", ("philippine news agency",), "By PNA"),
    Agency("DMS", (), "By DMS"),
    Agency("IRNA", ("islamic republic news agency",), "By IRNA"),
    Agency("FNA", ("fars news agency", "fars news", "farsnews"), "By FNA"),
    Agency("Press TV", ("presstv",), "By Press TV"),
    Agency("ISNA", (), "By ISNA"),
    Agency("MNA", ("mehr", "mehr news agency", "mehr news"), "By MNA"),
    Agency("Tasnim", ("tasnim news agency",), "By Tasnim"),
    Agency("SANA", ("syrian arab news agency",), "Moscow, SANA- More"),
    Agency("SABA News", ("saba",), "Source: SABA News"),
    Agency("Al-Alam", ("alalam", "al alam"), "By Al-Alam"),
    Agency("Al-Manar", ("al manar",), "By Al-Manar"),
    Agency("ABNA", ("abna24",), "By ABNA"),
    Agency("Al-Masdar", ("almasdar", "al masdar"), "By Al-Masdar"),
    Agency("Al Mayadeen", ("al-mayadeen",), "By Al Mayadeen"),
)

_DOTS = regex.compile(r"\.(?=\S)|\.$")


def _key(text: str) -> str:
    key = " ".join(_DOTS.sub("", text).casefold().split())
    return key[4:] if key.startswith("the ") else key


_BY_FORM: dict[str, str] = {}
for _agency in AGENCIES:
    for _form in (_agency.name, *_agency.forms):
        _BY_FORM[_key(_form)] = _agency.name


def short_name(text: str) -> str | None:
    """The agency's usual short name when ``text`` is one of its forms, else None."""
    return _BY_FORM.get(_key(text.strip(" -–—.,;:")))


def is_agency(text: str) -> bool:
    """True when ``text`` is an agency in any of its forms (``A.P.``, ``The Associated Press``)."""
    return short_name(text) is not None
