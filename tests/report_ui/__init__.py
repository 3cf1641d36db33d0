"""Report service, dialog, statistics view and `tulieu export --layout`."""
