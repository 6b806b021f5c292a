"""Reuse the signing fixtures (session CA and identities) in report tests."""

from tests.signing.conftest import (county_ca, county_identity, county_template,  # noqa: F401
                                    self_signed_identity, self_signed_template, session_dir)
