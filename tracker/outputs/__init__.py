"""The outputs: model -> page objects -> HTML, feeds, calendars, data -> disk."""
