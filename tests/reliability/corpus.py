"""A generated corpus of hostile and broken inputs, with good articles mixed in.

`build(folder)` writes the files and returns one `Entry` per input unit (a file, a JSONL line, a
WARC file) saying what the ingest must do with it: store it (`stored`), record a failure
(`failed`), or either (`any`: a valid, possibly empty, document or a failure with a reason);
an exact copy of an earlier input is `skipped`.
Everything is made from a seeded random generator, so a run is reproducible.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Expect = Literal["stored", "failed", "any", "skipped"]


@dataclass(frozen=True, slots=True)
class Entry:
    path: str  # the input's path as the store records it (FILE, FILE:LINE or a WARC FILE)
    kind: str  # the family of bad input, for the report
    expect: Expect  # "skipped": the same text as an earlier input, read once
    reason: str | None = None  # the failure tag expected when `expect == "failed"`


# -- good English articles ----------------------------------------------------------------

PEOPLE = (
    "Anna Keller", "Rafael Ortiz", "Mei Lin", "Tomasz Nowak", "Amara Okafor", "Lars Berg",
    "Priya Raman", "Kofi Mensah", "Elena Petrova", "Hugo Martin", "Sara Haddad", "Jonas Weber",
)  # fmt: skip
ROLES = (
    "foreign minister", "defence minister", "central bank governor", "mayor", "police chief",
    "trade envoy", "health minister", "opposition leader", "union leader", "prime minister",
)  # fmt: skip
COUNTRIES = (
    "Germany", "Kenya", "Brazil", "Japan", "Canada", "Poland", "Egypt", "India", "Chile",
    "Norway", "Vietnam", "Ghana", "Peru", "Turkey", "Spain", "Australia",
)  # fmt: skip
CITIES = (
    "Hamburg", "Nairobi", "Recife", "Osaka", "Calgary", "Gdansk", "Alexandria", "Pune",
    "Valparaiso", "Bergen", "Da Nang", "Kumasi", "Arequipa", "Izmir", "Seville", "Perth",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
THINGS = (
    "schools", "bridges", "hospitals", "farms", "ferries", "factories", "clinics", "power lines",
    "rail lines", "warehouses", "ports", "reservoirs",
)  # fmt: skip
DEEDS = (
    ("met", "to discuss"), ("criticised", "over"), ("thanked", "for"), ("warned", "about"),
    ("praised", "for"), ("accused", "of delaying"), ("visited", "to inspect"),
)  # fmt: skip
TOPICS = (
    "grain exports", "fishing rights", "a border crossing", "water sharing", "a rail link",
    "vaccine supplies", "port fees", "flood defences", "a gas pipeline", "student visas",
)  # fmt: skip


def good_text(rng: random.Random, n: int) -> str:
    """A short English news article (unique: `n` appears in it, fills are random)."""

    def p() -> str:
        return rng.choice(PEOPLE)

    sentences = [
        f"{p()}, the {rng.choice(ROLES)} of {rng.choice(COUNTRIES)}, said on {rng.choice(DAYS)} "
        f"that {rng.randint(2, 900)} {rng.choice(THINGS)} near {rng.choice(CITIES)} had been "
        "damaged by the storm.",
        f"Officials in {rng.choice(CITIES)} {rng.choice(DEEDS)[0]} the government of "
        f"{rng.choice(COUNTRIES)} {rng.choice(DEEDS)[1]} {rng.choice(TOPICS)}.",
        f'"We will not accept this," {p()} told reporters in {rng.choice(CITIES)}.',
        f"The ministry of {rng.choice(COUNTRIES)} said about {rng.randint(3, 95)} percent of the "
        f"{rng.choice(THINGS)} would reopen by {rng.choice(DAYS)}.",
        f"{p()} travelled to {rng.choice(COUNTRIES)} to discuss {rng.choice(TOPICS)} with "
        f"{p()}, according to report number {n}.",
        f"Police in {rng.choice(CITIES)} arrested {rng.randint(2, 40)} people after protests "
        f"over {rng.choice(TOPICS)}.",
        f"The talks on {rng.choice(TOPICS)} will resume next week in {rng.choice(CITIES)}, "
        f"{p()} said.",
    ]
    rng.shuffle(sentences)
    keep = sentences[: rng.randint(4, len(sentences))]
    return "\n\n".join(" ".join(keep[i : i + 2]) for i in range(0, len(keep), 2)) + "\n"


# -- other languages (written for this corpus) --------------------------------------------------

SPANISH = (
    "El gobierno de España anunció el lunes un nuevo plan para reducir el desempleo juvenil. "
    "La ministra de Trabajo explicó en Madrid que el programa costará unos dos mil millones de "
    "euros. Los sindicatos recibieron la noticia con cautela y pidieron más detalles.",
    "Miles de personas se manifestaron el sábado en Buenos Aires contra la subida de los precios "
    "del transporte. Los organizadores dijeron que la protesta fue pacífica. El alcalde prometió "
    "revisar las tarifas antes de fin de mes.",
    "Las lluvias torrenciales obligaron a evacuar a cientos de familias en el norte de Perú. "
    "Según las autoridades locales, varios puentes quedaron destruidos. El ejército envió "
    "helicópteros con alimentos y medicinas a las zonas aisladas.",
)
RUSSIAN = (
    "Правительство России объявило в понедельник о новых мерах поддержки сельского хозяйства. "
    "Министр заявил журналистам в Москве, что программа продлится три года. Эксперты считают, "
    "что цены на зерно в ближайшие месяцы останутся стабильными.",
    "В Санкт-Петербурге открылся новый мост через Неву. Губернатор города сказал, что "
    "строительство заняло почти четыре года. Движение по мосту начнётся уже на следующей неделе.",
    "Сильный снегопад парализовал движение на трассах в Сибири. Спасатели помогли сотням "
    "водителей, застрявших на дорогах. Синоптики обещают потепление к выходным.",
)
CHINESE = (
    "中国国家统计局周一公布的数据显示，今年第一季度经济同比增长百分之五点三。官员表示，"
    "消费和出口的回升推动了增长。分析人士认为，房地产市场仍然是主要的风险。",
    "上海市政府宣布将在明年开通三条新的地铁线路。市长在新闻发布会上说，这些线路将连接"
    "主要的商业区和住宅区。预计每天将有一百万名乘客使用新线路。",
    "暴雨导致南方多个省份发生洪水，数千名居民被紧急转移。救援人员连夜抢修受损的道路和"
    "桥梁。气象部门预计降雨将持续到本周末。",
)

MIXED = (
    "Президент Владимир met the Greek minister Κώστας Παπαδόπουλος in Athens on Monday, "
    "and officials from 北京 joined the talks about shipping.",
    "The company منظمة signed a deal in Dubai on Friday; the contract is worth 5 million dirhams "
    "according to the spokesman.",
    "Residents of Tōkyō and Zürich said the fee of ¥500 (about €3) was unfair, the mayor "
    "of Kraków told reporters.",
    "The poet wrote ‮reversed text‬ and a zero\u200bwidth join, then e\u0301 and "
    "n\u0303 with combining marks, before the minister in Oslo resigned.",
    "Hindi हिन्दी, Korean 한국어 and Thai ภาษาไทย words appeared in the leaflet that police in "
    "Delhi seized on Tuesday.",
)


# -- the builders ----------------------------------------------------------------------------


class _Writer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: list[Entry] = []
        folder.mkdir(parents=True, exist_ok=True)

    def file(
        self,
        name: str,
        data: bytes,
        kind: str,
        expect: Expect,
        reason: str | None = None,
    ) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.entries.append(Entry(str(path), kind, expect, reason))
        return path


def build(folder: Path, *, seed: int = 8) -> list[Entry]:
    """Write the corpus under `folder`; returns what the ingest must make of each input."""
    rng = random.Random(seed)
    w = _Writer(folder)
    n = 0

    def good() -> str:
        nonlocal n
        n += 1
        return good_text(rng, n)

    # good articles, plain UTF-8, some with odd file names
    for i in range(40):
        w.file(f"good/article-{i:03d}.txt", good().encode(), "good", "stored")
    for name in ("good/spaces in name.txt", "good/ünïcödé-名前.txt", "good/no-suffix"):
        w.file(name, good().encode(), "good", "stored")
    copy = (w.folder / "good" / "article-000.txt").read_bytes()
    w.file("good/zz-copy-of-article-000.txt", copy, "exact copy", "skipped")  # read after it
    # a file name that is not UTF-8 (Python holds it with surrogate escapes)
    w.file(os.fsdecode(b"names/latin1-caf\xe9.txt"), good().encode(), "name not UTF-8", "stored")
    w.file(os.fsdecode(b"names/bin-\xff.txt"), b"\x89PNG\r\n", "name not UTF-8", "failed")

    # zero bytes and whitespace only
    for suffix in (".txt", ".html", ".jsonl", ".json", ".md"):
        w.file(f"empty/zero{suffix}", b"", "zero bytes", "failed", "empty")
    for i, blank in enumerate((b" ", b"\n\n\n", b"\t \r\n \x0b", b"\xef\xbb\xbf", b" " * 5000)):
        w.file(f"empty/blank-{i}.txt", blank, "whitespace only", "failed", "empty")

    # binary files: real magic numbers, random tails, and random bytes without magic
    magics = {
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "elf": b"\x7fELF\x02\x01\x01\x00",
        "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
        "gif": b"GIF89a",
        "pdf": b"%PDF-1.7\n",
        "gzip": b"\x1f\x8b\x08\x00",
        "exe": b"MZ\x90\x00",
    }
    for kind, magic in magics.items():
        for i, suffix in enumerate((".txt", ".html", "")):
            tail = rng.randbytes(rng.randint(16, 4096))
            w.file(f"binary/{kind}-{i}{suffix}", magic + tail, "binary", "failed", "binary")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("article.txt", good())
    w.file("binary/archive.zip", buf.getvalue(), "binary", "failed", "binary")
    w.file("binary/archive-zip.txt", buf.getvalue(), "binary", "failed", "binary")
    for i in range(14):
        w.file(f"binary/random-{i}.bin", rng.randbytes(2048), "random bytes", "failed")

    # NUL bytes: a few inside text (dropped), or so many that the file is binary
    for i in range(5):
        text = good().encode()
        cut = rng.randrange(1, len(text) - 1)
        w.file(f"nul/few-{i}.txt", text[:cut] + b"\x00" + text[cut:], "NUL bytes", "stored")
    for i in range(4):
        text = good().encode()
        w.file(f"nul/many-{i}.txt", b"\x00".join(bytes([c]) for c in text), "NUL bytes", "failed")
    w.file("nul/only.txt", b"\x00" * 4096, "NUL bytes", "failed")

    # invalid UTF-8 in otherwise English text
    bad_sequences = (b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xf0\x28\x8c\xbc", b"\xc0\xaf",
                     b"\xed\xa0\x80", b"\x80\x80\x80", b"\xfe\xfe")  # fmt: skip
    for i, bad in enumerate(bad_sequences):
        text = good().encode()
        cut = text.index(b" ", len(text) // 3)
        w.file(f"utf8/invalid-{i}.txt", text[:cut] + bad + text[cut:], "invalid UTF-8", "stored")
    for i in range(2):
        raw = bytearray(good().encode())
        for j in rng.sample(range(len(raw)), 40):
            raw[j] = rng.choice((0x80, 0xBF, 0xC1, 0xF5, 0xFF))
        w.file(f"utf8/sprinkled-{i}.txt", bytes(raw), "invalid UTF-8", "any")

    # UTF-16 and UTF-32 with a byte-order mark, UTF-16 without one
    for i, (bom, enc) in enumerate(
        (
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
            (codecs.BOM_UTF32_LE, "utf-32-le"),
            (codecs.BOM_UTF8, "utf-8"),
        )
    ):
        w.file(f"utf16/bom-{i}.txt", bom + good().encode(enc), f"{enc} with BOM", "stored")
    w.file("utf16/no-bom.txt", good().encode("utf-16-le"), "UTF-16 without BOM", "any")
    w.file("utf16/odd-length.txt", codecs.BOM_UTF16_LE + b"T\x00h\x00e", "broken UTF-16", "any")

    # Windows-1252 (smart quotes, dashes, euro sign, accents)
    for i in range(8):
        text = good().replace('"We', "\u201cWe").replace('this,"', "this,\u201d")
        text += f"The fee rose to \u20ac{i + 2}0 \u2013 a caf\u00e9 owner\u2019s complaint.\n"
        w.file(f"cp1252/article-{i}.txt", text.encode("cp1252"), "Windows-1252", "stored")

    # mixed scripts
    for i, text in enumerate(MIXED):
        w.file(f"mixed/article-{i}.txt", (text + "\n\n" + good()).encode(), "mixed", "stored")
        w.file(f"mixed/short-{i}.txt", text.encode(), "mixed scripts", "any")

    # other languages: refused with the language named
    for lang, texts in (("es", SPANISH), ("ru", RUSSIAN), ("zh", CHINESE)):
        for i, text in enumerate(texts):
            w.file(f"lang/{lang}-{i}.txt", text.encode(), f"{lang} article", "failed", "language")
    w.file("lang/ru-cp1251.txt", RUSSIAN[2].encode("cp1251"), "ru in cp1251", "skipped")

    # text with no sentence, emoji only, very long tokens
    no_sentence = ("hello", "12345 67890", "!!! ??? ... ;;; ---", "the of and to in",
                   "a b c d e f g h i j k l m n o p", "minister", "UPDATE 3-")  # fmt: skip
    for i, text in enumerate(no_sentence):
        w.file(f"nosentence/{i}.txt", text.encode(), "no sentence", "any")
    emoji = ("😀😃😄😁" * 20, "🇺🇦🇷🇺🇺🇸 " * 30, "👩‍👩‍👧‍👦" * 50, "🔥\n" * 200)
    for i, text in enumerate(emoji):
        w.file(f"emoji/{i}.txt", text.encode(), "emoji only", "failed")
    long_tokens = (
        "a" * 100_000,
        "https://example.com/" + "x/" * 40_000,
        good() + " " + "Z" * 60_000 + " " + good(),
        "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(120_000)
        ),
        "Antidisestablishmentarianism" * 3000 + ". The minister resigned on Monday.",
    )
    for i, text in enumerate(long_tokens):
        w.file(f"longtoken/{i}.txt", text.encode(), "very long token", "any")

    # size: a 10 MB single line (over max_bytes), a 50,000-sentence text (cut at max_chars)
    line = b"The minister said the talks in Geneva went well and would go on. "
    w.file("size/ten-mb.txt", line * (10_000_000 // len(line) + 1), "10 MB line", "failed",
           "too_large")  # fmt: skip
    sentences = " ".join(f"Talk {i} ended." for i in range(50_000))
    w.file("size/fifty-k-sentences.txt", sentences.encode(), "50,000 sentences", "stored")
    w.file("size/bomb.html.gz", gzip.compress(b"<p>" + b" " * 30_000_000 + b"</p>"),
           "gzip bomb", "failed", "too_large")  # fmt: skip

    _html(w, rng, good)
    _json(w, rng, good)
    _warc(w, good)
    return w.entries


def _page(title: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        '<meta property="article:published_time" content="2024-05-02">'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paras}"
        "</article><footer>(c) Example News</footer></body></html>"
    )


def _html(w: _Writer, rng: random.Random, make: Callable[[], str]) -> None:
    for i in range(6):
        page = _page(f"Storm damage report {i}", make())
        w.file(f"html/good-{i}.html", page.encode(), "good HTML", "stored")
    w.file("html/good.html.gz", gzip.compress(_page("Gzipped", make()).encode()), "gz", "stored")
    for depth in (300, 3_000, 30_000, 100_000):
        body = "<div>" * depth + f"<p>{make()}</p>" + "</div>" * depth
        w.file(f"html/nested-{depth}.html", f"<html><body>{body}</body></html>".encode(),
               f"HTML nested {depth} deep", "any")  # fmt: skip
    w.file("html/nested-unclosed.html", ("<b><i><span>" * 20_000 + make()).encode(),
           "HTML nested unclosed", "any")  # fmt: skip
    w.file("html/nested-tables.html", ("<table><tr><td>" * 5_000 + make()).encode(),
           "HTML nested tables", "any")  # fmt: skip
    broken = (
        "<html><body><p>" + make() + "<p><div></span></table></p></html></body>",
        "<p<p<p<p>" + make() + "</p</p>",
        '<html><body><a href="x onclick=alert(1)>' + make() + "</body>",
        "<!-- a comment that never ends <p>" + make(),
        "<html><body><p>" + make() + "&#xD800; &#99999999; &bogus; &amp &lt;</p></body></html>",
        "</html></body><p>" + make() + "</p><html><head><title>late</title></head>",
        "<![CDATA[" + make() + "]]><p>\x00\x01\x02</p>",
        "<html><body>" + "<p>" + make() + "</p>" + "<img src=x onerror=alert(1)>" * 1000,
    )
    for i, page in enumerate(broken):
        w.file(f"html/broken-{i}.html", page.encode(), "broken HTML", "any")
    scripts = (
        "<html><head><script>var a = 1;</script></head><body><script>document.write('x')"
        "</script></body></html>",
        "<script>" + "console.log('The minister said the talks went well.');" * 500 + "</script>",
        "<html><body><style>p{color:red}</style><noscript></noscript><script src=a.js></script>"
        "</body></html>",
        "<html><body>" + "<script>alert(1)</script>" * 2000 + "</body></html>",
    )
    for i, page in enumerate(scripts):
        w.file(f"html/scripts-{i}.html", page.encode(), "HTML only scripts", "failed", "empty")
    w.file("html/not-html.html", rng.randbytes(3000), "binary as HTML", "failed")


def _json(w: _Writer, rng: random.Random, make: Callable[[], str]) -> None:
    lines: list[tuple[str, Expect]] = []
    for i in range(12):
        row = {"text": make(), "title": f"Report {i}", "url": f"https://news.example/{i}"}
        lines.append((json.dumps(row), "stored"))
    for bad in (
        "{not json",
        "[1, 2, 3]",
        '"just a string"',
        '{"text": 42}',
        '{"text": ""}',
        '{"title": "no text field"}',
        '{"text": "The minister said',
        "null",
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"text": "ok", "text": {"nested": true}}',
    ):
        lines.append((bad, "failed"))
    lines.append((json.dumps({"text": make(), "published": "not a date at all"}), "stored"))
    lines.append((json.dumps({"text": make(), "url": 12345, "title": ["a", "list"]}), "any"))
    lines.append((json.dumps({"text": "\x00\x07" + make() + "\x1b[31m"}), "any"))
    lines.append((json.dumps({"text": make(), "title": "\ud800 lone surrogate"}), "stored"))
    lines.append(('{"text": "\\ud800 lone surrogate, the mayor said on Monday."}', "any"))
    rng.shuffle(lines)
    path = w.folder / "jsonl" / "mixed.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(text for text, _ in lines) + "\n", encoding="utf-8")
    for n, (_, expect) in enumerate(lines, 1):
        w.entries.append(Entry(f"{path}:{n}", "JSONL line", expect))
    w.file("jsonl/all-bad.jsonl", b"{\n}\n{]\n\xff\xfe\n", "JSONL broken", "any")
    w.file("jsonl/deep.json", ("[" * 200_000 + "]" * 200_000).encode(), "JSON nested", "failed")
    w.file("jsonl/truncated.json", json.dumps([{"text": make()}])[:-7].encode(), "JSON cut",
           "failed")  # fmt: skip
    w.file("jsonl/scalar.json", b"3.14", "JSON scalar", "failed")
    row = {"text": make(), "title": "ok"}
    w.file("jsonl/one.json", json.dumps(row).encode(), "JSON object", "stored")


def _warc(w: _Writer, make: Callable[[], str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def crawl(gz: bool) -> bytes:
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=gz)
        for i in range(3):
            body = _page(f"Crawled story {i}", make()).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = writer.create_warc_record(
                f"https://crawl.example/story/{i}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-02T10:00:00Z"},
            )
            writer.write_record(rec)
        return buf.getvalue()

    for gz in (False, True):
        data = crawl(gz)
        suffix = ".warc.gz" if gz else ".warc"
        w.file(f"warc/truncated{suffix}", data[: int(len(data) * 0.6)], "truncated WARC", "any")
        w.file(f"warc/cut-header{suffix}", data[:40], "truncated WARC", "any")
    w.file("warc/garbage.warc", b"WARC/1.0\r\nContent-Length: 99999999\r\n\r\nhello", "bad WARC",
           "any")  # fmt: skip
    w.file("warc/not-warc.warc.gz", b"\x1f\x8b\x08\x00" + bytes(100), "bad WARC", "any")
    no_uri = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 19\r\n\r\nHTTP/1.0 200 OK\r\n\r\n"
    w.file("warc/no-target-uri.warc", no_uri, "bad WARC", "failed", "bad_input")
