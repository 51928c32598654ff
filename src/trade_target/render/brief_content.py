"""What the one-page brief says, as HTML: the question, the answer in numbers, the
year-by-year path, the assumptions and the sources with their quotes.

Only words and numbers here; brief.py lays this HTML out on a page and paints it, with the
chart drawn into the space the image tag asks for.
"""

from __future__ import annotations

import datetime
import html
import math

from PySide6.QtCore import QDate, QSizeF

from trade_target import APP_NAME, version
from trade_target.core import annualise
from trade_target.core.dataset import Dataset, FigureKind, shown
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.outlook import chance_words
from trade_target.core.scenario import Summary
from trade_target.core.tables import catch_up_path
from trade_target.core.verdict import verdict_sentence
from trade_target.render import formatting, outlook_words
from trade_target.render.balanced_lines import balanced_html
from trade_target.render.chart_export import (
    ChartContent,
    amount_words,
    annualisation_words,
    chart_title,
    pixel_font,
    source_words,
    target_words,
)
from trade_target.render.chart_extras import reporter_of
from trade_target.render.formatting import date_words
from trade_target.render.overlay_choice import a_year

# The text width the page is laid out in: 18 cm at 96 logical pixels an inch.
LAYOUT_WIDTH = 680.0
CHART_HEIGHT = 340.0
BODY_PX = 12
TITLE_PX = 20
ROWS_PER_GROUP = 26
INK, MUTED, RULE, SHADE = "#222222", "#555555", "#BBBBBB", "#EEF2F6"


def question(content: ChartContent) -> str:
    return translate(
        "Brief", "Is the {target} target reachable, and what growth does it take?"
    ).format(target=target_words(content))


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _date_words(today: datetime.date) -> str:
    return date_words(QDate(today.year, today.month, today.day))


def _reached_words(summary: Summary) -> str:
    if summary.status.value == "met":
        return translate("Brief", "The target is already met.")
    if summary.year_reached_at_trend is None:
        return translate("Brief", "Never at this trend: observed growth is zero or negative.")
    years = summary.years_to_reach_at_trend
    if years is None:
        return translate("Brief", "In {year}.").format(year=summary.year_reached_at_trend)
    return translate("Brief", "In {year} (about {years} years after {latest_year}).").format(
        year=summary.year_reached_at_trend,
        years=formatting.number(years, 1),
        latest_year=summary.latest_year,
    )


def _key_numbers(content: ChartContent) -> list[tuple[str, str]]:
    """The answer in numbers, as (label, HTML) rows; values are escaped, the bold is ours."""
    summary, dataset, usd = content.summary, content.dataset, Currency.USD
    latest = dataset.latest
    latest_currency = latest.reported_currency or Currency.MYR
    reported = amount_words(summary.inputs.latest_value, latest_currency)
    observed = dict(
        rate=_e(formatting.percent(summary.observed_growth)),
        base_year=summary.base_year,
        latest_year=summary.latest_year,
        reported=_e(reported),
        months=summary.latest_months,
        estimate=_e(formatting.money(summary.latest_estimate_usd, usd)),
    )
    method = outlook_words.trend_words(summary, reporter_of(summary, dataset))
    if method is not None:  # taken from the history: named, as everywhere it is used
        observed_text = translate("Brief", "<b>{rate} a year</b>, by {method}").format(
            rate=observed["rate"], method=_e(method)
        )
    elif latest_currency is not usd:
        observed_text = translate(
            "Brief",
            "<b>{rate} a year</b>, {base_year} reported to {latest_year} estimated: "
            "{reported} for {months} months (≈ {partial}, annualised {estimate})",
        ).format(partial=_e(formatting.money(summary.latest_partial_usd, usd)), **observed)
    else:
        observed_text = translate(
            "Brief",
            "<b>{rate} a year</b>, {base_year} reported to {latest_year} estimated: "
            "{reported} for {months} months (annualised {estimate})",
        ).format(**observed)
    status = _e(summary.status.words)
    years = summary.inputs.years_to_target
    progress = (
        (
            translate("Brief", "<b>{status}</b> — observed ÷ catch-up growth = {ratio}")
            if summary.rated_on_catch_up
            else translate("Brief", "<b>{status}</b> — observed ÷ required = {ratio}")
        ).format(status=status, ratio=_e(formatting.number(summary.progress_ratio, 2)))
        if summary.progress_ratio is not None
        else f"<b>{status}</b>"
    )
    return [
        (
            translate("Brief", "Required growth"),
            translate(
                "Brief",
                "<b>{rate} a year</b>, from {base} in {base_year} to {target} in {target_year}",
            ).format(
                rate=_e(formatting.percent(summary.required_growth)),
                base=_e(formatting.money(summary.base_usd, usd)),
                base_year=summary.base_year,
                target=_e(formatting.money(summary.target_usd, usd)),
                target_year=summary.target_year,
            ),
        ),
        (
            translate("Brief", "Target year"),
            translate(
                "Brief",
                "<b>{target_year}</b>: %n year(s) after {base_year}, an assumption "
                "(the source states no deadline)",
                None,
                years,  # a plain name: lupdate drops a call whose count is an expression
            ).format(target_year=summary.target_year, base_year=summary.base_year),
        ),
        (translate("Brief", "Observed growth"), observed_text),
        (translate("Brief", "Catch-up growth"), _catch_up_words(summary)),
        (translate("Brief", "Progress"), progress),
        (translate("Brief", "Target reached at the observed trend"), _e(_reached_words(summary))),
        *_chance_row(content),
    ]


