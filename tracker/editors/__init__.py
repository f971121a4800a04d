"""The editors' tools: new entries, preview, link check, pull-request annotations."""
