"""Read article files into records: the file reader, front matter, the raw-text and saved-page readers, body markup."""
