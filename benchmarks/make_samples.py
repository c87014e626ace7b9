"""Regenerate docs/samples/: page images of every official document for the fictional 青葉台市 record,
and of the registers' 点検結果 and 要配慮 report for the demo city みなみ市.

    .venv/bin/python benchmarks/make_samples.py [--out docs/samples] [--dpi 60]

Needs pdftoppm (Debian: apt-get install poppler-utils). Builds the record through the actions in a
throw-away SQLite database, renders each document as PDF and keeps the first one or two pages as PNG.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# (file stem, kind, record attribute holding the id, pages to keep, record options)
SAMPLES = [
    ("shimonsho", "shimonsho", "case1", 3, {}),
    ("agenda", "agenda", "meeting", 1, {}),
    ("minutes-youten", "minutes", "meeting", 2, {"minutes_style": "要点記録"}),
    ("minutes-zenbun-letters", "minutes", "meeting", 2, {"minutes_style": "全文", "name_policy": "letter"}),
    ("minutes-kekka-draft", "minutes", "meeting", 2, {"minutes_style": "会議結果報告書", "name_policy": "role",
                                                      "confirm": False}),
    ("answer", "answer", "answer", 2, {}),
    ("followup", "followup", "follow_submission", 1, {}),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "samples"))
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("make_samples: pdftoppm がありません (apt-get install poppler-utils)")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["SHINGIKAI_DATA_DIR"] = data_dir
        os.environ.pop("DATABASE_URL", None)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        from shingikai.documents.pdf import to_pdf
        from shingikai.documents.render import render
        from shingikai.documents.sampledata import build_record

        for old in out.glob("*.png"):
            old.unlink()
        for n, (stem, kind, attr, pages, options) in enumerate(SAMPLES):
            record = build_record(slug=f"sample{n}", **options)
            pdf = Path(data_dir) / f"{stem}.pdf"
            pdf.write_bytes(render(kind, getattr(record, attr).pk, "pdf"))
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", str(pages), str(pdf),
                            str(out / stem)], check=True)
            # Municipality names are unique: free 青葉台市 for the next sample's record.
            type(record.city).objects.filter(pk=record.city.pk).update(name=f"青葉台市 (見本{n})")
        for stem, doc in register_documents():
            pdf = Path(data_dir) / f"{stem}.pdf"
            pdf.write_bytes(to_pdf(doc))
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", "2", str(pdf), str(out / stem)],
                           check=True)
        for png in sorted(out.glob("*.png")):
            print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png, f"{png.stat().st_size:,} bytes")


def register_documents():
    """The registers' documents, from the demo city (it builds a 全項目評価 through its 第三者点検)."""
    from shingikai.demo.loader import load_demo
    from shingikai.registers.documents import inspection_document, sensitive_report_document
    from shingikai.registers.models import Inspection, SensitiveReport

    load_demo()
    return [("register-inspection", inspection_document(Inspection.objects.get())),
            ("register-sensitive-report", sensitive_report_document(SensitiveReport.objects.get()))]


if __name__ == "__main__":
    main()
