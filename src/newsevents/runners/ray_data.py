"""The cluster path for big corpora: Ray Data in, Parquet shards out.

    input files --read (tasks, one per file)--> article rows
                --map_batches (actor pool, the pipeline built once per actor)--> result rows
                --write_parquet (partitioned by date)--> DIR/date=YYYY-MM-DD/*.parquet

Input files are read by `newsevents.readers.read_paths`, so every format ingest reads (JSONL,
text, HTML, WARC, folders of them) works here too, with the same ids, language detection and
failure records. Folders are listed on the driver and their files spread over read tasks; on a
multi-node cluster inputs must be on a filesystem every node mounts at the same path. The output
may be a local folder, a shared one, or any URI pyarrow writes to (`s3://...`, `gs://...`).

`newsevents load DIR` brings the shards into DuckDB; DuckDB can also query them in place
(docs/scaling.md). Needs the `ray` extra: `pip install 'newsevents[ray]'`.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..pipeline import REGISTRY
from ..readers.articles import walk
from ..records import Article, Failure
from .base import default_workers
from .ray import connect, import_ray
from .shards import Granularity, item_record, record_item, result_table

log = logging.getLogger(__name__)

# Read tasks for a corpus of many files (each reads its share of the files in turn).
_MAX_READ_BLOCKS = 2000


def list_inputs(inputs: Iterable[str | Path]) -> list[str]:
    """Files to read: files as given, folders walked as `read_paths` walks them (recursively,
    sorted, hidden files and corpus side files left out)."""
    files: list[str] = []
    for p in inputs:
        path = Path(p)
        if path.is_dir():
            files.extend(str(f) for f in walk(path))
        elif path.is_file():
            files.append(str(path))
        else:
            raise InputError(f"no such file or folder: {path}", path=str(path))
    return files


def read_file_rows(row: dict[str, Any], *, max_bytes: int) -> list[dict[str, Any]]:
    """flat_map: one input file -> one row per article (or reader failure) in it."""
    from ..readers import read_paths

    return [
        {"record": item_record(item)} for item in read_paths([row["path"]], max_bytes=max_bytes)
    ]


class PipelineBatches:
    """map_batches callable: built once per actor, then one Arrow table in, one out."""

    def __init__(
        self, settings: Settings, registry: dict[str, str], granularity: Granularity
    ) -> None:
        from ..api import get_pipeline

        REGISTRY.update(registry)
        self.pipeline = get_pipeline(settings)
        self.granularity = granularity

    def __call__(self, batch: Any) -> Any:
        items = [record_item(r) for r in batch.column("record").to_pylist()]
        articles = [i for i in items if isinstance(i, Article)]
        failures = [i for i in items if isinstance(i, Failure)]
        paths = {a.id: dict(a.meta).get("path") for a in articles}
        results = [*failures, *self.pipeline.run_many(articles, on_error="skip")]
        return result_table(results, paths=paths, granularity=self.granularity)


@dataclass
class ShardReport:
    files: int
    seconds: float
    output: str


def run_to_parquet(
    inputs: Sequence[str | Path],
    output: str,
    *,
    settings: Settings | None = None,
    workers: int | None = None,
    address: str | None = None,
    batch_size: int | None = None,
    granularity: Granularity = "day",
    runtime_env: dict[str, Any] | None = None,
) -> ShardReport:
    """Read `inputs` through the pipeline on Ray and write Parquet shards under `output`.

    `workers` is the size of the actor pool (default: the cores of this machine for a local
    cluster, the cluster's CPUs with an `address`); `batch_size` articles go to an actor at a
    time (default: the settings' batch size).
    """
    ray = import_ray()
    from ray.data import ActorPoolStrategy, DataContext, from_items

    settings = settings or Settings()
    started = time.monotonic()
    files = list_inputs(inputs)
    if not files:
        raise InputError(f"no input files in {', '.join(map(str, inputs))}")
    owns = connect(address=address, num_cpus=workers or default_workers(), runtime_env=runtime_env)
    try:
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        with warnings.catch_warnings():  # Ray 2.60 warns about its own default settings
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"ray\.data")
            DataContext.get_current()
        blocks = min(len(files), _MAX_READ_BLOCKS)
        ds: Any = from_items([{"path": f} for f in files], override_num_blocks=blocks)
        # Reading and writing are light next to parsing: they ask for no CPU of their own, so
        # they run while the actor pool holds every CPU (else reads and the pool wait on each
        # other forever, and results pile up in the object store until the pool is done).
        ds = ds.flat_map(read_file_rows, fn_kwargs={"max_bytes": settings.max_bytes}, num_cpus=0)
        ds = ds.map_batches(
            PipelineBatches,
            fn_constructor_args=(settings, dict(REGISTRY), granularity),
            batch_size=batch_size or settings.batch_size,
            batch_format="pyarrow",
            compute=ActorPoolStrategy(size=size),
            num_cpus=1,
        )
        ds.write_parquet(output, partition_cols=["date"], ray_remote_args={"num_cpus": 0})
    finally:
        if owns:
            ray.shutdown()
    report = ShardReport(files=len(files), seconds=time.monotonic() - started, output=output)
    log.info("wrote shards for %d files to %s in %.1fs", report.files, output, report.seconds)
    return report
