"""Plan every page of the site (kind, template, unique path) and render it."""
