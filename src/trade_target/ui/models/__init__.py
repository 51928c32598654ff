"""The table models: each translates an index and a role into the document's figures and
nothing more — year by year (`trajectory`), the figures behind a scenario (`figures`), the
scenarios listed and compared (`scenarios`). `roles` holds what they share (item-data
roles, fonts, named columns); `row_sync` tells the views how the rows changed, so that
selections and scroll positions survive an edit.
"""