def _catch_up_words(summary: Summary) -> str:
    """The growth still needed from the latest figure, with its sum; or why there is none."""
    sum_words = outlook_words.catch_up_sum(summary, Currency.USD)
    if summary.catch_up_growth is None or sum_words is None:
        return _e(outlook_words.no_catch_up_words(summary))
    return translate("Brief", "<b>{rate}</b> = {sum}").format(
        rate=_e(a_year(summary.catch_up_growth)), sum=_e(sum_words)
    )


def _chance_row(content: ChartContent) -> list[tuple[str, str]]:
    """With an outlook: the chance sentence and the years the chance passes 50 % and 90 %."""
    found, summary = content.outlook, content.summary
    if found is None:
        return []
    words = " ".join(
        (
            outlook_words.chance_words(found, summary, Currency.USD),
            outlook_words.passes_words(found, summary.latest_year),
        )
    )
    label = translate("Brief", "Chance of reaching the target")
    return [(label, f"<b>{_e(chance_words(found.chance))}</b> — {_e(words)}")]


def _trajectory_table(content: ChartContent) -> str:
    """The year-by-year table; a long path is set in two or three groups of columns side by
    side, so that fifty years still fit a page at a readable size."""
    summary, currency = content.summary, content.currency
    usd = currency is Currency.USD
    cur = currency.symbol
    rows = summary.trajectory
    groups = 1 if len(rows) <= ROWS_PER_GROUP else min(3, math.ceil(len(rows) / ROWS_PER_GROUP))
    per_group = math.ceil(len(rows) / groups)
    heads = (
        translate("Brief", "Year"),
        translate("Brief", "Required (US$ bn)"),
        translate("Brief", "Required (RM bn)"),
        translate("Brief", "At observed trend ({symbol} bn)").format(symbol=cur),
        translate("Brief", "Trend − required ({symbol} bn)").format(symbol=cur),
        translate("Brief", "Catch-up path ({symbol} bn)").format(symbol=cur),
    )
    catch_up = catch_up_path(summary)
    header = "".join(
        f'<th align="{"left" if i == 0 else "right"}">{_e(head)}</th>'
        for _ in range(groups)
        for i, head in enumerate(heads)
    )
    lines = [f'<tr style="background-color:{SHADE}">{header}</tr>']
    for index in range(per_group):
        cells = []
        for group in range(groups):
            position = group * per_group + index
            if position >= len(rows):
                cells.append("<td></td>" * len(heads))
                continue
            row = rows[position]
            values = (
                formatting.number(row.required_usd, 2),
                formatting.number(row.required_myr, 2),
                formatting.number(row.trend_usd if usd else row.trend_myr, 2),
                formatting.signed_number(row.gap_usd if usd else row.gap_myr, 2),
                (
                    formatting.number(summary.in_currency(catch_up[row.year], currency), 2)
                    if row.year in catch_up
                    else ""
                ),
            )
            cells.append(
                f'<td style="white-space:nowrap; background-color:{SHADE}">{row.year}</td>'
            )
            cells.extend(
                f'<td align="right" style="white-space:nowrap">{_e(value)}</td>' for value in values
            )
        lines.append(f"<tr>{''.join(cells)}</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="2" border="1" '
        f'style="border-collapse:collapse; border-color:{RULE}">{"".join(lines)}</table>'
    )


def _assumptions(summary: Summary, dataset: Dataset) -> list[str]:
    # The rate the scenario uses; the source's own is mentioned only while the figures
    # still hold it (an edited figure drops the article's conversion).
    implied = dataset.implied_exchange_rate_if_any()
    if implied is None:
        rate = translate(
            "Brief",
            "Exchange rate: RM{rate} per US$, as set for this scenario; "
            "every RM value is derived from US$ at this rate, and the reverse.",
        ).format(rate=formatting.rate(summary.exchange_rate))
    elif abs(summary.exchange_rate - implied) > 1e-9:
        rate = translate(
            "Brief",
            "Exchange rate: RM{rate} per US$ (the source's own figures imply RM{implied}); "
            "every RM value is derived from US$ at this rate, and the reverse.",
        ).format(rate=formatting.rate(summary.exchange_rate), implied=formatting.rate(implied))
    else:
        rate = translate(
            "Brief",
            "Exchange rate: RM{rate} per US$ (implied by the source's own figures); "
            "every RM value is derived from US$ at this rate, and the reverse.",
        ).format(rate=formatting.rate(summary.exchange_rate))
    years = summary.inputs.years_to_target
    return [
        rate,
        translate(
            "Brief",
            "Years to target: {years}, so the target year is {target_year} "
            "({base_year} + {years}); the source states no deadline.",
        ).format(years=years, target_year=summary.target_year, base_year=summary.base_year),
        translate("Brief", "Annualisation: {text}").format(
            text=annualisation_words(summary, dataset)
        ),
    ]


