"""Request signing and token auth, each an ``httpx.Auth`` flow.

- ``HuaweiAkSkAuth``: Huawei APIG AK/SK signing (``SDK-HMAC-SHA256``/``SDK-HMAC-SM3``), byte-identical
  to the official ``huaweicloudsdkcore`` signer; temporary credentials via ``security_token``.
- ``HuaweiTokenAuth``: ``X-Auth-Token`` from IAM (password method), cached and refreshed.
- ``ScpAuth``: Samsung SDS Cloud Platform access-key HMAC (``Scp-Accesskey``/``Scp-Signature``/``Scp-Timestamp``).
"""

from __future__ import annotations

from .huawei_aksk import HuaweiAkSkAuth, SigningResult
from .huawei_token import HuaweiTokenAuth
from .scp import ScpAuth

__all__ = ["HuaweiAkSkAuth", "HuaweiTokenAuth", "ScpAuth", "SigningResult"]
