"""The build engine: read, extract, plan, render, write and index, with the cache and page reuse behind each stage."""
