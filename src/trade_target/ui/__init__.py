"""The Qt front end, in rooms by role. At the top: `document` (the one state of a window —
a workbook of scenarios — with its undo stack, its steps in `document_commands`), the
`main_window` that puts the rooms together, `window_size` (where the window opens and how
big) and `app` (start-up). Below: `charts/` (the charts on screen), `panels/` (the boxes
and tabs the user reads and types in), `models/` (the table models that translate the
document for the views) and `actions/` (menus, files, exports, dialogs). Widgets never
compute: they send edits to the document and redraw when it signals a change.
"""
