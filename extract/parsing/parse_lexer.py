"""A page's content streams as the sequence of objects pdfminer's PDFContentParser gives, read
with regular expressions instead of pdfminer's byte-at-a-time state machine (most of its time).

It mirrors pdfminer.six's tokenizer and PSStackParser.nextobject exactly: the same numbers
(dropping what int()/float() refuse), names, strings (an unknown escape drops its character),
hex strings (an odd last digit is its own byte), stray ']' or '>>' ignored, keywords inside
arrays kept, an unclosed array dropped. What it does not mirror raises Unusual, and the caller
lets pdfminer's own parser read the page: inline images (binary data), strings or names cut at
a stream's end (a name ending in an escape at the very end, which pdfminer drops, too),
dictionaries with an odd number of items (pdfminer raises on those), an octal escape over 255,
and an escaped CR LF that pdfminer's 4096-byte buffer might split.
"""

from __future__ import annotations

import binascii
import re
from binascii import unhexlify
from collections.abc import Sequence
from typing import Any

from pdfminer.psparser import HEX_PAIR, KWD, LIT, SPC, PSKeyword, literal_name
from pdfminer.utils import choplist


class Unusual(Exception):
    """Content this reader does not mirror byte for byte; pdfminer's parser must read it."""


TOKEN = re.compile(
    rb"""
    (?P<space>[\s\x00]+)
  | (?P<comment>%[^\r\n]*)
  | (?P<name>/(?:[^#/%\[\]()<>{}\s]|\#[0-9a-fA-F]{0,2})*)
  | (?P<number>[-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*)
  | (?P<keyword>[A-Za-z][^#/%\[\]()<>{}\s]*)
  | (?P<string>\()
  | (?P<dictbegin><<)
  | (?P<hexstring><[\s0-9a-fA-F]*)
  | (?P<dictend>>>)
  | (?P<gt>>)
  | (?P<other>[\s\S])
    """,
    re.VERBOSE,
)
SIMPLE_STRING = re.compile(rb"\(([^()\\]*)\)")
"""A string without parentheses or backslashes inside: by far the most common."""
STRING_PART = re.compile(rb"[^()\\]+|\(|\)|\\(?:[0-7]{1,3}|\r\n|[\s\S])?")
NAME_HEX = re.compile(rb"#([0-9a-fA-F]{0,2})")
ESCAPES = {b"b": b"\b", b"t": b"\t", b"n": b"\n", b"f": b"\f", b"r": b"\r"}
ESCAPES.update({c: c for c in (b"(", b")", b"\\")})
BUFSIZ = 4096
"""pdfminer reads a stream in chunks of this many bytes (PSBaseParser.BUFSIZ)."""

LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
NUMBER_START = frozenset(b"+-.0123456789")
SLASH, LPAREN, LT, GT = b"/"[0], b"("[0], b"<"[0], b">"[0]
KEYWORD_BI = KWD(b"BI")
KEYWORD_ID = KWD(b"ID")
OPEN = {b"[": "a", b"{": "p", b"<<": "d"}
CLOSE = {b"]": "a", b"}": "p", b">>": "d"}


def read_string(data: bytes, start: int) -> tuple[bytes, int]:
    """The string opened at data[start] ('('), and where it ends, as pdfminer's _parse_string
    reads it; Unusual if it runs off the end of the stream."""
    simple = SIMPLE_STRING.match(data, start)
    if simple is not None:
        return simple[1], simple.end()
    parts: list[bytes] = []
    depth, pos, end = 1, start + 1, len(data)
    while pos < end:
        m = STRING_PART.match(data, pos)
        assert m is not None  # one of the alternatives matches any byte
        part, pos = m[0], m.end()
        if part == b"(":
            depth += 1
            parts.append(part)
        elif part == b")":
            depth -= 1
            if depth == 0:
                return b"".join(parts), pos
            parts.append(part)
        elif part[:1] != b"\\":
            parts.append(part)
        elif len(part) == 1:
            break  # a backslash ending the stream
        elif part[1:2].isdigit():
            code = int(part[1:], 8)
            if code > 255:
                raise Unusual("octal escape over 255")
            parts.append(bytes((code,)))
        elif part == b"\\\r\n":
            if (m.start() + 1) % BUFSIZ == BUFSIZ - 1:
                raise Unusual("escaped CR LF across pdfminer's buffer boundary")
        else:
            parts.append(ESCAPES.get(part[1:], b""))
    raise Unusual("string runs off the end of its stream")


