"""The public claim model: a claim as data, the shape `check_claims` takes
and `Report.claims` gives (docs/claims.md).

A claim says that a subject stands in a relation to a value at a time:
"Rajnath Singh holds-office Defence Minister of India at 2021-05-01",
"Joint Vision Statement fact-date 2015/2020". Each rule kind that reads
claims from text names its relations (`factcheck claims relations`); a claim
made by another tool (an LLM, spaCy, a newsroom's tables) uses the same
names. The model is flat, so that a CSV row is one claim."""

from __future__ import annotations

import datetime as dt
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ClaimLanguage = Literal["en", "hi"]
# Why a claim's time governs it, as the reader found it (timing.py): a date of
# its own clause, a relative expression, a date of another clause, a named
# event's date, the previous sentence's, a generic event's, a day whose year
# is a guess, the article's date, its first full date; "given" for a time a
# claims table states.
TimeBasis = Literal["given", "date", "relative", "nearby", "event", "carried", "generic-event",
                    "yearless", "dateline", "anchor", "unknown"]


class Evidence(BaseModel):
    """Where in an article a claim was read: code-point offsets into the
    article's text, as [start, end)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: tuple[int, int] | None = Field(None, description="the subject's name (or the fact's cue)")
    title: tuple[int, int] | None = Field(
        None, description="the words that make it a claim: the title, the party's name, the fact's cue")
    time: tuple[int, int] | None = Field(None, description="the time expression that dates it, if any")
    time_text: str | None = Field(None, description="that expression as written")
    why_time: str | None = Field(None, description="why that time governs the claim, in words")


class ClaimRecord(BaseModel):
    """One claim. Only `subject` and `relation` are required; what else a
    relation needs is said in docs/claims.md."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    id: str | None = Field(None, description="the record's id; a table's row number when not given")
    subject: str = Field(
        description="who or what the claim is about: a name as written, in Latin or Devanagari script "
                    "(Rajnath Singh, राजनाथ सिंह), or a knowledge id (rajnath-singh)")
    relation: str = Field(
        description="holds-office, member-of, fact-date, event-date, or another relation a rule kind "
                    "reads (`factcheck claims relations`)")
    value: str | None = Field(
        None, description="holds-office: the office (an id, its name or a title: Defence Minister of "
                          "India); member-of: the party (an id or a name); fact-date and event-date: the "
                          "time stated for the fact or event (2016, 2020-12, 2020-12-21, 2015/2020)")
    time: str | None = Field(
        None, description="when the claim is about: a day, month, year or range of years (2021-05-01, "
                          "2021-05, 2021, 2015/2020), or an expression to resolve against "
                          "`reference_date` (last year, 15 अगस्त); holds-office and member-of need it")
    reference_date: dt.date | None = Field(
        None, description="the date a relative `time` counts from: the article's date")
    language: ClaimLanguage | None = Field(
        None, description="the language of the words (en or hi); worked out from the script when not given")
    qualifier: Literal["former", "then", "counterpart"] | None = Field(
        None, description="former: the subject no longer held it at reference_date; then: held it at the "
                          "time of the event told; counterpart: read from another claim of the sentence")
    scope: Literal["at", "before"] = Field(
        "at", description="at: about that time; before: about some time up to it ('under President X')")
    time_basis: TimeBasis = Field(
        "given", description="why the time governs the claim (claims read from text say how it was found; "
                             "only given, date, relative, event and dateline are certain enough for an "
                             "error; anchor, an undated article's first full date, is a guess)")
    value_certain: bool = Field(
        True, description="did the words name the value without doubt (a title naming its country)? An "
                          "error needs it")
    # Where the claim comes from.
    path: str | None = Field(None, description="the file the claim was read from (an article or a table)")
    article: str | None = Field(None, description="the article's id, for a claim read from an article")
    start: int | None = Field(None, description="where the claim's finding goes in the article (code points)")
    end: int | None = Field(None, description="where that span ends")
    line: int | None = Field(None, description="the table's line that holds the record")
    # What factcheck adds to the claims it read (Report.claims, --emit-claims).
    evidence: Evidence | None = Field(None, description="emitted claims: where each part was read")
    options: list[str] = Field(
        default_factory=list, description="the values the words may mean when they do not decide one "
                                          "(several offices a bare title may name); fact-date: the "
                                          "facts sharing the cue, any of which the value may be about")
    checked: bool | None = Field(None, description="emitted claims: was it checked against the knowledge")
    not_checked: str | None = Field(None, description="emitted claims: why it was not checked")

    @field_validator("subject", "relation")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @field_validator("options", mode="before")
    @classmethod
    def _options_from_text(cls, value: object) -> object:
        """A table cell lists options separated by '|'."""
        if isinstance(value, str):
            return [part.strip() for part in value.split("|") if part.strip()]
        return [] if value is None else value


def claim_schema() -> str:
    """The JSON Schema of a claim record, shipped as claim.schema.json."""
    schema = ClaimRecord.model_json_schema()
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema["title"] = "factcheck claim"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
