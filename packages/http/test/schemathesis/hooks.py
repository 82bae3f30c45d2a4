"""Sessions for the API fuzzer (loaded through SCHEMATHESIS_HOOKS by packages/http/test/schemathesis.test.ts).

Every operation runs signed in as the bank admin, except the three that end or change the caller's own session
(sign-out, password change, initialization): each of their test cases signs in afresh (FUZZ_SESSION_USER, the admin
too: it can be neither deleted nor reset by the run), so they are fuzzed like every other operation without cutting
the rest of the run off with 401s.
"""

import os

import requests
import schemathesis

BASE = os.environ["FUZZ_BASE"]
SESSION_ENDERS = ["/api/logout", "/api/usermanage/password_modify", "/api/usermanage/initialize_user"]


def sign_in(username: str) -> str:
    answer = requests.post(
        f"{BASE}/api/sign_in",
        json={"username": username, "password": os.environ["FUZZ_PASSWORD"]},
        timeout=10,
    ).json()
    if answer.get("code") != 10000:
        raise RuntimeError(f"fuzzer sign-in as {username} refused: {answer.get('code')}")
    return answer["data"]["token"]


def bearer(case, token: str) -> None:
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}


@schemathesis.auth(refresh_interval=None).apply_to(path=SESSION_ENDERS)
class FreshSession:
    def get(self, case, ctx):
        return sign_in(os.environ["FUZZ_SESSION_USER"])

    def set(self, case, data, ctx):
        bearer(case, data)


@schemathesis.auth().skip_for(path=SESSION_ENDERS)
class AdminSession:
    def get(self, case, ctx):
        return sign_in(os.environ["FUZZ_ADMIN"])

    def set(self, case, data, ctx):
        bearer(case, data)
