"""Monthly trade figures, in pure sums and words with no file in sight: a month's figure and
the names of months (`months`), the year-to-date pace and trailing twelve months that check
the figures against the required path (`pace`), the refusal of months that have not happened
yet (`future`), and what a statistics office's CSV may hold (`rows` reads its header and each
row, `forms` knows the words and month forms it may use); files/monthly_csv reads that CSV
from disk. Everything here sits below the dataset, which holds monthly figures, and imports
nothing from the files room.
"""
