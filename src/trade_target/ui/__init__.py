"""Qt front end: one document, table models that translate it, widgets that send edits."""
