"""The changes that real publishing makes to a minutes text, each a function from text to text.

The layout tests read every synthetic fixture once as written and again after each change in TRANSFORMS, and
`benchmarks/bench_layouts.py` does the same to a folder of real minutes with hand-checked answers: a reading
that moves with the layout is brittle, whatever it scores on the text as first published.
"""
import re

_WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_NARROW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _title(text):
    return next(line.strip() for line in text.split("\n") if line.strip())


def _paginate(text, per_page, number, feed="\f", running_head=True):
    lines = text.split("\n")
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = []
    for k, page in enumerate(pages, 1):
        head = [_title(text)] if running_head and k > 1 else []
        out.append("\n".join(head + page + ["", number(k, len(pages))]))
    return feed.join(out)


def pdf_pages_dashed(text):
    # 第3回…会議録 at each page's top, - 3 - at its foot, pages apart by form feeds (pdftotext).
    return _paginate(text, 12, lambda k, n: f"- {k} -")


def pdf_pages_of_total(text):
    # ３／１２ at each page's foot.
    return _paginate(text, 9, lambda k, n: f"{k}／{n}".translate(_WIDE_DIGITS))


def pdf_pages_without_feeds(text):
    # A PDF's text copied by hand: page numbers stay in the flow, and no form feed marks the page.
    return _paginate(text, 10, lambda k, n: f"－{k}－", feed="\n", running_head=False)


def pdf_running_heads_without_feeds(text):
    # The same, copied by hand: the running head stays in the flow, inside a roster or a speech.
    return _paginate(text, 10, lambda k, n: f"- {k} -", feed="\n")


def hard_wrapped(text, width=34):
    # The page edge cuts every long line, inside speeches and header values alike; a page already flattened onto
    # one line (an aggregator's copy, thousands of characters) was never cut by a page edge.
    out = []
    for line in text.split("\n"):
        while width < len(line) < 600:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def hard_wrapped_narrow(text):
    return hard_wrapped(text, 30)


def crlf(text):
    return text.replace("\n", "\r\n")


def no_break_spaces(text):
    return text.replace(" ", "\u00a0")


def ideographic_spaces(text):
    return text.replace(" ", "\u3000")


def wide_digits(text):
    return text.translate(_WIDE_DIGITS)


def narrow_digits(text):
    return text.translate(_NARROW_DIGITS)


def web_page(text):
    # A city's web page copied as text: skip links, menus, a breadcrumb, the update date, the footer.
    head = (
        "本文へスキップ\nメニュー\n文字サイズ　標準　拡大\nホーム > 市政情報 > 審議会 > 会議録\n"
        "印刷する\n更新日：2026年1月15日\nページ番号：10234\n\n"
    )
    return head + text + "\n\nページの先頭へ\nこのページに関するお問い合わせ\n"


def marks_with_alt_text(text):
    # Marks set as images and copied with their alternative text: ○しろまる会長, ●くろまる日時.
    return text.replace("○", "○しろまる").replace("●", "●くろまる").replace("◎", "◎にじゅうまる")


def large_circles_with_alt_text(text):
    # The same with the large circle (◯, U+25EF) some sites draw instead of ○.
    return text.replace("○", "◯しろまる")


def table_cells(text):
    # 開催日時｜令和…, 大森会長｜ただいまから…: a two-column table copied with a tab between its cells.
    return re.sub(r"^([^\s：:\t]{2,8})[：:](?=\S)", "\\1\t", text, flags=re.M)


def document_library_page(text):
    # A document library's page: the document's opening squeezed onto one line (its digits set apart, as its text
    # layer gives them), twice, among the page's controls, then the document after 全文.
    opening = " ".join(line.strip() for line in text.split("\n")[:12] if line.strip())[:150]
    preview = re.sub(r"(?<=\S)(?=[0-9０-９]+)|(?<=[0-9０-９])(?=[^\s0-9０-９])", " ", opening)
    head = (f"• 検索結果がありません。\n\n{preview}\n\nN/A\nN/A\nProtected\n\nAcademic year: 2025\n\n"
            f"シェア \"{preview}\"\n\nCopied!\n12\n0\n0\n\n読み込み中.... (全文を見る)\n\n全文\n\n")
    return head + text


def blank_line_after_every_line(text):
    # A page converted with each line its own paragraph: a blank line after every line, two where there was one.
    return text.replace("\n", "\n\n")


def indented(text):
    # A page that sets every line one ideographic space in, labels and rosters too.
    return "\n".join("\u3000" + line if line.strip() else line for line in text.split("\n"))


TRANSFORMS = [
    pdf_pages_dashed, pdf_pages_of_total, pdf_pages_without_feeds, pdf_running_heads_without_feeds, hard_wrapped,
    hard_wrapped_narrow, crlf, no_break_spaces,
    ideographic_spaces, wide_digits, narrow_digits, web_page, marks_with_alt_text, table_cells, document_library_page,
    blank_line_after_every_line, indented, large_circles_with_alt_text,
]




def flattened_onto_one_line(text):
    # An aggregator's copy: every line break lost, the lines run together with a space. Not in TRANSFORMS: the
    # reading cannot be the same (a label alone on its line and its speech become one line), but how much of it
    # survives is worth measuring.
    return re.sub(r"[ \t\u3000]*\n[ \t\u3000\n]*", " ", text)


# The benchmark's set: every change the tests hold the reading to, and the one they cannot.
ALL = TRANSFORMS + [flattened_onto_one_line]
