"""Case 14: whatever bytes, text or front matter the loader is given, it yields a record or a BuildError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import BuildError
from briefing.extract.extraction import Gazetteer, extract
from briefing.read.article import FRONT_MATTER_KEYS, make_article
from briefing.read.clean import rules_from_data
from briefing.read.load import read_package_yaml, read_source
from briefing.read.markup import BodyRenderer
from briefing.records import Article

RULES = rules_from_data(read_package_yaml("cleaning.yaml"))
FUZZ = settings(max_examples=120, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
YAML_BITS = st.sampled_from(["---", "- ", ": ", "&a ", "*a", "!!python/object:os.system", "{", "}", "[", "]",
                             "'", '"', "\t", "\n", "\r\n", "\ufeff", "#", "|", ">", "? ", "%YAML 1.1", "...",
                             "\x00", "\u202e", "2019-02-30", "yes", "NO", "10:00"])
KEYS = st.sampled_from([*FRONT_MATTER_KEYS, "unknown", ""])


def _load(data: bytes, name: str) -> Article | None:
    """Run the loader and the article maker; a BuildError is a fine answer, anything else is a bug."""
    try:
        cleaned = make_article(read_source(data, "fuzz/" + name, name), RULES)
    except BuildError as error:
        assert error.problems and all(p.path == "fuzz/" + name for p in error.problems)
        return None
    renderer = BodyRenderer()
    if cleaned.article.kind == "md":
        renderer.markdown_html(cleaned.body_markdown)
    else:
        renderer.text_html(cleaned.paragraphs)
    return cleaned.article


@FUZZ
@given(data=st.binary(max_size=400), name=st.sampled_from(["a.txt", "a.md"]))
def test_case14_arbitrary_bytes(data, name):
    """Arbitrary bytes, with or without a front matter fence in front."""
    _load(data, name)
    _load(b"---\n" + data, name)


@FUZZ
@given(text=st.text(max_size=300), name=st.sampled_from(["a.txt", "a.md"]))
def test_case14_arbitrary_text(text, name):
    """Arbitrary Unicode text as a body."""
    article = _load(text.encode("utf-8", "surrogatepass"), name)
    assert article is None or article.slug


@FUZZ
@given(pairs=st.lists(st.tuples(KEYS, st.lists(st.one_of(YAML_BITS, st.text(max_size=8)), max_size=6)),
                      max_size=6),
       body=st.text(max_size=80), name=st.sampled_from(["a.txt", "a.md"]))
def test_case14_arbitrary_front_matter(pairs, body, name):
    """Front matter made of real keys and YAML's sharp edges: a record or a clean error."""
    lines = "".join(f"{key}: {''.join(bits)}\n" for key, bits in pairs)
    _load(f"---\n{lines}---\n{body}".encode("utf-8", "surrogatepass"), name)


NAME_BITS = st.sampled_from([
    "Mr", "Ms", "Dr", "Minister", "Ministro", "President", "Sheikh", "General", "Secretary", "Chief", "Executive",
    "of", "for", "de", "De", "van", "der", "la", "bin", "al-", "Al", "uulu", "and", "&", "the", "The", "in",
    "Ahmed", "Smet", "Jordan", "Sudan", "Khartoum", "Rapid", "Support", "Forces", "(RSF)", "RSF", "Ltd", "SA",
    "Bank", "Union", "Ministry", "Health", "O'Brien", "Ní", "Fhlatharta", "’s", "'s", "Jr.", "III",
    ",", ".", ":", ";", "“", "”", '"', "‘", "’", "(", ")", "—", "-", "said", "told", "according", "to", "he", "she",
    "who", "a", "54-year-old", "known", "as", "no", "relation", "Monday", "March", "\u00a0", "ÉCOLE", "İstanbul",
    "Office", "State", "Attorney", "Superintendent", "Police", "Governor", "Unit", "Region", "Muslim"])


@settings(FUZZ, max_examples=400)
@given(paragraphs=st.lists(st.lists(st.lists(NAME_BITS, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=6)
                           .map(". ".join), min_size=1, max_size=3))
def test_extraction_reads_any_run_of_names_titles_and_quotation_marks(paragraphs):
    """Whatever titles, particles, names and marks a paragraph strings together, extraction returns, never raises:
    its rules index words around titles and names, where an unforeseen order once raised ValueError."""
    extraction = extract(tuple(paragraphs), None, Gazetteer(()))
    assert all(1 <= mention.paragraph <= len(paragraphs) for mention in extraction.actors)
