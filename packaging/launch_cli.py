"""The console executable's entry point (Windows: trade-target-cli.exe): always the command
line, in UTF-8, every failure one line and an exit code."""

from trade_target.console import main

raise SystemExit(main())
