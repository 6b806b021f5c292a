"""What may change in a summary after its last signature: validation data for archiving only.

pyHanko's default difference policy lets the document info (/Info) and the XMP metadata change
freely after signing (qualified as "LTA updates"), so an appended revision that retitles the
document would still pass. A DSS update written by pyHanko does touch /Info, but only its
/ModDate and /Producer; this policy allows exactly that and nothing else beyond the DSS itself.
pyHanko's writer may also restamp the XMP metadata stream in the same revision, which its own
rule allows (well-formed XML); ``only_validation_data`` then makes sure every such revision is a
DSS update, so a revision that only rewrites metadata is refused.
Between two signatures pyHanko's default policy applies (the later signer signed what it saw).
"""

from __future__ import annotations

# Entries of /Info that a writer adding validation data stamps; anything else is a change.
STAMPED_INFO_KEYS = frozenset({"/ModDate", "/Producer"})


def after_last_signature():
    """pyHanko's default policy with our /Info rule instead of its own and no XMP rule."""
    from pyhanko.pdf_utils.reader import RawPdfPath
    from pyhanko.sign.diff_analysis import (CatalogModificationRule, DSSCompareRule,
                                            FormUpdatingRule, GenericFieldModificationRule,
                                            ModificationLevel, ObjectStreamRule,
                                            SigFieldCreationRule, SigFieldModificationRule,
                                            MetadataUpdateRule, StandardDiffPolicy,
                                            XrefStreamRule)
    from pyhanko.sign.diff_analysis.commons import safe_whitelist
    from pyhanko.sign.diff_analysis.rules_api import Context, ReferenceUpdate, WhitelistRule

    class InfoStampRule(WhitelistRule):
        """/Info may be rewritten when only its modification date and producer differ."""

        def apply(self, old, new):
            old_ref = old.trailer_view.get_value_as_reference("/Info", optional=True)
            new_ref = new.trailer_view.get_value_as_reference("/Info", optional=True)
            if old_ref is None or new_ref is None:
                return
            before, after = old.get_object(old_ref), new.get_object(new_ref)
            keys = (set(before.keys()) | set(after.keys())) - STAMPED_INFO_KEYS
            if any(_raw(before, key) != _raw(after, key) for key in keys):
                return  # left unexplained: the change counts as "other"
            yield from map(ReferenceUpdate.curry_ref(
                context_checked=Context.from_absolute(old, RawPdfPath("/Info"))),
                safe_whitelist(old, old_ref, new_ref))

    lta = ModificationLevel.LTA_UPDATES
    return StandardDiffPolicy(
        global_rules=[CatalogModificationRule(), InfoStampRule().as_qualified(lta),
                      MetadataUpdateRule().as_qualified(lta),
                      XrefStreamRule().as_qualified(lta), ObjectStreamRule().as_qualified(lta),
                      DSSCompareRule().as_qualified(lta)],
        form_rule=FormUpdatingRule(field_rules=[SigFieldCreationRule(), SigFieldModificationRule(),
                                                GenericFieldModificationRule()]))


def _raw(dictionary, key: str):
    return dictionary.raw_get(key) if key in dictionary else None


def only_validation_data(reader, signed_revision: int) -> bool:
    """Every revision after ``signed_revision`` writes the document security store (/DSS)."""
    for revision in range(signed_revision + 1, reader.xrefs.total_revisions):
        root = reader.get_historical_resolver(revision).root
        dss = root.raw_get("/DSS") if "/DSS" in root else None
        written = {(r.idnum, r.generation) for r in reader.xrefs.explicit_refs_in_revision(revision)}
        if dss is None or not hasattr(dss, "idnum") or (dss.idnum, dss.generation) not in written:
            return False
    return True
