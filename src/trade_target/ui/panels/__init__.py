"""The panels: the widgets the user reads and types in, and where they sit. The verdict
banner, the scenarios, the inputs (with `input_fields`, what each input is), the summary
and the Solve calculator; the number field and the refusal message they are made of; the
chart and table tabs (`chart_tabs`, `tables`, filled on first sight by `pages`) and the
window's layout of them (`window_layout`); with the colours and icons, and the fitting of
table columns to their texts (`table_fit`, `column_widths`). Each panel takes the document
in its constructor, sends it edits and redraws when it changes.
"""
