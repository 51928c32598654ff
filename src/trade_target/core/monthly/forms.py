"""The words a monthly trade export may use — column headings, months, currencies, units —
in English, Malay and Turkish, and the forms of a month it may write. files/monthly_csv reads files
with them; resources/monthly-format.md documents them for people.

Words are compared simplified: lower case, accents dropped, the Turkish dotless ı read as i,
so "ŞUBAT", "Şubat" and "subat" are one word, whatever the file's letter case.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.core.shown_text import excerpt

FIRST_YEAR, LAST_YEAR = 1950, 2100


def simplified(text: str) -> str:
    """`text` lower case, without accents, with ı as i."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def words(text: str) -> list[str]:
    """The simplified words and numbers of `text`; "US$" stays one word."""
    return re.findall(r"[a-z]+\$?|\$|\d+", simplified(text))


class Role(Enum):
    """What a column holds."""

    PERIOD = "period"
    YEAR = "year"
    VALUE = "value"
    EXPORTS = "exports"
    IMPORTS = "imports"
    CURRENCY = "currency"
    UNIT = "unit"


_HEADINGS = {
    Role.PERIOD: (
        "month", "period", "date", "time", "time period", "reference period", "year month",
        "bulan", "tempoh", "tarikh", "ay", "donem", "tarih", "yil ay",
    ),
    Role.YEAR: ("year", "yil", "tahun"),
    Role.VALUE: (
        "value", "trade", "total trade", "trade value", "total", "amount", "bilateral trade",
        "total value", "obs value", "nilai", "jumlah", "dagangan", "jumlah dagangan",
        "deger", "toplam", "ticaret", "toplam ticaret", "dis ticaret",
    ),
    Role.EXPORTS: ("exports", "export", "eksport", "ihracat"),
    Role.IMPORTS: ("imports", "import", "ithalat"),
    Role.CURRENCY: ("currency", "curr", "currency unit", "mata wang", "para birimi"),
    Role.UNIT: (
        "unit", "units", "scale", "multiplier", "unit multiplier", "unit mult", "unit measure",
        "unit of measure", "magnitude", "birim",
    ),
}  # fmt: skip
HEADINGS: dict[str, Role] = {name: role for role, names in _HEADINGS.items() for name in names}


class Scale(Enum):
    """What a written value counts; the value is divided by `per_billion` (1900 millions are
    1.9 billions exactly, where × 0.001 would give 1.9000000000000001)."""

    ONES = 1_000_000_000
    THOUSANDS = 1_000_000
    MILLIONS = 1_000
    BILLIONS = 1

    @property
    def per_billion(self) -> int:
        return int(self.value)

    @property
    def words(self) -> str:
        return translate("Monthly", _SCALE_WORDS[self])


_SCALE_WORDS = {
    Scale.ONES: QT_TRANSLATE_NOOP("Monthly", "units"),
    Scale.THOUSANDS: QT_TRANSLATE_NOOP("Monthly", "thousands"),
    Scale.MILLIONS: QT_TRANSLATE_NOOP("Monthly", "millions"),
    Scale.BILLIONS: QT_TRANSLATE_NOOP("Monthly", "billions"),
}
_CURRENCY_WORDS = {
    **dict.fromkeys(("myr", "rm", "ringgit", "ringgiti"), Currency.MYR),
    **dict.fromkeys(("usd", "us$", "$", "dollar", "dollars", "dolar", "dolari"), Currency.USD),
}
_SCALE_NAMES = {
    **dict.fromkeys(("billion", "billions", "bn", "bln", "bilion", "milyar"), Scale.BILLIONS),
    **dict.fromkeys(("million", "millions", "mn", "mln", "mio", "juta", "milyon"), Scale.MILLIONS),
    **dict.fromkeys(("thousand", "thousands", "th", "k", "000", "ribu", "bin"), Scale.THOUSANDS),
}  # fmt: skip
# An SDMX export's unit multiplier is a power of ten, alone in its cell.
_EXPONENTS = {"0": Scale.ONES, "3": Scale.THOUSANDS, "6": Scale.MILLIONS, "9": Scale.BILLIONS}
# Currencies people may meet in these exports that the app does not convert.
_OTHER_CURRENCIES = {"eur", "euro", "try", "tl", "lira", "gbp", "cny", "rmb", "sgd", "jpy"}
_FILLERS = {"us", "abd", "malaysia", "malaysian", "malezya", "in", "of", "dalam", "cinsinden"}


@dataclass(frozen=True)
class Descriptor:
    """The currency and scale a heading or a cell states, and what in it was not understood."""

    currency: Currency | None = None
    scale: Scale | None = None
    other_currency: str = ""  # a currency named that the app cannot convert
    unknown: tuple[str, ...] = ()
    clash: bool = False  # two different currencies, or two different scales


