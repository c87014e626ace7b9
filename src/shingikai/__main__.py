"""`python -m shingikai`: the same as the `shingikai` console script, for where the script is not on PATH."""
from shingikai.cli import main

if __name__ == "__main__":
    main()
