"""The command line: the same core (and, for the brief and the chart, the same render layer)
as the window, driven from a terminal or a script, never through the window's widgets.
`parser` holds the argument parser, the list of commands and `main`, which dispatches to one
module per command (`summary`, `report`, `export`, `solve`, `sensitivity`, `monthly` for
`import-monthly`); `inputs` reads the scenario the options describe, `outputs` writes the
files all or none, and `guard` turns bad words and a failing terminal into one line. `main`
is not re-exported here, so importing one of these modules does not load every command:
`trade_target.console` and `trade_target.__main__` call `trade_target.cli.parser.main`.
"""
