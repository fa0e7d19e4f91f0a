"""`python -m newsevents ...` runs the command line, as the `newsevents` script does."""

from newsevents.cli import main

if __name__ == "__main__":
    main()
