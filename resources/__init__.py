"""Data files shipped with the app (the article dataset, icons), read with importlib.resources."""
