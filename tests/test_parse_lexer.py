"""parse_lexer gives exactly the objects pdfminer's PDFContentParser gives, or says the content
is one it does not mirror (Unusual), on hand-picked corner cases and on generated streams."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import PDFStream
from pdfminer.psparser import PSEOF

from actionplan.extract.parsing.parse_lexer import Unusual, content_objects


def pdfminers(streams: list[bytes]) -> list[Any]:
    """The objects pdfminer's content parser returns for these stream contents, in order."""
    parsed = []
    for number, data in enumerate(streams, start=1):
        stream = PDFStream({}, data)
        stream.objid = number
        parsed.append(stream)
    out: list[Any] = []
    try:
        parser = PDFContentParser(parsed)
        while True:
            out.append(parser.nextobject()[1])
    except PSEOF:
        return out


def identical(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (1 and 1.0 and True differ here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(map(identical, a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(identical(a[k], b[k]) for k in a)
    return a == b


def check(*streams: bytes) -> bool:
    """True when parse_lexer mirrors pdfminer on these streams, False when it declines them;
    fails the test on any difference."""
    try:
        mine = content_objects(list(streams))
    except Unusual:
        return False
    theirs = pdfminers(list(streams))
    assert identical(mine, theirs), (mine, theirs)
    return True


CASES = [
    b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET",
    b"[<0102>-3.5<03>12 (a\\)b) -.5 +4 5. - . +. ]TJ",
    b"(nested (parens) here) Tj (esc \\n\\t\\\\ \\101\\7 \\q \\\n end) Tj",
    b"<41 42 4> Tj <> Tj <4142>> Tj",
    b"/Name /A#42C /#G /#4 /\xe9 /F1#20x 1 0 0 1 0 0 cm",
    b"q 1 0 0 RG 0.5 g 10 10 200 100 re f Q % a comment\n S",
    b"/P <</MCID 3 /Alt (x) /Null null>> BDC EMC",
    b"] ] >> } [1 [2 3] <</A [4]>>] { 1 2 } true false null",
    b"12Tj 3.4.5 Td 007 -0 +0.0 T* ' \" \x00 BT\x00 ET",
    b"1 2 3 4 re\rf\r\n(a\rb\r\nc) Tj",
    b"[1 2 3 Tj unclosed array",
    b"#weird \\ ) bytes \x80\xff",
]


@pytest.mark.parametrize("content", CASES)
def test_corner_cases_match_pdfminer(content: bytes) -> None:
    assert check(content)


def test_streams_are_read_as_one_content() -> None:
    assert check(b"BT /F1 12 Tf\n", b"(a) Tj\nET\n")
    assert check(b"[1 2\n", b"3] TJ\n")
    assert check(b"q\n", b"", b"Q\n")
    assert check(b"<<", b"/A 1>> BDC")


@pytest.mark.parametrize(
    "streams",
    [
        [b"BT (a) Tj ET\nBI /W 1 /H 1 ID \x00 EI Q"],  # inline image: binary data
        [b"(runs off the end"],
        [b"<4142"],
        [b"(a) Tj /F", b"1 12 Tf"],  # a name cut at the end of an inner stream
        [b"(a) Tj <", b"</A 1>> BDC EMC"],  # pdfminer joins '<' '<' across streams
        [b"<</A>> BDC"],  # pdfminer raises on an odd dictionary
        [b"(\\777) Tj"],  # octal over 255: pdfminer fails an assertion
    ],
)
def test_what_pdfminer_reads_otherwise_is_declined(streams: list[bytes]) -> None:
    assert not check(*streams)


PIECES = st.sampled_from(
    [
        b" ",
        b"\n",
        b"\r\n",
        b"\x00",
        b"% c\n",
        b"12",
        b"-3.5",
        b".",
        b"-",
        b"+7",
        b"1.",
        b"Tj",
        b"TJ",
        b"BT",
        b"true",
        b"re",
        b"/F1",
        b"/A#41",
        b"/",
        b"(a)",
        b"(b\\)c)",
        b"(x(y)z)",
        b"(\\101)",
        b"(",
        b")",
        b"<41>",
        b"<4 1>",
        b"<414>",
        b"<",
        b">",
        b"<<",
        b">>",
        b"[",
        b"]",
        b"{",
        b"}",
        b"#",
        b"\\",
        b"\xe9",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(PIECES, max_size=25).map(b"".join), min_size=1, max_size=3))
def test_generated_streams_match_pdfminer_or_are_declined(streams: list[bytes]) -> None:
    check(*streams)
