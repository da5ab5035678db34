"""Preview a briefing locally: the server that rebuilds on change, and the watcher that wakes it."""
