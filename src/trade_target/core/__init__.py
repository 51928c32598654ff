"""Pure-Python core: figures, currencies, growth maths, scenarios. No Qt here."""
