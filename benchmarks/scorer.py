"""The scorer of ../shared/eval/score_minutes.py, for the benchmarks that score the importer against answers."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the main checkout, or beside the folder of worktrees.
SCORER_PLACES = [ROOT.parent / "shared" / "eval" / "score_minutes.py",
                 ROOT.parents[1] / "shared" / "eval" / "score_minutes.py"]


def find_scorer():
    """The scorer module (score_doc, norm_name …), or None where it is not beside the repository."""
    for path in SCORER_PLACES:
        if path.is_file():
            spec = importlib.util.spec_from_file_location("score_minutes", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    return None


def where_looked() -> str:
    return ", ".join(str(p) for p in SCORER_PLACES)
