"""The core: the figures and the sums behind every answer, in pure Python with no Qt. Here
live the article's dataset and the user's edits to it (`dataset`, `figure_edits`), money and
exchange rates, the growth maths and its annualisation, a scenario's inputs and summary
(`scenario`, `evaluation`, `workbook`), the checks on how far numbers may go (`limits`), the
verdict, solving and the exchange-rate sensitivity, the tables a brief or a spreadsheet gets,
where a chart's labels go, and the words for all of it through `i18n`. Its rooms: `monthly`
(monthly figures and the year-to-date pace, below the dataset) and `files` (what is read
from and written to disk, above everything else here). The window, the command line and the
drawing all stand on this; it imports none of them.
"""
