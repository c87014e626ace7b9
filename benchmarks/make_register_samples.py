"""Regenerate the registers' page images in docs/samples/: the council's 点検結果 on a 全項目評価書 and the
「要配慮個人情報の取扱状況」 report, from the demo city みなみ市.

    .venv/bin/python benchmarks/make_register_samples.py [--out docs/samples] [--dpi 60]

Needs pdftoppm (Debian: apt-get install poppler-utils). Loads the demo through the actions into a throw-away
SQLite database and prints each image with its size and the time each PDF took to render.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "samples"))
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("make_register_samples: pdftoppm がありません (apt-get install poppler-utils)")
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
        from shingikai.demo.loader import load_demo
        from shingikai.documents.pdf import to_pdf
        from shingikai.registers.documents import inspection_document, sensitive_report_document
        from shingikai.registers.models import Inspection, SensitiveReport

        load_demo()
        for old in out.glob("register-*.png"):
            old.unlink()
        documents = [("register-inspection", inspection_document(Inspection.objects.get())),
                     ("register-sensitive-report", sensitive_report_document(SensitiveReport.objects.get()))]
        for stem, doc in documents:
            started = time.perf_counter()
            pdf = Path(data_dir) / f"{stem}.pdf"
            pdf.write_bytes(to_pdf(doc))
            print(f"{stem}.pdf rendered in {time.perf_counter() - started:.2f} s")
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", "2", str(pdf), str(out / stem)],
                           check=True)
        for png in sorted(out.glob("register-*.png")):
            print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png, f"{png.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