def _sources(dataset: Dataset) -> list[str]:
    """One item per reported amount, its quote in the source's own words (English, as
    published: a quote is never translated), then the source itself."""
    items = []
    for figure in dataset.figures:
        if figure.kind is not FigureKind.MONEY or figure.value is None:
            continue
        currency = figure.reported_currency or Currency.USD
        value = amount_words(figure.value, currency)
        if figure.qualifier:  # "more than US$30 billion": each language puts it its own way
            value = translate("Tables", "{qualifier} {amount}").format(
                qualifier=shown(figure.qualifier), amount=value
            )
        items.append(
            f"<b>{_e(shown(figure.label))}</b>: {_e(value)} · {_e(shown(figure.period))} — "
            f"<i>“{_e(figure.quote)}”</i>"
        )
    items.append(_e(source_words(dataset)))
    return items


def brief_html(
    content: ChartContent,
    today: datetime.date,
    chart_resource: str,
    chart_size: QSizeF | None = None,
) -> str:
    """The brief as HTML for QTextDocument; the chart is an image named `chart_resource`
    (paint_brief draws it; a viewer may add it as an image resource instead)."""
    size = chart_size or QSizeF(LAYOUT_WIDTH, CHART_HEIGHT)
    summary = content.summary
    byline = [translate("Brief", "Brief of {date}").format(date=_date_words(today))]
    if content.name:
        byline.append(translate("Brief", "Scenario “{name}”").format(name=content.name))
    byline.append(translate("Brief", "amounts in billions"))
    byline_text = " · ".join(byline)
    # Balanced lines: no year left alone on the title's second line.
    title = balanced_html(chart_title(content), pixel_font(TITLE_PX, bold=True), size.width())
    the_verdict = verdict_sentence(summary, content.currency, content.outlook)  # the answer
    keys = "".join(
        f'<tr><td width="26%" style="color:{MUTED}">{_e(label)}</td><td>{value}</td></tr>'
        for label, value in _key_numbers(content)
    )
    assumed = [
        *_assumptions(summary, content.dataset),
        *outlook_words.footnote_lines(summary, content.dataset, content.outlook),
    ]
    assumptions = "".join(f"<li>{_e(item)}</li>" for item in assumed)
    sources = "".join(f"<li>{item}</li>" for item in _sources(content.dataset))
    heading = f'style="font-size:14px; color:{INK}; margin-top:10px; margin-bottom:3px"'
    list_style = 'style="margin-top:0px; margin-bottom:0px; -qt-list-indent:1"'
    quotes_note = translate("Brief", "Quotes are in the original English.")
    prepared = translate("Brief", "Prepared with {app} {version}.").format(
        app=APP_NAME, version=version()
    )
    rates_note = translate(
        "Brief",
        "Growth rates are compound annual rates; the latest year is an estimate ({method}).",
    ).format(method=annualise.short_words(summary.estimate, summary.latest_months))
    the_question = translate("Brief", "The question:")
    path_heading = translate("Brief", "The required path, year by year")
    assumptions_heading = translate("Brief", "Assumptions")
    sources_heading = translate("Brief", "Sources")
    return f"""<html><body style="font-size:{BODY_PX}px; color:{INK}">
<p style="font-size:{TITLE_PX}px; font-weight:bold; margin-bottom:2px">{title}</p>
<p style="font-size:14px; font-weight:bold; margin-top:2px; margin-bottom:4px">{_e(the_verdict)}</p>
<p style="color:{MUTED}; margin-top:0px">{_e(byline_text)}</p>
<p style="font-size:14px; margin-top:6px; margin-bottom:6px"><b>{_e(the_question)}</b>
 {_e(question(content))}</p>
<table width="100%" cellspacing="0" cellpadding="3"
 style="border-top:1px solid {RULE}; border-collapse:collapse">{keys}</table>
<p align="center" style="margin-top:8px; margin-bottom:0px"><img src="{_e(chart_resource)}"
 width="{size.width():.0f}" height="{size.height():.0f}"></p>
<p {heading}><b>{_e(path_heading)}</b></p>
{_trajectory_table(content)}
<p {heading}><b>{_e(assumptions_heading)}</b></p>
<ul {list_style}>{assumptions}</ul>
<p {heading}><b>{_e(sources_heading)}</b>
 <span style="font-size:{BODY_PX}px; color:{MUTED}">{_e(quotes_note)}</span></p>
<ul {list_style}>{sources}</ul>
<p style="color:{MUTED}; margin-top:10px">{_e(prepared)} {_e(rates_note)}</p>
</body></html>"""