def number(text: bytes) -> int | float | None:
    """A number token's value; None for a lone sign or dot, which pdfminer drops."""
    try:
        return float(text) if b"." in text else int(text)
    except ValueError:
        return None


def hex_string(digits: bytes) -> bytes:
    """A hex string's bytes as pdfminer reads them: whitespace dropped, pairs of digits, an odd
    last digit a byte of its own."""
    return HEX_PAIR.sub(lambda h: bytes((int(h[0], 16),)), SPC.sub(b"", digits))


def name_token(raw: bytes) -> Any:
    """The literal for a name's bytes after '/', '#xx' escapes decoded as pdfminer does."""
    if b"#" in raw:
        raw = NAME_HEX.sub(lambda m: bytes((int(m[1], 16),)) if m[1] else b"", raw)
    try:
        return LIT(str(raw, "utf-8"))
    except UnicodeDecodeError:
        return LIT(raw)


FAST_TOKEN = re.compile(
    rb"""(?:[\s\x00]|%[^\r\n]*)*+(?:(
    /(?:[^#/%\[\]()<>{}\s]|\#[0-9a-fA-F]{0,2})*
  | [-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*
  | [A-Za-z][^#/%\[\]()<>{}\s]*
  | \((?:[^()\\]|\\[\s\S])*\)
  | <<|>>
  | <[\s0-9a-fA-F]*(?:>(?!>))?
  | [^\s\x00%])|$)""",
    re.VERBOSE,
)
"""Whitespace and comments, then one token: a name, number, keyword, string without nested
parentheses, '<<' or '>>', hex string (with its closing '>' unless '>>' follows: pdfminer reads
'<41>>' as a string and a dictionary end), or a single other byte; or the end of the data
(an empty token, so that a comment at the end is not searched for tokens)."""
WHITESPACE = frozenset(b" \t\n\r\f\v")
DIGITS = frozenset(b"0123456789")
KEYWORDS: dict[bytes, Any] = {b"true": True, b"false": False}
"""Keyword bytes -> pdfminer's interned keyword (or bool), filled as keywords are met."""


class Objects:
    """What pdfminer's PSStackParser.nextobject has built so far: the objects it returns, and
    the arrays, dictionaries and procedures still open (their items are kept apart, so one
    still open at the end never reaches the interpreter, as with pdfminer)."""

    def __init__(self) -> None:
        self.out: list[Any] = []
        self.current = self.out
        self.kind: str | None = None
        self.stack: list[tuple[str | None, list[Any]]] = []

    def add(self, token: Any) -> None:
        """One token of any type."""
        if type(token) is PSKeyword:
            self.keyword(token)
        else:
            self.current.append(token)

    def keyword(self, word: PSKeyword) -> None:
        """A keyword: an operator, or a bracket that opens or closes an array, dictionary or
        procedure (one that closes nothing open is ignored, as pdfminer ignores it)."""
        if word is KEYWORD_BI or word is KEYWORD_ID:
            raise Unusual("inline image")
        opened = OPEN.get(word.name)
        if opened is not None:
            self.stack.append((self.kind, self.current))
            self.kind, self.current = opened, []
            return
        closed = CLOSE.get(word.name)
        if closed is None:
            self.current.append(word)
        elif self.kind == closed:
            items = self.current
            self.kind, self.current = self.stack.pop()
            self.current.append(close_dict(items) if closed == "d" else items)