def describe(tokens: list[str], exponent_allowed: bool = False) -> Descriptor:
    """What the words `tokens` say about currency and scale."""
    if exponent_allowed and len(tokens) == 1 and tokens[0] in _EXPONENTS:
        return Descriptor(scale=_EXPONENTS[tokens[0]])
    currencies = {_CURRENCY_WORDS[token] for token in tokens if token in _CURRENCY_WORDS}
    scales = {_SCALE_NAMES[token] for token in tokens if token in _SCALE_NAMES}
    other = next((token for token in tokens if token in _OTHER_CURRENCIES), "")
    known = _CURRENCY_WORDS.keys() | _SCALE_NAMES.keys() | _OTHER_CURRENCIES | _FILLERS
    return Descriptor(
        currency=next(iter(currencies)) if len(currencies) == 1 else None,
        scale=next(iter(scales)) if len(scales) == 1 else None,
        other_currency=other,
        unknown=tuple(token for token in tokens if token not in known),
        clash=len(currencies) > 1 or len(scales) > 1,
    )


def heading(text: str) -> tuple[Role | None, Descriptor]:
    """The role a column heading names (None for a column to ignore) and the currency and
    scale it states: "Total trade (RM million)" is a value column in millions of ringgit.

    Words in brackets describe; so do currency and scale words at the end of the name."""
    described = " ".join(re.findall(r"[(\[]([^)\]]*)[)\]]?", text))
    name = words(re.sub(r"[(\[][^)\]]*[)\]]?", " ", text))
    tail: list[str] = []
    while name and (name[-1] in _CURRENCY_WORDS or name[-1] in _SCALE_NAMES or name[-1] == "in"):
        tail.insert(0, name.pop())
    return HEADINGS.get(" ".join(name)), describe(tail + words(described))


_MONTH_NAMES = {
    **{name: number for number, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), 1)},
    **{name: number for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)},
    "sept": 9,
    # Malay
    **{name: number for number, name in enumerate(
        ("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september",
         "oktober", "november", "disember"), 1)},
    **{name: number for number, name in enumerate(
        ("jan", "feb", "mac", "apr", "mei", "jun", "jul", "ogo", "sep", "okt", "nov", "dis"), 1)},
    # Turkish, simplified (Şubat is subat, Ağustos agustos, Eylül eylul, Kasım kasim)
    **{name: number for number, name in enumerate(
        ("ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul",
         "ekim", "kasim", "aralik"), 1)},
    **{name: number for number, name in enumerate(
        ("oca", "sub", "mar", "nis", "may", "haz", "tem", "agu", "eyl", "eki", "kas", "ara"), 1)},
}  # fmt: skip

_YEAR_MONTH = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})")  # 2025-01, 2025-1, 2025/01
_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{4})")  # 01/2025, 1-2025, 01.2025
_STATISTICAL = re.compile(r"(\d{4})\s*m\s*(\d{1,2})")  # 2025M01, 2025M1
_COMPACT = re.compile(r"(\d{4})(\d{2})")  # 202501
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_NAME_YEAR = re.compile(r"([^\W\d_]+)\.?\s*[-/ ]?\s*(\d{4})")  # Jan 2025, January 2025, Jan-2025
_YEAR_NAME = re.compile(r"(\d{4})\s*[-/ ]?\s*([^\W\d_]+)\.?")  # 2025 Jan


def period(text: str) -> tuple[int, int]:
    """(year, month) of a month as an export writes it; InputError saying the accepted forms."""
    plain = simplified(text).strip()
    if not plain:
        raise InputError("month", translate("Monthly", "The month is missing."))
    found: tuple[int, int] | None = None
    for pattern in (_YEAR_MONTH, _STATISTICAL, _COMPACT):
        match = pattern.fullmatch(plain)
        if match:
            found = int(match.group(1)), int(match.group(2))
    match = _MONTH_YEAR.fullmatch(plain)
    if match:
        found = int(match.group(2)), int(match.group(1))
    match = _ISO_DATE.fullmatch(plain)
    if match:
        year, month, day = (int(part) for part in match.groups())
        try:
            datetime.date(year, month, day)
        except ValueError:
            raise _not_a_month(text) from None
        found = year, month
    for pattern, name_group, year_group in ((_NAME_YEAR, 1, 2), (_YEAR_NAME, 2, 1)):
        match = pattern.fullmatch(plain)
        if match and match.group(name_group) in _MONTH_NAMES:
            found = int(match.group(year_group)), _MONTH_NAMES[match.group(name_group)]
    if found is None or not 1 <= found[1] <= 12:
        raise _not_a_month(text)
    if not FIRST_YEAR <= found[0] <= LAST_YEAR:
        raise InputError(
            "month",
            translate("Monthly", "“{text}”: the year must be from {first} to {last}.").format(
                text=excerpt(text), first=FIRST_YEAR, last=LAST_YEAR
            ),
        )
    return found


def _not_a_month(text: str) -> InputError:
    return InputError(
        "month",
        translate(
            "Monthly",
            "“{text}” is not a month: write it like 2025-01, 01/2025, 2025M01 or Jan 2025.",
        ).format(text=excerpt(text)),
    )
