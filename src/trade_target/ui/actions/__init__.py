"""The actions: what the menus and keys do, for one window. The menus themselves
(`menus`), opening and saving files and the recent list (`files`), autosave and the end of
a session (`autosave`, `session_end`), the exports and printing (`exports`), the language
menu (`language`), About (`about`) and Ctrl+C on a table (`table_copy`). Every modal
dialog sits behind one small function in `dialogs` (the observation form in
`observation_dialog`), so that tests can replace it.
"""
