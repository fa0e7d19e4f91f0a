"""The exception tree of newsevents.

NewseventsError
 +-- ConfigError            a setting is invalid or a model cannot be loaded
 +-- InputError             input that cannot become an article
 |    +-- EmptyInputError       no text at all
 |    +-- BinaryInputError      bytes that are not text (image, archive, executable ...)
 |    +-- EncodingError         text whose encoding cannot be determined
 |    +-- LanguageError         text in a language the pipeline does not read
 |    +-- InputTooLargeError    over the configured size limit
 +-- PipelineError          stages that do not fit together (built at construction time)
 +-- StageError             a stage failed on one article (names the article and stage)
 |    +-- StageTimeoutError     it ran past `Settings.stage_timeout_s`
 +-- StoreError             the database cannot be opened, written or upgraded
 |    +-- StoreLockedError      another process holds the write lock
 |    +-- SchemaVersionError    the store was written by a newer or unknown schema
 |    +-- QueryError            an event filter has a value no event can have (names the filter)
 +-- EvalError              evaluation data cannot be read
"""

from __future__ import annotations


class NewseventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class ConfigError(NewseventsError):
    pass


class InputError(NewseventsError):
    """Input that cannot become an article; `reason` is a short machine-friendly tag."""

    reason = "bad_input"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class EmptyInputError(InputError):
    reason = "empty"


class BinaryInputError(InputError):
    reason = "binary"


class EncodingError(InputError):
    reason = "encoding"


class LanguageError(InputError):
    reason = "language"

    def __init__(self, message: str, *, language: str | None = None, path: str | None = None):
        super().__init__(message, path=path)
        self.language = language


class InputTooLargeError(InputError):
    reason = "too_large"


class PipelineError(NewseventsError):
    pass


class StageError(NewseventsError):
    def __init__(self, stage: str, article_id: str | None, cause: BaseException) -> None:
        super().__init__(f"stage {stage} failed on article {article_id}: {cause!r}")
        self.stage = stage
        self.article_id = article_id
        self.cause = cause


class StageTimeoutError(StageError):
    """A stage ran past its time limit on one article (`Settings.stage_timeout_s`)."""

    reason = "timeout"

    def __init__(self, stage: str, article_id: str | None, seconds: float) -> None:
        super().__init__(stage, article_id, TimeoutError(f"over the limit of {seconds:g} s"))
        self.seconds = seconds


class StoreError(NewseventsError):
    pass


class StoreLockedError(StoreError):
    pass


class SchemaVersionError(StoreError):
    pass


class QueryError(StoreError):
    """An event filter has a value no stored event can have: `field` names the filter
    (`plover`, `date_from`), `expected` says what it takes, so each front end can name the
    filter its own way (`--from`, `date_from`)."""

    def __init__(self, field: str, value: object, expected: str) -> None:
        super().__init__(f"{field} must be {expected}, not {value!r}")
        self.field = field
        self.value = value
        self.expected = expected


class EvalError(NewseventsError):
    pass
