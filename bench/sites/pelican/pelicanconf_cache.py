# pelicanconf.py + content cache (for the "add one article" rebuild test)
import os

exec(open(os.path.join(os.path.dirname(__file__), "pelicanconf.py")).read())
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = os.environ.get("PELICAN_CACHE", "/tmp/briefing-bench/pelican-cache")
