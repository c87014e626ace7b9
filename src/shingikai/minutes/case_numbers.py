"""The 諮問番号 the minutes print beside an item (「① 諮問第10号 子育て支援アプリの…」), found in the file's text
after the parse: the parse gives an item its title only, and the number is what joins one case heard at several
meetings (numbering.py; store._numbered_case)."""
import re

from shingikai.jp.text import compact

# 諮問第10号, 報告第３号, 諮問第十号: a case's number as minutes print it (compacted: no spaces).
CASE_NUMBER_RE = re.compile(r"(諮問|報告)第([0-9一二三四五六七八九十百千〇]+)号")
#: The opening of a title looked for beside a number: enough letters to tell two items apart.
TITLE_KEY = 12


def with_printed_numbers(parsed, text):
    """`parsed` with each 諮問・報告 item given the number printed before its title on a line of `text` (or on
    the line above it); an item whose title stands after two numbers, or after none, gets none."""
    from shingikai.cases.numbering import number_value

    lines = [compact(line) for line in (text or "").splitlines()]
    for item in parsed.get("items") or []:
        if not isinstance(item, dict) or item.get("number") or item.get("kind") not in ("諮問", "報告"):
            continue
        key = compact(item.get("title") or "")[:TITLE_KEY]
        if len(key) < 4:
            continue
        found = set()
        for at, line in enumerate(lines):
            below = lines[at + 1] if at + 1 < len(lines) else ""
            for match in CASE_NUMBER_RE.finditer(line):
                rest = line[match.end():]
                if match.group(1) == item["kind"] and (key in rest or (not rest.strip("（）()") and key in below)):
                    found.add(number_value(match.group(0), item["kind"]))
        found.discard(None)
        if len(found) == 1:
            item["number"] = f"{item['kind']}第{found.pop()}号"
    return parsed
