"""The frozen app's entry point: the same `main` as `trade-target` and `python -m trade_target`."""

from trade_target.__main__ import main

raise SystemExit(main())
