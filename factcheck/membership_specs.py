"""The pack models of party-membership knowledge: the `memberships:` and
`membership_disputes:` sections and the lexicon's `membership` words, which
the membership kind brings (membership_data.py indexes what they read).
Imported when packs are read or documented."""

from __future__ import annotations

from pydantic import Field, field_validator

from .packs import Id, Names, Strict, Time, ends_after_start


class MembershipLexiconSpec(Strict):
    """How the press says that a person belongs to a party (docs/rules.md,
    "membership")."""

    nouns: Names = Field({}, description="nouns between a party and a name that state membership at "
                                         "the claim's time ('Congress leader X', 'BJP MP X', "
                                         "'भाजपा सांसद X'), with any words before them that belong "
                                         "to the noun (senior leader, Rajya Sabha MP, वरिष्ठ नेता)")
    qualifiers: Names = Field({}, description="words that, before a party's name, make it another body "
                                              "(a unit, a wing, another party): Youth, Mahila, "
                                              "युवा, प्रदेश; no claim")
    changes: Names = Field({}, description="words of a change of party (joined, quit, defected, "
                                           "शामिल, इस्तीफा): an article that tells one about a person "
                                           "makes no membership claim about them")



class MembershipSpec(Strict):
    """A person's spell in an organisation (a party): the membership kind's
    knowledge (factcheck/membership_data.py)."""

    person: Id = Field(description="the member: an entity of type person")
    organisation: Id = Field(description="what they belonged to: an entity of type organisation "
                                         "(a party)")
    start: Time | None = Field(None, description="when they joined (a year, month or day, as "
                                                 "precisely as known); none: not known, or long before")
    end: Time | None = Field(None, description="when they left (the last day known in it); none: "
                                               "still a member as of the pack's as_of")
    source: str | None = Field(None, description="where the row comes from (a page that states it); "
                                                 "findings that rest on the row name it")
    note: str | None = Field(None, description="anything a reviewer should know about the row")

    _ends_after_start = field_validator("end")(lambda end, info: ends_after_start(end, info))


class MembershipDisputeSpec(Strict):
    """A time when which of several organisations a member belonged to was
    itself disputed (a party split before the courts or the election
    commission decided): a claim naming any of them then is not checked."""

    organisations: list[Id] = Field(min_length=2, description="the organisations whose members' "
                                                              "allegiance was disputed")
    start: Time = Field(description="when the dispute began")
    end: Time = Field(description="when it was decided")
    note: str | None = Field(None, description="what happened")

    _ends_after_start = field_validator("end")(lambda end, info: ends_after_start(end, info))
