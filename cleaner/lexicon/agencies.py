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
    Agency("Reuters", ("reuters staff", "thomson reuters", "reuters news agency", "reuters news"),
           "By Reuters Staff"),
    Agency("AFP", ("agence france-presse", "agence france presse", "afp staff", "afp news",
                   "afp news agency", "agence france-presse staff"), "By AFP"),
    Agency("AFP", (), "By Agence France-Presse"),
    Agency("Bloomberg", ("bloomberg news",), "- BLOOMBERG"),
    Agency("UPI", ("united press international",), "By UPI"),
    Agency("NPR", ("national public radio",), "By NPR"),
    Agency("CNN", ("cnn wire",), "By CNN"),
    Agency("BBC", (), "By BBC"),
    Agency("DPA", ("deutsche presse-agentur", "deutsche presse agentur", "german press agency",
                   "dpa international", "dpa news agency"), "By DPA"),
    Agency("DPA", (), "Berlin (dpa) - Talks resumed."),
    Agency("EFE", ("agencia efe", "efe news", "efe news agency", "efe news service"), "By EFE"),
    Agency("ANI", ("asian news international", "ani news"), "Source: ANI"),
    Agency("PTI", ("press trust of india", "pti news"), "By PTI"),
    Agency("PTI", (), "NEW DELHI, March 4 (PTI) Talks resumed."),
    Agency("IANS", ("indo-asian news service", "indo asian news service"), "By IANS"),
    Agency("UNI", ("united news of india",), "By UNI"),
    Agency("UNB", ("united news of bangladesh", "unb news"),
           "Dhaka, Mar 4 (UNB) - Talks resumed."),
    Agency("BSS", ("bangladesh sangbad sangstha",), "By BSS"),
    Agency("APP", ("associated press of pakistan",), "ISLAMABAD, Sept 18 (APP): More"),
    Agency("INP", ("independent news pakistan",), "With input from INP"),
    Agency("NNI", (), "By NNI"),
    Agency("SPA", ("saudi press agency",), "Riyadh, May 25, 2019, SPA -- More"),
    Agency("WAM", ("emirates news agency",), "By WAM"),
    Agency("KUNA", ("kuwait news agency",), "By KUNA"),
    Agency("QNA", ("qatar news agency",), "By QNA"),
    Agency("MENA", ("middle east news agency",), "By MENA"),
    Agency("Xinhua", ("xinhua news agency", "xinhua news", "xinhuanet", "new china news agency"),
           "By Xinhua"),
    Agency("Xinhua", (), "BEIJING, March 4 (Xinhua) -- Talks resumed."),
    Agency("TASS", ("itar-tass", "itar tass", "tass news agency", "russian news agency tass"),
           "By TASS"),
    Agency("TASS", (), "MOSCOW, March 4. /TASS/. Talks resumed."),
    Agency("Interfax", ("interfax news agency",), "By Interfax"),
    Agency("RIA Novosti", ("ria novosti news agency", "ria-novosti"), "By RIA Novosti"),
    Agency("Sputnik", ("sputnik news", "sputnik international"), "By Sputnik"),
    Agency("RT", (), "By RT"),
    Agency("Anadolu", ("anadolu agency", "aa", "anadolu news agency", "anadolu ajansi",
                       "anadolu ajansı"), "By Anadolu Agency"),
    Agency("Yonhap", ("yonhap news agency", "yonhap news"), "By Yonhap"),
    Agency("Yonhap", (), "SEOUL, March 4 (Yonhap) -- Talks resumed."),
    Agency("Kyodo", ("kyodo news", "kyodo news agency"), "By Kyodo News"),
    Agency("Jiji Press", ("jiji",), "By Jiji Press"),
    Agency("KCNA", ("korean central news agency",), "By KCNA"),
    Agency("AAP", ("australian associated press",), "By AAP"),
    Agency("PNA", ("philippine news agency",), "By PNA"),
    Agency("Bernama", ("malaysian national news agency",), "By Bernama"),
    Agency("Antara", ("antara news agency", "antara news"), "By Antara"),
    Agency("VNA", ("vietnam news agency",), "By VNA"),
    Agency("ANSA", ("agenzia nazionale stampa associata",), "By ANSA"),
    Agency("Europa Press", (), "By Europa Press"),
    Agency("Lusa", ("agência lusa", "agencia lusa"), "By Lusa"),
    Agency("PA Media", ("press association", "pa media"), "By Press Association"),
    Agency("Canadian Press", ("canadian press staff", "cp staff"),
           "By The Canadian Press"),
    Agency("NAN", ("news agency of nigeria",), "By NAN"),
    Agency("BNA", ("bahrain news agency",), "By BNA"),
    Agency("ONA", ("oman news agency",), "By ONA"),
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