def read_stream(data: bytes, last: bool, objects: Objects) -> None:
    """One stream's tokens into objects, in pdfminer's types: numbers, bools, bytes, literals,
    keywords. `last`: the page's final stream (pdfminer reads a token cut at an inner stream's
    end on into the next stream)."""
    if not data:
        return
    if not last and data[-1] not in WHITESPACE:
        for token in exact_tokens(data, last):
            objects.add(token)
        return
    found = FAST_TOKEN.findall(data)
    while found and not found[-1]:
        found.pop()  # the end of the data
    if b"(" in found or b"\\\r\n" in data:
        # A lone '(' is a string with parentheses inside; an escaped CR LF may fall across
        # pdfminer's buffer boundary.
        for token in exact_tokens(data, last):
            objects.add(token)
        return
    keywords = KEYWORDS
    append = objects.current.append
    for token in found:
        first = token[0]
        # Branches in order of how often they come: numbers, hex strings, operators.
        if first in NUMBER_START:
            # The pattern allows only a sign, digits and a dot: int() and float() fail just
            # when there is no digit, and pdfminer then drops the token.
            if b"." in token:
                if token.strip(b"+-."):
                    append(float(token))
            elif first in DIGITS or len(token) > 1:
                append(int(token))
        elif first == LT and token != b"<<":
            if token[-1] == GT:
                try:
                    append(unhexlify(token[1:-1]))
                    continue
                except binascii.Error:
                    pass  # whitespace inside, or an odd number of digits: pdfminer's way below
            elif data.endswith(token):
                raise Unusual("hex string runs off the end of the page's content")
            append(hex_string(token[1:].rstrip(b">")))
        elif first in LETTERS:
            word = keywords.get(token)
            if word is None:
                word = keywords[token] = KWD(token)
            if word is KEYWORD_BI or word is KEYWORD_ID:
                raise Unusual("inline image")
            append(word)
        elif first == SLASH:
            if b"#" in token and data.endswith(token):
                raise Unusual("name ending the content with an escape")  # pdfminer drops it
            append(name_token(token[1:]))
        elif first == LPAREN:
            append(token[1:-1] if b"\\" not in token else read_string(token, 0)[0])
        elif token != b">":  # a lone '>' ends nothing (pdfminer's _parse_wclose)
            word = keywords.get(token)
            if word is None:
                word = keywords[token] = KWD(token)
            objects.keyword(word)
            append = objects.current.append


def exact_tokens(data: bytes, last: bool) -> list[Any]:
    """The tokens of read_stream, one match at a time, checking what pdfminer reads
    differently at the end of a stream and where escapes fall against its buffer."""
    out: list[Any] = []
    append = out.append
    pos, end = 0, len(data)
    match = TOKEN.match
    while pos < end:
        m = match(data, pos)
        assert m is not None  # 'other' matches any byte
        kind, start, pos = m.lastgroup, m.start(), m.end()
        if kind == "space" or kind == "comment":
            continue
        if kind == "gt":
            if pos == end and not last:
                raise Unusual("'>' at the end of an inner stream")  # pdfminer reads on
            continue
        if kind == "keyword":
            word = m[0]
            append(True if word == b"true" else False if word == b"false" else KWD(word))
        elif kind == "number":
            value = number(m[0])
            if value is not None:
                append(value)
        elif kind == "name":
            if pos == end and (not last or b"#" in m[0]):
                raise Unusual("name at the end of a stream")
            append(name_token(m[0][1:]))
        elif kind == "string":
            string, pos = read_string(data, start)
            append(string)
        elif kind == "hexstring":
            if pos == end:
                raise Unusual("hex string runs off the end of its stream")
            append(hex_string(m[0][1:]))
        else:  # '<<', '>>' or any other single byte: a keyword to pdfminer
            append(KWD(m[0]))
    return out


def content_objects(streams: Sequence[bytes]) -> list[Any]:
    """The objects pdfminer's PDFContentParser.nextobject returns for these stream contents,
    in order: operands and operator keywords, arrays as lists, dictionaries as dicts."""
    objects = Objects()
    for index, data in enumerate(streams):
        read_stream(data, index == len(streams) - 1, objects)
    return objects.out


def close_dict(items: list[Any]) -> dict[str, Any]:
    """A dictionary's items as pdfminer builds them: keys by literal name, None values dropped."""
    if len(items) % 2:
        raise Unusual("dictionary with an odd number of items")
    return {literal_name(k): v for k, v in choplist(2, items) if v is not None}
